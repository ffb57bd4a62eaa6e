import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { askedAveragePer } from '../../src/core/handlers/figure/average-per.js';
import type { Reply } from '../../src/core/reply.js';
import { describeReply } from '../../src/eval/evaluate.js';
import { realIndex } from '../helpers/real-pack.js';

const index = realIndex();
const ask = (q: string): Reply => answerQuestion(q, index);

describe('an average asked per year, quarter or month', () => {
  it.each([
    ["what's the average number of offences per year in the 2017-2020 figure?", 'year'],
    ['how many offences a year on average from 2017-2020?', 'year'],
    ["what's the monthly average of the 1,220 cases (april-june)?", 'month'],
    ['how many cases per month does 1,220 in a quarter work out to?', 'month'],
    ['is 1,220 in one quarter higher than the average quarter across april 2017 to march 2020?', 'quarter'],
    ['per month, was the lockdown rate higher than the average over 2017-2020?', 'month'],
  ])('%j asks per %s', (q, per) => {
    expect(askedAveragePer(q)).toBe(per);
  });
  it.each([
    'for our quarterly risk register, we need the average age of the children targeted in the april-to-june cases',
    'what was the 2015-2019 average for deaths?',
    'how many offences were there each year?',
  ])('%j asks no average per period', (q) => {
    expect(askedAveragePer(q)).toBeUndefined();
  });
});

describe('the average worked out from a cited total', () => {
  it('answers with the total and the average, labelled as worked out', () => {
    const reply = ask("what's the average per year of the 12,925?");
    expect(describeReply(reply)).toBe('offences-2017-2020');
    expect(reply.status === 'answered' ? reply.derivations : undefined).toEqual([
      expect.objectContaining({ kind: 'average', of: 12925, over: 3, value: 4308 }),
    ]);
    const notes = reply.status === 'answered' ? reply.notes : [];
    expect(notes).toEqual([
      expect.stringMatching(/^Worked out, not stated in the source: 12,925 .* about 4,308 a year/u),
    ]);
    expect(notes[0]).toContain('The source gives no figure for any single year.');
  });
  it('sets a shorter figure against a longer total per period, both cited', () => {
    const reply = ask(
      'Is 1,220 in one quarter higher than the average quarter across April 2017 to March 2020?',
    );
    expect(describeReply(reply)).toBe('compare:grooming-cases-april-june+offences-2017-2020');
    const notes = reply.status === 'answered' ? reply.notes : [];
    expect(notes).toContain(
      'April to June, during the coronavirus lockdown: 1,220 in one quarter, higher than the average of about 1,077 a quarter.',
    );
    expect(notes.some((n) => n.startsWith('Not like for like'))).toBe(true);
  });
  it('works out both sides per month where both span several months', () => {
    const reply = ask('Per month, was the lockdown rate higher than the average over 2017-2020?');
    const worked = reply.status === 'answered' ? (reply.derivations ?? []) : [];
    expect(worked.map((d) => (d.kind === 'average' ? [d.of, d.over, d.value] : d.kind))).toEqual([
      [1220, 3, 407],
      [12925, 36, 359],
    ]);
  });
  it('still declines a breakdown the source does not give', () => {
    expect(describeReply(ask('how many offences were there each year?'))).toMatch(/^decline:not_covered/u);
  });
});

describe('an average never stands in for what the pack does not count, nor for a shorter time (a review)', () => {
  it.each([
    ["What's the average number of arrests per year from 2017 to 2020?"],
    ['average number of children groomed per year 2017-2020?'],
    ['Average per year of offences from April 2017 to March 2019?'],
  ])('%j is declined', (q) => {
    expect(describeReply(ask(q))).toMatch(/^decline:/u);
  });
  it('answers an average of a total named by its own period without comparing it to anything', () => {
    expect(describeReply(ask('average cases per month between April and June?'))).toBe(
      'grooming-cases-april-june',
    );
  });
});
