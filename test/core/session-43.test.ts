// Session 43: the event named on its own ("lockdown") set against a time around it ("pre-lockdown", "before") is two
// times side by side, answered with each time's own fact.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { answeredWith } from '../helpers/answered-with.js';
import { realIndex } from '../helpers/real-pack.js';

const nspcc = realIndex();
const factsOf = (q: string) => answeredWith(answerQuestion(q, nspcc)).map((k) => k.split('/').pop());

describe('the event named on its own against a time around it', () => {
  it('sets the two times side by side when the question contrasts them', () => {
    for (const q of [
      'Lockdown vs pre-lockdown: did the NSPCC find an increase?',
      'how does the lockdown jump compare with the pre-lockdown trend?',
    ])
      expect(factsOf(q), q).toEqual(['offences-rose-each-year', 'lockdown-rise-ten-percent']);
  });
  it('keeps one time when nothing is set against it', () => {
    expect(factsOf('Were grooming offences rising before lockdown?')).toEqual(['offences-rose-each-year']);
    expect(factsOf('how much did grooming rise in lockdown?')).toEqual(['lockdown-rise-ten-percent']);
  });
});
