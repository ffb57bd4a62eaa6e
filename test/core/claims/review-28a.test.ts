import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../../src/core/claims/index.js';
import { stem } from '../../../src/core/understand/analyse.js';
import { realIndex } from '../../helpers/real-pack.js';

const index = realIndex();
const verdictOf = (text: string) => checkClaims(text, index)[0]?.verdict;

describe('statements and attributions (review 28a)', () => {
  it('keeps a verb the stemmer cut to two letters as a word of content', () => {
    expect(stem('suing')).toBe('sue');
    expect(stem('sued')).toBe('sue');
    expect(stem('going')).toBe('go');
    expect(verdictOf('I read somewhere that the NSPCC is suing Facebook')).not.toBe('supported');
  });
  it('reads "said no …" as a denial', () => {
    expect(verdictOf('Wanless said no new laws are needed')).toBe('contradicted');
    expect(verdictOf('Wanless said bold and ambitious action is needed')).toBe('supported');
  });
  it('takes a denial the quote makes by a list or by "failing to" as the claim\'s own', () => {
    expect(
      verdictOf(
        'Mark Zuckerberg wrote that private communications should not be seen even by the people operating the services.',
      ),
    ).toBe('supported');
    expect(verdictOf('experts are slamming social media sites for not building in safety measures')).toBe(
      'supported',
    );
    expect(
      verdictOf(
        'Mark Zuckerberg wrote that private communications should be visible to the people operating the services.',
      ),
    ).toBe('contradicted');
  });
  it('reads someone told as addressed, not as the speaker', () => {
    expect(verdictOf("Wanless told Boris he has a chance to 'turn the tide'")).toBe('supported');
    expect(verdictOf('Zuckerberg said the PM has the chance to turn the tide')).toBe('contradicted');
  });
  it('reads "urges" as a verb of reporting, and headline "slams" and "safe from" in the source\'s words', () => {
    expect(verdictOf("Wanless Urges PM To 'Turn The Tide' On Tech Firms")).toBe('supported');
    expect(verdictOf("Zuckerberg: Private Messages Should Be Safe From 'Over-Reaching Governments'")).toBe(
      'supported',
    );
    expect(verdictOf('zuck said people expect their messages to be seen by governments')).toBe(
      'contradicted',
    );
  });
  it("does not contradict an outlet the source names for the same speaker's other words", () => {
    const checks = checkClaims(
      'Wanless told the Telegraph the PM can turn the tide, and the police chiefs council backed him',
      index,
    );
    expect(checks.map((c) => c.verdict)).not.toContain('contradicted');
    expect(verdictOf('Wanless told the Times the PM can turn the tide, and the Met backed him')).toBe(
      'contradicted',
    );
  });
});
