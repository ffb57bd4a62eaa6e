// The thirty-second session's changes to understanding, each from the fresh-53 set once it was read: a time running
// on from a year ("since 2017", "from spring 2017 up to the start of lockdown") is answered by a figure for a span
// starting that year, while a year alone still is not; "isn't the NSPCC just biased?" is an opinion; a figure set
// against a time the source gives no figure for ("higher or lower than in the same quarter of 2019?") is declined,
// not answered with the figure alone; what a dated tweet said is what the source says.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerQuestion, answerUncalibrated } from '../../src/core/answer-question.js';
import type { Reply } from '../../src/core/reply.js';
import { buildIndex } from '../../src/core/retrieve/build-index.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { realIndex } from '../helpers/real-pack.js';

const nspcc = realIndex();
const roads = buildIndex([loadPack(join('test', 'fixtures', 'packs', 'eastmoor-roads-2023'))]);
const outcome = (reply: Reply) =>
  reply.status === 'answered'
    ? reply.facts.map((f) => f.factId).join('+')
    : reply.status === 'abstained'
      ? `declined:${reply.reason.code}${reply.reason.code === 'not_covered' ? `/${reply.reason.kind}` : ''}`
      : reply.status;
const ask = (q: string) => outcome(answerQuestion(q, nspcc));
const askRoads = (q: string) => outcome(answerQuestion(q, roads));
// (The pipeline's pick: an answer the calibration gives under even odds is offered first in a choice instead,
// decide/unsure.ts.)
const pick = (q: string) => outcome(answerUncalibrated(q, nspcc));
const pickRoads = (q: string) => outcome(answerUncalibrated(q, roads));

describe('a time running on from a year: the figure for a span that starts then', () => {
  it.each([
    'From spring 2017 up to the start of lockdown, how many grooming offences were logged?',
    'From April 2017 up to the start of lockdown, how many grooming offences were logged?',
    'since 2017, how many grooming offences were logged?',
    'from 2017 until lockdown how many grooming offences were recorded',
  ])('%s', (q) => {
    expect(pick(q)).toBe('offences-2017-2020');
  });
  it.each(['how many grooming offences were recorded in 2017?', 'how many grooming cases since 2019?'])(
    'still declines a year the figures do not start in or stand for alone: %s',
    (q) => {
      expect(ask(q)).toBe('declined:not_covered/year');
    },
  );
});

describe('a judgement of a body, asked as "isn\'t it…": an opinion', () => {
  it.each(["Isn't the NSPCC just biased against Facebook?", 'isnt the charity being alarmist?'])(
    '%s',
    (q) => {
      expect(ask(q)).toBe('declined:opinion');
    },
  );
  it('still checks a claim asked as "isn\'t it true…"', () => {
    expect(ask("isn't it true that facebook apps were used in 51% of cases?")).toBe(
      'facebook-apps-51-percent',
    );
  });
});

describe('a figure set against a time the source gives no figure for: declined', () => {
  it.each([
    ['Was the 51% Facebook-apps share higher or lower than in the same quarter of 2019?', '2019'],
    ['Was the 51 percent higher or lower than before lockdown?', 'before lockdown'],
  ])('%s', (q, time) => {
    // (Read as a figure question since session 39, not a claim: declined for its time, by the year or the scope rule.)
    const reply = answerQuestion(q, nspcc);
    expect(outcome(reply)).toMatch(/^declined:not_covered\/(?:year|scope)$/u);
    expect(
      reply.status === 'abstained' && reply.reason.code === 'not_covered' && reply.reason.value,
    ).toContain(time);
  });
  it.each([
    ['is it true that grooming was higher during lockdown than before?', 'lockdown-rise-ten-percent'],
    ['was the lockdown rise higher than 5%?', 'lockdown-rise-ten-percent'],
  ])('still answers a figure that is itself a change: %s', (q, fact) => {
    expect(ask(q)).toBe(fact);
  });
});

describe('what a tweet or a post said, named by its date: the source itself', () => {
  it('answers with the fact asked about', () => {
    expect(ask('What did that early February 2020 tweet say about the open letter?')).toBe('open-letter');
  });
  it("still reads a named speaker's post as theirs", () => {
    expect(ask("what did Zuckerberg's post say about encryption?")).toBe('zuckerberg-encryption-march-2019');
  });
});

// From roads set 45 once read (unread for two sessions; sets 46 and 47 stay unread).
describe('what someone quoted thinks, worries about or says where: the fact quoting them', () => {
  it.each([
    'Does Cllr Marsh think things are getting better overall?',
    "what's the councillor worried about?",
    'Where does Helen Marsh say more work is most needed?',
  ])('%s', (q) => {
    expect(pickRoads(q)).toBe('marsh-comment');
  });
});

describe('two years compared "in percentage terms": the change, not a share', () => {
  it.each([
    'how did the number killed in 2023 compare with 2022, as a percentage?',
    'Good morning. As a road-safety officer I brief schools and community groups, and I like to give the percentage change alongside the raw numbers. Could you tell me how the number killed in 2023 compares with 2022, in percentage terms?',
  ])('%s', (q) => {
    expect(askRoads(q)).toBe('deaths-2023');
  });
  it('still answers a share asked for as one', () => {
    expect(askRoads('what percentage of casualties were cyclists in 2023 compared with 2022?')).toBe(
      'cyclist-casualties',
    );
  });
});

describe('whether someone will really do something: a prediction', () => {
  it('declines it as an opinion', () => {
    expect(askRoads('Is the council actually going to lower speed limits on rural roads?')).toBe(
      'declined:opinion',
    );
  });
  it('still answers a plan asked about plainly', () => {
    expect(ask('is facebook going to encrypt messenger?')).toBe('encryption-dispute');
  });
});

describe('how a figure moved between two years, and a part against its whole', () => {
  it('reads "move from 2022 to 2023" as a change between the two years', () => {
    expect(askRoads('how did serious injuries move from 2022 to 2023')).toMatch(/^serious-injuries/u);
  });
  it('reads "relative to all casualties" as a share of them', () => {
    expect(askRoads('How big are slight injuries relative to all casualties?')).toBe('slight-injuries-share');
  });
});

describe('two quoted parties set against each other: the fact quoting both', () => {
  it.each([
    'Did Facebook and the NSPCC see the messenger encryption plan the same way or differently?',
    "For the encryption plan, Facebook's view versus the charity's view in one line?",
  ])('%s', (q) => {
    expect(ask(q)).toBe('encryption-dispute');
  });
});
