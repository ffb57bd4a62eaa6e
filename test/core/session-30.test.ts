// The thirtieth session's changes, each from read sets: a question that sets two times around an event side by side
// ("before lockdown as well as during it") gets the fact for each time; one asking whether two of the source's
// figures are the same thing gets both; a question about one time or one figure is declined or answered as before. A
// year asked for by its rank ("which year had fewer road deaths than 2023?") gets the fact ranking the years; how a
// named figure was arrived at ("what year's prices is the £96.4m in?") gets the fact saying so.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
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
      ? `declined:${reply.reason.code}`
      : reply.status;
const ask = (q: string) => outcome(answerQuestion(q, nspcc));
const askRoads = (q: string) => outcome(answerQuestion(q, roads));

describe('two times around one event, set side by side, get a fact for each (they were declined)', () => {
  it.each([
    'was grooming rising before lockdown as well as during it, or is it only a lockdown thing?',
    'Grooming before vs during lockdown: what changed?',
    'so did it only go up in lockdown or was it already rising before??',
  ])('%s', (q) => {
    const reply = answerQuestion(q, nspcc);
    expect(outcome(reply)).toBe('offences-rose-each-year+lockdown-rise-ten-percent');
    expect(reply.status === 'answered' && reply.notes.join(' ')).toMatch(/different periods/u);
  });
  it('answers one time with its own fact', () => {
    expect(ask('How many offences were recorded before lockdown?')).toBe('offences-2017-2020');
  });
});

describe("whether two of the source's figures are the same thing gets both (it was declined)", () => {
  it.each([
    "Is the 'over half' in the opening line the same thing as the 51 percent later on?",
    'Does the 51% figure match the "over half" claim in the opening line?',
  ])('%s', (q) => {
    expect(ask(q)).toBe('facebook-apps-over-half+facebook-apps-51-percent');
  });
  it("still declines a share asked of another fact's total (no share of the 12,925 is given)", () => {
    expect(ask('what proportion of the 12,925 offences involved Facebook apps?')).toBe(
      'declined:not_covered',
    );
  });
});

describe('a year asked for by its rank gets the fact ranking the years (it was declined)', () => {
  it.each([
    'Which year had fewer road deaths than 2023?',
    'which year had even fewer deaths than 2023',
    'Apart from 2023, which year had fewer road deaths?',
    'Which year had the fewest road deaths on record in Eastmoor?',
  ])('%s', (q) => {
    expect(askRoads(q)).toBe('deaths-second-lowest');
  });
  it('leaves a choice between two named years to the fact giving both', () => {
    expect(askRoads('which year had more deaths, 2022 or 2023?')).toBe('deaths-2023');
  });
});

describe('how a named figure was arrived at gets the fact saying so (the figure itself was given)', () => {
  it.each([
    "the £96.4m - what year's prices is that in?",
    '£96.4m — what price base is that in?',
    'how was the £96.4m calculated?',
  ])('%s', (q) => {
    expect(askRoads(q)).toBe('casualty-cost-basis');
  });
  it('still answers what the figure is with its own fact', () => {
    expect(askRoads('what is the £96.4m?')).toBe('value-of-prevention');
  });
});

describe('a year on the side of a line a fact draws, asked to compare, gets that fact (it was declined)', () => {
  it.each([
    'can i compare serious injuries now with, say, 2016?',
    "Can I compare this year's serious injury number directly with 2015?",
    'From which year onwards are the serious injury figures properly comparable?',
  ])('%s', (q) => {
    expect(askRoads(q)).toBe('serious-injury-comparability');
  });
  it('still declines a figure asked for that year', () => {
    expect(askRoads('serious injuries in 2018 please')).toBe('declined:not_covered');
  });
});

describe("what a newcomer's review of these rules found, narrowed", () => {
  it('boosts a ranking only for what it ranks (the deaths ranking answered the casualty rate)', () => {
    expect(askRoads('which year had a lower casualty rate than 2023?')).toBe('casualty-rate-2023');
    expect(askRoads('which year had the fewest serious injuries on record?')).toBe('declined:not_covered');
  });
  it('sets a count only against a count (a Facebook share was offered as the lockdown offence figure)', () => {
    expect(ask('were there more offences in lockdown than before?')).toBe('declined:not_covered');
  });
  it('reads a line drawn at a year for one year beyond it, not for two years both beyond it', () => {
    expect(askRoads('compare serious injuries in 2016 and 2017')).toBe('declined:not_covered');
  });
  it('leaves what a figure counts, and a count asked of it, to the figure and the guards', () => {
    expect(askRoads('what casualties is the £96.4m based on?')).toBe('value-of-prevention');
    expect(askRoads('how many casualties was the £96.4m calculated from?')).toBe('declined:not_covered');
  });
});
