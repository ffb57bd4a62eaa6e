// The thirtieth session's changes, each from read sets: a question that sets two times around an event side by side
// ("before lockdown as well as during it") gets the fact for each time; one asking whether two of the source's
// figures are the same thing gets both; a question about one time or one figure is declined or answered as before.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import type { Reply } from '../../src/core/reply.js';
import { realIndex } from '../helpers/real-pack.js';

const nspcc = realIndex();
const outcome = (reply: Reply) =>
  reply.status === 'answered'
    ? reply.facts.map((f) => f.factId).join('+')
    : reply.status === 'abstained'
      ? `declined:${reply.reason.code}`
      : reply.status;
const ask = (q: string) => outcome(answerQuestion(q, nspcc));

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
