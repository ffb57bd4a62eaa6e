// Session 48: classes read from the claims sets' misses — a bounded number ("more than 40 MPs", "only 3 got a reply")
// is a figure claimed; a second claim after a month's abbreviation ("…apr-jun. snapchat 30%…") or after a name asked
// about ("TikTok? 20%.") is checked on its own; "in the 12,925 offences, Snapchat was used in one in five" is a share
// of that base; asking whether anyone knows something claims nothing.
import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../src/core/claims/index.js';
import { readFigures } from '../../src/core/claims/read-figure.js';
import { splitSentences } from '../../src/core/claims/split-claims.js';
import { realIndex } from '../helpers/real-pack.js';

const nspcc = realIndex();
const verdicts = (text: string) =>
  checkClaims(text, nspcc).map((c) => [c.claim, c.verdict, c.dimension ?? null] as const);

describe('a number with a bound before it', () => {
  it('is a figure claimed, not a list number', () => {
    expect(readFigures('more than 40 MPs have backed the NSPCC letter').map((f) => f.value)).toEqual([40]);
    expect(readFigures('Only 3 got a reply').map((f) => f.value)).toEqual([3]);
  });
  it('is never a span of time, however it is bounded', () => {
    expect(readFigures('1,220 grooming cases in just 3 months').map((f) => f.value)).toEqual([1220]);
    expect(readFigures('only 3 weeks later')).toEqual([]);
    expect(readFigures('over 2 years ago').map((f) => f.kind)).toEqual(['duration']);
  });
  it('makes a claim the source does not cover, beside one it does', () => {
    expect(
      verdicts('Over 100 organisations signed the NSPCC letter to Facebook. Only 3 got a reply.'),
    ).toEqual([
      ['Over 100 organisations signed the NSPCC letter to Facebook', 'supported', null],
      ['Only 3 got a reply', 'not_in_source', null],
    ]);
    expect(verdicts('more than 40 MPs have backed the NSPCC letter.')).toEqual([
      ['more than 40 MPs have backed the NSPCC letter', 'not_in_source', null],
    ]);
  });
});

describe('sentences a claim is split into', () => {
  it('ends at a month’s abbreviation when the next holds a figure of its own', () => {
    expect(splitSentences('fb alone = 51% of grooming cases apr-jun. snapchat 30% where data avail')).toEqual(
      ['fb alone = 51% of grooming cases apr-jun.', 'snapchat 30% where data avail'],
    );
    expect(verdicts('fb alone = 51% of grooming cases apr-jun. snapchat 30% where data avail')[1]).toEqual([
      'snapchat 30% where data avail',
      'contradicted',
      null,
    ]);
  });
  it('goes on after a month’s abbreviation with a date or words alone', () => {
    expect(splitSentences('1,220 cases Apr. to Jun. in England')).toEqual([
      '1,220 cases Apr. to Jun. in England',
    ]);
    expect(splitSentences('It was tweeted on Feb. 6, 2020 by IANSLIFE')).toEqual([
      'It was tweeted on Feb. 6, 2020 by IANSLIFE',
    ]);
  });
  it('reads a figure alone after a name asked about as that name’s figure', () => {
    expect(splitSentences('51% on fb apps. TikTok? 20%.')).toEqual(['51% on fb apps.', 'TikTok: 20%.']);
    const checked = checkClaims(
      'Facebook-owned platforms were behind 51 per cent of cases. TikTok? 20%.',
      nspcc,
    );
    expect(checked).toHaveLength(2);
    expect(checked[1]?.claim).toBe('TikTok: 20%');
    expect(checked[1]?.verdict).not.toBe('supported');
  });
});

describe('a share after its base', () => {
  it('reads "in the 12,925 offences, …" as the base of the share that follows', () => {
    const [only, ...rest] = checkClaims(
      'Heard that in the 12,925 pre-lockdown offences, Snapchat was the app used in one in five',
      nspcc,
    );
    expect(rest).toEqual([]);
    expect(only?.verdict).toBe('different_scope');
  });
  it('keeps a share of the base the source gives supported', () => {
    expect(verdicts('in the 1,220 cases, 51% were on facebook apps')).toEqual([
      ['in the 1,220 cases, 51% were on facebook apps', 'supported', null],
    ]);
  });
});

describe('asking whether anyone knows', () => {
  it('claims nothing without a figure', () => {
    expect(checkClaims('anyone know how many grooming cases were on tiktok?', nspcc)).toEqual([]);
    expect(checkClaims('does anybody know which apps were used most?', nspcc)).toEqual([]);
  });
  it('still checks a figure it relays', () => {
    expect(verdicts('Has anyone seen that grooming went up 25% in lockdown?')[0]?.[1]).toBe('contradicted');
    expect(verdicts('anyone know if 51% of cases were on facebook apps?')[0]?.[1]).toBe('supported');
  });
});
