// Session 48: classes read from the claims sets' misses — a bounded number ("more than 40 MPs") is a figure claimed; a
// second claim after a month's abbreviation ("…apr-jun. snapchat 30%…") or after a name asked about ("TikTok? 20%.")
// is checked on its own; asking whether anyone knows how many claims nothing; "a few hundred" is no "100". With what a
// newcomer's review found each first version of these rules did wrong.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { checkClaims } from '../../src/core/claims/index.js';
import { readFigures } from '../../src/core/claims/read-figure.js';
import { splitSentences } from '../../src/core/claims/split-claims.js';
import { realIndex } from '../helpers/real-pack.js';

const nspcc = realIndex();
/** The facts a question is answered with (sorted), or the reply's status when it is not answered. */
const factsOf = (q: string) => {
  const reply = answerQuestion(q, nspcc);
  return reply.status === 'answered' ? reply.facts.map((f) => f.factId).sort() : reply.status;
};
const verdicts = (text: string) =>
  checkClaims(text, nspcc).map((c) => [c.claim, c.verdict, c.dimension ?? null] as const);

describe('a number with a bound before it', () => {
  it('is a figure claimed, from ten on', () => {
    expect(readFigures('more than 40 MPs have backed the NSPCC letter').map((f) => f.value)).toEqual([40]);
    expect(readFigures('fewer than 20 charities signed').map((f) => f.value)).toEqual([20]);
  });
  it('is never a span of time, a handful the writer saw, an age or a page count', () => {
    expect(readFigures('1,220 grooming cases in just 3 months').map((f) => f.value)).toEqual([1220]);
    expect(readFigures('only 13 weeks later')).toEqual([]);
    expect(readFigures('over 2 years ago').map((f) => f.kind)).toEqual(['duration']);
    expect(readFigures('over 4 pages on the NSPCC report')).toEqual([]);
    for (const text of [
      'Only 2 of us went to the NSPCC talk but it was good',
      'at least 3 people asked me about the NSPCC report today',
      'at least 2 mates of mine work at the NSPCC',
      'only 2 of the 3 apps are facebook’s lol',
    ]) {
      expect(readFigures(text)).toEqual([]);
      expect(checkClaims(text, nspcc)).toEqual([]);
    }
  });
  it('does not push out the figure the clause claims', () => {
    expect(
      verdicts('just 3 apps accounted for 51% of cases - Facebook, WhatsApp and Instagram')[0]?.[1],
    ).toBe('supported');
  });
  it('makes a claim the source does not cover', () => {
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
  it('goes on after a month’s abbreviation with a date, words alone, or words going on', () => {
    expect(splitSentences('1,220 cases Apr. to Jun. in England')).toEqual([
      '1,220 cases Apr. to Jun. in England',
    ]);
    expect(splitSentences('It was tweeted on Feb. 6, 2020 by IANSLIFE')).toEqual([
      'It was tweeted on Feb. 6, 2020 by IANSLIFE',
    ]);
    // (The first version split these, cutting the platform off a figure then called supported.)
    for (const text of [
      'Snapchat was used from apr. to jun. in 51% of cases',
      'grooming on instagram in apr. rose 10%',
      'grooming on snapchat from apr. to jun. was up 10 percent',
    ]) {
      expect(splitSentences(text)).toEqual([text]);
      expect(verdicts(text)[0]?.[1]).not.toBe('supported');
    }
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
  it('does not read a word of surprise or an ask for a source as a name', () => {
    expect(splitSentences('Really? 20%.')).toEqual(['Really?', '20%.']);
    expect(splitSentences('Source? 51%')).toEqual(['Source?', '51%']);
  });
});

describe('asking whether anyone knows', () => {
  it('how many, or what, claims nothing without a figure', () => {
    expect(checkClaims('anyone know how many grooming cases were on tiktok?', nspcc)).toEqual([]);
    expect(checkClaims('does anybody know which apps were used most?', nspcc)).toEqual([]);
    expect(checkClaims('has anyone actually read the article?', nspcc)).toEqual([]);
  });
  it('still checks a figure it relays', () => {
    expect(verdicts('Has anyone seen that grooming went up 25% in lockdown?')[0]?.[1]).toBe('contradicted');
    expect(verdicts('anyone know if 51% of cases were on facebook apps?')[0]?.[1]).toBe('supported');
  });
  it('still checks a claim it relays without a figure (the first version dropped these)', () => {
    expect(verdicts('anyone know why grooming fell during lockdown?')[0]?.[1]).toBe('contradicted');
    expect(verdicts('anyone else see Zuckerberg said encryption would stop grooming?')[0]?.[1]).toBe(
      'contradicted',
    );
  });
});

describe('a vague multiple of a scale', () => {
  it('is read as that many hundreds or thousands, never the bare scale', () => {
    expect(readFigures('a few hundred organisations signed').map((f) => f.value)).toEqual([300]);
    expect(readFigures('a couple of hundred groups').map((f) => f.value)).toEqual([200]);
    expect(readFigures('a hundred organisations signed').map((f) => f.value)).toEqual([100]);
  });
  it('does not restate "more than 100" (these were supported)', () => {
    for (const claim of [
      'a few hundred organisations signed the open letter to facebook',
      'several hundred groups signed the NSPCC letter',
      'hundreds of organisations signed the open letter',
    ])
      expect(verdicts(claim)[0]?.[1]).toBe('contradicted');
    expect(verdicts('more than a hundred organisations signed the open letter')[0]?.[1]).toBe('supported');
  });
  it('lets "thousands of" stand for 12,925, and not "millions of"', () => {
    const offences =
      'grooming offences were recorded by police in england and wales from april 2017 to march 2020';
    expect(verdicts(`thousands of ${offences}`)[0]?.[1]).toBe('supported');
    expect(verdicts(`millions of ${offences}`)[0]?.[1]).toBe('contradicted');
  });
});

describe('one app set against the group that counts it', () => {
  const both = ['facebook-apps-51-percent', 'instagram-over-a-third'];
  it('answers with both figures when the app is asked on its own after the group’s figure', () => {
    expect(
      factsOf('The three Facebook apps together were in 51% of cases — and Instagram on its own?'),
    ).toEqual(both);
  });
  it('answers with both figures when the group’s figure is named against the app', () => {
    expect(factsOf('instagram vs the 51%')).toEqual(both);
    expect(factsOf("Is the 51% figure bigger than Instagram's share?")).toEqual(both);
  });
  it('does not count "Facebook’s own apps" or "who owns" as setting one apart', () => {
    expect(
      factsOf(
        "What % of the grooming cases had Facebook's own family of apps involved (so FB, WhatsApp and IG lumped together)?",
      ),
    ).toEqual(['facebook-apps-51-percent']);
    expect(factsOf('Who owns WhatsApp and Instagram, according to the article?')).not.toEqual(both);
  });
  it('sets a figure only beside a figure the pack marks as comparable with it', () => {
    expect(factsOf('Did more or fewer than a hundred groups sign the letter to Facebook?')).toEqual([
      'open-letter',
    ]);
    expect(factsOf('Was the 51% Facebook-apps share higher or lower than in the same quarter of 2019?')).toBe(
      'abstained',
    );
  });
});

describe('how long between two events', () => {
  it('sets both dated facts side by side with the months between them worked out and labelled', () => {
    const reply = answerQuestion(
      "How many months separate Zuckerberg's encryption announcement and the February 2020 tweet about the open letter?",
      nspcc,
    );
    expect(reply.status === 'answered' && reply.facts.map((f) => f.factId)).toEqual([
      'zuckerberg-encryption-march-2019',
      'open-letter',
    ]);
    expect(reply.status === 'answered' && reply.derivations).toEqual([
      {
        kind: 'gap',
        from: '2019-03',
        to: '2020-02',
        months: 11,
        text: 'Worked out from the two dates the source gives (not stated in it): March 2019 to February 2020 is about 11 months.',
      },
    ]);
    expect(reply.status === 'answered' && reply.notes).toEqual([
      'Worked out from the two dates the source gives (not stated in it): March 2019 to February 2020 is about 11 months.',
    ]);
  });
  it('declines only an event the source never speaks of, never one a fact merely shares a name with', () => {
    // (A review found "Zuckerberg becoming CEO" answered with his encryption announcement's date.)
    for (const q of [
      'how long between zuckerberg becoming ceo and the open letter?',
      'how long between facebook launching messenger encryption and the open letter?',
    ]) {
      const reply = answerQuestion(q, nspcc);
      expect(reply.status === 'answered' && reply.kind).not.toBe('comparison');
    }
    // (…and a side with a date of its own is never said to be undated.)
    // (Words after the question do not undo it: "…? thanks", "…? and did facebook respond?")
    for (const q of [
      "how long between zuck's announcement and the open letter? thanks",
      "how long between zuck's announcement and the open letter? and did facebook respond?",
    ]) {
      const reply = answerQuestion(q, nspcc);
      expect(reply.status === 'answered' && reply.derivations?.[0]).toMatchObject({
        kind: 'gap',
        months: 11,
      });
    }
    const dated = answerQuestion(
      "how many years between the 2017 start of the offences data and zuckerberg's announcement?",
      nspcc,
    );
    expect(dated.status === 'abstained' && dated.reason).not.toMatchObject({
      value: 'the time between the two',
    });
  });
  it('declines when the source dates only one of them (this was answered with the announcement alone)', () => {
    const reply = answerQuestion(
      'how long between zuck announcing encryption and it actually being rolled out?',
      nspcc,
    );
    expect(reply.status === 'abstained' && reply.reason).toMatchObject({
      code: 'not_covered',
      value: 'the time between the two',
    });
  });
});

describe('a day of the month', () => {
  it('is never a figure with decimals or a scale: "apr-jun 1.2k" names the 1,220', () => {
    expect(readFigures('grooming cases apr-jun 1.5k').map((f) => f.value)).toEqual([1500]);
    expect(readFigures('tweeted on feb 6, 2020')).toEqual([]);
    expect(verdicts('grooming cases apr-jun 1.5k')[0]?.[1]).toBe('contradicted');
    // (A month opening the claim before its figure is its period, as "in june" is: a review found these supported or
    // set against the three-year total.)
    expect(verdicts('june 1.2k grooming cases')[0]?.slice(1)).toEqual(['different_scope', 'period']);
    expect(verdicts('sept 3.5k offences')[0]?.[1]).not.toBe('contradicted');
    expect(verdicts('apr-jun 1.2k grooming cases')[0]?.[1]).toBe('supported');
    // (Only a month's name: "decline 12,925 offences" opens on no "dec".)
    expect(verdicts('decline 12,925 offences over three years')[0]?.[2]).not.toBe('period');
    const reply = answerQuestion(
      'which is biger, the 12.9k over 3 yrs b4 lockdown or the apr-jun 1.2k?',
      nspcc,
    );
    expect(reply.status === 'answered' && reply.facts.map((f) => f.factId).sort()).toEqual([
      'grooming-cases-april-june',
      'offences-2017-2020',
    ]);
  });
});

describe('everyday readings', () => {
  it('reads a quoted phrase’s or someone’s "charge" as an accusation, not a criminal charge', () => {
    expect(
      factsOf(
        "In the interests of balance, how does the NSPCC's 'place to hide' charge compare with Zuckerberg's reasoning for the change?",
      ),
    ).toEqual(['nspcc-accuses-facebook-encryption']);
    // (A criminal charge is still one: the source has no figures on charges.)
    const charged = answerQuestion('how many groomers were charged?', nspcc);
    expect(charged.status === 'abstained' && charged.reason).toMatchObject({
      code: 'not_covered',
      kind: 'measure',
    });
  });
  it('reads someone’s charge against Facebook as their accusation, in a question or a claim', () => {
    expect(factsOf("what's the charity's charge against facebook?")).toEqual([
      'nspcc-accuses-facebook-encryption',
    ]);
    expect(verdicts("the nspcc's charge is that facebook gives offenders a place to hide")[0]?.[1]).toBe(
      'supported',
    );
  });
  it('keeps a criminal charge a criminal charge (a review found these read as the NSPCC’s accusation)', () => {
    for (const q of ["what was the offender's charge?", 'did the CPS bring a charge against anyone?'])
      expect(factsOf(q)).not.toEqual(['nspcc-accuses-facebook-encryption']);
  });
});

describe('asking for what comes after an event a figure counts before', () => {
  it('is declined: over 97% found before it is reported gives nothing for after (these were answered with the 97%)', () => {
    for (const q of [
      "What percentage of child exploitation content does Facebook find after it's reported?",
      'What percentage of exploitation content on Facebook is found only after users report it?',
    ]) {
      const reply = answerQuestion(q, nspcc);
      expect(reply.status === 'abstained' && reply.reason).toMatchObject({
        code: 'not_covered',
        value: 'what comes after it',
      });
    }
  });
  it('still answers whether it was before or after', () => {
    for (const q of [
      'when did the run of yearly increases in grooming offences happen - before or after lockdown?',
      'did offences rise every year in the run-up to covid, or only once lockdown began?',
    ])
      expect(answerQuestion(q, nspcc).status).toBe('answered');
    expect(answerQuestion("how much content does facebook find before it's reported?", nspcc).status).toBe(
      'answered',
    );
  });
});

describe('everyday words for the source’s own', () => {
  it('reads "technology companies" as the tech companies the source names, and "govts" as governments', () => {
    expect(
      verdicts(
        "The NSPCC's chief executive, Peter Wanless, has called for legislation holding technology companies financially and criminally responsible",
      )[0]?.[1],
    ).toBe('supported');
    expect(
      verdicts('zuck said people expect private comms to be secure, not seen by hackers or govts')[0]?.[1],
    ).toBe('supported');
  });
});
