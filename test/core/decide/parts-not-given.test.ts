// What a fact counts only together, asked part by part (read blind sets): which bodies a count is made of ("which orgs
// signed the open letter? names pls"), and one police force of a figure for all police. Declined with what the source
// does give; who led them, how many, and police in general are still answered.
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

describe('one police force a question names, of a figure for all police together', () => {
  it.each([
    'How many grooming offences did Kent Police record?',
    'How many grooming offences did the Met Police record?',
    'How many grooming cases did the Metropolitan Police record during lockdown?',
  ])('is declined, offering the figure for all of them: %j', (q) => {
    const reply = answerQuestion(q, index);
    expect(reply).toMatchObject({ status: 'abstained', reason: { code: 'not_covered', kind: 'scope' } });
    expect(describeOutcome(reply)).toMatch(
      /police alone; it gives one figure for all police in England and Wales together \((?:12,925|1,220)\)\.$/u,
    );
  });
  it.each([
    [
      "What's the cumulative police-recorded figure for grooming offences from 2017 to 2020?",
      'offences-2017-2020',
    ],
    ['how many offences did local police record between april 2017 and march 2020', 'offences-2017-2020'],
    ['E&W police total 17-20?', 'offences-2017-2020'],
  ])('still answers police in general: %j', (q, id) => {
    expect(describeReply(answerQuestion(q, index))).toBe(id);
  });
});

describe('what a review found declined as asking for names (its probes)', () => {
  it.each([
    'what did the organisations urge facebook to do?',
    'the organisations that signed the letter - was the nspcc one of them?',
  ])('answers what they did, and whether the one the fact names was among them: %j', (q) => {
    expect(describeReply(answerQuestion(q, index))).toBe('open-letter');
  });
});
