// Claims from the read claims sets that the thirty-first session fixed: a deed given to another doer, a deed said
// with a verb of its own, a stance against what the source says was backed, and a statement's framing verb.
import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../../src/core/claims/index.js';
import { realIndex } from '../../helpers/real-pack.js';

const index = realIndex();
const read = (text: string) => checkClaims(text, index).map((c) => [c.verdict, c.factId ?? null]);

describe('a deed the source tells, done by someone the packs do not know', () => {
  it('contradicts "home office backed the nspcc call", naming the source\'s doer', () => {
    const [check] = checkClaims('home office backed the nspcc call', index);
    expect(check?.verdict).toBe('contradicted');
    expect(check?.explanation).toMatch(
      /^The source says it was National Police Chiefs' Council, not home office/u,
    );
  });

  it.each(['the Met Police backed his call', "Barnardo's led the open letter"])(
    'contradicts "%s"',
    (text) => {
      expect(checkClaims(text, index).map((c) => c.verdict)).toEqual(['contradicted']);
    },
  );

  it('reads a plural kind of doer as no one body ("campaigners backed the call" is not given a wrong doer)', () => {
    expect(checkClaims('campaigners backed the nspcc call', index)[0]?.explanation ?? '').not.toMatch(
      /^The source says it was /u,
    );
  });
});

describe('a statement with a verb the list of statement verbs lacked', () => {
  it('reads a framing verb as a verb of saying, so that its speaker is checked', () => {
    expect(read('The NSPCC framed encryption as vital to protect privacy and security')).toEqual([
      ['contradicted', 'encryption-dispute'],
    ]);
  });

  it('supports "experts slammed social media sites for not building in safety measures"', () => {
    expect(read('experts slammed social media sites for not building in safety measures')).toEqual([
      ['supported', 'experts-denounce-social-media'],
    ]);
  });

  it('supports a framing verb as a way of saying it ("presented", "framed")', () => {
    expect(read('Facebook presented encryption as vital to protect privacy and security')).toEqual([
      ['supported', 'encryption-dispute'],
    ]);
    expect(read('Facebook framed it as vital for privacy and security')).toEqual([
      ['supported', 'encryption-dispute'],
    ]);
  });

  it('contradicts "police chiefs were against it", which the source says they backed', () => {
    expect(read('police chiefs were against it')).toEqual([['contradicted', 'police-chiefs-backing']]);
  });
});

describe('a doer singled out, a stance against, and a slowing of what the source says restrictions feed', () => {
  it('contradicts "it was sheryl sandberg who announced the encryption plans in 2019", naming Mark Zuckerberg', () => {
    const [check] = checkClaims(
      'wait it was sheryl sandberg who announced the encryption plans in 2019',
      index,
    );
    expect(check?.verdict).toBe('contradicted');
    expect(check?.explanation).toMatch(/^The source says it was Mark Zuckerberg, not sheryl sandberg/u);
  });

  it('contradicts "said the lockdown restrictions would slow the abuse down" (the source: "feed the surge")', () => {
    expect(read('Wanless said the lockdown restrictions would slow the abuse down')).toEqual([
      ['contradicted', 'perfect-storm'],
    ]);
  });

  it('cuts "…, and that they solve roughly a quarter of grooming cases" off the stance before it', () => {
    const checks = checkClaims(
      'a copper i know says police chiefs actually came out against the nspcc call, and that they solve roughly a quarter of grooming cases',
      index,
    );
    expect(checks.map((c) => c.claim)).toEqual([
      'police chiefs actually came out against the nspcc call',
      'they solve roughly a quarter of grooming cases',
    ]);
    expect(checks[0]?.verdict).toBe('contradicted');
  });
});

describe('a call to act addressed to someone the source does not name', () => {
  it.each([
    ['Telegraph: NSPCC Chief Urges Keir Starmer To Make Tech Bosses Criminally Liable', 'Keir Starmer'],
    ['Charity boss urges Theresa May to fast-track Online Harms Bill', 'Theresa May'],
  ])('contradicts "%s", naming Boris Johnson', (text, claimed) => {
    const [check] = checkClaims(text, index);
    expect(check?.verdict).toBe('contradicted');
    expect(check?.explanation).toContain(`addressed to Prime Minister Boris Johnson, not ${claimed}`);
  });

  it('reads a role any name may fill as no other addressee ("urges the Prime Minister")', () => {
    expect(read('NSPCC chief urges the Prime Minister to act on tech firms')).toEqual([
      ['supported', 'wanless-urges-legislation'],
    ]);
  });
});
