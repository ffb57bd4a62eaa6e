import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../../src/core/claims/index.js';
import { readFigures } from '../../../src/core/claims/read-figure.js';
import { realIndex } from '../../helpers/real-pack.js';

const index = realIndex();
const verdictsOf = (text: string) => checkClaims(text, index).map((c) => c.verdict);

describe('a headline verb in its plain form ("Charities urge…") credits its subject (review 27a)', () => {
  it.each([
    // (The review's plain "back" was left out: "Police chiefs back NSPCC call for tough online harms law" was then
    // checked against Wanless's own words and contradicted.)
    ['NSPCC urge PM to ban Snapchat', 'contradicted'],
    // "back" as an adverb names no deed.
    ['Zuckerberg back in March 2019 announced plans to encrypt messenger', 'supported'],
  ])('%j → %s', (text, verdict) => {
    expect(verdictsOf(text)).toEqual([verdict]);
  });
});

describe('a lead naming apps before a colon is what the figure counts, not a speaker (review 27a)', () => {
  it.each([
    ['Facebook apps: 51%', 'supported'],
    ['Facebook-owned apps: 51% of cases', 'supported'],
    ['Facebook apps: 70% of cases', 'contradicted'],
    ['Facebook platforms: 1,220 cases', 'different_scope'],
    // Facebook itself before a colon is still its spokesman's headline.
    ['Facebook: 51%', 'contradicted'],
  ])('%j → %s', (text, verdict) => {
    expect(verdictsOf(text)).toEqual([verdict]);
  });

  it('reads every line of a stats list', () => {
    expect(
      verdictsOf('grooming crimes: 1,220 (Apr–Jun). Facebook apps: 51%. Instagram: >1/3. Snapchat: 20%.'),
    ).toEqual(['supported', 'supported', 'supported', 'supported']);
  });
});

describe('"mostly on X" is a majority share of what the claim counts (review 27a)', () => {
  it.each([
    ['grooming happens mostly on snapchat', ['contradicted']],
    ['grooming happens mostly on facebook, whatsapp and instagram', ['supported']],
    ['crimes were mainly on whatsapp', ['different_scope']],
    ['1,220 offences were recorded in April–June, mostly on Snapchat.', ['supported', 'contradicted']],
  ])('%j → %j', (text, verdicts) => {
    expect(verdictsOf(text)).toEqual(verdicts);
  });

  it('reads no share from "mostly" that does not say where', () => {
    expect(readFigures('grooming is mostly a problem')).toEqual([]);
  });
});

describe('a small number an average gives is a statistic (review 27a)', () => {
  it.each([
    ['the average groomer targets 8 kids at once', ['not_in_source']],
    ['offenders target an average of 8 children each', ['not_in_source']],
  ])('%j → %j', (text, verdicts) => {
    expect(verdictsOf(text)).toEqual(verdicts);
  });

  it("leaves the writer's own small counts alone", () => {
    expect(readFigures('on average my 2 kids are online').map((f) => f.value)).toEqual([]);
  });
});
