// The twenty-seventh session's readings, each from a read blind set's miss, with the look-alikes they must leave alone.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { checkClaims } from '../../src/core/claims/check-claims.js';
import { buildIndex, type FactIndex } from '../../src/core/retrieve/build-index.js';
import { describeReply } from '../../src/eval/evaluate.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { screenMessage } from '../../src/safety/screen.js';
import { statisticsClauses } from '../../src/safety/statistics-cue.js';
import { realIndex } from '../helpers/real-pack.js';

const index = realIndex();
const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
const replyTo = (question: string, within: FactIndex) => describeReply(answerQuestion(question, within));

describe('what someone quoted "made of" something is what they said', () => {
  it('answers "what did the councillor make of the figures?" with her quote', () => {
    expect(replyTo('What did the councillor make of the figures?', roads)).toBe('marsh-comment');
  });
  it('still declines it of someone no fact quotes', () => {
    expect(replyTo('What did Apple make of the figures?', index)).toMatch(/^decline/u);
  });
});

describe('a concern beside a statistics question asked with a possessive', () => {
  const message =
    "The article says 51% of grooming cases involved Facebook, WhatsApp or Instagram - what was Snapchat's share? Asking because my 13yo just got a snap from an adult asking her to keep their chats secret";
  it('finds "what was Snapchat\'s share?" as the figure asked', () => {
    expect(statisticsClauses(message)).toContain("what was Snapchat's share?");
  });
  it('gives the help, then Snapchat’s figure (not the 51% the message cites)', () => {
    const reply = answerQuestion(message, index, { screening: screenMessage(message) });
    expect(reply.help?.length ?? 0).toBeGreaterThan(0);
    expect(describeReply(reply)).toBe('snapchat-20-percent');
  });
});

describe('"n" and "&" join claims, but not two names', () => {
  const claimsOf = (text: string) => checkClaims(text, index).map((c) => [c.claim, c.verdict]);
  it('keeps "england n wales" one place', () => {
    expect(claimsOf('roughly 13k grooming offences in 3 yrs in england n wales')).toEqual([
      ['roughly 13k grooming offences in 3 yrs in england n wales', 'supported'],
    ]);
  });
  it('keeps "WhatsApp & Instagram" in one list', () => {
    expect(claimsOf('51% of cases were on Facebook, WhatsApp & Instagram')).toHaveLength(1);
  });
  it('still splits two figures joined by "n"', () => {
    expect(claimsOf('insta in like a quarter of cases n snapchat in 30%')).toHaveLength(2);
  });
});
