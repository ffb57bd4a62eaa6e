import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../../src/core/claims/index.js';
import { realIndex } from '../../helpers/real-pack.js';

const index = realIndex();
const claimsOf = (text: string) => checkClaims(text, index).map((c) => [c.claim, c.verdict, c.factId]);

describe('how the writer feels is no part of a claim', () => {
  it('sets aside a reaction that opens the message', () => {
    expect(claimsOf('tbh not surprised, grooming offences were going up every yr even b4 lockdown')).toEqual([
      ['grooming offences were going up every yr even b4 lockdown', 'supported', 'offences-rose-each-year'],
    ]);
    expect(claimsOf('Sadly, grooming offences went up every year before lockdown')[0]?.[1]).toBe('supported');
  });
  it('sets aside a reaction that closes the claim', () => {
    expect(claimsOf("wanless wants a 'world-leading' Online Harms Bill, fair enough")).toEqual([
      ["wanless wants a 'world-leading' Online Harms Bill", 'supported', 'online-harms-bill'],
    ]);
    expect(
      claimsOf('the nspcc boss urged boris to make tech firms criminally responsible, about time'),
    ).toEqual([
      [
        'the nspcc boss urged boris to make tech firms criminally responsible',
        'supported',
        'wanless-urges-legislation',
      ],
    ]);
  });
  it('keeps a closing clause that claims something', () => {
    const claims = claimsOf(
      'wanless wants an online harms bill, not surprising since 90% of parents back it',
    );
    expect(claims.map((c) => c[1])).toContain('not_in_source');
  });
});

describe('deeds said in chat', () => {
  it('reads a deed with its "is" left out', () => {
    expect(claimsOf('police chiefs council backing the nspcc call')[0]?.slice(1)).toEqual([
      'supported',
      'police-chiefs-backing',
    ]);
  });
  it('reads "vows" as a saying, so the words go back to who said them', () => {
    const [claim] = checkClaims("Boris Johnson vows to 'turn the tide' on online grooming", index);
    expect(claim?.verdict).toBe('contradicted');
    expect(claim?.explanation).toContain('Peter Wanless');
  });
  it('reads "asked" as urged and a jump as a rise', () => {
    expect(
      claimsOf('boris is being asked by the nspcc boss to make tech firms criminally responsible')[0]?.[1],
    ).toBe('supported');
    expect(claimsOf('Online grooming jumps 10% during UK lockdown')[0]?.[1]).toBe('supported');
    expect(claimsOf('Online grooming jumps 30% during UK lockdown')[0]?.[1]).toBe('contradicted');
  });
});

describe('a steady rise, and the call the police chiefs backed', () => {
  it('reads "rose steadily year on year" as the rise every year', () => {
    expect(claimsOf('Grooming Offences Rose Steadily Year on Year Before Pandemic')[0]?.slice(1)).toEqual([
      'supported',
      'offences-rose-each-year',
    ]);
  });
  it('does not lend "steadily" to a single rise', () => {
    expect(claimsOf('grooming rose steadily during lockdown').map((c) => c[1])).not.toContain('supported');
  });
  it("supports the police chiefs' backing of the call to the Prime Minister", () => {
    expect(
      claimsOf(
        "the NSPCC's call for the PM to act was backed by the National Police Chiefs' Council",
      )[0]?.slice(1),
    ).toEqual(['supported', 'police-chiefs-backing']);
  });
});
