// Where a message's sentence is cut into claims, and what a clause cut off reads from the clause before it.
import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../../src/core/claims/index.js';
import { buildIndex } from '../../../src/core/retrieve/build-index.js';
import { loadPack } from '../../../src/pack/load-pack.js';
import { realIndex } from '../../helpers/real-pack.js';

const index = realIndex();
const read = (text: string) => checkClaims(text, index).map((c) => [c.claim, c.verdict, c.factId ?? null]);

describe('a list of names is no place to cut a claim', () => {
  it('keeps "facebook, whatsapp or insta" whole, and cuts at the "and" after it', () => {
    expect(
      read(
        '51% of grooming cases involved facebook, whatsapp or insta and there were like 1,400 cases total',
      ),
    ).toEqual([
      ['51% of grooming cases involved facebook, whatsapp or insta', 'supported', 'facebook-apps-51-percent'],
      ['there were like 1,400 cases total', 'contradicted', expect.any(String)],
    ]);
  });
});

describe('a period "between April 2017 and March 2020" is one span, months and all', () => {
  it('checks the whole span and the second thing reported after it', () => {
    expect(
      read(
        'Minutes, item 4: Members noted that police in England and Wales recorded 12,925 grooming offences between April 2017 and March 2020, and that the number increased year on year.',
      ),
    ).toEqual([
      [
        'police in England and Wales recorded 12,925 grooming offences between April 2017 and March 2020',
        'supported',
        'offences-2017-2020',
      ],
      ['the number increased year on year', 'supported', 'offences-rose-each-year'],
    ]);
  });
  it('takes a numbered minute and who noted it off the claim', () => {
    expect(read('Minutes item 3: the board noted that 51% of cases were on Facebook apps')).toEqual([
      ['51% of cases were on Facebook apps', 'supported', 'facebook-apps-51-percent'],
    ]);
  });
});

describe('"…, of which N%": a share of the figure before it', () => {
  it('moves a share of the lockdown cases onto the three-year total: a different scope', () => {
    const [total, share] = checkClaims(
      'Police in England and Wales recorded 12,925 online grooming offences between April 2017 and March 2020, of which more than half involved Facebook-owned platforms.',
      index,
    );
    expect(total?.verdict).toBe('supported');
    expect(share).toMatchObject({ verdict: 'different_scope', claim: expect.stringMatching(/^of which/u) });
  });
  it('supports the share of the very cases it is of, and contradicts a wrong one', () => {
    const right = checkClaims(
      'An estimated 1,220 grooming offences were recorded between April and June, of which 51 per cent involved Facebook-owned applications.',
      index,
    );
    expect(right.map((c) => c.verdict)).toEqual(['supported', 'supported']);
    const wrong = checkClaims(
      'An estimated 1,220 grooming offences were recorded between April and June, of which approximately 30 per cent involved Facebook-owned applications.',
      index,
    );
    expect(wrong.map((c) => c.verdict)).toEqual(['supported', 'contradicted']);
  });
});

describe('an undated fact the pack links to the figure before speaks of the same count', () => {
  it('supports "with numbers rising in each of those years" after the three-year total', () => {
    expect(
      read(
        'Police in England and Wales recorded 12,925 online grooming offences between April 2017 and March 2020, with numbers rising in each of those years.',
      ).map(([, verdict, id]) => [verdict, id]),
    ).toEqual([
      ['supported', 'offences-2017-2020'],
      ['supported', 'offences-rose-each-year'],
    ]);
  });
});

describe('who does a deed the source states without a doer adds nothing to check', () => {
  it.each([
    'Facebook says over 97% of the child exploitation content it removes is detected before users report it',
    'Facebook: 97% of child abuse material removed before users report it',
  ])('supports %j', (text) => {
    expect(checkClaims(text, index).map((c) => c.verdict)).toEqual(['supported']);
  });
  it('still reads "97% of users" as another base', () => {
    expect(
      checkClaims('Facebook says 97% of users report child exploitation content', index)[0]?.verdict,
    ).not.toBe('supported');
  });
});

describe('content Facebook says it catches or finds is the content it removes', () => {
  it.each([
    "Facebook claims it catches over 97% of child exploitation content before it's reported",
    'Facebook says 97% of child exploitation content is caught b4 anyone reports it',
    'Facebook reckons it finds over 97% of child exploitation stuff before it gets reported',
  ])('supports %j', (text) => {
    expect(checkClaims(text, index).map((c) => c.verdict)).toEqual(['supported']);
  });
  it.each([
    "Facebook's 97% figure = share of grooming cases it detects before reporting",
    'over 97% of all child exploitation content online is caught before it is reported',
  ])('still moves the base when the claim counts something else or all of it: %j', (text) => {
    expect(checkClaims(text, index)[0]?.verdict).toBe('different_scope');
  });
});

describe('"the cases where they knew the app" is the base "instances for which data was available"', () => {
  it('supports it, and still moves "I know … 20% of grooming cases" to all cases', () => {
    expect(
      checkClaims('snapchat was like one in five of the cases where they knew the app', index)[0]?.verdict,
    ).toBe('supported');
    expect(checkClaims('I know snapchat was in 20% of grooming cases', index)[0]).toMatchObject({
      verdict: 'different_scope',
      dimension: 'base',
    });
  });
});

describe('words that only phrase a statement are no second statement', () => {
  it.each([
    "Wanless said the PM has the chance to 'turn the tide' on tech firms",
    "the NSPCC previously accused Facebook of 'actively choosing to give offenders a place to hide in the shadows' over its encryption plans",
    'Peter Wanless warned that continuing coronavirus restrictions could further fuel the surge in online abuse',
    'NSPCC chief exec Peter Wanless urges Boris Johnson to make tech firms financially and criminally responsible',
  ])('supports %j', (text) => {
    expect(checkClaims(text, index).map((c) => c.verdict)).toEqual(['supported']);
  });
  it.each([
    'Wanless said the Prime Minister has no chance to turn the tide on tech firms',
    'The NSPCC, rather than Facebook, described end-to-end encryption as vital to protecting privacy and security',
    'NSPCC wants weaker laws on online crimes against children',
    'Wanless wants Boris Johnson to hold parents financially and criminally responsible',
  ])('still never supports a turned statement: %j', (text) => {
    expect(checkClaims(text, index)[0]?.verdict).not.toBe('supported');
  });
});

describe('a comparative of a word the source uses is no word the source never uses', () => {
  it('reads "tougher laws" as the source\'s "laws tough on…", and "weaker laws" still as a turned statement', () => {
    expect(
      checkClaims('NSPCC Chief Wanless Backed By Police Chiefs In Call For Tougher Tech Laws', index)[0]
        ?.verdict,
    ).toBe('supported');
    expect(
      checkClaims('Wanless wants weaker laws on online crimes against children', index)[0]?.verdict,
    ).not.toBe('supported');
  });
});

describe('what a review of this change found supported that is not (its probes)', () => {
  it.each([
    'Wanless successfully urged Boris Johnson to push forward laws holding tech companies financially and criminally responsible',
    'The NSPCC accused Facebook of accidentally giving offenders a place to hide in the shadows',
    'NSPCC unfairly accused Facebook of choosing to give offenders a place to hide in the shadows',
    'Facebook catches 97% of child exploitation content',
    'Facebook says over 97% of the child exploitation content it removes is found once users report it',
    'Zuckerberg wrote that police expect their private communications to be secure',
  ])('never supports %j', (text) => {
    expect(checkClaims(text, index)[0]?.verdict).not.toBe('supported');
  });
});

describe('a dash and "and" before a second clause with its own subject (read claims set fresh-8)', () => {
  it('cuts "… in March 2019 — and the NSPCC said …" into two claims', () => {
    expect(
      read(
        "Reminder: Zuckerberg announced messenger encryption back in March 2019 — and the NSPCC said it gives offenders 'a place to hide in the shadows'",
      ),
    ).toEqual([
      [
        'Zuckerberg announced messenger encryption back in March 2019',
        'supported',
        'zuckerberg-encryption-march-2019',
      ],
      [
        "the NSPCC said it gives offenders 'a place to hide in the shadows'",
        'supported',
        'nspcc-accuses-facebook-encryption',
      ],
    ]);
  });
});

describe("the twenty-third session's unread claims set (fresh-40, read in the twenty-fourth)", () => {
  it.each([
    ['nspcc wants tech bosses criminally liable if they keep turning a blind eye', 'online-harms-bill'],
    [
      "the NSPCC called out FB last year for giving offenders 'a place to hide in the shadows'",
      'nspcc-accuses-facebook-encryption',
    ],
    [
      'Zuckerberg wrote that people expect their private messages to be seen only by the people they send them to',
      'zuckerberg-encryption-march-2019',
    ],
  ])('supports %j ("keep" is "continue", "called out" is "accused", "send" is "sent")', (text, fact) => {
    expect(read(text)).toEqual([[text, 'supported', fact]]);
  });
});

describe('a statement said of another of the same kind (a review probe)', () => {
  it('contradicts "most deaths were on urban roads", which the source says of rural roads', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    const [check] = checkClaims('most deaths were on urban roads', roads);
    expect(check?.verdict).not.toBe('supported');
  });
});

describe('a second passive deed with its "was" left out (read claims sets 36 and 38)', () => {
  it('checks "…was signed by more than 100 organisations and led by Barnardo\'s" as two claims', () => {
    expect(
      checkClaims(
        "The open letter was signed by more than 100 organisations and led by Barnardo's.",
        index,
      ).map((c) => [c.claim, c.verdict]),
    ).toEqual([
      ['The open letter was signed by more than 100 organisations', 'supported'],
      ["led by Barnardo's", 'contradicted'],
    ]);
  });
});

describe('a closing clause with a number of its own (read claims sets, session 31)', () => {
  const verdicts = (text: string) => checkClaims(text, index).map((c) => [c.claim, c.verdict]);

  it('cuts off a clause whose number the figure reader leaves aside (an age, a span, a range) and says the source lacks it', () => {
    expect(
      verdicts('grooming cases up like 25% during lockdown smh, and most victims were under 13'),
    ).toEqual([
      ['grooming cases up like 25% during lockdown smh', 'contradicted'],
      ['most victims were under 13', 'not_in_source'],
    ]);
    expect(
      verdicts(
        'The NSPCC reported a ten per cent increase in children targeted online by suspected offenders during the national lockdown, with the average victim aged 13.',
      ),
    ).toEqual([
      [
        'The NSPCC reported a ten per cent increase in children targeted online by suspected offenders during the national lockdown',
        'supported',
      ],
      ['the average victim aged 13', 'not_in_source'],
    ]);
    expect(
      verdicts('heard barely 5% of these ended in a conviction, and avg sentence is like 2 yrs'),
    ).toEqual([
      ['barely 5% of these ended in a conviction', 'not_in_source'],
      ['avg sentence is like 2 yrs', 'not_in_source'],
    ]);
  });

  it('cuts a headline at "as" only before a figure', () => {
    const read = verdicts(
      'Police chiefs back NSPCC call to make tech bosses criminally liable as arrests climb 25%',
    );
    expect(read).toHaveLength(2);
    expect(read[1]).toEqual(['arrests climb 25%', 'not_in_source']);
    // (A dash between two statements, each with a verb, one with a date: two claims, as the blind annotators read it.)
    expect(
      checkClaims(
        'Facebook has defended encryption as vital to protect privacy and security — plans first announced by Zuckerberg in March 2018.',
        index,
      ).map((c) => c.verdict),
    ).toEqual(['supported', 'contradicted']);
    expect(
      checkClaims(
        'Across the United Kingdom as a whole, 12,925 grooming offences were recorded between April 2017 and March 2020.',
        index,
      ).map((c) => c.verdict),
    ).toEqual(['different_scope']);
  });

  it('does not cut within a list of names, after a deed\'s "with", before a verb with no subject, or at words pointing back', () => {
    for (const text of [
      'the NSPCC found that Facebook, WhatsApp and Instagram were used in 51 percent of online grooming cases',
      'The number of offenders charged with online grooming during the lockdown period rose by 15 per cent.',
      'Facebook says it finds & removes 79% of child exploitation content before anyone reports it',
      'facebook apps are involved in about half of grooming cases, something like 51%, and that was over the whole of 2020',
    ])
      expect(checkClaims(text, index).length, text).toBeLessThanOrEqual(2);
    expect(
      checkClaims(
        'the NSPCC found that Facebook, WhatsApp and Instagram were used in 51 percent of cases',
        index,
      ),
    ).toHaveLength(1);
    expect(
      verdicts(
        'The number of offenders charged with online grooming during the lockdown period rose by 15 per cent.',
      ),
    ).toEqual([
      [
        'The number of offenders charged with online grooming during the lockdown period rose by 15 per cent',
        expect.any(String),
      ],
    ]);
    expect(checkClaims('The NSPCC found a 10 percent rise, and that it was in 2022.', index)).toHaveLength(1);
  });

  it('reads a movement cut off this way with the clause before it', () => {
    expect(
      verdicts(
        '12,925 grooming offences in 2019 alone in england and wales 😳 and apparently numbers went down in 2018',
      ),
    ).toEqual([
      ['12,925 grooming offences in 2019 alone in england and wales 😳', 'different_scope'],
      ['apparently numbers went down in 2018', 'contradicted'],
    ]);
  });

  it('reads a hedge between a movement and its size, a counted year-shaped number, and "one in eight"', () => {
    expect(checkClaims('grooming cases up like 25% during lockdown', index)[0]?.factId).toBe(
      'lockdown-rise-ten-percent',
    );
    expect(checkClaims('police logged 2000 cases in april-june', index)[0]?.verdict).toBe('contradicted');
    expect(checkClaims('Snapchat was used in one in eight cases', index)[0]?.verdict).toBe('contradicted');
  });
});
