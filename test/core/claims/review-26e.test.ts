import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../../src/core/claims/index.js';
import { realIndex } from '../../helpers/real-pack.js';

const index = realIndex();
const verdictsOf = (text: string) => checkClaims(text, index).map((c) => c.verdict);

describe('a figure credited to a body the article never names (review 26e)', () => {
  it.each([
    // An acronym is a body's name even when its letters spell an English word ("ons").
    ['According to the ONS, 1,220 grooming cases were recorded between April and June', 'contradicted'],
    [
      'According to the NHS, Snapchat was used in 20 percent of instances for which data was available',
      'contradicted',
    ],
    // A body named by a word the speaker patterns know but did not catch ("Ofcom figures show").
    ['Ofcom figures show 12,925 offences were recorded from April 2017 to March 2020', 'contradicted'],
    // Look-alikes: the source's own bodies, and leads that name no one.
    ['According to the NSPCC, 1,220 grooming cases were recorded between April and June', 'supported'],
    ['Police figures show 12,925 offences were recorded from April 2017 to March 2020', 'supported'],
    ['NSPCC: 1,220 grooming cases recorded between April and June', 'supported'],
    [
      'Quick stat for the newsletter: 12,925 offences were recorded from April 2017 to March 2020',
      'supported',
    ],
    ['Analysts claim 1,220 cases were recorded between April and June', 'supported'],
  ])('%j → %s', (text, verdict) => {
    expect(verdictsOf(text)).toEqual([verdict]);
  });
});

describe('a fact with no named speaker, credited to a body the pack knows (review 26e)', () => {
  it.each([
    // The police chiefs backed a call; they are not where the police figures come from.
    ['The NPCC said 12,925 offences were recorded in England and Wales', 'contradicted'],
    // Look-alikes: the body the pack says its figures come from, and a fact that is about the body credited.
    ['the NSPCC said 12,925 offences were recorded in England and Wales', 'supported'],
    ['the national police chiefs council said it backed the nspcc call', 'supported'],
  ])('%j → %s', (text, verdict) => {
    expect(verdictsOf(text)).toEqual([verdict]);
  });
});

describe("a headline's speaker by the pack's own names for them (review 26e)", () => {
  it.each([
    ['Charity boss urges Boris Johnson to make tech firms criminally responsible', 'supported'],
    ['Charity chief urges PM to hold tech bosses criminally responsible', 'supported'],
  ])('%j → %s', (text, verdict) => {
    expect(verdictsOf(text)).toEqual([verdict]);
  });
});
