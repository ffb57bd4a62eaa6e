// A review's probes of the roads release alone and beside the NSPCC pack (base c270d0a): each pack judges only what
// is about it, a pack phrase after a figure is what it counts, a "from" level is checked, a ranking's place, and a
// speaker named by words no one quoted uses all together.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { checkClaims } from '../../src/core/claims/index.js';
import { buildIndex } from '../../src/core/retrieve/build-index.js';
import { describeReply } from '../../src/eval/evaluate.js';
import { loadPack } from '../../src/pack/load-pack.js';

const roadsPack = loadPack('test/fixtures/packs/eastmoor-roads-2023');
const roads = buildIndex([roadsPack]);
const both = buildIndex([loadPack('knowledge/nspcc-online-grooming'), roadsPack]);
const verdicts = (text: string, index = roads) => checkClaims(text, index).map((c) => c.verdict);
const packsCited = (text: string) => checkClaims(text, both).map((c) => c.packId);

describe('with both packs loaded, a claim is judged by the pack it is about', () => {
  it.each([
    ['257 people were killed or seriously injured on Eastmoor roads in 2023.', ['supported']],
    ['Around 1,200 people were killed or injured on Eastmoor roads in 2023.', ['supported']],
    ['300 people were killed or seriously injured on Eastmoor roads in 2023.', ['contradicted']],
    ['Ten children were killed on Eastmoor roads in 2023.', ['contradicted']],
    ['Instagram was used in over a third of online grooming cases.', ['supported']],
  ])('%j → %j', (text, expected) => {
    expect(verdicts(text, both)).toEqual(expected);
  });
  it('never quotes the grooming article for a road claim', () => {
    for (const text of [
      'Half of Eastmoor road deaths in 2023 were car occupants.',
      '1,220 road casualties were recorded in Eastmoor in 2023.',
      'Motorcyclist casualties in Eastmoor rose by 20% in 2023.',
    ])
      expect(packsCited(text).every((p) => p !== 'nspcc-online-grooming')).toBe(true);
  });
  it('keeps every pack for a message whose sentences are about different packs', () => {
    const checks = checkClaims(
      'Road deaths in Eastmoor fell to 19 in 2023. Instagram was used in over a third of grooming cases.',
      both,
    );
    expect(checks.map((c) => c.packId)).toEqual(['eastmoor-roads-2023', 'nspcc-online-grooming']);
  });
});

describe('with both packs loaded, a question naming what only another pack knows is not answered', () => {
  it('declines grooming offences "in Eastmoor"', () => {
    expect(
      describeReply(answerQuestion('How many online grooming offences were recorded in Eastmoor?', both)),
    ).toMatch(/^decline/u);
  });
  it('still answers each pack its own questions', () => {
    expect(
      describeReply(answerQuestion('How many people were killed on Eastmoor roads in 2023?', both)),
    ).toBe('deaths-2023');
    expect(
      describeReply(
        answerQuestion('How many grooming offences were recorded from April 2017 to March 2020?', both),
      ),
    ).toBe('offences-2017-2020');
  });
});

describe('a phrase the pack reads as one thing, after a figure, is what the figure counts', () => {
  it.each([
    ['14 of the 19 road deaths in Eastmoor were on rural roads.', ['supported']],
    ['2.41 billion vehicle miles were driven in Eastmoor in 2023.', ['supported']],
    ['Motorcyclists were a quarter of those killed or seriously injured on Eastmoor roads.', ['supported']],
    // (One word of the phrase alone is still something else.)
    ['Motorcyclists were a quarter of those killed on Eastmoor roads.', ['different_scope']],
  ])('%j → %j', (text, expected) => {
    expect(verdicts(text)).toEqual(expected);
  });
});

describe('a level a figure moved from is a figure of the claim', () => {
  it.each([
    ["Eastmoor's road deaths fell to 19 in 2023, down from 32 in 2022.", ['supported', 'contradicted']],
    ["Eastmoor's road deaths fell to 19 in 2023, down from 23 in 2022.", ['supported', 'supported']],
    [
      'The casualty rate was 504 per billion vehicle miles, compared with 48 in 2022.',
      ['supported', 'contradicted'],
    ],
  ])('%j → %j', (text, expected) => {
    expect(verdicts(text)).toEqual(expected);
  });
});

describe('another place in the same ranking contradicts it', () => {
  it.each([
    ['Road deaths in Eastmoor were the third lowest on record in 2023.', ['contradicted']],
    ['Road deaths in Eastmoor in 2023 were the third-lowest since 1979.', ['contradicted']],
    ['Road deaths in Eastmoor were the 2nd lowest on record in 2023.', ['supported']],
  ])('%j → %j', (text, expected) => {
    expect(verdicts(text)).toEqual(expected);
  });
});

describe('what someone said is answered only by a fact crediting every word of their name', () => {
  it('declines what the Department for Transport said (the councillor is for Highways and Transport)', () => {
    expect(
      describeReply(
        answerQuestion("What did the Department for Transport say about Eastmoor's road deaths?", roads),
      ),
    ).toMatch(/^decline/u);
  });
  it('still answers the road-safety charity and the cabinet member', () => {
    expect(describeReply(answerQuestion('What did the road-safety charity say?', roads))).toBe(
      'okafor-comment',
    );
    expect(describeReply(answerQuestion('What did the cabinet member for highways say?', roads))).toBe(
      'marsh-comment',
    );
  });
});
