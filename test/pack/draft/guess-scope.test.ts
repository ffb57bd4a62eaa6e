// The period pack:new guesses for a draft fact: a day's date is when something was said, not a figure's period.
import { describe, expect, it } from 'vitest';
import { guessFactPeriod, guessReportingPeriod } from '../../../src/pack/draft/guess-scope.js';

const sentence =
  'Library visits in Hatherley rose to 84,200 in 2023, up 12 per cent from 75,100 in 2022, the council said on 3 March 2024.';

describe('guessFactPeriod', () => {
  it('takes the year of the figure, not the date the figure was announced on', () => {
    expect(guessFactPeriod(sentence, sentence.indexOf('84,200'), undefined)).toEqual({
      label: '2023',
      from: '2023-01',
      to: '2023-12',
    });
    expect(
      guessFactPeriod(
        'Deaths fell to 19 in 2023, the report published on February 6, 2024 said.',
        15,
        undefined,
      ),
    ).toMatchObject({ label: '2023' });
  });
  it('still reads months a figure is for ("between April and June 2020")', () => {
    const q = 'Police recorded 1,220 offences between April and June 2020.';
    expect(guessFactPeriod(q, q.indexOf('1,220'), undefined)).toMatchObject({
      from: '2020-04',
      to: '2020-06',
    });
  });
});

describe('guessReportingPeriod', () => {
  it('reads the first line without the day it was dated', () => {
    expect(guessReportingPeriod(`${sentence}\nMore text.`)).toMatchObject({ label: '2023' });
  });
});
