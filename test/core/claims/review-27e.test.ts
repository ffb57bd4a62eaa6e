import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../../src/core/claims/index.js';
import { realIndex } from '../../helpers/real-pack.js';

const index = realIndex();
const read = (text: string) => checkClaims(text, index).map((c) => [c.claim, c.verdict]);

describe('two statements in one sentence, with or without figures, are two claims (review 27e)', () => {
  it.each([
    [
      'wanless wants the pm to make tech firms criminally liable, met police backed it',
      [
        ['wanless wants the pm to make tech firms criminally liable', 'supported'],
        ['met police backed it', 'contradicted'],
      ],
    ],
    [
      'the police chiefs council backed the nspcc call, and 43 forces signed up to it',
      [
        ['the police chiefs council backed the nspcc call', 'supported'],
        ['43 forces signed up to it', 'not_in_source'],
      ],
    ],
    [
      'insta in like a quarter of cases n snapchat in 30%',
      [
        ['insta in like a quarter of cases', 'contradicted'],
        ['snapchat in 30%', 'contradicted'],
      ],
    ],
    [
      'Facebook apps used in 51% of grooming cases & Zuckerberg announced encryption in March 2020',
      [
        ['Facebook apps used in 51% of grooming cases', 'supported'],
        ['Zuckerberg announced encryption in March 2020', 'contradicted'],
      ],
    ],
    [
      "apparently zuckerberg announced the encryption in march 2019, and the nspcc said it'd give offenders a place to hide",
      [
        ['apparently zuckerberg announced the encryption in march 2019', 'supported'],
        ["the nspcc said it'd give offenders a place to hide", 'supported'],
      ],
    ],
    [
      "Barnardo's chief Peter Wanless called for new laws, and Ofcom backed the call",
      [
        ["Barnardo's chief Peter Wanless called for new laws", 'contradicted'],
        ['Ofcom backed the call', 'contradicted'],
      ],
    ],
    [
      'Home Office backs NSPCC call, 1,220 cases recorded April-June',
      [
        // (The source gives the backing to the police chiefs: blind claims sets read another body's backing as
        // contradicted, as this file reads "Ofcom backed the call".)
        ['Home Office backs NSPCC call', 'contradicted'],
        ['1,220 cases recorded April-June', 'supported'],
      ],
    ],
    [
      'the police chiefs backed the NSPCC call n 1,220 cases were recorded in Scotland between April and June',
      [
        ['the police chiefs backed the NSPCC call', 'supported'],
        ['1,220 cases were recorded in Scotland between April and June', 'different_scope'],
      ],
    ],
  ])('%j', (text, claims) => {
    expect(read(text)).toEqual(claims);
  });

  it('checks "X backed the call" against who backed it, not against the caller\'s words', () => {
    expect(read('Wanless urges PM to act on tech firms, Police Chiefs back NSPCC call')).toEqual([
      ['Wanless urges PM to act on tech firms', 'supported'],
      ['Police Chiefs back NSPCC call', 'supported'],
    ]);
    expect(read('wanless wants the pm to make tech firms criminally liable, the NSPCC backed it')[1]).toEqual(
      ['the NSPCC backed it', 'contradicted'],
    );
  });
});

describe('one statement with commas or "and" stays one claim (review 27e)', () => {
  it.each([
    ['Facebook, WhatsApp and Instagram were used in 51 percent of cases', 'supported'],
    ['Between April and June, 1,220 grooming crimes were recorded', 'supported'],
    ['In lockdown, there was a 10% rise in children targeted online', 'supported'],
    [
      "Over 97 percent of child exploitation content, Facebook says, is found before it's reported",
      'supported',
    ],
    ['In Scotland, 12,925 grooming offences were recorded from April 2017 to March 2020', 'different_scope'],
  ])('%j → %s', (text, verdict) => {
    expect(checkClaims(text, index).map((c) => c.verdict)).toEqual([verdict]);
  });

  it.each([
    // What is said opening on a place is the lead of the clause after it, which keeps that place.
    ['The NSPCC said that in Scotland, Facebook apps were used in 51% of cases', 'different_scope'],
    // A name before "and" is a list: the figure is of all three.
    ['The NSPCC said Facebook, WhatsApp and Instagram were used in 51 percent of cases', 'supported'],
  ])('%j → %s', (text, verdict) => {
    expect(checkClaims(text, index).map((c) => c.verdict)).toEqual([verdict]);
  });

  it('keeps a place closing a side taken with the figure after it (never supported alone)', () => {
    const verdicts = checkClaims(
      'Police chiefs backed the NSPCC call in Scotland, 1,220 cases recorded',
      index,
    ).map((c) => c.verdict);
    expect(verdicts).not.toContain('supported');
  });
});
