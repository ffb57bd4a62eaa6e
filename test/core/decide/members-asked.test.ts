// Which bodies a count is made of, asked of a fact that only counts them (read blind sets: "which orgs signed the open
// letter? names pls", "was the FA one of them?"): declined with the count offered; who led them, and how many, are
// still answered.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer-question.js';
import { describeReply } from '../../../src/eval/evaluate.js';
import { describeOutcome } from '../../../src/render/wording.js';
import { realIndex } from '../../helpers/real-pack.js';

const index = realIndex();

describe('the names of what a fact only counts', () => {
  it.each([
    'Can you list the organisations that signed the open letter to Facebook?',
    'which orgs signed the open letter - was the FA one of them?',
    'which other organisations signed the open letter besides the NSPCC?',
    'Can you name the other organisations that signed the open letter?',
  ])('is declined, offering the count: %j', (q) => {
    const reply = answerQuestion(q, index);
    expect(reply).toMatchObject({ status: 'abstained', reason: { code: 'not_covered', kind: 'scope' } });
    expect(describeOutcome(reply)).toMatch(
      /^The source does not list the \w+; it gives their number only: More than 100/u,
    );
  });
  it.each([
    'Who led the group of organisations that signed the open letter to Facebook?',
    'how many organisations signed the open letter?',
    '100+ organisations did what?',
  ])('still answers who led them, how many, and what they did: %j', (q) => {
    expect(describeReply(answerQuestion(q, index))).toBe('open-letter');
  });
});
