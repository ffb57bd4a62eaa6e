import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../../src/core/claims/index.js';
import { buildIndex } from '../../../src/core/retrieve/build-index.js';
import { loadPack } from '../../../src/pack/load-pack.js';
import { extractNumbers } from '../../../src/text/numbers.js';
import { realIndex } from '../../helpers/real-pack.js';
import { verdictLine } from '../../helpers/verdict-line.js';

const index = realIndex();
// Where the source has nothing, which nearby fact is cited does not matter.
const verdicts = (text: string) =>
  checkClaims(text, index).map((c) => [
    c.verdict,
    c.dimension ?? null,
    c.verdict === 'not_in_source' ? null : c.factId,
  ]);

describe('checkClaims: one verdict per claim, each citing the pack', () => {
  it.each([
    [
      'About half of grooming crimes involved Facebook-owned apps',
      'supported',
      null,
      'facebook-apps-over-half',
    ],
    ['Roughly 13,000 offences were recorded in England and Wales', 'supported', null, 'offences-2017-2020'],
    ['1.2k cases were recorded between April and June', 'supported', null, 'grooming-cases-april-june'],
    ['More than a third of cases involved Instagram', 'supported', null, 'instagram-over-a-third'],
    ['Over 100 organisations signed an open letter to Facebook', 'supported', null, 'open-letter'],
    ['70% of cases were on Facebook apps', 'contradicted', null, 'facebook-apps-51-percent'],
    // Chat misspellings, a headline's reporting verb, a qualifier's noun and a span of time add no subject.
    [
      'nspcc sez 10 pct rise in kids targetted online durng lockdwn',
      'supported',
      null,
      'lockdown-rise-ten-percent',
    ],
    ['Online Grooming Up 10% During Lockdown, NSPCC Warns', 'supported', null, 'lockdown-rise-ten-percent'],
    [
      'Facebook says in excess of 97 per cent of the child exploitation content it removes is found before it is reported',
      'supported',
      null,
      'facebook-97-percent',
    ],
    ['Lockdown Grooming Cases Hit 1,220 in Three Months', 'supported', null, 'grooming-cases-april-june'],
    // …but a name the source never gives is no misspelling.
    ["1,220 grooming cases were recorded by barnardo's", 'contradicted', null, 'grooming-cases-april-june'],
    // A wrong figure is measured against the exact "51 percent", not the headline's "over half" for the same apps.
    [
      'Facebook-owned apps were used in 75% of grooming cases',
      'contradicted',
      null,
      'facebook-apps-51-percent',
    ],
    ['There was a 25% rise in grooming during lockdown', 'contradicted', null, 'lockdown-rise-ten-percent'],
    [
      'Grooming offences fell for three years before the pandemic',
      'contradicted',
      null,
      'offences-rose-each-year',
    ],
    // "Broadly stable" is flat, with a word between.
    [
      'the number of online grooming offences was broadly stable in the three years before the pandemic',
      'contradicted',
      null,
      'offences-rose-each-year',
    ],
    // "The lockdown months" is the lockdown, not the three years before it.
    [
      'the 12,925 offences figure covers the lockdown months only',
      'different_scope',
      'period',
      'offences-2017-2020',
    ],
    // Child abuse at large is more than online grooming; the content Facebook removes is "child abuse content" too.
    [
      "over half of all child abuse cases involve Facebook's apps",
      'different_scope',
      'subject',
      'facebook-apps-over-half',
    ],
    [
      "Facebook says 97% of child abuse content it removes is spotted before it's reported",
      'supported',
      null,
      'facebook-97-percent',
    ],
    // Nor do crimes for offences, a place, or "recorded": what moved is still the offences.
    ['Grooming Crimes Fell Year-on-Year Before Covid', 'contradicted', null, 'offences-rose-each-year'],
    [
      'recorded grooming offences in England and Wales declined year on year',
      'contradicted',
      null,
      'offences-rose-each-year',
    ],
    // Words most of the pack uses ("online grooming") do not hide what moved.
    [
      'Online grooming offences declined in the years before the pandemic',
      'contradicted',
      null,
      'offences-rose-each-year',
    ],
    // (Against the exact 51 percent, which "over half" rounds.)
    [
      'Nearly half of grooming crimes involved Facebook-owned apps',
      'contradicted',
      null,
      'facebook-apps-51-percent',
    ],
    [
      'Boris Johnson said the PM has the chance to turn the tide',
      'contradicted',
      null,
      'wanless-turn-the-tide',
    ],
    [
      'Zuckerberg announced encryption plans in March 2018',
      'contradicted',
      null,
      'zuckerberg-encryption-march-2019',
    ],
    ['12,925 offences in 2020 alone', 'different_scope', 'period', 'offences-2017-2020'],
    ['WhatsApp alone was used in 51% of cases', 'different_scope', 'subject', 'facebook-apps-51-percent'],
    ['Snapchat was used in 20% of all cases', 'different_scope', 'base', 'snapchat-20-percent'],
    ['More than 100 countries signed the letter to Facebook', 'different_scope', 'subject', 'open-letter'],
    ['TikTok was used in 15% of cases', 'not_in_source', null, null],
    ['Is it true that 40% of victims were girls?', 'not_in_source', null, null],
    ['Facebook made 15 million reports of child exploitation in 2019', 'not_in_source', null, null],
    // "over 13,000" is a count, not an age bound.
    ['over 13,000 offences were recorded in England and Wales', 'contradicted', null, 'offences-2017-2020'],
    // "Theresa May" is a name, not a month; one unknown name stands in for the source's.
    [
      'Wanless urged Theresa May to push forward legislation',
      'contradicted',
      null,
      'wanless-urges-legislation',
    ],
    ['The open letter urged Google to address child safety', 'contradicted', null, 'open-letter'],
    // "added", "confirmed" without a titled name before them are the claim's own verbs, not a frame to drop.
    [
      'Knife crime offences added up to 12,925 between April 2017 and March 2020',
      'different_scope',
      'subject',
      'offences-2017-2020',
    ],
    [
      'Youth crime noted by police rose 10 percent during lockdown',
      'different_scope',
      'subject',
      'lockdown-rise-ten-percent',
    ],
    // The word before "offences"/"cases" says what was counted, whatever part of speech the tagger reads it as.
    [
      'Sexting offences totalled 12,925 between 2017 and 2020',
      'different_scope',
      'subject',
      'offences-2017-2020',
    ],
    [
      'Instagram was used in over a third of cyberbullying cases',
      'different_scope',
      'subject',
      'instagram-over-a-third',
    ],
    // Someone in a meeting passing a figure or a statement on relays it: the claim is what they passed on.
    [
      'Minutes: Cllr Hughes stated grooming offences recorded in E&W totalled 12,925 between Apr 2017 and Mar 2020',
      'supported',
      null,
      'offences-2017-2020',
    ],
    [
      'Minutes: Facebook announced encryption plans in March 2019, said Cllr Ray.',
      'supported',
      null,
      'zuckerberg-encryption-march-2019',
    ],
    [
      'Facebook announced encryption plans in March 2019, said Theresa May.',
      'contradicted',
      null,
      'zuckerberg-encryption-march-2019',
    ],
    // A period the source does not give, in a statement credited to a known source ("NSPCC data: …").
    [
      'NSPCC data: grooming offences have increased every year for the past decade',
      'different_scope',
      'period',
      'offences-rose-each-year',
    ],
    // "for a decade" is a period too.
    ['grooming offences rose for a decade', 'different_scope', 'period', 'offences-rose-each-year'],
    // A platform the claim refers back to ("on the app") is what it is about, however it was heard.
    [
      'someone on tiktok says grooming on the app rose ten percent during lockdown',
      'different_scope',
      'subject',
      'lockdown-rise-ten-percent',
    ],
    // …and one the source's words are given to only in passing is not said to contradict them.
    [
      'Wanless wants tech firms including Twitter held criminally responsible for avoidable harm',
      'not_in_source',
      null,
      null,
    ],
    // A platform the packs give no figures for is still not the one the source names.
    [
      "the NSPCC accused Twitter of giving offenders 'a place to hide in the shadows'",
      'contradicted',
      null,
      'nspcc-accuses-facebook-encryption',
    ],
    // A statement in words the source never uses is not one it makes.
    ['Mark Zuckerberg met Peter Wanless', 'not_in_source', null, null],
    // Facebook's words given to the NSPCC, and a count kept by the police given to the NSPCC.
    [
      'The NSPCC says encryption is vital to protect privacy and security',
      'contradicted',
      null,
      'encryption-dispute',
    ],
    [
      'the NSPCC recorded 1,220 cases between April and June',
      'contradicted',
      null,
      'grooming-cases-april-june',
    ],
    // Other years than the source's span, a letter praising what it urged, a floor far under the source's own,
    // a number that is only part of the source's, and a platform the fact does not name.
    [
      '12,925 offences were recorded between 2017 and 2019',
      'different_scope',
      'period',
      'offences-2017-2020',
    ],
    [
      'more than 100 organisations signed an open letter praising Facebook',
      'contradicted',
      null,
      'open-letter',
    ],
    [
      'Facebook finds over 87 percent of the child exploitation content it removes before it is reported',
      'contradicted',
      null,
      'facebook-97-percent',
    ],
    ['the open letter was signed by 10 organisations', 'contradicted', null, 'open-letter'],
    [
      'Zuckerberg announced plans to encrypt WhatsApp in March 2019',
      'contradicted',
      null,
      'zuckerberg-encryption-march-2019',
    ],
    // Who led it, who said it last, and who the Prime Minister's chance is given to.
    [
      'More than 100 organisations led by Facebook signed an open letter',
      'contradicted',
      null,
      'open-letter',
    ],
    [
      'Over 97% of the child exploitation content Facebook removes is found before it is reported, Wanless said',
      'contradicted',
      null,
      'facebook-97-percent',
    ],
    [
      'Wanless said Zuckerberg has the chance to turn the tide',
      'contradicted',
      null,
      'wanless-turn-the-tide',
    ],
    // A deed the source never reports is not in it; a wish credited to the wrong person is contradicted.
    ['Peter Wanless has led the NSPCC since 2013', 'not_in_source', null, null],
    ['Boris Johnson agreed to introduce the bill', 'not_in_source', null, null],
    [
      'Boris Johnson wants tech bosses held criminally responsible',
      'contradicted',
      null,
      'online-harms-bill',
    ],
    ['The Telegraph cited Wanless urging the PM to act', 'supported', null, 'wanless-urges-legislation'],
    // True restatements: offences for cases, young people for children, abuse for exploitation content,
    // charities demanding action for organisations urging, a headline's "up 10%".
    [
      'Police logged roughly 1,200 grooming offences from April to June',
      'supported',
      null,
      'grooming-cases-april-june',
    ],
    // The article never says where the 1,220 were recorded (the pack marks England and Wales as inferred).
    [
      'Police logged roughly 1,200 grooming offences in England and Wales from April to June',
      'different_scope',
      'place',
      'grooming-cases-april-june',
    ],
    [
      'An NSPCC study found a ten per cent rise in young people targeted online during lockdown',
      'supported',
      null,
      'lockdown-rise-ten-percent',
    ],
    [
      'Facebook claims it finds over 97 percent of the child abuse content it removes before anyone reports it',
      'supported',
      null,
      'facebook-97-percent',
    ],
    ['100+ charities demand action', 'supported', null, 'open-letter'],
    ['Grooming up 10% in lockdown, NSPCC says', 'supported', null, 'lockdown-rise-ten-percent'],
    // ...but not a share of abuse reports, nor grooming cases found as removed content is.
    [
      'Facebook, WhatsApp and Instagram were used in 51% of online abuse reports',
      'different_scope',
      'subject',
      'facebook-apps-51-percent',
    ],
    // "Mark" is no month; "stayed flat" is no rise.
    [
      'Facebook CEO Mark Zuckerberg announced plans to encrypt messenger in April 2019',
      'contradicted',
      null,
      'zuckerberg-encryption-march-2019',
    ],
    [
      'grooming offences stayed flat in the three years before lockdown',
      'contradicted',
      null,
      'offences-rose-each-year',
    ],
    // A role the source gives someone else; who is cited; what the NSPCC derided; words from another statement.
    ["Peter Wanless is Facebook's chief executive", 'contradicted', null, 'zuckerberg-encryption-march-2019'],
    ["Mark Zuckerberg is Facebook's CEO", 'supported', null, 'zuckerberg-encryption-march-2019'],
    [
      'Wanless, NSPCC chief executive, urged Boris Johnson to push forward legislation',
      'supported',
      null,
      'wanless-urges-legislation',
    ],
    [
      'The Telegraph cited Boris Johnson urging tech companies to act',
      'contradicted',
      null,
      'wanless-urges-legislation',
    ],
    [
      "the NSPCC said Facebook's encryption plans would protect children",
      'contradicted',
      null,
      'encryption-dispute',
    ],
    ['Wanless said lockdown was a perfect storm for tech companies', 'contradicted', null, 'perfect-storm'],
    // Calling something by the source's words is how it was put, not a call for action; "endorsed" is "backed".
    ["Wanless calls lockdown a 'perfect storm' for online abusers", 'supported', null, 'perfect-storm'],
    ["Barnardo's called covid a 'perfect storm' for online offenders", 'contradicted', null, 'perfect-storm'],
    [
      "the National Police Chiefs' Council endorsed the NSPCC's call",
      'supported',
      null,
      'police-chiefs-backing',
    ],
    // A word that only restates ("first") is the claim's own wording; a word of content the fact does not use is not
    // ("hold parents criminally responsible").
    [
      'Zuckerberg first announced encryption plans in March 2019',
      'supported',
      null,
      'zuckerberg-encryption-march-2019',
    ],
    [
      'Wanless urged Johnson to hold parents criminally responsible',
      'contradicted',
      null,
      'wanless-urges-legislation',
    ],
    [
      'The NSPCC said encryption could mean abuse is no longer identified and reported to police',
      'supported',
      null,
      'encryption-dispute',
    ],
    // Moved figures that passed: a decade, all content rather than what Facebook removes, grooming rather than
    // content, and a place for a figure the source gives for none.
    [
      '12,925 offences were recorded in the decade to 2020',
      'different_scope',
      'period',
      'offences-2017-2020',
    ],
    [
      'over 97% of child exploitation content online is found before it is reported',
      'different_scope',
      'base',
      'facebook-97-percent',
    ],
    [
      'over 97% of grooming on Facebook is found before it is reported',
      'different_scope',
      'base',
      'facebook-97-percent',
    ],
    ['more than 100 organisations in the UK signed the letter', 'different_scope', 'place', 'open-letter'],
    ['1,220 grooming cases every quarter', 'different_scope', 'period', 'grooming-cases-april-june'],
    ['12,925 offences in the year before lockdown', 'different_scope', 'period', 'offences-2017-2020'],
    ['the open letter only had about 40 signatories', 'contradicted', null, 'open-letter'],
    ['Instagram was used in almost every single case', 'contradicted', null, 'instagram-over-a-third'],
    // From claims fresh-3, after its first score: "US" in capitals. (Its letter addressed to the Prime Minister is two
    // claims, below.)
    [
      'Online grooming in US rose 10% during pandemic lockdown',
      'different_scope',
      'place',
      'lockdown-rise-ten-percent',
    ],
    [
      '1,220 online grooming cases recorded in first three months of 2020',
      'different_scope',
      'period',
      'grooming-cases-april-june',
    ],
    [
      'Online grooming offences increased annually in the three years following lockdown',
      'different_scope',
      'period',
      'offences-rose-each-year',
    ],
    // Snapchat's 20% is of the instances with data, not of the cases.
    ['Snapchat was used in 20 percent of cases', 'different_scope', 'base', 'snapchat-20-percent'],
    // From claims fresh-7, after its scores: words credited in the passive to the side that did not say them.
    [
      "encrypting messages was called 'vital' for privacy by the NSPCC",
      'contradicted',
      null,
      'encryption-dispute',
    ],
    // …while a claim giving each side its own words is the source's.
    [
      'Encryption was described as vital to protect privacy and security by Facebook, but derided by the NSPCC',
      'supported',
      null,
      'encryption-dispute',
    ],
    // From claims fresh-6, after its scores: a few months' figure said of the whole year.
    [
      'there were 1,220 grooming cases over the whole year',
      'different_scope',
      'period',
      'grooming-cases-april-june',
    ],
    // From claims fresh-5, after its first score: each of these had been called supported.
    [
      'Facebook only finds 97% of the abuse content it removes after people report it',
      'contradicted',
      null,
      'facebook-97-percent',
    ],
    ['the anual number of grooming cases is 1,220', 'different_scope', 'period', 'grooming-cases-april-june'],
    ['the 1,220 number counts children', 'different_scope', 'base', 'grooming-cases-april-june'],
    [
      'Snapchat was used in 20 percent of instances with data in 2020',
      'different_scope',
      'period',
      'snapchat-20-percent',
    ],
    // From claims fresh-4, after its scores: a share the source gives for one platform, said of no platform.
    [
      'there was no platform data for a third of the cases',
      'different_scope',
      'subject',
      'instagram-over-a-third',
    ],
    // A qualifier glued after the figure qualifies it; it is not what the figure counts.
    ['100-plus groups signed the open letter', 'supported', null, 'open-letter'],
    // …before "percent" too ("51-plus percent" is at least 51 percent), and the figure still belongs to what the
    // source gives it for: the three apps together, not WhatsApp.
    [
      'WhatsApp was used in 51-plus percent of cases',
      'different_scope',
      'subject',
      'facebook-apps-51-percent',
    ],
  ])('%s → %s', (text, verdict, dimension, factId) => {
    expect(verdicts(text)).toEqual([[verdict, dimension, factId]]);
  });

  it('splits a message into its claims', () => {
    const checks = checkClaims(
      'Instagram was used in over a third of the cases and Snapchat in 20 percent',
      index,
    );
    expect(checks.map((c) => [c.claim, c.verdict])).toEqual([
      ['Instagram was used in over a third of the cases', 'supported'],
      ['Snapchat in 20 percent', 'supported'],
    ]);
    expect(checkClaims('13k offences in wales+england, 1.2k in apr-jun', index).map((c) => c.factId)).toEqual(
      ['offences-2017-2020', 'grooming-cases-april-june'],
    );
    // A side that opens on a name and reports a deed is a claim of its own; a trailing "the NSPCC claimed" is not.
    const deed =
      '1,220 cases were recorded between April and June, and Boris Johnson agreed to introduce the bill';
    expect(checkClaims(deed, index).map((c) => [c.claim, c.verdict])).toEqual([
      ['1,220 cases were recorded between April and June', 'supported'],
      ['Boris Johnson agreed to introduce the bill', 'not_in_source'],
    ]);
    // "Is it true that …" still asks about its own claim; "Found before it is reported, not after" says what the
    // source says.
    expect(
      checkClaims('Is it right that Zuckerberg announced plans to stop encrypting messenger?', index).map(
        (c) => c.verdict,
      ),
    ).toEqual(['contradicted']);
    expect(
      checkClaims(
        'Facebook says over 97% of the content it removes is found before it is reported, not after users flag it',
        index,
      ).map((c) => c.verdict),
    ).not.toContain('contradicted');
    // A question that refers back to the claim before it is no claim of its own.
    expect(
      checkClaims('Someone said grooming went up 25% in lockdown. Is that what the NSPCC found?', index).map(
        (c) => c.claim,
      ),
    ).toEqual(['grooming went up 25% in lockdown']);
    const credited =
      'Over 97% of the content Facebook removes is found before it is reported, the NSPCC claimed';
    expect(checkClaims(credited, index).map((c) => c.verdict)).toEqual(['contradicted']);
  });

  it('reads the claim without the label, the hearsay or the next sentence around it', () => {
    const claims = (text: string) => checkClaims(text, index).map((c) => [c.claim, c.verdict]);
    expect(
      claims(
        'Notes from Tuesday standup – Sam: about half of grooming cases involved FB, WhatsApp or Insta. Check wording before publishing.',
      ),
    ).toEqual([['about half of grooming cases involved FB, WhatsApp or Insta', 'supported']]);
    // (The aside after it is a sentence of its own, never read as part of the 51%.)
    expect(claims('fb + whatsapp + insta = 51% of cases. the zuck empire strikes again')[0]).toEqual([
      'fb + whatsapp + insta = 51% of cases',
      'supported',
    ]);
    expect(
      claims('A mum at the school gate told me that more than one in three cases involved Instagram.'),
    ).toEqual([['more than one in three cases involved Instagram', 'supported']]);
    // "England and Wales" is one place, and "apr 2017 - mar 2020" one span of dates.
    expect(
      claims(
        '12,925 offences recorded in England and Wales from April 2017 to March 2020, and TikTok was used in 15% of them',
      ),
    ).toEqual([
      ['12,925 offences recorded in England and Wales from April 2017 to March 2020', 'supported'],
      ['TikTok was used in 15% of them', 'not_in_source'],
    ]);
    expect(claims('12,925 offences apr 2017 - mar 2020 in england and wales').map(([, v]) => v)).toEqual([
      'supported',
    ]);
    // A named speaker is not hearsay: who said it is checked.
    expect(
      claims('the NSPCC said 1,220 cases were recorded between April and June').map(([, v]) => v),
    ).toEqual(['supported']);
    expect(
      claims('A Facebook spokesperson said that Facebook-owned apps were used in 51% of cases.').map(
        ([, v]) => v,
      ),
    ).toEqual(['contradicted']);
    expect(
      claims('According to a Facebook spokesperson, facebook-owned apps were used in 51% of cases').map(
        ([, v]) => v,
      ),
    ).toEqual(['contradicted']);
    // A greeting before the claim is no word of it ("Hi team, Wanless said…" is what Wanless said).
    expect(
      claims(
        'Hi team, Wanless said the Prime Minister has the chance to put responsibility on firms to clean up the mess they created.',
      ).map(([, v]) => v),
    ).toEqual(['supported']);
    // A greeting, or a short lead before a colon or a dash that speaks of nothing the packs know, is no word of it;
    // a lead that does ("Scotland:") stays.
    expect(
      claims(
        'Quick stat for the newsletter: Facebook responded by saying it stamps out grooming on its platforms.',
      ),
    ).toEqual([['Facebook responded by saying it stamps out grooming on its platforms', 'supported']]);
    expect(claims('Scotland: 3,000 grooming offences recorded 2017-2020').map(([, v]) => v)).toEqual([
      'not_in_source',
    ]);
    // A numbered item ("Item 4:") is no subject of the claim; a label that says whose it is or what it is about
    // ("Facebook's take:", "Scotland summary:", "Lockdown recap:") is its speaker, place or period.
    expect(claims('Item 4: Instagram in over a third of cases.')).toEqual([
      ['Instagram in over a third of cases', 'supported'],
    ]);
    expect(
      claims('quick summary of the article: Snapchat was in 20% of the cases where data existed.').map(
        ([, v]) => v,
      ),
    ).toEqual(['supported']);
    for (const text of [
      "Facebook's take: Snapchat was used in 20% of instances.",
      "Boris Johnson's take: the PM has the chance to turn the tide and put responsibility on firms.",
      'Scotland summary: 12,925 grooming offences were recorded from 2017 to 2020.',
      'Lockdown recap: 12,925 offences were recorded.',
      'Convictions summary: 12,925 offences recorded.',
    ])
      expect(claims(text).map(([, v]) => v)).not.toContain('supported');
    // A longer lead that says only who passes the claim on is no part of what the claim says.
    expect(
      claims(
        "as your parish councillor I wanted to flag the NSPCC's new research: an estimated 1,220 online grooming crimes were recorded between April and June.",
      ).map(([, v]) => v),
    ).toEqual(['supported']);
    // Nor is who reminded a meeting of it, a thread's numbering, or chat address ("bro").
    for (const text of [
      'Staff meeting: retired teacher volunteer reminded us over a hundred organisations signed the NSPCC-led letter to Facebook.',
      'Thread 🧵 1/ Over 100 orgs, led by the NSPCC, signed an open letter urging Facebook to fix child safety',
      'bro grooming offences been goin up evry year for 3 yrs b4 lockdown',
    ])
      expect(claims(text).map(([, v]) => v)[0], text).toBe('supported');
    // A judgement of someone makes no claim.
    expect(claims('tbh the NSPCC are right about this one')).toEqual([]);
    // Who a quote is from is checked.
    expect(
      claims(
        "Hi both, the 'people expect their private communications to be secure' quote is from Peter Wanless",
      ).map(([, v]) => v),
    ).toEqual(['contradicted']);
    // "U.S." ends no sentence: the place stays with its figure.
    expect(
      claims('In the U.S. police recorded 12,925 grooming offences between April 2017 and March 2020.').map(
        ([, v]) => v,
      ),
    ).toEqual(['different_scope']);
  });

  it.each([
    ['a question', 'how many cases were recorded?'],
    ['a time of day and a duration', "I'll be there at 10 this evening, the call took 45 mins"],
    ['a question to the reader', 'did u see the nspcc thing'],
    ['dates, times and list numbers', 'The meeting is at 3pm on 12 March. 1. Agenda item 2: budget.'],
    ['a phone number', 'If you are worried about a child, call the NSPCC helpline on 0808 800 5000'],
    ['an empty message', ''],
    ['chat', 'my 2 kids r on their phones 24/7 in lockdown lol'],
    // A one-word "statement" ("back" is not "backed by the police chiefs").
    ['chat that shares a word with a quote', 'brb. ok back. anyway'],
  ])('finds no claim in %s', (_label, text) => {
    expect(checkClaims(text, index)).toEqual([]);
  });

  it('cites the verbatim quote and says by how much a figure is off', () => {
    const [check] = checkClaims('70% of cases were on Facebook apps', index);
    expect(check).toMatchObject({
      claim: '70% of cases were on Facebook apps',
      claimed: '70%',
      sourceFigure: '51 percent',
      quote: expect.stringContaining('in 51 percent of cases'),
      attribution: 'Law enforcement data, as reported in the article',
    });
    expect(check?.explanation).toContain('19 percentage points higher');
    const pack = index.packs[0]?.sourceText ?? '';
    for (const c of checkClaims('13k offences, 70% on Facebook apps, a 25% rise', index))
      if (c.quote) expect(pack).toContain(c.quote.split('\n')[0]);
  });

  it('says no figure of its own that its quote does not hold', () => {
    const messages = [
      '70% of cases were on Facebook apps',
      'roughly 13,000 offences',
      'a 25% rise in lockdown',
    ];
    for (const c of messages.flatMap((m) => checkClaims(m, index))) {
      const allowed = [c.quote ?? '', c.claim];
      const stated = extractNumbers(
        c.explanation.replace(
          /\(\d+(?:\.\d)? percentage points (?:higher|lower)\)|\(\d+% (?:higher|lower)\)/u,
          '',
        ),
      );
      for (const n of stated)
        expect(
          allowed.some((a) => extractNumbers(a).some((m) => m.value === n.value)),
          `${n.raw} in ${c.explanation}`,
        ).toBe(true);
    }
  });

  it('never says supported without a quote, and never throws on hostile input', () => {
    const hostile = [
      '<!channel> 51%',
      '\u0000\u202e13k',
      '%'.repeat(5000),
      '1'.repeat(400),
      '@everyone 1 in 5 ?',
    ];
    for (const text of hostile)
      for (const c of checkClaims(text, index)) if (c.verdict === 'supported') expect(c.quote).not.toBeNull();
  });
});

describe('who a statement came from', () => {
  it.each([
    [
      "the call for a world-leading Online Harms Bill came from the National Police Chiefs' Council",
      'contradicted',
    ],
    [
      "The 'turn the tide' remarks were made by the chair of the National Police Chiefs' Council",
      'contradicted',
    ],
    ["the Online Harms Bill quote in the piece came from Facebook's spokesman", 'contradicted'],
    ['the call for a world-leading Online Harms Bill came from Peter Wanless', 'supported'],
    // A headline's outlet before its colon, and a spokesperson given a named person's words.
    ['Times: NSPCC chief urges PM', 'contradicted'],
    ['Telegraph: NSPCC chief urges PM', 'supported'],
    [
      'A Facebook spokesman wrote that people expect their private communications to be secure',
      'contradicted',
    ],
    [
      'a Facebook spokesman said over 97 percent of child exploitation content it removes is found before it is reported',
      'supported',
    ],
    ['12,925 grooming offences on Facebook-owned apps alone between 2017 and 2020', 'different_scope'],
    // "ALL online crime" widens what the figure counts (online child grooming crimes).
    ['fb apps = over half of ALL online crime', 'different_scope'],
    // A misspelt month is no name the source leaves out.
    ['the tweet about the open letter came from IANSLIFE on 6 Februray 2020', 'supported'],
  ])('%j is %s', (text, verdict) => {
    expect(checkClaims(text, index).map((c) => c.verdict)).toEqual([verdict]);
  });
});

describe('hearsay heard somewhere, and a headline in title case', () => {
  it.each([
    ['my dad heard on the news that grooming of kids online rose by a tenth during lockdown', 'supported'],
    ['Police Log 1,220 Online Grooming Cases Between April and June', 'supported'],
  ])('%j is %s', (text, verdict) => {
    expect(checkClaims(text, index).map((c) => c.verdict)).toEqual([verdict]);
  });
});

describe('a comparison of two named things with no figure', () => {
  it.each([
    ['Snapchat was used in more cases than Instagram', 'contradicted', 'snapchat-20-percent'],
    ['Snapchat overtakes Instagram as groomers’ app of choice', 'contradicted', 'snapchat-20-percent'],
    ['more snapchat than instagram cases', 'contradicted', 'snapchat-20-percent'],
    ['instagram was used more than snapchat', 'supported', 'instagram-over-a-third'],
    ['Snapchat was used in fewer cases than Instagram', 'supported', 'snapchat-20-percent'],
    ['snapchat was not used more than instagram', 'supported', 'snapchat-20-percent'],
    ['Instagram was used less often than Snapchat', 'contradicted', 'instagram-over-a-third'],
    ['Instagram wasnt used more than Snapchat', 'contradicted', 'instagram-over-a-third'],
  ])('%j is %s by the two shares', (text, verdict, factId) => {
    const [check] = checkClaims(text, index);
    expect(check).toMatchObject({ verdict, factId });
    // The other share is said only inside its own quoted sentence, and the bases are named.
    expect(check?.explanation).toMatch(
      /"(?:Instagram was used in over a third|Snapchat was used in 20 percent)/u,
    );
    expect(check?.explanation).toContain('Their bases differ');
  });

  it('calls no comparison the two shares cannot settle supported', () => {
    for (const text of [
      'Instagram was used more than twice as often as Snapchat',
      'WhatsApp was used in more cases than Instagram',
    ])
      expect(checkClaims(text, index).map((c) => c.verdict)).not.toContain('supported');
  });
  it('leaves a comparison the pack does not set side by side, or moved to a year, to the other checks', () => {
    // Facebook's one share of its own is of removed content, not of cases.
    expect(checkClaims('Facebook was used more than Snapchat', index).map((c) => c.verdict)).not.toContain(
      'supported',
    );
    expect(
      checkClaims('Snapchat was used more than Instagram in 2019', index).map((c) => c.verdict),
    ).not.toContain('contradicted');
  });
});

describe('"is it true that…" in the ask flow', () => {
  it('answers with the real figure and the checker’s verdict', async () => {
    const { answerQuestion } = await import('../../../src/core/answer-question.js');
    const reply = answerQuestion('is it true 70% were on facebook apps?', index);
    expect(reply.status).toBe('answered');
    expect(reply.status === 'answered' && reply.facts[0]?.factId).toBe('facebook-apps-51-percent');
    expect(verdictLine(reply)).toMatch(/^Verdict: contradicted\. The source gives 51 percent/u);
  });
  it('answers a claim of which way a figure moved with the fact about what moved, not one that moved that way', async () => {
    const { answerQuestion } = await import('../../../src/core/answer-question.js');
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    const reply = answerQuestion(
      'my mate reckons road deaths in eastmoor went UP last year, is that right?',
      roads,
    );
    expect(reply.status === 'answered' && reply.facts[0]?.factId).toBe('deaths-2023');
    expect(verdictLine(reply)).toMatch(/^Verdict: contradicted\. The source says it fell/u);
  });
});

describe('what a review of the claims changes found', () => {
  const verdictsOf = (text: string, within = index) => checkClaims(text, within).map((c) => c.verdict);
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it('never supports a statement that denies, undoes or reverses what the source says', () => {
    for (const text of [
      'Facebook denied that it stamps out grooming on its platforms.',
      "The National Police Chiefs' Council refused to back Wanless's call.",
      'Zuckerberg scrapped plans to start encrypting messenger programmes in March 2019.',
      'Wanless called for the Online Harms Bill to be weakened.',
      'The NSPCC retracted its accusation that Facebook gives offenders a place to hide in the shadows.',
      'Wanless said the Prime Minister lacks the chance to turn the tide.',
      'The NSPCC falsely accused Facebook of giving offenders a place to hide',
      "The police chiefs hesitated to back the NSPCC chief's call.",
    ])
      expect(verdictsOf(text), text).not.toContain('supported');
    for (const text of [
      'Motorcyclists are under-represented among the most serious casualties, said Okafor.',
      'Councillor Marsh said the long-term fall is discouraging.',
      'Okafor rejected calls for targeted rider training.',
    ])
      expect(verdictsOf(text, roads), text).not.toContain('supported');
  });
  it('reads a label before a quotation as no speaker when the packs know the word or a name close to it', () => {
    for (const text of [
      'Lockdown: "ten percent rise in youngsters being targeted"',
      "Zukerberg: 'People expect their private communications to be secure'",
    ])
      expect(verdictsOf(text), text).toEqual(['supported']);
  });
  it('reads a headline speaker no pack names, and a place the source never speaks of (the fresh-15 false supports)', () => {
    expect(verdictsOf("Sandberg: 'People expect their private communications to be secure'")).toEqual([
      'contradicted',
    ]);
    expect(verdictsOf("Zuckerberg: 'People expect their private communications to be secure'")).toEqual([
      'supported',
    ]);
    // A first name relaying a figure in minutes is no speaker of it.
    expect(verdictsOf('AOB: Dan claims Facebook apps were used in 51% of grooming cases')).toEqual([
      'supported',
    ]);
    expect(
      verdictsOf(
        'The NSPCC says ongoing coronavirus restrictions in France will only feed the surge in online abuse.',
      ),
    ).toEqual(['different_scope']);
    expect(
      verdictsOf('The NSPCC says ongoing coronavirus restrictions will only feed the surge in online abuse.'),
    ).toEqual(['supported']);
  });
  it('reads "via" an app as where it happened, and "behind" as restating (fresh-15, read)', () => {
    expect(verdictsOf('grooming via FB/WhatsApp/Insta = 51% of cases')).toEqual(['supported']);
    expect(verdictsOf('Facebook Apps Behind 51% of Grooming Cases in April–June')).toEqual(['supported']);
    // "framed" is not read as a verb of saying: its speaker would go unchecked (a review found the NSPCC's words
    // "supported" when framed as Facebook's).
    for (const text of [
      'Facebook framed encryption as giving offenders a place to hide in the shadows',
      'The NSPCC framed encryption as vital to protect privacy and security',
    ])
      expect(verdictsOf(text), text).not.toContain('supported');
    // …while who backed whose call is still checked.
    expect(
      verdictsOf("The Telegraph reported the Prime Minister personally backed the NSPCC's call."),
    ).not.toContain('supported');
  });
  it('reads when ("in the first lockdown", "lockdwn", "in 3 yrs") and which ("such content") as no thing counted', () => {
    for (const text of [
      'a 20% rise in lockdwn',
      'online grooming rose by 40% in the first lockdown',
      '99 per cent of such content is detected before being reported',
      'grooming offences 21.9k in 3 yrs across england n wales',
    ])
      expect(verdictsOf(text), text).toEqual(['contradicted']);
  });
  it('reads what someone said apart from who passed it on, and "it is false that" as a denial', () => {
    expect(
      verdictsOf(
        'as a retired teacher I was struck that Wanless said the Prime Minister has the chance to turn the tide',
      ),
    ).toEqual(['supported']);
    expect(verdictsOf('it is false that Wanless said the PM has the chance to turn the tide')).toEqual([
      'contradicted',
    ]);
    expect(verdictsOf('Am I wrong that 51% of cases were on Facebook apps?')).toEqual(['supported']);
    expect(
      verdictsOf('Honest question, do we think the NSPCC is right to go after Facebook on encryption'),
    ).toEqual([]);
  });
  it('reads negation however it is written, and a message that disputes what it quotes (a second review)', () => {
    for (const text of [
      "Snapchat wasn't used in 20 percent of instances.",
      "Police didn't record 12,925 offences from April 2017 to March 2020.",
      'There was no ten percent rise in youngsters being targeted online during lockdown.',
      'I doubt that 51 percent of cases involved Facebook, WhatsApp and Instagram.',
      'Myth: Instagram was used in over a third of the cases.',
      "My neighbour said that Instagram was used in over a third of cases, but she's wrong.",
      'Instagram was used in over a third of cases, which is rubbish',
      'As a dad I was surprised that Zuckerberg said people expect their private communications to be monitored.',
    ])
      expect(verdictsOf(text), text).toEqual(['contradicted']);
    // Nor does "I don't think…" stop being a denial.
    expect(verdictsOf("I don't think Snapchat was used in 20 percent of instances")).toEqual([
      'contradicted',
    ]);
    // A question tag, an evaluative "not", or surprise ("can't believe", "didn't realise") is no denial; a correction
    // that gives the true figure and a remark on what a named speaker said are no dispute of the source (a third
    // review).
    for (const text of [
      "Can't believe 1,220 grooming cases were recorded between April and June.",
      "I didn't realise Instagram was used in over a third of cases.",
      "Don't forget that 51% of cases involved Facebook, WhatsApp and Instagram.",
      'Wrong - it was 1,220 grooming cases between April and June.',
      'Not true - the rise during lockdown was ten percent.',
      "I don't think it's widely known that more than 100 organisations signed the open letter.",
      'Facebook claims it stamps out grooming on its platforms, which is rubbish.',
    ])
      expect(verdictsOf(text), text).toEqual(['supported']);
    expect(verdictsOf('There were no more than 19 road deaths in 2023.', roads)).toEqual(['supported']);
    expect(verdictsOf("Isn't it true that 51% of cases were on Facebook apps?")).toEqual(['supported']);
    expect(verdictsOf("facebook apps being in 51% of cases isn't surprising")).toEqual(['supported']);
    expect(verdictsOf("Serious injuries went down in 2023, didn't they?", roads)).toEqual(['contradicted']);
    // "the first year's cases" is what is counted; "m/c" is no million; a number with a comma never breaks a regex.
    expect(verdictsOf("Snapchat was used in 20 percent of the first year's cases.")).not.toContain(
      'supported',
    );
    expect(verdictsOf('There were 121 m/c casualties in Eastmoor in 2023.', roads)).toEqual(['supported']);
    // A group's figure said of everyone, where the source gives everyone's own figure: a wrong count of everyone.
    expect(
      checkClaims('I heard 21 people were killed on the roads here in 2023', roads).map((c) => [
        c.verdict,
        c.factId,
      ]),
    ).toEqual([['contradicted', 'deaths-2023']]);
    // …but not a figure of cases said of people the source does not count.
    expect(verdictsOf('the NSPCC counted more than 12,900 grooming victims')).not.toContain('contradicted');
    expect(() =>
      checkClaims('Police logged 12,925 year 9 cases from April 2017 to March 2020.', index),
    ).not.toThrow();
  });
  it('never supports a statement that drops a denial the quote makes', () => {
    for (const text of [
      'Zuckerberg said people expect their private communications to be read by hackers',
      'the NSPCC said encryption could mean abuse is identified and reported to the police',
    ])
      expect(verdictsOf(text), text).toEqual(['contradicted']);
    for (const text of [
      'slight injuries are always reported to the police',
      'serious injury figures are fully comparable with years before 2019',
    ])
      expect(verdictsOf(text, roads), text).toEqual(['contradicted']);
    // Keeping the denial, or restating it, still agrees.
    expect(
      verdictsOf('the NSPCC said encryption could mean abuse is no longer identified and reported to police'),
    ).toEqual(['supported']);
    expect(
      verdictsOf('serious injury figures are not fully comparable with years before 2019', roads),
    ).toEqual(['supported']);
  });
  it('keeps a lead that says what the figure counts, and reads fractions and judgements apart', () => {
    for (const text of [
      'Sexting cases: 1,220 were recorded between April and June.',
      'Online fraud: 12,925 offences were recorded in England and Wales from April 2017 to March 2020.',
      'Primary school kids: 1,220 grooming cases were recorded between April and June',
    ])
      expect(verdictsOf(text), text).toEqual(['different_scope']);
    expect(verdictsOf('1/3 of cases involved Instagram.')).toEqual(['supported']);
    expect(verdictsOf('3/4 of grooming cases involved Facebook apps.')).toEqual(['contradicted']);
    expect(verdictsOf('The NSPCC is wrong, grooming fell during lockdown.')).toEqual(['contradicted']);
    expect(verdictsOf('Wanless is wrong about the perfect storm, grooming only rose 2 percent.')).toEqual([
      'contradicted',
    ]);
    expect(verdictsOf('Can you believe online grooming offences fell every year before lockdown?')).toEqual([
      'contradicted',
    ]);
  });
});

describe('a trend claim with no figure, in another organisation’s pack', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it('is checked against the change of what it says moved, not a change of something else', () => {
    // The release says deaths fell; cyclist and total casualties rose. "Road deaths went up" is never supported.
    for (const text of [
      'road deaths went up in 2023',
      'road deaths went up to 23 in 2023',
      'cyclist deaths went up in 2023',
      'serious injuries among motorcyclists went up',
      // (Casualties are in most of the release's facts, and still what the claim says moved.)
      'casualties fell in 2023',
    ])
      expect(
        checkClaims(text, roads).map((c) => c.verdict),
        text,
      ).not.toContain('supported');
    expect(checkClaims('cyclist casualties went up in 2023', roads).map((c) => c.verdict)).toEqual([
      'supported',
    ]);
  });
  it('keeps a figure with the group it counts', () => {
    const verdictOf = (text: string) => checkClaims(text, roads).map((c) => c.verdict);
    // 148 is the cyclists' figure, 19 everyone killed (2 of them cyclists), 11% the cyclists' rise.
    expect(verdictOf('148 pedestrians were hurt in 2023')).toEqual(['different_scope']);
    expect(verdictOf('19 cyclists were killed in 2023')).toEqual(['contradicted']);
    expect(verdictOf('someone said casualties rose 11 per cent')).toEqual(['different_scope']);
    expect(verdictOf('148 cyclists were hurt in 2023')).toEqual(['supported']);
    // What the figure's own label counts ("people killed") is what it counts.
    expect(verdictOf('19 people were killed in 2023')).toEqual(['supported']);
  });
});

describe('a change claimed of what a fact measures', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it('is checked against the fact that measures it, not a comment citing it', () => {
    const [check] = checkClaims('road deaths in Eastmoor went up in 2023', roads);
    expect(check).toMatchObject({ verdict: 'contradicted', factId: 'deaths-2023' });
  });
});

describe('a figure for a period of its own, and chat spellings that turn a claim', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it.each([
    // The 2015-2019 average and the 2022 rate are not the 2023 figures, and the reverse.
    ['more than 1,400 casualties were reported in eastmoor in 2023', 'contradicted'],
    ['in excess of 1,300 casualties were reported in eastmoor in 2023', 'contradicted'],
    ['casualty rate was 488 per billion vehicle miles in 2023', 'contradicted'],
    ['casualty rate was 488 per billion vehicle miles in 2022', 'supported'],
    ['there were 1,146 casualties in 2022', 'supported'],
    ['the 2015-2019 average was 1,482 casualties a year', 'supported'],
    ['1,214 casualties in 2023', 'supported'],
    // A level a count fell to is a figure, and a group's figure said of everyone is not supported.
    ['road deaths in eastmoor fell to 17 in 2023', 'contradicted'],
    ['road deaths in eastmoor fell to 19 in 2023', 'supported'],
    // (21 is the children killed or seriously injured; said of road deaths it is the deaths' 19 wrong.)
    ['road deaths fell to 21', 'contradicted'],
    ['there were 5 pedestrian deaths in 2023', 'contradicted'],
    ['there were 4 pedestrian deaths in 2023', 'supported'],
    // A part of a whole: the part is a figure too ("12 of the 19 deaths" was supported on the 19 alone).
    ['12 of the 19 deaths were on rural roads', 'contradicted'],
    ['14 of the 19 deaths were on rural roads', 'supported'],
    // A figure for another period, claimed with no period of its own: read as the release's year.
    ['road deaths were 23', 'different_scope'],
    ['Eastmoor had 1,482 road casualties', 'different_scope'],
    ['road deaths fell from 23 to 19', 'supported'],
    // "nt", "didnt": a negation however it is typed; "ovr": a bound that is never set aside as a typo.
    ['cyclist casualties wer nt up 11%', 'contradicted'],
    ['a-roads carried 598 casualties, ovr half the county total', 'not supported'],
  ])('%j', (text, expected) => {
    const checks = checkClaims(text, roads);
    if (expected === 'not supported')
      expect(checks.find((c) => c.claim.includes('half'))?.verdict).not.toBe('supported');
    else expect(checks.map((c) => c.verdict)).toEqual([expected]);
  });
  it('reads chat spellings of a bound and a misspelt speaker', () => {
    expect(checkClaims('fb owned apps were used in undr half of grooming crimes', index)[0]?.verdict).toBe(
      'contradicted',
    );
    expect(
      checkClaims('fb owned apps wer used in ovr half of online grooming crimes', index)[0]?.verdict,
    ).toBe('supported');
    expect(
      checkClaims('wanles said people expect their private communications to be secure', index)[0]?.verdict,
    ).toBe('contradicted');
  });
  it('reads chat fillers ("bruh", "it\'ll") as no words of the claim', () => {
    expect(
      checkClaims(
        "bruh the NSPCC boss wants a 'world-leading' online harms bill, wonder if it'll happen",
        index,
      ).map((c) => c.verdict),
    ).toEqual(['supported']);
  });
  it('contradicts a statement dated "this year" that the source dates "last year"', () => {
    expect(checkClaims("NSPCC: 'place to hide in the shadows' — said this year", index)[0]).toMatchObject({
      verdict: 'contradicted',
      factId: 'nspcc-accuses-facebook-encryption',
    });
    expect(
      checkClaims(
        'Last year the NSPCC said Facebook gives offenders a place to hide in the shadows',
        index,
      )[0]?.verdict,
    ).toBe('supported');
  });
  it('reads a chat negation in the NSPCC pack too', () => {
    expect(checkClaims('fb apps wer nt used in 51% of cases', index).map((c) => c.verdict)).toEqual([
      'contradicted',
    ]);
  });
});

describe("what the eighth 2026-11-30 session's blind claims sets showed", () => {
  const verdictsOf = (text: string) => checkClaims(text, index).map((c) => [c.claim, c.verdict]);
  it.each([
    // A headline's speaker before its colon, and "X demands", are who the claim credits.
    [
      "Health Sec Matt Hancock: the pandemic has created a 'perfect storm' for online offenders",
      'contradicted',
    ],
    ["Telegraph Editor Demands 'World-Leading' Online Harms Bill", 'contradicted'],
    ["NSPCC Chief Demands 'World-Leading' Online Harms Bill", 'supported'],
    // An age group the source gives no figure for.
    ['Facebook-owned apps in 51% of cases involving under-13s', 'different_scope'],
    // Restating words are no new content.
    [
      "In March 2019, Facebook's chief executive, Mark Zuckerberg, set out plans to begin encrypting the company's messaging services",
      'supported',
    ],
    // A meeting's framing is set aside, so the figure is checked.
    ['Agreed to lead with Insta at 15%.', 'contradicted'],
    // A closing contrast naming who is ruled out, but not one naming what is counted.
    [
      'it was Mark Zuckerberg who wrote that people expect private communications to be secure, not the Facebook spokesman',
      'supported',
    ],
    ['the NSPCC’s 10% rise refers to the number of offenders, not victims', 'different_scope'],
    // "<figure> was from X" credits X.
    ["the ten percent rise was from the National Police Chiefs' Council", 'contradicted'],
    ['the ten percent rise was from the NSPCC', 'supported'],
  ])('%j → %s', (text, expected) => {
    expect(verdictsOf(text).map(([, v]) => v)).toEqual([expected]);
  });
  it('splits a numbered list inside one line, and a sentence ending in a month abbreviation', () => {
    expect(
      verdictsOf(
        'Action items: (1) use NSPCC stat - FB/WhatsApp/Insta in 51% of grooming cases Apr-Jun (2) 12,925 offences = E&W, 2019/20 financial year (3) AOB',
      ).map(([, v]) => v),
    ).toEqual(['supported', 'different_scope']);
    expect(verdictsOf('Minutes: 1,220 cases Apr–Jun. Avg offender age 31 per police data.')).toEqual([
      ['1,220 cases Apr–Jun', 'supported'],
      ['Avg offender age 31 per police data', 'not_in_source'],
    ]);
  });
});

describe('fragments and contrasts a review found', () => {
  it('reads two words with no figure as no claim ("comms plan", "Encryption.")', () => {
    expect(checkClaims('Agenda: 1) budget 2) comms plan 3) AOB. Room 4B, 2pm.', index)).toEqual([]);
    expect(checkClaims('Encryption.', index)).toEqual([]);
  });
  it('sets aside a closing contrast naming another name', () => {
    expect(
      checkClaims('Instagram was used in over a third of the cases, not TikTok', index).map((c) => c.verdict),
    ).toEqual(['supported']);
  });
  it('reads "charge" as a measure the source has no figure for', () => {
    expect(checkClaims('only 5% of grooming cases lead to a charge', index).map((c) => c.verdict)).toEqual([
      'not_in_source',
    ]);
  });
});

describe('a second look at meeting notes, references and periods', () => {
  it.each([
    [
      'The firm said over 97% of child exploitation content it removes is found before it is reported',
      'supported',
    ],
    ['police recorded 12,925 grooming offences in the 3 years before March 2020', 'supported'],
    ['Team agreed to lead with Snapchat at 40%', 'contradicted'],
    ['Action: team to lead with Snapchat at 20% of cases with data', 'supported'],
  ])('%j → %s', (text, expected) => {
    expect(checkClaims(text, index).map((c) => c.verdict)).toEqual([expected]);
  });
});

describe('what a second review of the contrasts, lists and short claims found', () => {
  it.each([
    // A contrast that excludes part of what the figure counts is kept (it was supported).
    ['Over half of online grooming crimes involved Facebook-owned apps, not WhatsApp', 'contradicted'],
    ["The ten percent rise was found by the National Police Chiefs' Council, not the NSPCC", 'contradicted'],
    // A bracketed figure is no list marker.
    ['Instagram was used in (around 20) percent of cases', 'contradicted'],
    // A short claim of a movement or a deed is still a claim.
    ['Grooming fell.', 'contradicted'],
    ['Zuckerberg resigned.', 'not_in_source'],
    // Others ruled out after one singled out.
    ['51% of grooming cases wer on facebok itself, not whatsap or insta', 'different_scope'],
  ])('%j → %s', (text, expected) => {
    expect(checkClaims(text, index).map((c) => c.verdict)).toEqual([expected]);
  });
});

describe('a share of what the claim before it counted', () => {
  it('moves the base when the share is of another count ("12,925 offences … 51% of these")', () => {
    expect(
      checkClaims(
        'Police in England and Wales recorded 12,925 online grooming offences from April 2017 to March 2020. Facebook-owned apps were involved in 51% of these.',
        index,
      ).map((c) => c.verdict),
    ).toEqual(['supported', 'different_scope']);
  });
  it('keeps it when the share is of that count ("1,220 cases … 51% of them")', () => {
    expect(
      checkClaims(
        '1,220 cases were recorded between April and June, and Facebook-owned apps were used in 51% of them.',
        index,
      ).map((c) => c.verdict),
    ).toEqual(['supported', 'supported']);
  });
});

describe('the claims of a message read together (fresh claims set 24, read)', () => {
  const claimsOf = (text: string) => checkClaims(text, index).map((c) => [c.claim, c.verdict]);

  it('reads "to cite" as no span of years, and "the same month" as the date the message gave before', () => {
    expect(claimsOf('Stat to cite: 12,925 offences in 2020.')).toEqual([
      ['Stat to cite: 12,925 offences in 2020', 'different_scope'],
    ]);
    expect(claimsOf('12,925 offences from April 2017 to March 2020')[0]?.[1]).toBe('supported');
    const sameMonth =
      'Zuckerberg announced the plan to encrypt messenger back in March 2019, the same month police recorded 12,925 grooming offences.';
    expect(checkClaims(sameMonth, index).map((c) => [c.claim, c.verdict, c.dimension ?? null])).toEqual([
      ['Zuckerberg announced the plan to encrypt messenger back in March 2019', 'supported', null],
      ['the same month police recorded 12,925 grooming offences', 'different_scope', 'period'],
    ]);
    // With no date before it, "the same year" moves nothing.
    expect(claimsOf('the same year police recorded 12,925 grooming offences')[0]?.[1]).toBe('supported');
  });

  it('reads "during this period" as the span the message named before (fresh claims set 28, read)', () => {
    const threeYears =
      'Between April 2017 and March 2020, police in England and Wales recorded 12,925 online grooming offences. During this period, Facebook-owned platforms were involved in 51 per cent of cases.';
    expect(checkClaims(threeYears, index).map((c) => [c.verdict, c.dimension ?? null])).toEqual([
      ['supported', null],
      ['different_scope', 'period'],
    ]);
    const lockdown =
      'Between April and June 1,220 cases were recorded. During this period, Facebook-owned platforms were involved in 51 per cent of cases.';
    expect(checkClaims(lockdown, index).map((c) => c.verdict)).toEqual(['supported', 'supported']);
    // One month named before is no span: "The lockdown began in March 2020. During this period…" is the lockdown.
    expect(
      claimsOf('The lockdown began in March 2020. During this period grooming rose 10%').at(-1)?.[1],
    ).toBe('supported');
    // With no span before it, "this period" moves nothing.
    expect(
      claimsOf('During this period, Facebook-owned platforms were involved in 51 per cent of cases.')[0]?.[1],
    ).toBe('supported');
  });

  it('reads emphasis word by word as one phrase of the sentence before it', () => {
    expect(claimsOf('12,925 online grooming offences. Every. Single. Year. In England and Wales.')).toEqual([
      ['12,925 online grooming offences. Every. Single. Year', 'different_scope'],
    ]);
    // A one-word exclamation alone is its own sentence.
    expect(claimsOf('Wow. 1,220 cases.')).toEqual([['1,220 cases', 'supported']]);
  });

  it('gives a short side the scope the side before it widened or placed, never making it supported', () => {
    expect(
      claimsOf(
        'Facebook apps were involved in over half of all child abuse cases in the UK, and Snapchat in a fifth.',
      )[1],
    ).toEqual(['Snapchat in a fifth', 'different_scope']);
    // "…of the cases" only says what the source's own sentence says.
    expect(claimsOf('Instagram was used in over a third of the cases and Snapchat in 20 percent')[1]).toEqual(
      ['Snapchat in 20 percent', 'supported'],
    );
  });

  it('reads hashtags closing a post as tags, and a word to someone as no claim', () => {
    expect(claimsOf('fb, whatsapp & ig = 51% of grooming cases Apr-Jun 🤯 #DeleteFacebook')).toEqual([
      ['fb, whatsapp & ig = 51% of grooming cases Apr-Jun', 'supported'],
    ]);
    // A hashtag inside the claim is still read.
    expect(claimsOf('#NSPCC says 51% of cases involved Facebook apps')[0]?.[1]).toBe('supported');
    expect(
      claimsOf(
        'Over half of online grooming crimes now involve Facebook-owned apps. Zuck, this is on you. #OnlineSafety',
      ),
    ).toEqual([['Over half of online grooming crimes now involve Facebook-owned apps', 'supported']]);
    expect(claimsOf('Facebook, do better')).toEqual([]);
    // A closing tag that names a place, a year, a platform or a counted group is part of the claim.
    expect(claimsOf('51% of grooming cases involved Facebook apps #Scotland')[0]?.[1]).toBe(
      'different_scope',
    );
    expect(claimsOf('51% of cases involved #Snapchat')[0]?.[1]).not.toBe('supported');
    expect(claimsOf('1,220 cases Apr-Jun #2021')[0]?.[1]).toBe('different_scope');
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(checkClaims('19 people were killed on Eastmoor roads #2022', roads)[0]?.verdict).toBe(
      'different_scope',
    );
    // Words to someone that state something are still checked.
    expect(claimsOf('Zuck, you announced encryption in 2015')[0]?.[1]).toBe('contradicted');
    expect(claimsOf('NSPCC, you said offences fell before lockdown')[0]?.[1]).toBe('contradicted');
  });

  it('keeps what a review of these changes found right', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    const roadClaims = (text: string) => checkClaims(text, roads).map((c) => [c.claim, c.verdict]);
    // A span ending on a day or "end-" of the month.
    expect(claimsOf('Is it true 12,925 offences were recorded to 31 March 2020?')[0]?.[1]).toBe('supported');
    expect(claimsOf('12,925 offences in the period to end-March 2020')[0]?.[1]).toBe('supported');
    // "The same year" refers back to a date, not to a count that looks like a year.
    expect(
      roadClaims('In 2023 the council spent 2000 pounds on signs. That same year 19 people were killed.'),
    ).toContainEqual(['That same year 19 people were killed', 'supported']);
    // Only a period said word by word joins the sentence before it.
    expect(claimsOf('Facebook apps were used in over half of cases. Period. Full. Stop.')).toEqual([
      ['Facebook apps were used in over half of cases', 'supported'],
    ]);
    expect(roadClaims('238 people were seriously injured in 2023. Fact. Check. 19 people died.')).toEqual([
      ['238 people were seriously injured in 2023', 'supported'],
      ['19 people died', 'supported'],
    ]);
    expect(claimsOf('Grooming offences increased. Every. Single. Year.')[0]?.[1]).toBe('supported');
    expect(claimsOf('Every. Single. Year.').map((c) => c[1])).not.toContain('contradicted');
    // The short side takes only the scope words, not the verb and subject after them.
    expect(
      checkClaims(
        'Over half of all cases in the UK involved Facebook apps, while Snapchat in a fifth.',
        index,
      )[1]?.explanation,
    ).not.toMatch(/subject/u);
  });

  it('calls a figure credited to the wrong organisation contradicted (fresh claims set 25: its one false supported)', () => {
    expect(
      claimsOf("The open letter signed by 100+ orgs was led by the National Police Chiefs' Council")[0]?.[1],
    ).toBe('contradicted');
    expect(claimsOf('The open letter signed by 100+ orgs was led by the NSPCC')[0]?.[1]).toBe('supported');
  });

  it('reads every name a denial lists, as whole words', () => {
    expect(
      claimsOf(
        'Zuckerberg wrote that people expect governments to be able to read their private messages',
      )[0]?.[1],
    ).toBe('contradicted');
    // "Governors" is no "governments".
    expect(
      claimsOf(
        "Governors noted Mark Zuckerberg had written that people expect private communications to be seen only by the people they've sent them to.",
      )[0]?.[1],
    ).toBe('supported');
  });
});

describe('two things reported in one breath (fresh claims set 25, read)', () => {
  const claimsOf = (text: string) => checkClaims(text, index).map((c) => [c.claim, c.verdict]);

  it('reads "says X, and that Y" as two claims, each checked on its own', () => {
    expect(
      claimsOf(
        'someone at work said zuckerberg announced the encryption stuff back in 2017, and that the 51% facebook figure covers the whole three years before lockdown',
      ),
    ).toEqual([
      // (Who said it, someone unnamed at work, is the frame, not the claim.)
      ['zuckerberg announced the encryption stuff back in 2017', 'contradicted'],
      ['the 51% facebook figure covers the whole three years before lockdown', 'different_scope'],
    ]);
    // "and that" naming nothing more is no second claim, and "that" as a pronoun qualifies the first: a review found
    // "…, and that was in Scotland alone" dropped and the figure called supported.
    expect(claimsOf('1,220 cases were recorded, and that is shocking')).toHaveLength(1);
    expect(claimsOf('Police recorded 12,925 offences, and that was in Scotland alone.')).toEqual([
      ['Police recorded 12,925 offences, and that was in Scotland alone', 'different_scope'],
    ]);
    expect(claimsOf('The NSPCC found a 10 percent rise, and that it was in 2022.')[0]?.[1]).toBe(
      'different_scope',
    );
    // A qualifier the source never gives its figure is not supported with it (a second review found it was).
    expect(
      claimsOf('The article says 1,220 cases were recorded, and that it was the highest ever.')[0]?.[1],
    ).toBe('not_in_source');
    expect(claimsOf('Police recorded 12,925 offences, and that these were from 2017 to 2020.')[0]?.[1]).toBe(
      'supported',
    );
    // Only a record, an extreme or a trend the quote does not state: a neutral qualifier stays with its figure.
    expect(claimsOf('1,220 crimes were recorded in april to june, and that this was a record')[0]?.[1]).toBe(
      'not_in_source',
    );
  });
});

describe('claims split by an emoji or "so" (thirteenth session)', () => {
  const claimsOf = (text: string) => checkClaims(text, index).map((c) => [c.claim, c.verdict]);

  it('reads an emoji between two claims as the end of the first', () => {
    expect(
      claimsOf('Grooming up 25% in lockdown says @NSPCC 😢 Childline counselling sessions up 40% too.'),
    ).toEqual([
      ['Grooming up 25% in lockdown says @NSPCC', 'contradicted'],
      ['Childline counselling sessions up 40% too', 'not_in_source'],
    ]);
  });
  it('keeps "according to" after an emoji with the claim it credits', () => {
    expect(
      claimsOf(
        'omg just read that facebook-owned apps are behind over half of online grooming crimes 😳 according to the NSPCC',
      ),
    ).toHaveLength(1);
  });
  it('reads "so no wonder" between two figures as two claims', () => {
    expect(
      claimsOf(
        'kids are spending like 40% more time online since lockdown so no wonder there were 12,200 cases between april and june',
      ).at(-1),
    ).toEqual(['there were 12,200 cases between april and june', 'contradicted']);
  });
});

describe('movement said with "going" and dates of a post (thirteenth session)', () => {
  const claimsOf = (text: string) => checkClaims(text, index).map((c) => [c.claim, c.verdict]);

  it('reads "was going down" as a fall, whatever the fact calls it', () => {
    expect(claimsOf('grooming was going DOWN every yr b4 lockdown')).toEqual([
      ['grooming was going DOWN every yr b4 lockdown', 'contradicted'],
    ]);
    expect(claimsOf('grooming offences were going up every year before lockdown')[0]?.[1]).toBe('supported');
  });
  it('contradicts a post dated in a year or month its fact does not give, and does not support it by date alone', () => {
    expect(claimsOf('The IANSLIFE post about the open letter was dated 6 February 2019.')).toEqual([
      ['The IANSLIFE post about the open letter was dated 6 February 2019', 'contradicted'],
    ]);
    expect(claimsOf('IANSLIFE tweet on the open letter dated March 2020')[0]?.[1]).toBe('contradicted');
    expect(claimsOf('IANSLIFE tweet re NSPCC open letter to Facebook dated 6 Feb 2020')[0]?.[1]).not.toBe(
      'contradicted',
    );
  });
});

describe('what a figure counts is in its own clause (thirteenth session)', () => {
  const claimsOf = (text: string) => checkClaims(text, index).map((c) => [c.claim, c.verdict]);

  it('reads past a comma to no counted noun, and a season as when', () => {
    expect(
      claimsOf('Online grooming rose 20 per cent in lockdown, warns NSPCC boss Peter Wanless')[0]?.[1],
    ).toBe('contradicted');
    expect(claimsOf('Grooming crimes hit 12,200 in lockdown spring')[0]?.[1]).toBe('contradicted');
    expect(claimsOf('Snapchat in 40%, police data shows')[0]?.[1]).toBe('contradicted');
  });
  it("still reads a noun the fact never counts, in the figure's own clause, as another subject", () => {
    expect(claimsOf('1,220 teachers were recorded between april and june')[0]?.[1]).toBe('different_scope');
    expect(claimsOf('1,220 teachers, the NSPCC says, were recorded between april and june')[0]?.[1]).not.toBe(
      'supported',
    );
  });
});

describe('an emoji inside a claim (a review of the thirteenth session)', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  const verdictsOf = (text: string, within = index) => checkClaims(text, within).map((c) => c.verdict);
  it.each([
    ['my mate says snapchat 👻 was used in 51% of cases', 'contradicted'],
    ['12,925 offences 2017-2020 🚨 in Scotland', 'different_scope'],
    ['someone posted that 1,220 grooming cases 😡 happened in Scotland', 'different_scope'],
  ])('keeps the subject, place or year on the far side of the emoji: %j', (text, verdict) => {
    expect(verdictsOf(text)).toEqual([verdict]);
  });
  it('keeps a year after an emoji with its figure (roads)', () => {
    expect(verdictsOf('my neighbour says 1,214 casualties 🚑 happened in 2022', roads)).not.toContain(
      'supported',
    );
  });
  it('reads "so" between two figures as one claim, unless it is "so no wonder"', () => {
    expect(verdictsOf('I read grooming went up 10% so 2,000 cases were logged')).not.toEqual(['supported']);
  });
});

describe('figures of things the source never counts, beside claims it does (fresh claims set 28, read)', () => {
  const claimsOf = (text: string) => checkClaims(text, index).map((c) => [c.claim, c.verdict]);

  it('checks a figure of something uncounted, in a message already making claims, as not in the source', () => {
    expect(
      claimsOf(
        "lol facebook's spokesman said over 97% of exploitation content they remove gets caught before anyone reports it. also apparently they have 35k moderators",
      ),
    ).toEqual([
      [
        "lol facebook's spokesman said over 97% of exploitation content they remove gets caught before anyone reports it",
        'supported',
      ],
      ['also apparently they have 35k moderators', 'not_in_source'],
    ]);
    // Alone, or about the writer, it is no claim on the source.
    expect(claimsOf('they have 35k moderators')).toEqual([]);
    expect(claimsOf('1,220 cases in lockdown. i have 2 kids myself')).toEqual([
      ['1,220 cases in lockdown', 'supported'],
    ]);
  });

  it('reads "N of them" as a part of the group before it, which the source never breaks down', () => {
    expect(
      claimsOf(
        'I read that over 100 organisations put their names to an open letter pushing Facebook on child safety, and that only 12 of them were tech companies',
      ),
    ).toEqual([
      [
        'over 100 organisations put their names to an open letter pushing Facebook on child safety',
        'supported',
      ],
      ['only 12 of them were tech companies', 'not_in_source'],
    ]);
    // Not a count that happens to sit near another fact's figure (40 is no claim about 12,925 police records).
    expect(
      claimsOf(
        'my friend says the letter to facebook had over 100 signatories and 40 of them were police forces',
      ),
    ).toEqual([
      ['the letter to facebook had over 100 signatories', 'supported'],
      ['40 of them were police forces', 'not_in_source'],
    ]);
    // A part the source does give is checked against it (a review's "19 killed, 10 of them car occupants": 8).
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(
      checkClaims('19 people were killed in 2023, 10 of them car occupants.', roads).map((c) => c.verdict),
    ).toEqual(['supported', 'contradicted']);
    expect(
      checkClaims('19 people were killed in 2023, 8 of them car occupants.', roads).map((c) => c.verdict),
    ).toEqual(['supported', 'supported']);
    // A ticket number is no figure.
    expect(claimsOf('Ticket #4521 closed. 1,220 cases in lockdown. Ticket #4522 closed.')).toEqual([
      ['1,220 cases in lockdown', 'supported'],
    ]);
    // A share of a group stays a share ("Instagram >1/3 of those cases").
    expect(claimsOf('Instagram was used in over a third of them')[0]?.[1]).not.toBe('not_in_source');
  });
});

describe('a statement restated in other plain words (fresh claims set 28, read)', () => {
  const verdictOf = (text: string) => checkClaims(text, index)[0]?.verdict;

  it.each([
    'Zuckerberg Unveiled Messenger Encryption Plans in March 2019',
    "Facebook Encryption Plans Would Hand Abusers 'Place to Hide,' NSPCC Warned",
    "The NSPCC has called for a world-leading Online Harms Bill, citing the pandemic's intensification of online threats to children.",
  ])('is supported: %j', (text) => {
    expect(verdictOf(text)).toBe('supported');
  });
  it('reads "unveiled" as announced only of plans or measures', () => {
    expect(verdictOf('The NSPCC unveiled a new helpline in 2020')).toBe('not_in_source');
  });
  it.each([
    // A word swapped in still changes the statement: the source never says parents, nor a year's delay.
    'The NSPCC called for an Online Harms Bill holding parents criminally responsible',
    'Zuckerberg Unveiled Messenger Encryption Plans in March 2017',
  ])('is still not supported when a word or date is changed: %j', (text) => {
    expect(verdictOf(text)).not.toBe('supported');
  });
});

describe('"N% more" is a change, and who did it is not what is counted (read claims sets)', () => {
  const claimsOf = (text: string) => checkClaims(text, index).map((c) => [c.claim, c.verdict]);
  it.each([
    ['10 percent more kids got targeted during lockdown', 'supported'],
    ['a tenth more kids were targeted by paedos online during lockdown', 'supported'],
    ['10% fewer kids targeted in lockdown', 'contradicted'],
    ['20 per cent more youngsters were targeted', 'contradicted'],
    ['10% more suspected paedophiles active online', 'different_scope'],
  ])('%j → %s', (text, verdict) => {
    expect(checkClaims(text, index).map((c) => c.verdict)).toEqual([verdict]);
  });
  it('sets aside a group chat someone unnamed said it in, unless the claim points back to it', () => {
    expect(
      claimsOf(
        'Someone on the school WhatsApp group said the NSPCC found 10% more kids were being targeted online in lockdown',
      ),
    ).toEqual([['the NSPCC found 10% more kids were being targeted online in lockdown', 'supported']]);
    expect(
      claimsOf('someone on tiktok says grooming on the app rose ten percent during lockdown')[0]?.[1],
    ).toBe('different_scope');
  });
});

describe('cases of what the fact is about are that thing (read claims sets)', () => {
  it.each([
    ['Grooming crimes up 10% in lockdown', 'supported'],
    ['grooming cases were up 10% in lockdown', 'supported'],
    ['sexting cases rose 10% in lockdown', 'different_scope'],
    ['a 10% rise in ALL online crime during lockdown', 'different_scope'],
  ])('%j → %s', (text, verdict) => {
    expect(checkClaims(text, index).map((c) => c.verdict)).toEqual([verdict]);
  });
});

describe('a change set against its baseline (a review of "N% more/fewer")', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it.each([
    // The fall the figure agreed with is the one checked, not the fact's rise from 2022.
    ['18% more casualties than the 2015-2019 average', 'contradicted'],
    ['casualties fell 6% on 2022', 'contradicted'],
    // A baseline the release gives no figure for is another period.
    ['casualties rose 6% from 2021', 'different_scope'],
    // A baseline the figure's own label gives ("from 2022 to 2023") is the change's other end, not the claim's
    // period (review 26b); another figure's baseline is still another period.
    ['6% more casualties than in 2022', 'supported'],
    ['casualties were 6% higher than the 2015-2019 average', 'different_scope'],
  ])('%j → %s', (text, verdict) => {
    expect(checkClaims(text, roads).map((c) => c.verdict)).toEqual([verdict]);
  });
});

describe('a second clause after ", and", a comment after the claim, a denial without an apostrophe (claims set 31)', () => {
  const claimsOf = (text: string) => checkClaims(text, index).map((c) => [c.claim, c.verdict]);
  it('checks each clause that has a subject and verb of its own', () => {
    expect(
      claimsOf("an estimated 1,220 cases, and the call was backed by the national police chiefs' council"),
    ).toEqual([
      ['an estimated 1,220 cases', 'supported'],
      ["the call was backed by the national police chiefs' council", 'supported'],
    ]);
    expect(claimsOf('instagram came up in more cases than snapchat did, and twitter was in 3%')).toEqual([
      ['instagram came up in more cases than snapchat did', 'supported'],
      ['twitter was in 3%', 'not_in_source'],
    ]);
    // (A clause pointing back qualifies the claim before it.)
    expect(
      claimsOf(
        'fb says 97% of ALL abuse content is removed before reports, and zuckerberg said it in march 2019',
      ),
    ).toHaveLength(1);
  });
  it('drops a comment that states nothing to check', () => {
    expect(
      claimsOf(
        'grooming offences went up every year for the 3 yrs before lockdown, its not just a covid thing',
      ),
    ).toEqual([['grooming offences went up every year for the 3 yrs before lockdown', 'supported']]);
  });
  it('reads "wont get identified" as the quote\'s "unidentified"', () => {
    expect(
      claimsOf(
        'nspcc warned encrypting dms without safeguards means abuse wont get identified or reported to police',
      )[0]?.[1],
    ).toBe('supported');
    expect(claimsOf('the nspcc said abuse would be identified and reported')[0]?.[1]).toBe('contradicted');
  });
});

describe('a baseline of another kind, a clause with nothing to check, a long comment, "per cent" (second review)', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it.each([
    // The 18% fall is against the 2015-2019 average, the 6% rise against 2022.
    ['casualties were 18% lower than last year', 'different_scope'],
    ['casualties were 6% higher than the pre-covid average', 'different_scope'],
    ['road deaths were 28 per cent below average', 'supported'],
  ])('%j → %s', (text, verdict) => {
    expect(checkClaims(text, roads).map((c) => c.verdict)).toEqual([verdict]);
  });
  it('keeps a clause with nothing of its own to check with the claim before it', () => {
    expect(checkClaims('there were 1,220 cases, and most were on facebook apps', index)).toHaveLength(1);
  });
  it('drops only a short comment: a longer one may claim something', () => {
    expect(
      checkClaims("12,925 offences were recorded, it's not just england its the whole uk", index)[0]?.verdict,
    ).not.toBe('supported');
  });
  it('reads "according to police" after "10 per cent" as who said it', () => {
    expect(
      checkClaims('online grooming cases rose 10 per cent, according to police', index)[0]?.verdict,
    ).toBe('contradicted');
  });
});

describe('a change of another measure, offline grooming, a comment that claims (final review)', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it.each([
    ['11% more cyclists were killed', 'different_scope'],
    ['there were 6% more deaths in 2023', 'different_scope'],
    ['cyclist casualties rose 11%', 'supported'],
  ])('%j → %s', (text, verdict) => {
    expect(checkClaims(text, roads).map((c) => c.verdict)).toEqual([verdict]);
  });
  it('does not read "offline grooming cases" as the online rise', () => {
    expect(checkClaims('offline grooming cases rose 10% in lockdown', index)[0]?.verdict).not.toBe(
      'supported',
    );
  });
  it('keeps a comment that says something of the figures', () => {
    expect(checkClaims('deaths fell to 19, so sad they were all pedestrians', roads)[0]?.verdict).not.toBe(
      'supported',
    );
  });
});

describe('this session: words made by someone, what a rise counts, a figure asked then named, backing denied', () => {
  it.each([
    [
      "the remark that the Prime Minister 'has the chance to turn the tide' was made by Boris Johnson himself",
      'contradicted',
      null,
      'wanless-turn-the-tide',
    ],
    [
      "the remark that the Prime Minister 'has the chance to turn the tide' was made by Peter Wanless",
      'supported',
      null,
      'wanless-turn-the-tide',
    ],
    [
      'The ten per cent increase refers to the number of suspected paedophiles active online during lockdown',
      'different_scope',
      'subject',
      'lockdown-rise-ten-percent',
    ],
    [
      "The 12,925 figure? That's grooming offences on Facebook-owned apps alone between 2017 and 2020.",
      'different_scope',
      'subject',
      'offences-2017-2020',
    ],
    [
      'Police Chiefs Reject NSPCC Call for Tech Liability Laws',
      'contradicted',
      null,
      'police-chiefs-backing',
    ],
    [
      "the National Police Chiefs' Council actually came out against Wanless's call",
      'contradicted',
      null,
      'police-chiefs-backing',
    ],
  ])('%j is %s', (text, verdict, dimension, factId) => {
    expect(verdicts(text)).toEqual([[verdict, dimension, factId]]);
  });
  it('keeps the span of a figure asked then named verbatim', () => {
    const [check] = checkClaims("The 1,220 figure? That's cases in July to September.", index);
    expect(check?.claim).toBe("The 1,220 figure? That's cases in July to September");
    expect(check?.verdict).toBe('different_scope');
  });
});

describe('a figure asked, then only judged', () => {
  it("reads 'The 12,925 figure? That's huge.' as the figure alone", () => {
    const checks = checkClaims("The 12,925 figure? That's huge.", index);
    expect(checks.every((c) => c.verdict !== 'different_scope')).toBe(true);
  });
});

describe('words credited after review', () => {
  it.each([
    ['In other words, 51 percent of cases were from Facebook, WhatsApp and Instagram.', 'supported'],
    ['The "turn the tide" remark was made in the Telegraph by Boris Johnson.', 'contradicted'],
    ['The encryption announcement was made by Peter Wanless in March 2019.', 'contradicted'],
    ['The encryption announcement was made by Mark Zuckerberg in March 2019.', 'supported'],
  ])('%j is %s', (text, verdict) => {
    expect(checkClaims(text, index).map((c) => c.verdict)).toEqual([verdict]);
  });
});

describe('people a change is said of, and a share of them (claims set fresh-33, read)', () => {
  it.each([
    [
      'A police officer told me the number of online offenders went up 10% during lockdown',
      'different_scope',
    ],
    ['offenders rose 10% in lockdown', 'different_scope'],
    ['children targeted online rose 10% in lockdown', 'supported'],
  ])('%j is %s', (text, verdict) => {
    expect(checkClaims(text, index).map((c) => c.verdict)).toEqual([verdict]);
  });
  it('reads a share "of them" as a share of the people the clause before counts', () => {
    expect(
      checkClaims(
        'Between April and June, an estimated 1,220 children were groomed online, more than a third of them via Instagram.',
        index,
      ).map((c) => c.verdict),
    ).toEqual(['different_scope', 'different_scope']);
    expect(
      checkClaims(
        'There were 1,220 cases between April and June, more than a third of them via Instagram.',
        index,
      ).map((c) => c.verdict),
    ).toEqual(['supported', 'supported']);
  });
});

describe("'back down' is no backing denied", () => {
  it('reads "won\'t back down" as no claim about the police chiefs\' backing', () => {
    expect(checkClaims("Facebook won't back down on encryption", index).map((c) => c.factId)).not.toContain(
      'police-chiefs-backing',
    );
  });
});

describe('a change of something no pack speaks of', () => {
  it.each([
    "contacts to the charity's helpline rose by 40 per cent during the pandemic",
    'kids screen time up 50%',
  ])('is not in the source: %j', (text) => {
    expect(checkClaims(text, index).map((c) => c.verdict)).toEqual(['not_in_source']);
  });
  it('still checks a change of what the source counts', () => {
    expect(checkClaims('online grooming crimes up 10% during lockdown', index).map((c) => c.verdict)).toEqual(
      ['supported'],
    );
  });
});

describe("a comparative of the fact's own adjective (read claims sets; a review's probes)", () => {
  const verdictsOf = (text: string) => checkClaims(text, index).map((c) => c.verdict);
  it('reads "tougher laws" as laws "tough on online crimes"', () => {
    expect(verdictsOf('NSPCC wants tougher laws on online crimes against children')).toEqual(['supported']);
  });
  it.each([
    'NSPCC wants weaker laws on online crimes against children',
    'the NSPCC says tech companies are tougher to regulate than it thought',
    'the NSPCC wants laws that are tougher on children',
  ])('supports no comparison the fact never makes: %j', (text) => {
    expect(verdictsOf(text)).not.toContain('supported');
  });
  it('leaves a headline about a backed call unsupported rather than checking the call as loose words', () => {
    expect(verdictsOf('Police chiefs back NSPCC call to hold children criminally responsible')).not.toContain(
      'supported',
    );
  });
});

describe('the three false "supported" of claims set fresh-32, once read', () => {
  const claimsOf = (text: string) => checkClaims(text, index).map((c) => [c.verdict, c.dimension ?? null]);
  it.each([
    "Barnardo's boss Peter Wanless says tech firms must be held criminally responsible",
    "Barnardo's Boss Peter Wanless Says Tech Firms Must Be Held Criminally Responsible",
    'Oxfam chief Peter Wanless says tech firms must be held criminally responsible',
  ])('contradicts a body the source never makes the person head of: %j', (text) => {
    expect(claimsOf(text)).toEqual([['contradicted', null]]);
  });
  it('keeps the body the source gives, and a headline verb after the role', () => {
    expect(claimsOf('NSPCC boss Peter Wanless says tech firms must be held criminally responsible')).toEqual([
      ['supported', null],
    ]);
    expect(claimsOf('NSPCC Chief Urges PM to Hold Tech Firms Criminally Liable')).toEqual([
      ['supported', null],
    ]);
  });
  it.each([
    ['fb/whatsapp/insta were in 51% of cases across the whole pandemic'],
    ['only 1,220 grooming offences over three whole years'],
    ['1,220 cases over the whole lockdown'],
  ])('moves a figure for April to June to a longer period: %j', (text) => {
    expect(claimsOf(text)).toEqual([['different_scope', 'period']]);
  });
  it('still supports the figure said of lockdown itself', () => {
    expect(claimsOf('1,220 cases during lockdown')).toEqual([['supported', null]]);
  });
});

describe('a second deed of the same subject, credited to someone (read claims sets)', () => {
  const claimsOf = (text: string) => checkClaims(text, index).map((c) => [c.claim, c.verdict]);
  it('checks "…and was led by Barnardo\'s" as a claim of its own', () => {
    expect(
      claimsOf(
        'The open letter to Facebook was signed by more than 100 organisations and was led by Barnardo’s.',
      ),
    ).toEqual([
      ['The open letter to Facebook was signed by more than 100 organisations', 'supported'],
      ['was led by Barnardo’s', 'contradicted'],
    ]);
    expect(
      claimsOf('The open letter was signed by more than 100 organisations and was led by the NSPCC'),
    ).toEqual([
      ['The open letter was signed by more than 100 organisations', 'supported'],
      ['was led by the NSPCC', 'supported'],
    ]);
  });
  it('still plunges and plummets: a fall the source contradicts', () => {
    expect(claimsOf('Online grooming plunges during lockdown').map((c) => c[1])).toEqual(['contradicted']);
  });
});

describe('minutes that note a claim (read claims sets)', () => {
  const claimsOf = (text: string) => checkClaims(text, index).map((c) => [c.claim, c.verdict]);
  it.each([
    ['Also noted NPCC backed the call.', 'NPCC backed the call'],
    [
      "AP noted the police chiefs' council supported the Wanless call",
      "the police chiefs' council supported the Wanless call",
    ],
  ])('reads %j without its "noted" frame', (text, claim) => {
    expect(claimsOf(text)).toEqual([[claim, 'supported']]);
  });
  it('keeps a named speaker who noted something', () => {
    expect(claimsOf('Zuckerberg noted that the pandemic created a perfect storm').map((c) => c[1])).toEqual([
      'contradicted',
    ]);
  });
});

describe('a second deed and a "noted" frame never hide what the source does not say (review probes)', () => {
  const verdicts = (text: string) => checkClaims(text, index).map((c) => c.verdict);
  it.each([
    'The open letter was signed by more than 100 organisations and was sent to Boris Johnson',
    'The open letter was signed by more than 100 organisations and was sent to Mark Zuckerberg',
    'The encryption plan was announced by Zuckerberg in March 2019 and was led by the NSPCC',
    'The study found a 10% rise in grooming during lockdown and was commissioned by the Home Office',
    'The open letter was signed by over 100 groups and was led by the NSPCC and was sent to Boris Johnson',
    'PM noted that the Prime Minister has the chance to turn the tide',
    'FB noted that the health crisis had created a perfect storm for online offenders',
    'BBC noted that 1,220 grooming cases were recorded between April and June',
  ])('%j is not all supported', (text) => {
    const found = verdicts(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((v) => v === 'supported')).toBe(false);
  });
  it('still reads a true second deed and minutes initials', () => {
    expect(
      verdicts(
        "Wanless urged Boris Johnson to push forward legislation and was backed by the National Police Chiefs' Council",
      ),
    ).toEqual(['supported', 'supported']);
    expect(verdicts('AP noted the NPCC backed the call')).toEqual(['supported']);
  });
});

describe('two statements in one sentence, with no figure on either side (read claims sets)', () => {
  const claimsOf = (text: string) => checkClaims(text, index).map((c) => [c.claim, c.verdict]);
  it.each([
    [
      'fb said encryption is vital for privacy and security, nspcc said abuse could go unreported to police',
      [
        'fb said encryption is vital for privacy and security',
        'nspcc said abuse could go unreported to police',
      ],
    ],
    [
      'Facebook says encryption is vital to protect privacy and security, but the NSPCC warns abuse could go unreported to police',
      [
        'Facebook says encryption is vital to protect privacy and security',
        'the NSPCC warns abuse could go unreported to police',
      ],
    ],
    [
      'the NSPCC accused Facebook of giving offenders a place to hide and Facebook says it stamps out grooming',
      [
        'the NSPCC accused Facebook of giving offenders a place to hide',
        'Facebook says it stamps out grooming',
      ],
    ],
    [
      "the NSPCC boss says the pandemic is a 'perfect storm' for offenders and fears ongoing restrictions will feed the surge",
      [
        "the NSPCC boss says the pandemic is a 'perfect storm' for offenders",
        'fears ongoing restrictions will feed the surge',
      ],
    ],
  ])('checks each side of %j', (text, sides) => {
    expect(claimsOf(text)).toEqual(sides.map((side) => [side, 'supported']));
  });
  it('keeps a list of names, a lead with no verb and a closing credit with their claim', () => {
    expect(
      claimsOf('the NSPCC found that Facebook, WhatsApp and Instagram were used in 51 percent of cases')
        .length,
    ).toBe(1);
    expect(
      claimsOf(
        'Between April 2017 and March 2020, Instagram was used in over a third of recorded grooming offences',
      ),
    ).toHaveLength(1);
    expect(claimsOf('Online grooming rose 10% during lockdown, the NSPCC said.')).toHaveLength(1);
  });
  it('never passes a second statement the source does not make', () => {
    const second = (text: string) => checkClaims(text, index)[1]?.verdict;
    expect(
      second('Facebook says it stamps out grooming, Zuckerberg said the company would drop encryption'),
    ).not.toBe('supported');
    expect(second('Zuckerberg announced encryption in March 2019, nspcc said it welcomed the plan')).toBe(
      'contradicted',
    );
    expect(second('Wanless urged the PM to act and fears the bill will be dropped next year')).not.toBe(
      'supported',
    );
  });
});

describe("a pack's word for what the source names otherwise is no stranger's name (read claims sets)", () => {
  it.each([
    'Wanless warned that ongoing Covid restrictions would feed the surge in online abuse',
    'Facebook maintains that it stamps out grooming on its platforms',
    'Facebook contends it stamps out grooming',
    'Facebook asserts it stamps out grooming',
    // ("already" restates when, as "still" and "then" do.)
    'grooming offences were already rising every year before lockdown',
  ])('supports %j', (text) => {
    expect(checkClaims(text, index).map((c) => c.verdict)).toEqual(['supported']);
  });
  it('still names a stranger', () => {
    expect(
      checkClaims('Wanless warned that Sunak restrictions would feed the surge in online abuse', index)[0]
        ?.verdict,
    ).not.toBe('supported');
  });
});

describe('what a review of the nineteenth session found', () => {
  const claimsOf = (text: string, within = index) =>
    checkClaims(text, within).map((c) => [c.claim, c.verdict]);
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it('keeps a lead with no claim of its own with the clause it scopes', () => {
    expect(
      claimsOf('In Scotland, based on police data, Snapchat was used in 20 percent of instances'),
    ).toEqual([
      ['In Scotland, based on police data, Snapchat was used in 20 percent of instances', 'different_scope'],
    ]);
  });
  it('reads a negative question as the statement it puts forward, shown as written', () => {
    expect(claimsOf("Wasn't the lockdown rise 10 percent?")).toEqual([
      ["Wasn't the lockdown rise 10 percent", 'supported'],
    ]);
    expect(claimsOf("Wasn't the lockdown rise 25 percent?")).toEqual([
      ["Wasn't the lockdown rise 25 percent", 'contradicted'],
    ]);
  });
  it('never passes a split-off statement given to a group the fact does not name, nor drops one it cannot place', () => {
    expect(
      claimsOf('Road deaths fell to 19, Daniel Okafor said cyclists are over-represented', roads)[1],
    ).toEqual(['Daniel Okafor said cyclists are over-represented', 'contradicted']);
    expect(
      claimsOf('Serious injuries rose 8 per cent and the council fears more cyclists will be hurt', roads)[1],
    ).toEqual(['the council fears more cyclists will be hurt', 'not_in_source']);
  });
});

describe('who did a deed: another doer than the source names is contradicted (review probes)', () => {
  const verdictOf = (text: string) => checkClaims(text, index).map((c) => c.verdict);
  it.each([
    "The NSPCC backed the police chiefs' call",
    'the NSPCC backed the call',
    'Facebook accused the NSPCC of giving offenders a place to hide',
    'In the Telegraph, the NSPCC backed the call',
    // (A platform is a doer too: the letter was led by the NSPCC and addressed to Facebook.)
    'Facebook led the open letter',
  ])('%j is contradicted', (text) => {
    expect(verdictOf(text)).toEqual(['contradicted']);
  });
  it.each([
    "The National Police Chiefs' Council backed Wanless's call",
    "Wanless's call was backed by the NPCC",
    'The NSPCC accused Facebook of giving offenders a place to hide',
    'Wanless was quoted in the Telegraph urging Boris Johnson to act',
    // ("leading" is no deed here: the UK's leading children's charity.)
    "the NSPCC is the UK's leading children's charity and it did the research",
  ])('%j is supported', (text) => {
    expect(verdictOf(text)).toEqual(['supported']);
  });
  it("checks a name's deed done to what the clause before names", () => {
    expect(verdictOf('Zuckerberg announced encryption plans, the NSPCC backed them')).toEqual([
      'supported',
      'contradicted',
    ]);
  });
});

describe('what a second review of the nineteenth session found', () => {
  const claimsOf = (text: string, within = index) =>
    checkClaims(text, within).map((c) => [c.claim, c.verdict]);
  it('reads "Didn\'t X do Y?" as the deed it puts forward, and checks its doer', () => {
    expect(claimsOf("Didn't the NSPCC back Facebook's encryption?")).toEqual([
      ["Didn't the NSPCC back Facebook's encryption", 'contradicted'],
    ]);
  });
  it('never supports a deed done to what the clause before names by the same deed done to something else', () => {
    expect(claimsOf('the nspcc said there were 1,220 cases, police chiefs backed them')[1]).toEqual([
      'police chiefs backed them',
      'not_in_source',
    ]);
  });
  it('checks who "contends" something', () => {
    expect(claimsOf('The NSPCC contends that Facebook stamps out grooming')[0]?.[1]).toBe('contradicted');
  });
  it('reads "folk" as what a number counts', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(claimsOf('19 folk were killed in 2023', roads)).toEqual([
      ['19 folk were killed in 2023', 'supported'],
    ]);
  });
});

describe('a small count of a group in a fact that lists several (second review)', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  const verdictOf = (text: string) => checkClaims(text, roads).map((c) => c.verdict);
  it.each([
    ['8 pedestrians were killed in 2023', 'contradicted'],
    ['5 cyclists were killed in 2023', 'contradicted'],
    ['4 pedestrians were killed in 2023', 'supported'],
    ['2 cyclists died in 2023', 'supported'],
  ])('%j is %s', (text, verdict) => {
    expect(verdictOf(text)).toEqual([verdict]);
  });
  it('still reads "my 2 kids" as no figure', () => {
    expect(verdictOf('my 2 kids were hurt')).toEqual([]);
  });
});

describe('a deed said in the passive credits the one after "by" (second review)', () => {
  const verdictOf = (text: string) => checkClaims(text, index).map((c) => c.verdict);
  it.each([
    ['Boris Johnson was urged by Wanless to legislate', 'supported'],
    ['The PM was urged by the NSPCC chief to act', 'supported'],
    ['Wanless was urged by Boris Johnson to legislate', 'contradicted'],
    ['The PM was urged by Zuckerberg to act', 'contradicted'],
  ])('%j is %s', (text, verdict) => {
    expect(verdictOf(text)).toEqual([verdict]);
  });
});

describe('a small figure after "the … figure was" is a figure to check (second review)', () => {
  it('never supports the child casualties as the child KSI figure', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(checkClaims('the child KSI figure was 98', roads)[0]?.verdict).not.toBe('supported');
    expect(checkClaims('the motorcyclist KSI figure was 64', roads)[0]?.verdict).toBe('supported');
  });
});

describe('a direction claimed of what the pack counts in a period the source gives a change for', () => {
  it.each([
    ['grooming offences fell during lockdown', 'contradicted', 'lockdown-rise-ten-percent'],
    ['Grooming Offences Fell During Lockdown, NSPCC Finds', 'contradicted', 'lockdown-rise-ten-percent'],
    ['grooming offences fell before lockdown', 'contradicted', 'offences-rose-each-year'],
  ])('%j is %s', (text, verdict, factId) => {
    expect(checkClaims(text, index).map((c) => [c.verdict, c.factId])).toEqual([[verdict, factId]]);
  });
});

describe('a share after the base it is a share of ("Of the 1,220 cases…, 51 percent…")', () => {
  it.each([
    [
      'Of the 1,220 cases recorded between April and June, 51 percent involved Facebook-owned apps.',
      'supported',
      null,
      'facebook-apps-51-percent',
    ],
    ['Of the 1,220 cases, over a third involved Instagram', 'supported', null, 'instagram-over-a-third'],
    // The share of another total: the 51 percent is of the lockdown cases, the 20 percent of the instances with data.
    [
      'Across the 12,925 offences, 51% involved Facebook apps.',
      'different_scope',
      'base',
      'facebook-apps-51-percent',
    ],
    ['Of the 1,220 cases, 20% involved Snapchat', 'different_scope', 'base', 'snapchat-20-percent'],
    ['Of the 1,220 cases, 70 percent involved Snapchat.', 'contradicted', null, 'snapchat-20-percent'],
    // A part of a total the source does not split.
    [
      'Of the 12,925 offences recorded in England and Wales between April 2017 and March 2020, 900 were in Wales.',
      'not_in_source',
      null,
      null,
    ],
  ])('%j is %s', (text, verdict, dimension, factId) => {
    expect(verdicts(text)).toEqual([[verdict, dimension, factId]]);
  });
  it('checks the base itself when the source states no such total', () => {
    expect(
      checkClaims('Of the 2,000 cases recorded in lockdown, 51% involved Facebook apps', index)[0]?.verdict,
    ).not.toBe('supported');
  });
});

describe('a deed told in passing after a comma ("…, led by X")', () => {
  it.each([
    [
      "more than 100 orgs signed that open letter to facebook about child safety, led by the children's commissioner",
      [
        ['supported', null, 'open-letter'],
        ['contradicted', null, 'open-letter'],
      ],
    ],
    [
      "Over 100 organisations have signed an open letter, coordinated by Barnardo's, urging Facebook to address child safety concerns.",
      [
        ['supported', null, 'open-letter'],
        ['contradicted', null, 'open-letter'],
      ],
    ],
    [
      'More than 100 organisations signed an open letter to Facebook, led by the NSPCC.',
      [
        ['supported', null, 'open-letter'],
        ['supported', null, 'open-letter'],
      ],
    ],
  ])('%j is checked as its own claim', (text, expected) => {
    expect(verdicts(text)).toEqual(expected);
  });
  it('keeps a deed told of the subject, before its own verb, in one claim', () => {
    expect(
      verdicts("I heard more than a hundred groups, led by Barnardo's, signed the open letter to Facebook."),
    ).toEqual([['contradicted', null, 'open-letter']]);
  });
  it('reads a doer no pack knows, after "by", as another doer than the source\'s', () => {
    expect(verdicts("the open letter was led by the children's commissioner")).toEqual([
      ['contradicted', null, 'open-letter'],
    ]);
    expect(verdicts('the open letter was led by the NSPCC')).toEqual([['supported', null, 'open-letter']]);
  });
});

describe("a change said of everyone that one group's change fits", () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it("is measured against everyone's change, not moved to the group's", () => {
    const [check] = checkClaims('I heard casualties rose 10% last year, is that right?', roads);
    expect([check?.verdict, check?.factId]).toEqual(['contradicted', 'casualties-total-2023']);
  });
  it("still checks the group's own change against the group", () => {
    expect(checkClaims('cyclist casualties rose 11% in 2023', roads)[0]?.factId).toBe('cyclist-casualties');
  });
});

describe('a figure for one member of a group the source gives only together', () => {
  it.each([
    'WhatsApp alone accounted for 15% of the grooming cases',
    'whatsapp on its own was in like 30% of cases',
    'WhatsApp Used in 30% of Grooming Cases',
  ])('%j is not in the source (no figure for WhatsApp on its own)', (text) => {
    const [check] = checkClaims(text, index);
    expect(check?.verdict).toBe('not_in_source');
    expect(check?.explanation).toMatch(/WhatsApp on its own/u);
  });
  it("reads another fact's figure moved to a platform with no figure of its own as a different subject", () => {
    for (const text of [
      '97% of grooming on whatsapp gets caught before its reported',
      'Over 97 percent of WhatsApp messages containing child exploitation material are detected before being reported',
    ])
      expect(verdicts(text), text).toEqual([['different_scope', 'subject', 'facebook-97-percent']]);
    // (Snapchat has a figure of its own: "a third" of it is Snapchat's 20 percent misstated.)
    expect(verdicts('Snapchat used in a third of grooming cases')[0]?.[0]).toBe('contradicted');
  });
  it("keeps the group's own figure moved to a member a different subject, and a wrong group figure contradicted", () => {
    expect(verdicts('WhatsApp alone was used in 51% of cases')).toEqual([
      ['different_scope', 'subject', 'facebook-apps-51-percent'],
    ]);
    expect(verdicts('facebook apps were used in 70% of cases')).toEqual([
      ['contradicted', null, 'facebook-apps-51-percent'],
    ]);
    expect(verdicts('Instagram was used in 50% of cases')).toEqual([
      ['contradicted', null, 'instagram-over-a-third'],
    ]);
  });
});

describe('a clause whose subject is a change ("the lockdown rise … was like 20 percent")', () => {
  it('reads its figure as the change', () => {
    expect(verdicts('the lockdown rise in kids being targeted online was like 20 percent')).toEqual([
      ['contradicted', null, 'lockdown-rise-ten-percent'],
    ]);
    expect(verdicts('the increase in grooming during lockdown was about 10%')).toEqual([
      ['supported', null, 'lockdown-rise-ten-percent'],
    ]);
  });
});

describe("a newcomer's review of the share-after-base and whole-change checks", () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it('reads no year and no change\'s start as the base of a share ("Within 2023", "From 1,146…")', () => {
    expect(checkClaims('Within 2023, 19 people died on Eastmoor roads', roads)[0]?.verdict).toBe('supported');
    expect(
      checkClaims('From 1,146 in 2022, casualties rose 6 per cent to 1,214.', roads)[0]?.verdict,
    ).not.toBe('not_in_source');
  });
  it('supports a share the fact stating the base states too ("98 … of whom 21")', () => {
    expect(
      checkClaims('Of the 98 child casualties, 21 were killed or seriously injured.', roads).map(
        (c) => c.verdict,
      ),
    ).toEqual(['supported']);
  });
  it("keeps a change said of everyone off another group's change", () => {
    const [check] = checkClaims('Road casualties rose 8%', roads);
    expect([check?.verdict, check?.factId]).toEqual(['contradicted', 'casualties-total-2023']);
    expect(checkClaims('Casualties rose 6 per cent, driven by cyclists.', roads)[0]?.factId).toBe(
      'casualties-total-2023',
    );
  });
});

describe('a deed told in passing is a deed of what the clause before names (a review)', () => {
  it("is not supported by another fact, nor by the clause before's figure", () => {
    const sent = checkClaims(
      'More than 100 organisations signed the letter, sent to Mark Zuckerberg.',
      index,
    );
    expect(sent.map((c) => c.verdict)).toEqual(['supported', 'not_in_source']);
    const backed = checkClaims('Over 100 groups signed the letter to Facebook, backed by him.', index);
    expect(backed.filter((c) => c.claim === 'backed by him' && c.verdict === 'supported')).toEqual([]);
  });
});

describe('a share of one base said of another the same fact gives a share of', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it('is a different base, not supported', () => {
    const [check] = checkClaims('a quarter of all casualties were motorcyclists', roads);
    expect([check?.verdict, check?.dimension]).toEqual(['different_scope', 'base']);
  });
  it('supports each share of its own base', () => {
    for (const text of [
      'motorcyclists were a tenth of all casualties',
      'a quarter of KSI casualties were motorcyclists',
    ])
      expect(checkClaims(text, roads)[0]?.verdict, text).toBe('supported');
  });
});

describe('hearsay frames without "my" ("mate reckons", "read somewhere that")', () => {
  it('are no part of the claim', () => {
    expect(checkClaims('read somewhere that 70% of cases were on facebook apps', index)[0]?.claim).toBe(
      '70% of cases were on facebook apps',
    );
    expect(checkClaims('mate reckons 70% of cases were on facebook apps', index)[0]?.claim).toBe(
      '70% of cases were on facebook apps',
    );
  });
});

describe('a superlative said of one thing the pack sets side by side (read claims set fresh-38)', () => {
  it.each([
    ['snapchat was actually the most used app', 'contradicted'],
    ['the most used app was snapchat', 'contradicted'],
    ['instagram was the least used app', 'contradicted'],
    // The source's figures cover only some of the apps: no ranking of all of them is in it.
    ['instagram was the most common app in grooming cases', 'not_in_source'],
    ['facebook was the least used app', 'not_in_source'],
  ])('%j is %s', (text, verdict) => {
    expect(checkClaims(text, index).map((c) => c.verdict)).toEqual([verdict]);
  });
  it('names the larger share in its own quoted sentence', () => {
    expect(checkClaims('snapchat was the most used app', index)[0]?.explanation).toContain(
      '"Instagram was used in over a third',
    );
  });
});

describe('what was done to those counted, said in a passive', () => {
  it('moves a figure to another subject ("teenagers being cyberbullied")', () => {
    const [check] = checkClaims('the ten percent lockdown rise was in teenagers being cyberbullied', index);
    expect([check?.verdict, check?.dimension]).toEqual(['different_scope', 'subject']);
  });
  it('keeps the source\'s own deed supported ("youngsters being targeted")', () => {
    expect(
      checkClaims('there was a ten percent rise in youngsters being targeted during lockdown', index)[0]
        ?.verdict,
    ).toBe('supported');
  });
});

describe('a count of children said of the roads release (read roads set 37)', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  const first = (text: string) => checkClaims(text, roads)[0];
  it.each([
    'Two children died on Eastmoor roads in 2023',
    '2 children died in 2023',
    'two kids were killed on Eastmoor roads in 2023',
  ])('%j is contradicted by the one child killed, not the 98 child casualties', (text) => {
    expect([first(text)?.verdict, first(text)?.sourceFigure]).toEqual(['contradicted', 'One']);
  });
  it('reads a small number in words as a count of people only before what happened to them', () => {
    expect(checkClaims('two apps were used by the offenders', roads)).toEqual([]);
  });
  it('supports a group figure said of the group by the first word of its name', () => {
    expect(first('21 children were killed or seriously injured')?.verdict).toBe('supported');
  });
});

describe("a figure told in passing between commas, then the sentence's own deed (read sets fresh-18, 30, 37)", () => {
  it.each([
    [
      'The open letter, signed by more than 100 organisations, was addressed to the UK government.',
      'contradicted',
    ],
    ["The open letter, signed by more than 100 organisations, was led by Barnardo's.", 'contradicted'],
    [
      'The open letter, signed by more than 100 organisations, was addressed to the Prime Minister, Boris Johnson',
      'contradicted',
    ],
    ['The open letter, signed by more than 100 organisations, was led by the NSPCC.', 'supported'],
  ])('%j is two claims: the figure supported, the deed %s', (text, deed) => {
    expect(checkClaims(text, index).map((c) => c.verdict)).toEqual(['supported', deed]);
  });
  it('calls a deed with no figure of its own contradicted, not moved to a place', () => {
    const [, deed] = checkClaims(
      'The open letter was signed by more than 100 organisations and was sent to the UK government.',
      index,
    );
    expect([deed?.verdict, deed?.dimension, deed?.sourceFigure]).toEqual(['contradicted', undefined, null]);
  });
});

describe('statements of someone named before, reported to an outlet, in other words (read claims sets)', () => {
  it('reads "and he wants…" as a second claim of the person named before', () => {
    const checks = checkClaims(
      'wanless wants a world-leading online harms bill, and he wants tech bosses held criminally responsible',
      index,
    );
    expect(checks.map((c) => [c.claim, c.verdict])).toEqual([
      ['wanless wants a world-leading online harms bill', 'supported'],
      ['he wants tech bosses held criminally responsible', 'supported'],
    ]);
    // …and never gives a deed the source does not report to them.
    const [, second] = checkClaims(
      'wanless wants a world-leading online harms bill, and he wants parents held criminally responsible',
      index,
    );
    expect(second?.verdict).not.toBe('supported');
  });
  it('checks an outlet no pack names against the one the source gives', () => {
    expect(checkClaims('Wanless was cited by The Independent', index)[0]?.verdict).toBe('contradicted');
    expect(checkClaims('Wanless was cited by The Telegraph', index)[0]?.verdict).toBe('supported');
  });
  it('reads speaking to an outlet as reporting, speaking for someone as whose statement it is', () => {
    expect(
      checkClaims(
        'NSPCC chief executive Peter Wanless, speaking to The Telegraph, called on the Prime Minister to bring forward legislation',
        index,
      )[0]?.verdict,
    ).toBe('supported');
    expect(
      checkClaims(
        "Wanless, speaking on behalf of the National Police Chiefs' Council, called for a world-leading Online Harms Bill",
        index,
      )[0]?.verdict,
    ).toBe('contradicted');
  });
  it('prefers the close match that names the Prime Minister the claim names, and reads liable as responsible', () => {
    expect(
      checkClaims('NSPCC chief urges Johnson to make tech bosses criminally liable', index).map((c) => [
        c.verdict,
        c.factId,
      ]),
    ).toEqual([['supported', 'wanless-urges-legislation']]);
  });
});

describe('a denial the quote makes of two words joined by "and" (read claims sets)', () => {
  it.each([
    "nspcc said abuse wouldn't get reported to police anymore",
    'the NSPCC said encryption without safeguards could mean abuse is no longer reported to police',
    "nspcc said abuse wouldn't be identified",
  ])('%j is what the source says', (text) => {
    expect(checkClaims(text, index).map((c) => [c.verdict, c.factId])).toEqual([
      ['supported', 'encryption-dispute'],
    ]);
  });
  it('still contradicts a claim that drops the denial', () => {
    expect(checkClaims('the nspcc said abuse would still be reported to police', index)[0]?.verdict).toBe(
      'contradicted',
    );
  });
  it("reads private chats as the quote's private communications", () => {
    expect(
      checkClaims(
        'zuckerberg wrote that people expect their private chats to be secure from hackers and governments',
        index,
      )[0]?.verdict,
    ).toBe('supported');
  });
});

describe('superlatives a review probed', () => {
  it('reads a denied superlative as what the figures show', () => {
    expect(checkClaims('Snapchat was not the most used app', index)[0]?.verdict).toBe('supported');
  });
  it('needs an app or platform after a bare "biggest", "top"…', () => {
    expect(checkClaims('Snapchat is the biggest problem for child safety', index)[0]?.verdict).not.toBe(
      'contradicted',
    );
  });
  it('leaves a group the pack gives no side-by-side figures for to the other checks', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    const [check] = checkClaims('Car occupants were the most common casualties', roads);
    expect(check?.explanation ?? '').not.toContain('most used');
  });
});

describe('people of deaths and casualties (a review)', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it.each([
    ['14 people died on rural roads', 'supported'],
    ['Fourteen people died on rural roads', 'supported'],
    ['Nine people were killed on rural roads', 'contradicted'],
    ['14 children died on rural roads', 'different_scope'],
  ])('%j is %s', (text, verdict) => {
    expect(checkClaims(text, roads)[0]?.verdict).toBe(verdict);
  });
  it('still reads the children killed or seriously injured as some people, not everyone', () => {
    expect(checkClaims('21 people were killed on the roads in 2023', roads)[0]?.factId).toBe('deaths-2023');
  });
});

describe('a role and who holds it (read claims set fresh-35)', () => {
  it.each([
    ['the nspcc boss is peter wanless', 'supported'],
    ['the head of the nspcc is peter wanless', 'supported'],
    ['the facebook boss is peter wanless', 'contradicted'],
    ['the nspcc boss is mark zuckerberg', 'contradicted'],
  ])('%j is %s', (text, verdict) => {
    expect(checkClaims(text, index)[0]?.verdict).toBe(verdict);
  });
  it('reads only a role and a name, not a sentence that goes on', () => {
    expect(
      checkClaims(
        "Peter Wanless, the NSPCC's chief executive, was quoted in The Telegraph urging Boris Johnson to bring in legislation",
        index,
      )[0]?.verdict,
    ).not.toBe('contradicted');
  });
});

describe("the twenty-fourth session's claims set (fresh-41, read in the twenty-fifth)", () => {
  const claimsOf = (text: string) =>
    checkClaims(text, index).map((c) => [c.claim, c.verdict, c.dimension ?? null]);
  it('reads "US" in capitals as the country, not "us", unless the text shouts or asks "let US know"', () => {
    expect(claimsOf('Facebook Apps Behind Over Half Of US Cases')).toEqual([
      ['Facebook Apps Behind Over Half Of US Cases', 'different_scope', 'place'],
    ]);
    expect(claimsOf('Facebook apps behind over half of cases, the research tells us')[0]?.[1]).toBe(
      'supported',
    );
  });
  it('reads "that year" as the year the message named before it', () => {
    expect(
      claimsOf(
        'In March 2019 Zuckerberg announced plans to encrypt messenger; that year, Instagram was used in over a third of all recorded grooming cases.',
      )[1],
    ).toEqual([
      'that year, Instagram was used in over a third of all recorded grooming cases',
      'different_scope',
      'period',
    ]);
    // With no date before it, "that year" moves nothing.
    expect(claimsOf('that year, Instagram was used in over a third of grooming cases')[0]?.[1]).toBe(
      'supported',
    );
  });
});

describe('a negation after the comparison, in another clause (session 44)', () => {
  it('does not turn the comparison: "snapchat beat insta…, insta wasnt even close" is contradicted', () => {
    expect(
      checkClaims('snapchat beat insta in the grooming numbers, insta wasnt even close', index),
    ).toMatchObject([{ verdict: 'contradicted' }]);
  });
  it('a negation before it still does', () => {
    expect(checkClaims('snapchat did not beat insta', index)).toMatchObject([{ verdict: 'supported' }]);
    expect(checkClaims("instagram wasn't used more often than snapchat", index)).toMatchObject([
      { verdict: 'contradicted' },
    ]);
  });
});
