import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../../src/core/claims/index.js';
import { buildIndex } from '../../../src/core/retrieve/build-index.js';
import { loadPack } from '../../../src/pack/load-pack.js';
import { realIndex } from '../../helpers/real-pack.js';

const index = realIndex();
const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
const verdictsOf = (text: string, within = index) => checkClaims(text, within).map((c) => c.verdict);

describe('a year a change is set against is its other end, not the claim period (review 26b)', () => {
  it.each([
    ['238 people seriously injured, up 8% on 2022', ['supported', 'supported']],
    ['19 people died on Eastmoor roads in 2023, down from 23 in 2022', ['supported', 'supported']],
    ['deaths were 28% below the 2015-2019 average', ['supported']],
    ['KSI was 257, a fifth below the 2015-19 average', ['supported', 'supported']],
    // A baseline the source does not compare with is still another period.
    ['casualties rose 6% from 2021', ['different_scope']],
    ['casualties were 6% higher than the 2015-2019 average', ['different_scope']],
  ])('%j → %j', (text, verdicts) => {
    expect(verdictsOf(text, roads)).toEqual(verdicts);
  });
});

describe('a sum of money against a fact that gives one (review 26b)', () => {
  it.each([
    ['preventing the casualties would be worth about £96m', 'supported'],
    ['the crashes cost £150 million', 'contradicted'],
    ['speed cameras raised £2m in fines', 'not_in_source'],
  ])('%j → %s', (text, verdict) => {
    expect(verdictsOf(text, roads)).toEqual([verdict]);
  });
  it('a pack with no sum keeps money not_in_source', () => {
    expect(verdictsOf('the nspcc spent £2m on its lockdown campaign')).toEqual(['not_in_source']);
  });
});

describe('a year-shaped count is a count (review 26b)', () => {
  it.each([
    ['around 2000 cases were logged between april and june', 'contradicted'],
    ['over 2000 organisations signed the letter', 'contradicted'],
  ])('%j → %s', (text, verdict) => {
    expect(verdictsOf(text)).toEqual([verdict]);
  });
});

describe('a count said to have moved the other way to its figure (review 26b)', () => {
  it.each([
    ['serious injuries fell to 238 in 2023', 'contradicted'],
    ['road deaths in eastmoor went up to 19 last year', 'contradicted'],
    ['slight injuries dropped to 957', 'contradicted'],
    ['road deaths fell to 19', 'supported'],
    ['serious injuries rose to 238 in 2023', 'supported'],
  ])('%j → %s', (text, verdict) => {
    expect(verdictsOf(text, roads)).toEqual([verdict]);
  });
});

describe('a rank: the first where the source gives a later place (review 26b)', () => {
  it.each([
    ['road deaths were the lowest on record', 'contradicted'],
    ['road deaths hit a record low in 2023', 'contradicted'],
    ['2023 deaths were the second lowest on record', 'supported'],
    ['2023 deaths were the second lowest since records began in 1979', 'supported'],
  ])('%j → %s', (text, verdict) => {
    expect(verdictsOf(text, roads)).toEqual([verdict]);
  });
});

describe('a count said of a narrower measure than its own (review 26b)', () => {
  it.each([
    ['1,214 road deaths in 2023', 'different_scope'],
    ['121 motorcyclists were killed in 2023', 'different_scope'],
    ['1,214 people were killed or injured', 'supported'],
    ['1,214 casualties in 2023', 'supported'],
    ['176 pedestrians were hurt', 'supported'],
  ])('%j → %s', (text, verdict) => {
    expect(verdictsOf(text, roads)).toEqual([verdict]);
  });
  it.each([
    'Police record 1,220 grooming crimes in three months of lockdown',
    'an estimated 1,220 criminal cases of online grooming were recorded between April and June',
  ])('%j: the recorder or the share is not what is counted', (text) => {
    expect(verdictsOf(text)).toEqual(['supported']);
  });
});
