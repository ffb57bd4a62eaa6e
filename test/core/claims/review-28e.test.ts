import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../../src/core/claims/index.js';
import { readFigures } from '../../../src/core/claims/read-figure.js';
import { splitClauses } from '../../../src/core/claims/split-claims.js';
import { realIndex } from '../../helpers/real-pack.js';

const index = realIndex();
const read = (text: string) => checkClaims(text, index).map((c) => [c.claim, c.verdict]);

describe('a short closing clause leaning on the claim before is a claim of its own (review 28e)', () => {
  it.each([
    [
      'Instagram was used in over a third of cases, and snapchat way more',
      [
        ['Instagram was used in over a third of cases', 'supported'],
        ['snapchat way more', 'contradicted'],
      ],
    ],
    [
      'insta a third of cases fr, snapchat way less tho',
      [
        ['insta a third of cases fr', 'supported'],
        ['snapchat way less tho', 'supported'],
      ],
    ],
    [
      'FB apps 51% of cases, Snapchat 20%, TikTok probably loads more',
      [
        ['FB apps 51% of cases', 'supported'],
        ['Snapchat 20%', 'supported'],
        ['TikTok probably loads more', 'not_in_source'],
      ],
    ],
    [
      'a ten percent rise in kids being targeted during lockdown, and across Europe too',
      [
        ['a ten percent rise in kids being targeted during lockdown', 'supported'],
        ['across Europe too', 'different_scope'],
      ],
    ],
    [
      'over half of grooming crimes used facebook apps, for adults too',
      [
        ['over half of grooming crimes used facebook apps', 'supported'],
        ['for adults too', 'different_scope'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('keeps a hedge closing the claim with it: "…, probably more"', () => {
    expect(read('1,220 cases in april-june, probably more')).toEqual([
      ['1,220 cases in april-june, probably more', 'supported'],
    ]);
  });

  it('does not split off a comparative after a word that names nothing', () => {
    const hasFigure = (t: string) => readFigures(t).length > 0;
    expect(splitClauses('1,220 cases, maybe even more', hasFigure, () => false)).toHaveLength(1);
  });
});

describe('a clause opening on "it" is read with what the clause before counts (review 28e)', () => {
  it('checks the movement it states', () => {
    expect(read('Over half of grooming crimes used Facebook apps, and it fell during lockdown')).toEqual([
      ['Over half of grooming crimes used Facebook apps', 'supported'],
      ['it fell during lockdown', 'contradicted'],
    ]);
  });
});

describe('figures and chat words (review 28e)', () => {
  it.each([
    ['grooming up a tenth during lockdown', 'supported'],
    ['grooming down a tenth during lockdown', 'contradicted'],
    ['instgram used in over a 3rd of cases', 'supported'],
    [
      "a 10% rise in lockdown, and it was rising every year in the three years before that, by the police's own figures",
      'supported',
    ],
  ])('%s', (text, verdict) => {
    expect(read(text).every(([, v]) => v === verdict)).toBe(true);
    expect(read(text).length).toBeGreaterThan(0);
  });

  it('reads "a 3rd" as a third only before "of"', () => {
    expect(readFigures('a 3rd party app').length).toBe(0);
  });
});
