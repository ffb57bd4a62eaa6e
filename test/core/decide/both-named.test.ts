// A question setting the best fact against another the source gives, named by its figure or its period, is answered
// with both side by side, not declined for the other side's figure or period.
import { describe, expect, it } from 'vitest';
import { answerUncalibrated } from '../../../src/core/answer-question.js';
import { answeredWith } from '../../helpers/answered-with.js';
import { realIndex } from '../../helpers/real-pack.js';

const index = realIndex();
// (The pipeline's decision; an answer under even odds would be offered as a choice, decide/unsure.ts.)
const ask = (q: string) => answeredWith(answerUncalibrated(q, index));
const APRIL_JUNE = 'nspcc-online-grooming/grooming-cases-april-june';
const THREE_YEARS = 'nspcc-online-grooming/offences-2017-2020';

describe('both facts a comparison names', () => {
  it.each([
    [
      // (Asked with the best match the three-year total, turned away for the 1,220 it names: a read-set question.)
      "Lockdown quarter had 1,220 cases — what's the three-year total to set that against?",
      [APRIL_JUNE, THREE_YEARS],
    ],
    [
      'the three-year total vs the april to june number: which is for England and Wales?',
      [THREE_YEARS, APRIL_JUNE],
    ],
    ['is the three-year total more than ten times the apr-jun count?', [THREE_YEARS, APRIL_JUNE]],
  ])('%j → both, in the order named', (q, facts) => {
    expect(ask(q)).toEqual(facts);
  });

  it('says the two are not for the same period', () => {
    const reply = answerUncalibrated('the three-year total vs the april to june number?', index);
    expect(reply.status).toBe('answered');
    expect(reply.status === 'answered' ? reply.notes.join(' ') : '').toMatch(/period/iu);
  });

  it('reads "ten times" as a multiplier, not as the ten percent rise', () => {
    expect(ask('is the three-year total more than ten times the apr-jun count?')).not.toContain(
      'nspcc-online-grooming/lockdown-rise-ten-percent',
    );
  });

  it('still declines a figure for another time that only one of them is measured against', () => {
    expect(
      ask('what was the apr-jun count the year before, the one the 10% rise is measured against?'),
    ).toEqual(['abstained']);
  });

  it('needs words that set the two against each other', () => {
    expect(
      ask('how many offences were recorded from april to june, as part of the three-year total?'),
    ).not.toEqual([THREE_YEARS, APRIL_JUNE]);
  });
});
