// Session 49: claims checked as one that people read as two — a second thing reported after "and that" (with no
// figure of its own, or a pronoun saying something new), a dash between two statements, who said what the claim before
// says — and a share with no base named, which widens no base.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { checkClaims } from '../../src/core/claims/index.js';
import { realIndex } from '../helpers/real-pack.js';

const nspcc = realIndex();
const verdicts = (text: string) =>
  checkClaims(text, nspcc).map((c) => [c.claim, c.verdict, c.dimension ?? null] as const);
/** The verdicts alone, in order. */
const verdictsOf = (text: string) => verdicts(text).map(([, verdict]) => verdict);

describe('a second thing reported after "and that"', () => {
  it('is a claim of its own even with no figure', () => {
    expect(
      verdicts(
        'My uncle read that the letter to Facebook was led by the NSPCC and that Unicef was one of the signatories',
      ),
    ).toEqual([
      ['the letter to Facebook was led by the NSPCC', 'supported', null],
      ['Unicef was one of the signatories', 'not_in_source', null],
    ]);
    expect(
      verdicts(
        'my teacher mentioned that 20% of ALL grooming cases were on snapchat, and that most were boys',
      ).map(([claim, verdict]) => [claim, verdict]),
    ).toEqual([
      ['20% of ALL grooming cases were on snapchat', 'different_scope'],
      ['most were boys', 'not_in_source'],
    ]);
  });

  it('opens on a pronoun when it says something new: a deed, a cleft naming someone, a progressive', () => {
    expect(
      verdicts(
        'I read that Facebook insists it stamps out grooming on its platforms, and that it employs 35,000 safety staff',
      ),
    ).toEqual([
      ['Facebook insists it stamps out grooming on its platforms', 'supported', null],
      ['it employs 35,000 safety staff', 'not_in_source', null],
    ]);
    const cleft = verdicts(
      'Someone told me the Guardian quoted the NSPCC boss telling Boris Johnson to make tech firms criminally liable, and that it was the Met Police that backed his call',
    );
    expect(cleft.map(([claim]) => claim)).toEqual([
      'the Guardian quoted the NSPCC boss telling Boris Johnson to make tech firms criminally liable',
      'it was the Met Police that backed his call',
    ]);
    expect(cleft[1]?.[1]).toBe('contradicted');
    expect(
      verdictsOf(
        'my dad read that wanless is the nspcc chief exec and that he was urging priti patel to push the law',
      ),
    ).toEqual(['supported', 'contradicted']);
  });

  it('stays with the claim before when a pronoun and "was" only say more of it', () => {
    expect(verdicts('The article says 1,220 cases were recorded, and that it was the highest ever.')).toEqual(
      [['1,220 cases were recorded, and that it was the highest ever', 'not_in_source', null]],
    );
    expect(verdicts('someone said 20% of cases were on an app, and that it was TikTok')).toHaveLength(1);
  });

  it('does not cut a claim at an "and" inside it for a figure further on', () => {
    // (The figure after the dash once made "over 100 charities" a claim of its own.)
    expect(
      verdicts(
        'My mum read that over 100 charities and groups signed an open letter to Facebook about child safety — and that Facebook responded by banning 10,000 accounts.',
      ).map(([claim, verdict]) => [claim, verdict]),
    ).toEqual([
      ['over 100 charities and groups signed an open letter to Facebook about child safety', 'supported'],
      ['that Facebook responded by banning 10,000 accounts', 'not_in_source'],
    ]);
  });
});

describe('who said what the claim before says', () => {
  it('is contradicted when the source has someone else say it, citing the claim before’s fact', () => {
    const [first, second] = checkClaims(
      "my mate's wife heard the 97% stat was for all of the internet, not just facebook, and that it was zuckerberg who said it",
      nspcc,
    );
    expect(first?.factId).toBe('facebook-97-percent');
    expect(second?.claim).toBe('it was zuckerberg who said it');
    expect(second?.verdict).toBe('contradicted');
    expect(second?.factId).toBe('facebook-97-percent');
    expect(second?.explanation).toContain('A Facebook spokesman');
  });

  it('reads "said it not the NSPCC" as ruling the NSPCC out, not as a denial', () => {
    expect(verdicts('a facebook spokesman said it not the nspcc')).toEqual([
      ['a facebook spokesman said it', 'supported', null],
    ]);
  });
});

describe('a share with no base named', () => {
  it('is not said of all such content: who gave it is the claim', () => {
    expect(verdicts('a facebook spokesman said 97%')).toEqual([
      ['a facebook spokesman said 97%', 'supported', null],
    ]);
    expect(verdicts('the 97% stat came from facebook')[0]?.[1]).toBe('supported');
    // (Naming what it is a share of still widens it.)
    expect(verdicts('97% of child abuse images online are caught by facebook')[0]?.slice(1)).toEqual([
      'different_scope',
      'base',
    ]);
  });
});

describe('a dash', () => {
  it('parts two statements with verbs of their own, one with a date or figure', () => {
    expect(
      verdictsOf(
        'Facebook has defended encryption as vital to protect privacy and security — plans first announced by Zuckerberg in March 2018.',
      ),
    ).toEqual(['supported', 'contradicted']);
  });
  it('parts the items of a list that open on a label', () => {
    expect(
      verdicts(
        "- FB spokesperson: >97% of child exploitation content removed is found proactively - NSPCC: FB encryption gives offenders 'a place to hide in the shadows'",
      ).map(([claim]) => claim),
    ).toEqual([
      'FB spokesperson: >97% of child exploitation content removed is found proactively',
      "NSPCC: FB encryption gives offenders 'a place to hide in the shadows'",
    ]);
  });
  it('does not part a claim from a question about it', () => {
    expect(verdictsOf('heard grooming rose 10% in lockdown - does the report actually say that?')).toEqual([
      'supported',
    ]);
  });
});

describe('chat around a claim', () => {
  it('drops a closing word of chat, which names nothing counted', () => {
    expect(verdicts('grooming went up 20% in lockdown apparently')).toEqual([
      ['grooming went up 20% in lockdown', 'contradicted', null],
    ]);
    expect(verdicts('insta was only used in like a tenth of cases tbh')[0]?.[1]).toBe('contradicted');
  });
  it('reads a contrast after a figure as its own claim, whatever "with" came before it', () => {
    expect(
      verdicts(
        'The NSPCC reports that Snapchat accounted for 40 per cent of instances with available platform data, while Instagram appeared in roughly a quarter of cases.',
      ).map(([claim, verdict]) => [claim, verdict]),
    ).toEqual([
      [
        'The NSPCC reports that Snapchat accounted for 40 per cent of instances with available platform data',
        'contradicted',
      ],
      ['Instagram appeared in roughly a quarter of cases', 'contradicted'],
    ]);
  });
});

describe('helplines', () => {
  it('are something the article gives no figure for, not the lockdown rise', () => {
    const [check] = checkClaims('Childline contacts about online abuse rose 30% in lockdown', nspcc);
    expect(check?.verdict).toBe('not_in_source');
    expect(check?.explanation).toContain('helplines such as Childline');
    expect(
      verdicts('calls to the NSPCC helpline about online grooming tripled during lockdown')[0]?.[1],
    ).toBe('not_in_source');
  });
  it('give no claim in their phone numbers', () => {
    expect(
      checkClaims(
        'If you are worried about a child, you can call the NSPCC helpline on 0808 800 5000.',
        nspcc,
      ),
    ).toEqual([]);
  });
});

describe('a statement restated in the plain words of reporting', () => {
  it.each([
    'The NSPCC has called on the Prime Minister to introduce legislation holding tech companies financially and criminally responsible',
    'experts are blaming social media sites for putting kids at risk by not building in safety measures',
    'In March 2019, Facebook’s chief executive announced the intention to commence encryption of its messaging services',
    'the tweet about the open letter was posted by IANSLIFE on 6 Feb 2020',
  ])('is supported: %s', (claim) => {
    expect(verdictsOf(claim)).toEqual(['supported']);
  });
  it('still contradicts a word that changes the deed, and a restated deed done by someone else', () => {
    expect(verdicts('Peter Wanless urged Boris Johnson to scrap the legislation')[0]?.[1]).toBe(
      'contradicted',
    );
    expect(verdicts('Zuckerberg launched encryption in March 2019')[0]?.[1]).toBe('contradicted');
    expect(verdicts('IANSLIFE published the open letter')[0]?.[1]).toBe('contradicted');
    expect(verdicts('The NSPCC introduced the Online Harms Bill')[0]?.[1]).toBe('contradicted');
    expect(verdicts('Facebook blamed the NSPCC for giving offenders a place to hide')[0]?.[1]).toBe(
      'contradicted',
    );
  });
});

describe('a deed done to what the claim before names', () => {
  it('is a claim of its own, read with that claim: "which was…", "but it was…", a sentence opening on "It"', () => {
    expect(
      verdicts('Over 100 organisations signed the open letter, which was addressed to the Prime Minister.'),
    ).toEqual([
      ['Over 100 organisations signed the open letter', 'supported', null],
      // (Alone it once matched Wanless's call to the Prime Minister and was called supported.)
      ['which was addressed to the Prime Minister', 'contradicted', null],
    ]);
    expect(
      verdictsOf(
        'I heard over 100 organisations signed the letter, but it was aimed at Twitter not Facebook',
      ),
    ).toEqual(['supported', 'contradicted']);
    const [, shared] = checkClaims(
      'The open letter urging Facebook to address child safety concerns was signed by more than 100 organisations. It was shared by IANSLIFE on 6 March 2020.',
      nspcc,
    );
    expect(shared?.claim).toBe('It was shared by IANSLIFE on 6 March 2020');
    expect(shared?.verdict).toBe('contradicted');
    expect(shared?.factId).toBe('open-letter');
  });
  it('leaves a sentence opening on "It" alone when the one before made no claim', () => {
    expect(checkClaims('What a week. It was shared by everyone on 6 March 2020.', nspcc)).toEqual([]);
  });
});

describe('two statements after a comma and "and"', () => {
  it('are two claims even with no figure', () => {
    expect(
      verdicts('home office backed the nspcc call apparently, and ofcom is gonna be the regulator')[0]?.slice(
        0,
        2,
      ),
    ).toEqual(['home office backed the nspcc call', 'contradicted']);
  });
});

describe('what a newcomer’s review found the first version of these rules got wrong', () => {
  it.each([
    // Paraphrases were read against the whole source, and deeds the source only reports as aims were granted.
    ['The NSPCC blamed Boris Johnson for the rise in grooming', 'not_in_source'],
    ['Boris Johnson enacted laws holding tech companies criminally responsible', 'contradicted'],
    ['The Prime Minister advanced legislation holding tech firms criminally responsible', 'contradicted'],
    ['Facebook has commenced encrypting its messenger programmes', 'contradicted'],
    ['The Prime Minister introduced the Online Harms Bill', 'not_in_source'],
  ])('%s: %s', (claim, verdict) => {
    expect(verdictsOf(claim)).toEqual([verdict]);
  });

  it('keeps "and that it…" and "and that covers…" with the claim before (no referent of their own)', () => {
    for (const text of [
      'I read Snapchat was used in 20% of cases and that it announced plans to encrypt its messenger in March 2019',
      'Someone said Instagram was used in over a third of cases and that it signed an open letter to Facebook',
      'The NSPCC says 12,925 offences were recorded from 2017 to 2020, and that covers the whole of the UK',
      'Facebook apps were used in 51% of cases, the NSPCC says, and that includes Snapchat and TikTok',
      'The NSPCC said 1,220 cases were recorded between April and June and that the figure covers Scotland too',
    ])
      expect(verdictsOf(text)).toEqual(['different_scope']);
    expect(
      verdictsOf(
        "The article says the police chiefs backed Wanless's call, and that they accused Facebook of giving offenders a place to hide",
      ),
    ).toEqual(['contradicted']);
  });

  it('keeps a note after a dash with the claim it qualifies', () => {
    for (const text of [
      'The NSPCC found a 10% rise - though it was measured in Scotland and Wales',
      'grooming rose 10% in lockdown - Note: this is Scotland only',
      '1,220 cases between April and June - Edit: per month',
      '1,220 cases were recorded between April and June - which were all in Northern Ireland',
    ])
      expect(verdictsOf(text)).toEqual(['different_scope']);
    expect(
      verdicts('Facebook apps were used in 51% of cases - that is Facebook, WhatsApp and Instagram together'),
    ).toHaveLength(1);
  });

  it('gives a piece cut off a supported claim the verdict it has read with that claim', () => {
    expect(
      verdicts("Over 100 organisations signed an open letter to Facebook, coordinated by Barnardo's.").map(
        ([claim, v]) => [claim, v],
      ),
    ).toEqual([
      ['Over 100 organisations signed an open letter to Facebook', 'supported'],
      ["coordinated by Barnardo's", 'different_scope'],
    ]);
  });

  it('checks who said it against the source’s speaker for the claim before', () => {
    expect(
      verdictsOf('I read that the PM has the chance to turn the tide, and that it was Wanless who said it'),
    ).toEqual(['supported', 'supported']);
    expect(verdictsOf('Grooming rose 10% in lockdown, and Wanless said it')).toEqual([
      'supported',
      'contradicted',
    ]);
    // (The source leaves it open whether "the police" said the 51%: no verdict from another fact's speaker.)
    expect(
      verdicts('I heard Facebook apps were used in 51% of cases, and that it was the police who said it'),
    ).toEqual([['Facebook apps were used in 51% of cases', 'supported', null]]);
  });

  it('reads helplines only when they are what is counted, and a base named across the internet', () => {
    expect(verdicts('The NSPCC, which runs Childline, found a 10% rise in lockdown')[0]?.[1]).toBe(
      'supported',
    );
    expect(verdicts('facebook says it finds 97% across the whole internet')[0]?.slice(1)).toEqual([
      'different_scope',
      'base',
    ]);
    expect(verdicts('it was 12,925 offences, apparently, from 2017 to 2020')[0]?.[0]).toBe(
      'it was 12,925 offences, from 2017 to 2020',
    );
  });
});

describe('a second statement after "but", a dash or ", and the Telegraph ran it"', () => {
  it.each([
    [
      "apparently the nspcc boss called lockdown a 'perfect storm' but said restrictions would slow abuse down",
      "the nspcc boss called lockdown a 'perfect storm'",
    ],
    ["npcc backed wanless's call fyi, and the telegraph ran it", "npcc backed wanless's call fyi"],
    [
      'I was struck that Wanless said the Prime Minister has the chance to turn the tide - he was speaking as NSPCC chair',
      'Wanless said the Prime Minister has the chance to turn the tide',
    ],
    [
      "wanless literally called covid a 'perfect storm' for groomers, and he's the head of barnardo's apparently",
      "wanless literally called covid a 'perfect storm' for groomers",
    ],
  ])('leaves the first claim supported: %s', (text, first) => {
    const checks = verdicts(text);
    expect(checks).toHaveLength(2);
    expect(checks[0]?.[0]).toContain(first);
    expect(checks[0]?.[1]).toBe('supported');
    expect(checks[1]?.[1]).not.toBe('supported');
  });
});

describe('what a second newcomer’s review found', () => {
  it('dates a piece read with the sentence before by its own date', () => {
    for (const text of [
      'Zuckerberg announced encryption plans in March 2019. It was announced in March 2020.',
      'Zuckerberg announced encryption plans in March 2019, and it was announced in March 2020.',
      'Zuckerberg announced encryption plans in March 2019 - it was announced in 2021',
    ])
      expect(verdictsOf(text)).toEqual(['supported', 'contradicted']);
    // (…while a share "of them" keeps the period of those it is a share of.)
    expect(
      verdicts(
        'My flatmate says the report counted 1,220 grooming cases across the whole of 2020, with Instagram in over a third of them',
      ).map(([, v, d]) => `${v}/${d}`),
    ).toEqual(['different_scope/period', 'different_scope/period']);
  });

  it('keeps the speaker of "X said A and that B" for B', () => {
    expect(
      verdictsOf(
        'Zuckerberg said people expect private communications to be secure and that tech bosses should be held criminally responsible',
      ),
    ).toEqual(['supported', 'contradicted']);
    expect(
      verdictsOf(
        'The NSPCC said Facebook apps were used in 51% of cases and that encryption is vital to protect privacy',
      ),
    ).toEqual(['supported', 'contradicted']);
  });

  it('grants a paraphrase only as the source has it, and never to another doer', () => {
    for (const text of [
      'Boris Johnson plans to introduce legislation holding tech companies responsible',
      'Wanless plans to introduce legislation',
      'Facebook posted the open letter',
      'Wanless intends to start encrypting messenger',
      'Wanless plans to start encrypting messenger',
      'The NSPCC blamed social media sites for putting children at risk',
    ])
      expect(verdicts(text)[0]?.[1], text).not.toBe('supported');
    expect(verdicts("Facebook's Chief Executive announced encryption plans in March 2019.")[0]?.[1]).toBe(
      'supported',
    );
  });

  it('reads "never said it" as the one named not having said it', () => {
    expect(verdictsOf('The PM has the chance to turn the tide, but Wanless never said it')).toEqual([
      'supported',
      'contradicted',
    ]);
    expect(verdictsOf('Grooming rose 10% in lockdown, but Wanless never said it')).toEqual([
      'supported',
      'supported',
    ]);
  });

  it('reads "It was backed by…" after a claim against the fact it names, when that fact is about the claim before', () => {
    expect(
      verdictsOf(
        "Wanless urged Boris Johnson to push forward legislation. It was backed by the National Police Chiefs' Council.",
      ),
    ).toEqual(['supported', 'supported']);
    expect(
      verdictsOf('Zuckerberg announced encryption plans in March 2019. It was derided by the NSPCC.'),
    ).toEqual(['supported', 'supported']);
    expect(
      verdictsOf('Over 100 organisations signed the open letter. It was addressed to the Prime Minister.'),
    ).toEqual(['supported', 'contradicted']);
  });
});

describe('a comparison whose sides the question names one by one', () => {
  const replyOf = (q: string) => {
    const reply = answerQuestion(q, nspcc);
    return reply.status === 'answered'
      ? `${reply.kind}:${reply.facts
          .map((f) => f.factId)
          .sort()
          .join('+')}`
      : reply.status;
  };
  it.each([
    'Percentage-wise, how far apart are the Instagram and Snapchat figures?',
    "How does Instagram's share compare with Snapchat's, bearing in mind they might not share the same base?",
  ])('is answered with both figures however many other words it has: %s', (q) => {
    expect(replyOf(q)).toBe('comparison:instagram-over-a-third+snapchat-20-percent');
  });
  it('is no answer to a prediction, nor to an exact gap the figures do not give', () => {
    expect(replyOf('Will Snapchat overtake Instagram for grooming cases soon?')).not.toMatch(/^comparison/u);
    expect(replyOf('exactly how many percentage points ahead of snapchat was instagram?')).not.toMatch(
      /^comparison/u,
    );
  });
});
