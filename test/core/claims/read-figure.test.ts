import { describe, expect, it } from 'vitest';
import { readFigures } from '../../../src/core/claims/read-figure.js';

const first = (text: string) => {
  const f = readFigures(text)[0];
  return (
    f && {
      raw: f.raw,
      value: Math.round(f.value * 10) / 10,
      kind: f.kind,
      qualifier: f.qualifier,
      direction: f.direction,
    }
  );
};

describe('reading a claimed figure as written', () => {
  it.each([
    [
      'about half of cases',
      { raw: 'about half', value: 50, kind: 'share', qualifier: 'about', direction: undefined },
    ],
    [
      'a fifth of instances',
      { raw: 'a fifth', value: 20, kind: 'share', qualifier: 'bare', direction: undefined },
    ],
    [
      'two thirds of cases',
      { raw: 'two thirds', value: 66.7, kind: 'share', qualifier: 'bare', direction: undefined },
    ],
    [
      'eight in ten victims',
      { raw: 'eight in ten', value: 80, kind: 'share', qualifier: 'bare', direction: undefined },
    ],
    [
      'over 1/3 of cases',
      { raw: 'over 1/3', value: 33.3, kind: 'share', qualifier: 'over', direction: undefined },
    ],
    [
      'twelve thousand offences',
      { raw: 'twelve thousand', value: 12000, kind: 'count', qualifier: 'bare', direction: undefined },
    ],
    ['13k offences', { raw: '13k', value: 13000, kind: 'count', qualifier: 'bare', direction: undefined }],
    ['1.2k cases', { raw: '1.2k', value: 1200, kind: 'count', qualifier: 'bare', direction: undefined }],
    [
      'roughly 13,000 offences',
      { raw: 'roughly 13,000', value: 13000, kind: 'count', qualifier: 'about', direction: undefined },
    ],
    [
      '100+ charities',
      { raw: '100', value: 100, kind: 'count', qualifier: 'at_least', direction: undefined },
    ],
    [
      'a 25% rise in grooming',
      { raw: '25%', value: 25, kind: 'change', qualifier: 'bare', direction: 'rise' },
    ],
    [
      'grooming fell by 10 per cent',
      { raw: '10 per cent', value: 10, kind: 'change', qualifier: 'bare', direction: 'fall' },
    ],
    [
      'cases doubled in lockdown',
      { raw: 'doubled', value: 100, kind: 'change', qualifier: 'bare', direction: 'rise' },
    ],
    [
      'a ten percent rise',
      { raw: 'ten percent', value: 10, kind: 'change', qualifier: 'bare', direction: 'rise' },
    ],
    ['it cost £5m', { raw: '5m', value: 5_000_000, kind: 'money', qualifier: 'bare', direction: undefined }],
  ])('%s', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  it.each([
    ['a date', 'Zuckerberg announced it in March 2019'],
    ['a day of the month', 'the meeting is on 12 March'],
    ['a time', 'see you at 3pm'],
    ['list numbering', '1. read the article'],
    ['an age', 'a 13-year-old girl'],
    ['a small count of people', 'my 2 kids are on their phones 24/7'],
    ['a phone number', 'call the helpline on 0808 800 5000'],
    ['a room number', 'room 2.14'],
    ['covid-19', 'during covid-19'],
    ["a dozen or so of one's own", 'my 12 kids and their 30 friends'],
    ['a span of weeks', 'lockdown lasted 12 weeks'],
    ['"almost every" year', 'grooming offences rose almost every year'],
    ['a word ending in s that is no plural', 'see you at 10 this evening, 30 across the board'],
  ])('reads no statistic in %s', (_label, text) => {
    expect(readFigures(text)).toEqual([]);
  });

  it('reads a count under a hundred when a plural noun says what it counts', () => {
    expect(first('the open letter only had about 40 signatories')).toMatchObject({
      value: 40,
      kind: 'count',
    });
    expect(first('less than 50 orgs signed')).toMatchObject({ value: 50, kind: 'count', qualifier: 'under' });
    expect(first('data from 43 police forces')).toMatchObject({ value: 43, kind: 'count' });
    expect(first('25 people died on the roads')).toMatchObject({ value: 25, kind: 'count' });
    // Not one's own: "my 20 children".
    expect(readFigures('my 20 children')).toEqual([]);
  });
});
