// A review's probes of the twenty-first session's changes (base e59af6c): the look-alikes its rules first caught.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { checkClaims } from '../../src/core/claims/index.js';
import { buildIndex } from '../../src/core/retrieve/build-index.js';
import { readAnswerType } from '../../src/core/understand/answer-type.js';
import { describeReply } from '../../src/eval/evaluate.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { realIndex } from '../helpers/real-pack.js';
import { verdictLine } from '../helpers/verdict-line.js';

const index = realIndex();
const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);

describe('how much something changed, and what is no change', () => {
  it.each([
    ['by how much are motorcyclists over-represented in ksi', 'any'],
    ['how much did the nspcc want the law to change', 'any'],
    ['by how much did deaths fall?', 'change'],
  ])('%j wants %s', (q, wanted) => {
    expect(readAnswerType(q)).toBe(wanted);
  });
});

describe('an ask to check what follows', () => {
  it('checks the claim after "fact check -", not the words "fact check"', () => {
    const [claim] = checkClaims('fact check - grooming rose by 10% during lockdown', index);
    expect(claim).toMatchObject({ verdict: 'supported', factId: 'lockdown-rise-ten-percent' });
  });
  it('reads a question after "confirm:" as a question', () => {
    const reply = answerQuestion('quick confirm: what % was snapchat?', index);
    expect(describeReply(reply)).toBe('snapchat-20-percent');
    expect(verdictLine(reply)).not.toMatch(/Verdict/u);
  });
});

describe('names of general knowledge', () => {
  it('reads "apples to apples" as like for like, not Apple', () => {
    const reply = answerQuestion('is the 1,220 an apples to apples comparison with the 12,925?', index);
    expect(reply.status === 'abstained' && reply.reason.code === 'not_covered' && reply.reason.kind).not.toBe(
      'platform',
    );
  });
  it.each([
    ['how many cases on rblx?', 'Roblox'],
    ['grooming in manc?', 'Manchester'],
  ])('reads %j as %s', (q, name) => {
    const reply = answerQuestion(q, index);
    expect(reply.status === 'abstained' && reply.reason.code === 'not_covered' && reply.reason.value).toBe(
      name,
    );
  });
});

describe('claims', () => {
  it('a comment standing as its own sentence is no claim', () => {
    expect(checkClaims('grooming rose 10% in lockdown. as expected', index)).toHaveLength(1);
  });
  it('"asked" states a deed', () => {
    const [claim] = checkClaims('Wanless asked Boris Johnson to push forward legislation', index);
    expect(claim?.verdict).toBe('supported');
  });
  it('"soaring" is a rise', () => {
    expect(checkClaims('online grooming soaring 10% in lockdown', index)[0]?.verdict).toBe('supported');
  });
});

describe('roads', () => {
  it('answers motorcyclists over-represented in KSI with their share', () => {
    expect(
      describeReply(answerQuestion('by how much are motorcyclists over-represented in KSI', roads)),
    ).toBe('motorcyclists-ksi-share');
  });
});

describe('a yes/no question dating an event otherwise than the source', () => {
  it.each([
    'Did Mark Zuckerberg announce the encryption plans in March 2020?',
    "didn't zuckerberg announce the encryption plan in 2018?",
  ])('is answered with the source date and "contradicted": %j', (q) => {
    const reply = answerQuestion(q, index);
    expect(describeReply(reply)).toBe('zuckerberg-encryption-march-2019');
    expect(verdictLine(reply)).toMatch(/^Verdict: contradicted\. The source gives March 2019/u);
  });
  it.each([
    'did meta turn on default encryption in messenger in 2023?',
    'were there more grooming cases in 2021?',
  ])('is still declined when it asks of another event or a year with no figure: %j', (q) => {
    expect(describeReply(answerQuestion(q, index))).toMatch(/^decline/u);
  });
});

describe("a newcomer's review of the session's patterns", () => {
  it('declines how many cases lacked the data, written "wasn\'t"', () => {
    expect(
      describeReply(answerQuestion("how many cases where platform data wasn't available?", index)),
    ).toMatch(/^decline/u);
  });
});
