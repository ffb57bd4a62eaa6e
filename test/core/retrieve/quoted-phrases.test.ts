import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer-question.js';
import { quotedFacts } from '../../../src/core/retrieve/quoted-phrases.js';
import { realIndex } from '../../helpers/real-pack.js';

const index = realIndex();
const ids = (question: string, reverse: boolean) =>
  [...quotedFacts(index, question, reverse)].map((f) => f.fact.id);

describe('words quoted from the source point at the one fact that holds them', () => {
  it.each([
    ["Which platform accounts for 'over a third'?", ['instagram-over-a-third']],
    ['what did the "perfect storm" remark refer to', ['perfect-storm']],
    ['who said “world-leading Online Harms Bill”?', ['online-harms-bill']],
  ])('%j → %j', (q, expected) => {
    expect(ids(q, false)).toEqual(expected);
  });

  it('reads a quoted phrase of three words or more that two quotes hold as pointing at both', () => {
    // (The police chiefs' backing quotes Wanless's "turn the tide" sentence whole; the match then chooses.)
    expect(ids('who said “turn the tide”?', false).sort()).toEqual([
      'police-chiefs-backing',
      'wanless-turn-the-tide',
    ]);
    expect(ids("what about 'direct messenger programmes'?", false)).toHaveLength(2);
    const reply = answerQuestion('who said “turn the tide”?', index);
    expect(reply.status === 'answered' ? reply.facts.map((f) => f.factId) : []).toEqual([
      'wanless-turn-the-tide',
    ]);
  });

  it('ignores a phrase more quotes hold, a two-word phrase two quotes hold, or one word alone', () => {
    expect(ids("what about 'the NSPCC'?", false)).toEqual([]);
    expect(ids("what about 'Snapchat'?", false)).toEqual([]);
  });

  it('reads a date as pointing at a fact only when the question asks what something refers to', () => {
    expect(ids('What happened in March 2019?', true)).toEqual(['zuckerberg-encryption-march-2019']);
    expect(ids('What happened in March 2019?', false)).toEqual([]);
  });
});

describe('a date is read as a date, not as a figure', () => {
  it.each([
    ["What's the significance of February 6, 2020 in the piece?", 'open-letter'],
    ['What happened in March 2019?', 'zuckerberg-encryption-march-2019'],
  ])('%j → %s', (q, factId) => {
    const reply = answerQuestion(q, index);
    expect(reply.status === 'answered' ? reply.facts[0].factId : reply.status).toBe(factId);
  });
});

describe("asking for the source's wording, its own words point at the fact", () => {
  it.each([
    ['Give me the verbatim line about the Online Harms Bill.', 'online-harms-bill'],
    ['What did Wanless say the pandemic does to the threat children face?', 'online-harms-bill'],
  ])('%j → %s', (q, factId) => {
    expect(ids(q, false)).toContain(factId);
    const reply = answerQuestion(q, index);
    expect(reply.status === 'answered' ? reply.facts[0].factId : reply.status).toBe(factId);
  });

  it('needs two shared word pairs: one is too often chance', () => {
    expect(ids('what did he say about the prime minister', false)).toEqual([]);
  });
});
