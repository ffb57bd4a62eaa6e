import { describe, expect, it } from 'vitest';
import { extractNumbers, numbersMissingFrom, statesNumber } from '../../src/text/numbers.js';

describe('extractNumbers', () => {
  it.each([
    ['An estimated 1,220 cases', [1220]],
    ['in 51 percent of cases', [51]],
    ['51% and 20 per cent', [51, 20]],
    ['a ten percent rise', [10]],
    ['over a third and over half', [33.3, 50]],
    ['February 6, 2020', [6, 2020]],
    ['pic.twitter.com/jJ0wrwD6D3', []],
    ['covid-19 and under-18s', []],
    ['12925 offences', [12925]],
  ])('%j → %j', (text, values) => {
    expect(extractNumbers(text).map((n) => n.value)).toEqual(values);
  });

  it('reads a scale written after digits as part of the figure, and how far it is rounded', () => {
    const read = (text: string) => extractNumbers(text).map(({ value, approx }) => [value, approx]);
    expect(read('13k offences')).toEqual([[13_000, 500]]);
    expect(read('1.2k cases')).toEqual([[1200, 50]]);
    expect(read('a £96.4m figure')).toEqual([[96_400_000, 50_000]]);
    expect(read('£96.4 million')).toEqual([[96_400_000, 50_000]]);
    expect(read('2bn and 10 thousand')).toEqual([
      [2_000_000_000, 500_000_000],
      [10_000, 500],
    ]);
    // A length of time is marked, an age is not.
    expect(extractNumbers('the three-year total, 3 yrs, a 13-year-old').map((n) => n.duration)).toEqual([
      true,
      true,
      undefined,
    ]);
    // "12m" in chat is as often twelve months: millions need a currency sign or a decimal.
    expect(read('in 12m')).toEqual([]);
    expect(read('£12m')).toEqual([[12_000_000, 500_000]]);
    // Exact figures stay exact; a scale word alone is still a number word.
    expect(read('1,220 cases, a million views')).toEqual([
      [1220, undefined],
      [1_000_000, undefined],
    ]);
  });

  it('marks percentages', () => {
    expect(extractNumbers('51 percent, 20%, 3').map((n) => n.isPercent)).toEqual([true, true, false]);
  });
});

describe('numbersMissingFrom', () => {
  it('finds numbers a text states that its sources do not', () => {
    expect(
      numbersMissingFrom('1,220 cases, 10% more, 3 years', [
        'An estimated 1,220 cases',
        'a ten percent rise',
      ]).map((n) => n.raw),
    ).toEqual(['3']);
  });
});

describe('statesNumber (what kb:check accepts as a figure written out)', () => {
  it.each([
    ['6 per cent', true],
    ['nearly three quarters', true],
    ['a tenth', true],
    ['around a seventh of the total', true],
    ['two fifths', true],
    ['One', true],
    ['a sixth', true],
    ['several', false],
    ['someone', false],
  ])('%s → %s', (text, states) => {
    expect(statesNumber(text)).toBe(states);
  });
});
