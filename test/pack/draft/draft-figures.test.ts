import { describe, expect, it } from 'vitest';
import { draftFigures } from '../../../src/pack/draft/draft-figures.js';
import {
  guessFactPeriod,
  guessPeriod,
  guessPlace,
  guessReportingPeriod,
} from '../../../src/pack/draft/guess-scope.js';
import { splitSentences } from '../../../src/pack/draft/split-sentences.js';

describe('pack:new reads figures as the source writes them', () => {
  it.each([
    [
      'An estimated 1,220 cases were recorded.',
      [{ value: 1220, unit: 'count', display: '1,220', qualifier: 'an estimated' }],
    ],
    ['in 51 percent of cases', [{ value: 51, unit: 'percent', display: '51 percent' }]],
    ['over half of all crimes', [{ value: 50, unit: 'percent', display: 'over half', qualifier: 'over' }]],
    [
      'Fourteen of the deaths, nearly three quarters, occurred on rural roads.',
      [
        { value: 14, unit: 'count', display: 'Fourteen' },
        { value: 75, unit: 'percent', display: 'nearly three quarters', qualifier: 'nearly' },
      ],
    ],
    [
      'almost four fifths (79 per cent) of all casualties',
      [
        { value: 80, unit: 'percent', display: 'almost four fifths', qualifier: 'almost' },
        { value: 79, unit: 'percent', display: '79 per cent' },
      ],
    ],
    [
      'a tenth of all casualties but a quarter (64) of those killed',
      [
        { value: 10, unit: 'percent', display: 'a tenth' },
        { value: 25, unit: 'percent', display: 'a quarter' },
        { value: 64, unit: 'count', display: '64' },
      ],
    ],
    [
      'around a seventh of the total',
      [{ value: 14.3, unit: 'percent', display: 'around a seventh', qualifier: 'around' }],
    ],
    ['One child was killed.', [{ value: 1, unit: 'count', display: 'One' }]],
    ['One of the roads closed.', []],
    [
      'Urban roads (speed limit of 40 mph or less) had 731 casualties',
      [
        { value: 40, unit: 'rate', display: '40 mph', qualifier: 'at most' },
        { value: 731, unit: 'count', display: '731' },
      ],
    ],
    ['504 per billion vehicle miles', [{ value: 504, unit: 'rate', display: '504' }]],
    [
      'Children under 16 accounted for 98 casualties',
      [
        { value: 16, unit: 'years', display: '16', qualifier: 'under' },
        { value: 98, unit: 'count', display: '98' },
      ],
    ],
    ['dedicated to the public domain (CC0 1.0).', []],
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

  const year2023 = { label: '2023', from: '2023-01', to: '2023-12' };
  const coverage = { ...year2023, quote: 'Coverage: Eastmoor County, calendar year 2023' };
  it.each([
    ['There were 1,214 casualties in Eastmoor in 2023, up 6 per cent from 1,146 in 2022', year2023],
    ['19 people were killed, down from 23 in 2022 (a fall of 17 per cent).', coverage],
    ['257 were killed or seriously injured, 22 per cent below the 2015-2019 average of 331.', coverage],
    [
      'This is the second lowest annual total since records began in 1979; only 2020 (17 deaths) was lower.',
      coverage,
    ],
    ['The 2015-2019 average was 26.4 deaths a year, so the 2023 total is 28 per cent lower.', year2023],
    ['The casualty rate was 504 per billion vehicle miles, compared with 488 in 2022.', coverage],
    [
      'Between April and June 2023 there were 300 casualties',
      { label: 'April and June 2023', from: '2023-04', to: '2023-06' },
    ],
    ['Deaths from 2013 to 2015 numbered 40', { label: '2013 to 2015', from: '2013-01', to: '2015-12' }],
  ])('the main figure of "%s" is for %j', (quote, period) => {
    const mainAt = quote.search(/\d|One/u);
    expect(guessFactPeriod(quote, mainAt, coverage)).toEqual(period);
  });

  it('reads the period a release reports on from a "Coverage:" line, else from its title', () => {
    const header =
      'Road casualties: annual report 2023\n\nRelease date: 20 June 2024\nCoverage: Eastmoor County, calendar year 2023\n';
    expect(guessReportingPeriod(header)).toEqual(coverage);
    expect(
      guessReportingPeriod('Road casualties, Great Britain: 2014\n\nIn 2014, 1,775 people died.'),
    ).toEqual({
      label: '2014',
      from: '2014-01',
      to: '2014-12',
      quote: 'Road casualties, Great Britain: 2014',
    });
    expect(guessReportingPeriod('Annual report\n\nVisits rose.')).toBeUndefined();
    expect(guessFactPeriod('up 8 per cent from 221 in 2022', 0, undefined)).toBeUndefined();
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
