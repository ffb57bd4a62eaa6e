// Claims from the read claims sets that the thirty-sixth session fixed: someone's words credited to an outlet the
// source does not name for them, words said to be acknowledged or conceded, and a platform's figure set against
// another platform.
import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../../src/core/claims/index.js';
import { realIndex } from '../../helpers/real-pack.js';

const index = realIndex();
const read = (text: string) => checkClaims(text, index).map((c) => [c.verdict, c.factId ?? null]);

describe("someone's words credited to an outlet", () => {
  it.each([
    "Peter Wanless's remarks were reported by The Guardian.",
    "Mr Wanless's remarks were reported by the BBC",
  ])('contradicts "%s", naming the outlet the source gives', (text) => {
    const [check] = checkClaims(text, index);
    expect(check?.verdict).toBe('contradicted');
    expect(check?.factId).toBe('wanless-urges-legislation');
    expect(check?.explanation).toMatch(/reported by The Telegraph/u);
  });

  it('supports the outlet the source does name', () => {
    expect(read("Peter Wanless's remarks were reported by The Telegraph.")).toEqual([
      ['supported', 'wanless-urges-legislation'],
    ]);
  });

  it('says nothing of an outlet when no person is named', () => {
    // (An outlet beside no one's words is left to the other checks: no verdict of a wrong outlet from this alone.)
    expect(checkClaims('the remarks were reported by The Guardian', index)[0]?.explanation ?? '').not.toMatch(
      /reported by The Telegraph/u,
    );
  });
});

describe('words said to be acknowledged or conceded by someone', () => {
  it('contradicts a spokesperson credited with words the source gives to someone named', () => {
    const [check] = checkClaims(
      "A Facebook spokesperson acknowledged that the pandemic had created a 'perfect storm' for online offenders.",
      index,
    );
    expect(check?.verdict).toBe('contradicted');
    expect(check?.factId).toBe('perfect-storm');
    expect(check?.explanation).toMatch(/Peter Wanless/u);
  });
});

describe("a platform's figure set against another platform", () => {
  it.each([
    ['snapchat was used in like 40% of grooming cases, more than insta even', 'contradicted'],
    ['Snapchat was used in 40% of cases, ahead of Instagram', 'contradicted'],
  ])('checks "%s" as said of the first platform', (text, verdict) => {
    expect(read(text)).toEqual([[verdict, 'snapchat-20-percent']]);
  });

  it('never finds it supported that way: the comparison would be a claim of its own, unchecked', () => {
    const verdicts = checkClaims('Snapchat was used in 20% of instances, more than Instagram', index).map(
      (c) => c.verdict,
    );
    expect(verdicts).not.toContain('supported');
  });
});
