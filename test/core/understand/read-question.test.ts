// Which words of a long message a question is matched on: its focus (the part that asks), unless the focus names
// nothing any pack speaks of and only refers back to what came before it.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer-question.js';
import { buildIndex } from '../../../src/core/retrieve/build-index.js';
import { readQuestion } from '../../../src/core/understand/read-question.js';
import { loadPack } from '../../../src/pack/load-pack.js';
import { realIndex } from '../../helpers/real-pack.js';

const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);

describe('the words a long message is matched on', () => {
  it('are the focus when it names what it asks about, not the preamble', () => {
    const { terms } = readQuestion(
      'I write a weekly column for the Gazette about village life. How many people were killed on the roads in 2023?',
      roads.vocab,
    );
    expect(terms).toContain('kill');
    expect(terms).not.toContain('column');
  });

  it("take the preamble's years only when the ask names none", () => {
    const years = (q: string) => readQuestion(q, roads.vocab, { clearOfHarm: true }).years;
    expect(
      years(
        'Dear team, I am reviewing a chart of serious injuries going back to 2010. How many people were seriously injured in 2023?',
      ),
    ).toEqual([2023]);
    expect(
      years(
        'I am writing about road safety in 2022 for our newsletter. How many people were seriously injured?',
      ),
    ).toEqual([2022]);
  });

  it("let a preamble's year turn away only facts with a period, not a caveat that has none", () => {
    const reply = answerQuestion(
      'I am reviewing the Eastmoor 2023 figures for a public health report and am concerned about under-reporting of minor injuries. Could you tell me what caveat, if any, the release attaches to the slight casualty totals?',
      roads,
    );
    expect(reply.status === 'answered' && reply.facts[0]?.factId).toBe('slight-injuries-undercount');
  });

  const REFERS_BACK =
    'I am a postgraduate student writing on injury recording. I noticed serious injuries went up in Eastmoor in ' +
    '2023. I would appreciate the exact wording so I can cite it properly.';

  it('are the whole message when the focus only refers back ("the exact wording so I can cite it")', () => {
    const { terms } = readQuestion(REFERS_BACK, roads.vocab, { clearOfHarm: true });
    expect(terms).toEqual(expect.arrayContaining(['serious', 'injur']));
  });

  it('stay the focus when the caller does not allow the whole (a message the safety reading doubts)', () => {
    expect(readQuestion(REFERS_BACK, roads.vocab).terms).not.toContain('serious');
  });

  it('stay the focus when it asks something else ("recommend a book")', () => {
    const { terms } = readQuestion(
      'I noticed serious injuries went up in Eastmoor in 2023. Could you recommend a good book for the holiday?',
      roads.vocab,
      { clearOfHarm: true },
    );
    expect(terms).not.toContain('serious');
  });
});

describe('the ask of a formal request', () => {
  it('starts at "if you could tell me…" after a preamble', () => {
    const { terms } = readQuestion(
      'Good afternoon. I am preparing an article for a regional newspaper on road safety trends in Eastmoor and ' +
        'would be grateful if you could tell me the total number of reported road casualties in 2023.',
      roads.vocab,
    );
    expect(terms).toEqual(expect.arrayContaining(['total', 'casualti']));
    expect(terms).not.toContain('newspap');
  });
});

describe('words after a question that only say who asks or why', () => {
  it('are no part of the ask, nor are their numbers ("asking as a mum of two")', () => {
    const { terms, numbers } = readQuestion(
      'how many children were hurt on the roads?? asking as a mum of two',
      roads.vocab,
    );
    expect(terms).not.toContain('mum');
    expect(numbers).toEqual([]);
    const reply = answerQuestion('how many cyclists got hurt in 2023? asking for our club newsletter', roads);
    expect(reply.citations.map((c) => c.factId)).toEqual(['cyclist-casualties']);
  });
  it('stay when they narrow the question (a name, a measure, a year, "only")', () => {
    expect(
      answerQuestion('how many were killed? just wondering about cyclists', roads).citations.map(
        (c) => c.factId,
      ),
    ).not.toEqual(['deaths-2023']);
    const slight = answerQuestion('how many people were hurt? thanks, slight injuries only', roads);
    expect(slight.citations.map((c) => c.factId)).toEqual(['slight-injuries-2023']);
    expect(readQuestion('how many casualties? cheers, for 2022 please', roads.vocab).years).toEqual([2022]);
  });
  it('are no part of the ask whatever their words, when they name nothing the packs know ("need it asap for the 3pm")', () => {
    const nspcc = realIndex();
    const reply = answerQuestion('Snapchat share? need it asap for the 3pm, thx', nspcc);
    expect(reply.citations.map((c) => c.factId)).toEqual(['snapchat-20-percent']);
    // …but a time that is a figure the packs hold, or a place, still narrows it.
    expect(readQuestion('how many were hurt? need it for the 2022 comparison', roads.vocab).years).toEqual([
      2022,
    ]);
    expect(answerQuestion('Snapchat share? what about in scotland', nspcc).status).not.toBe('answered');
  });
  it('stay when they ask something of their own', () => {
    const { terms } = readQuestion(
      'how many cyclists got hurt? and how many pedestrians were killed?',
      roads.vocab,
    );
    expect(terms).toEqual(expect.arrayContaining(['@pedestrians', 'kill']));
  });
});

describe('the framing words of a long ask', () => {
  const LONG =
    "Hi there, I'm reviewing the release for a university methods seminar on administrative data quality. I would " +
    'appreciate it if you could set out what the publication says about the completeness of the slight injury ' +
    'figures, and whether users should regard them as a full count of such casualties.';

  it('are marked as everyday words when the message is clear of harm', () => {
    const { everyday } = readQuestion(LONG, roads.vocab, { clearOfHarm: true });
    expect(everyday).toEqual(expect.arrayContaining(['complet', 'regard']));
    // Words of the pack's own are never framing.
    expect(everyday).not.toContain('slight');
  });

  it('are not marked in a short question, nor in a message the safety reading doubts', () => {
    expect(
      readQuestion('what do users regard as a full count?', roads.vocab, { clearOfHarm: true }).everyday,
    ).toBe(undefined);
    expect(readQuestion(LONG, roads.vocab).everyday).toBe(undefined);
  });

  it('no longer keep a long formal request from its fact', () => {
    const reply = answerQuestion(LONG, roads);
    expect(reply.status).toBe('answered');
    expect(reply.citations.map((c) => c.factId)).toEqual(['slight-injuries-undercount']);
  });
});

describe('a plural of a synonym the pack lists only in the singular', () => {
  it('reads as that synonym ("fatals" of "fatal", a synonym of killed)', () => {
    expect(readQuestion('ped fatals 23?', roads.vocab).terms).toContain('kill');
    expect(answerQuestion('fatals by road user type', roads).citations.map((c) => c.factId)).toEqual([
      'deaths-by-road-user',
    ]);
  });
});

describe('how much before a comparison', () => {
  it('reads "way ahead" as a comparison, not as topics', () => {
    const reply = answerQuestion(
      "Roughly how does Snapchat's share compare to Instagram's? Is Insta way ahead?",
      realIndex(),
    );
    expect(reply.status).toBe('answered');
  });
});

describe('chat filler: "are we talking", "wut", "b4"', () => {
  it.each([
    'over the 36 months before covid hit, how many grooming offences are we talking?',
    'fb says wot % removed b4 reports',
  ])('is answered: %j', (q) => {
    expect(answerQuestion(q, realIndex()).status).toBe('answered');
  });
});
