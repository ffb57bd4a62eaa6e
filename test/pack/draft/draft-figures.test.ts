import { describe, expect, it } from 'vitest';
import { draftFigures } from '../../../src/pack/draft/draft-figures.js';
import { guessPeriod, guessPlace } from '../../../src/pack/draft/guess-scope.js';
import { splitSentences } from '../../../src/pack/draft/split-sentences.js';

describe('pack:new reads figures as the source writes them', () => {
  it.each([
    [
      'An estimated 1,220 cases were recorded.',
      [{ value: 1220, unit: 'count', display: '1,220', qualifier: 'an estimated' }],
    ],
    ['in 51 percent of cases', [{ value: 51, unit: 'percent', display: '51 percent' }]],
    ['over half of all crimes', [{ value: 50, unit: 'percent', display: 'half', qualifier: 'over' }]],
    ['The council spent £4.6 million', [{ value: 4_600_000, unit: 'currency', display: '£4.6 million' }]],
    ['the second highest rate', [{ value: 2, unit: 'rank', display: 'second highest' }]],
    ['published 14 March 2024', [{ value: 2024, unit: 'year', display: '2024' }]],
    ['spending in 2022-23 was 12 percent lower', [{ value: 12, unit: 'percent', display: '12 percent' }]],
    ['no figure here', []],
  ])('%s', (sentence, figures) => {
    expect(draftFigures(sentence)).toEqual(figures);
  });
});

describe('pack:new guesses a period and a place from the quote', () => {
  it.each([
    ['from April 2017 to March 2020', { label: 'April 2017 to March 2020', from: '2017-04', to: '2020-03' }],
    ['between April and June 2020', { label: 'April and June 2020', from: '2020-04', to: '2020-06' }],
    ['reopened in May 2023', { label: 'May 2023', from: '2023-05', to: '2023-05' }],
    ['from 2013 to 2015', { label: '2013 to 2015', from: '2013-01', to: '2015-12' }],
    ['in the 2022-23 financial year', { label: '2022-23', from: '2022-04', to: '2023-03' }],
    ['in 2014, up on 2013', { label: '2014', from: '2014-01', to: '2014-12' }],
    ['a rise of 4 percent', undefined],
  ])('%s', (quote, period) => {
    expect(guessPeriod(quote)).toEqual(period);
  });

  it.each([
    ['recorded by police in England and Wales from April', 'England and Wales'],
    ['the busiest branch in the Westmere region', 'Westmere'],
    ['In total, 12 were borrowed in March', undefined],
  ])('%s', (quote, place) => {
    expect(guessPlace(quote)).toBe(place);
  });
});

describe('pack:new splits a source into sentences', () => {
  it('keeps headings apart, joins a sentence that runs on to the next line, and knows "e.g."', () => {
    const text =
      'Main points\nIn 2023 there were\n1,284 visits, e.g. by schools. Loans fell.\r\n\r\nSpending\nIt rose.';
    expect(splitSentences(text)).toEqual([
      'Main points',
      'In 2023 there were\n1,284 visits, e.g. by schools.',
      'Loans fell.',
      'Spending',
      'It rose.',
    ]);
  });
});
