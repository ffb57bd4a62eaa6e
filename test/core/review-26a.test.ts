// A newcomer review of the engine on a second organisation's pack (review 26a): the verb "fall" is no season, a year
// named alone is no multi-year average holding it, a yes/no question on direction wants a change, and a wider measure
// that only lists the word asked (KSI for "deaths") gives way to the fact measuring it.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { buildIndex } from '../../src/core/retrieve/build-index.js';
import { asksDirection } from '../../src/core/understand/direction-asked.js';
import { readAskedPeriod } from '../../src/core/understand/period.js';
import { describeReply } from '../../src/eval/evaluate.js';
import { loadPack, loadPacks } from '../../src/pack/load-pack.js';

const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
const nspcc = buildIndex(loadPacks('knowledge'));
const ask = (q: string) => describeReply(answerQuestion(q, roads));

describe('"fall" is a season only as a noun of time', () => {
  it.each([
    ['did deaths fall', undefined],
    ['is the fall in road deaths significant?', undefined],
    ['deaths in the fall', 'fall'],
    ['deaths last fall', 'fall'],
    ['deaths fall 2023', 'fall 2023'],
    ['deaths in autumn', 'autumn'],
  ])('%j reads the period %j', (q, label) => {
    expect(readAskedPeriod(q)?.label).toBe(label);
  });
});

describe('a year named alone, set against another, is not a multi-year average that holds it', () => {
  it.each([
    ['casualties 2023 vs 2019', 'decline:not_covered/year'],
    ['was 2023 worse than 2019 for ksi', 'decline:not_covered/year'],
    ['deaths 2023 vs the 2015-2019 average', 'deaths-vs-average'],
    ['ksi 2023 vs 2015-19 avg', 'ksi-2023'],
    ['deaths 2022 v 2023', 'deaths-2023'],
  ])('%j → %s', (q, expected) => {
    expect(ask(q)).toBe(expected);
  });
});

describe('a yes/no question on which way something went', () => {
  it.each([
    ['did deaths fall', true],
    ['have serious injuries increased since 2022', true],
    ['are cyclist casualties rising', true],
    ['is the fall in road deaths significant?', false],
    ['how many deaths were there', false],
  ])('%j asks a direction: %s', (q, asks) => {
    expect(asksDirection(q)).toBe(asks);
  });
  it.each([
    ['did deaths fall', 'deaths-2023'],
    ['did slight injuries rise', 'slight-injuries-2023'],
    ['did cyclist casualties go up', 'cyclist-casualties'],
    ['is the fall in road deaths significant?', 'small-numbers-caution'],
    // The fact gives this year's figure only: which way it went is not in the source.
    ['did pedestrian casualties rise', 'decline:not_covered/scope'],
    ['have a-road casualties increased', 'decline:not_covered/scope'],
    ['did rural road casualties rise', 'decline:not_covered/scope'],
    ['did the cost of casualties go up', 'decline:not_covered/scope'],
  ])('%j → %s (roads)', (q, expected) => {
    expect(ask(q)).toBe(expected);
  });
  it.each([
    ['did snapchat cases rise', 'decline:not_covered/scope'],
    ['did grooming rise during lockdown', 'lockdown-rise-ten-percent'],
    ['did offences go up before lockdown', 'offences-rose-each-year'],
    // (Both times: the yearly rises before, and the rise during; session 39.)
    [
      'Did grooming offences rise only during lockdown, or in earlier years as well?',
      'compare:offences-rose-each-year+lockdown-rise-ten-percent',
    ],
  ])('%j → %s (NSPCC)', (q, expected) => {
    expect(describeReply(answerQuestion(q, nspcc))).toBe(expected);
  });
});

describe('a wider measure that only lists the word asked', () => {
  it.each([
    // "deaths" of the killed-or-seriously-injured total: the deaths' own comparison with the average.
    ['are road deaths below the five year average', 'deaths-vs-average'],
    ['is KSI below the average', 'ksi-2023'],
    // Serious injuries have no 2015-2019 average: declined for the period, not answered with KSI's 331.
    ['what was the 2015-2019 average for serious injuries', 'decline:not_covered/year'],
    ['average serious injuries 2015-2019', 'decline:not_covered/year'],
    ['What was the 2015-2019 average for slight injuries?', 'decline:not_covered/scope'],
    ['deaths 2015-2019 average', 'deaths-vs-average'],
    ['how many killed or seriously injured', 'ksi-2023'],
    ['how many cyclists were hurt', 'cyclist-casualties'],
  ])('%j → %s', (q, expected) => {
    expect(ask(q)).toBe(expected);
  });
  it('leaves what someone said to the match (NSPCC)', () => {
    expect(describeReply(answerQuestion('NSPCC CEO name?', nspcc))).toBe('wanless-urges-legislation');
  });
});
