// Checks a clause with no figure: a trend, a date, or who said what, against the fact it restates.

import { escapeRegExp } from '../../text/escape-regexp.js';
import { measureTermsOf } from '../decide/measure-elsewhere.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { DIRECTION_STEM } from '../retrieve/candidates.js';
import { isTopicWide } from '../retrieve/topic-words.js';
import { analyseText, stem } from '../understand/analyse.js';
import { claimCore } from './claim-core.js';
import { CASE_WORDS, contentFit, FILLER } from './content-fit.js';
import { wrongAddressee, wrongDoer } from './deed-agent.js';
import { explain } from './explain.js';
import { MONTH_IN_TEXT, monthNumber } from './month-words.js';
import { phrasingWords } from './nouns.js';
import { oppositeWord } from './opposites.js';
import { periodShift } from './period-shift.js';
import { directionOf } from './read-figure.js';
import { coverageOf, NEGATED, type Reading, scopeOf, speakerVerdict, TOPICAL, verdict } from './reading.js';
import { roleHeldBy } from './roles.js';
import { deniedInQuote, droppedDenial, saidIn } from './said-in.js';
import { factDirection, factFigures } from './source-figures.js';
import { creditsSpeaker, factSpeakers } from './speaker.js';
import {
  assertsDeed,
  changesEveryYear,
  foreignWords,
  MANNER_OF_CHANGE,
  unknownName,
  unsaidWords,
} from './stranger.js';
import type { ClaimCheck } from './types.js';

/** A claim with no figure must match its fact this well to be checked against it. */
const STATEMENT_MATCH = 0.5;

/** A claim with no figure and no speaker must be this close to the fact's words. */
const STATEMENT_FIT = 0.75;
/** A call to act must match a fact this well for its addressee to be checked against the fact's. */
const ADDRESSED_MATCH = 0.4;
/** A deed with another doer must otherwise match its fact this well: the deed and what it was done to. */
const DEED_MATCH = 0.8;
/** A statement credited to someone must be mostly in the source's own words about it. */
const STATEMENT_SAID = 0.6;
/**
 * A statement says something happened or is so (a verb), not just names a topic; chat drops the "is" of a deed going
 * on ("police chiefs council backing it too").
 */
const STATES =
  /\b(?:is|are|was|were|has|have|had|did|does|do|will|would|should|could|can|wants?|wanted|called|calls|urged?|urges|backs?|backed|endorsed|endorses|says?|said|claims?|defends?|insists?|accused|accuses|warned|warns|announced|signed|led|found|stamps?|praised|criticised|gives?|gave|expect|expects|created?|creates|supports?|supported|rejects?|rejected|opposes?|opposed|signs|sign|demands?|demanded|admits?|admitted|denies|denied|blames?|blamed|welcomes?|welcomed|tweeted|posted|published|ran|quoted|described|describes|characteri[sz]ed|told|tells|accepts?|accepted|agrees?|agreed|refuses?|refused|plans?|planned|launched|launches|wrote|writes|made|makes|backing|supporting|urging|calling|demanding|warning|accusing|vows?|vowed|pledged?|pledges|promised?|promises|asked|asks|asking|\p{L}{4,}ed)\b/u;

export function checkStatement(index: FactIndex, reading: Reading): ClaimCheck | undefined {
  const { ranked, lower } = reading;
  // "The NSPCC boss is Peter Wanless": a role and who holds it, which a fact naming them with it settles.
  const held = roleHeldBy(index, reading.clause);
  const name = held ? (index.entityNames.get(held.person) ?? held.person) : '';
  // (The fact crediting them by name, whose attribution gives their role: "Peter Wanless, NSPCC chief executive".)
  const holder =
    held &&
    (ranked.find((s) => s.fact.entities.has(held.person) && s.fact.fact.attribution.source.includes(name))
      ?.fact ??
      ranked.find((s) => s.fact.entities.has(held.person))?.fact);
  if (held && holder) {
    return held.holds
      ? verdict(reading, 'supported', explain.supported(undefined, holder, null), holder)
      : verdict(reading, 'contradicted', explain.notCalled(name, held.role, holder), holder);
  }
  // Two words or fewer with no figure state nothing ("comms plan", "Encryption."): an agenda item or a heading.
  // (Not a movement or a deed: "Grooming fell.", "Zuckerberg resigned.")
  const words = lower.match(/[\p{L}\d'’-]+/gu) ?? [];
  if (
    words.length < MIN_STATEMENT_WORDS &&
    !directionOf(lower) &&
    !words.some((w) => /\p{L}{3,}ed$/u.test(w))
  )
    return undefined;
  const best = namingAll(index, reading, ranked);
  const measure = reading.analysis.measures[0];
  if (measure && STAT_CUE.test(lower.replace(PHONE_NUMBER, ' ')))
    return verdict(reading, 'not_in_source', explain.notInSource(measure.topic, coverageOf(index)));
  if (best && best.score >= STATEMENT_MATCH && /\bby (?:19|20)\d\d\b/u.test(lower))
    return verdict(reading, 'not_in_source', explain.notInSource('a target date', coverageOf(index)));
  // (Of the close matches that name whoever the claim names: "Police Chiefs Reject NSPCC Call for Tech Liability
  // Laws" is about the call they backed, however close the call's own words come.)
  const named = reading.analysis.entities;
  const opposed = ranked
    .filter(
      (s, i) =>
        s.score >= STATEMENT_MATCH &&
        (i === 0 || (named.length > 0 && named.every((id) => s.fact.entities.has(id)))),
    )
    .map((s) => ({ fact: s.fact, word: oppositeWord(lower, s.fact) }))
    .find((o) => o.word !== undefined);
  if (opposed?.word)
    return verdict(reading, 'contradicted', explain.opposite(opposed.word, opposed.fact), opposed.fact);
  // A word of content no source text uses ("met", "fined") says something the source does not.
  const unsaid = unsaidWords(index, reading.analysis.terms);
  const direction = directionOf(lower);
  const negated = NEGATED.test(lower);
  if (direction) {
    // The fact whose change is about what the claim says changed ("road deaths went up" is not the rise in
    // cyclist casualties, however well the words match): its title, keywords or change name every such word.
    // (Where it moved is the scope check's: "in England and Wales" names no subject.)
    const named = reading.analysis.terms.filter(
      (t) =>
        index.idf.has(t) &&
        !CHANGE_STEM.test(t) &&
        !FILLER.has(t) &&
        !(t.startsWith('@') && index.entityKinds.get(t.slice(1)) === 'place'),
    );
    const changeIsAbout = (fact: IndexedFact) => {
      // (Words most of the fact's pack uses name its topic, not what moved: "online grooming offences"; when
      // something else names it: "casualties fell" is about casualties, however many facts count them.)
      const own = named.filter((t) => !isTopicWide(index, fact.pack, t, TOPIC_WIDE));
      const subject = own.length > 0 ? own : named;
      if (subject.length === 0) return true;
      const about = analyseText(
        [
          fact.fact.title,
          ...fact.fact.keywords,
          ...factFigures(fact)
            .filter((f) => f.direction)
            .map((f) => f.figure.label),
        ].join('. '),
        index.vocab,
        false,
      ).terms;
      // Every word naming what moved: "cyclist deaths" is neither the cyclist casualties' rise nor the deaths' fall.
      // (Cases, offences and crimes are one thing to a fact that counts any of them.)
      // (…and to a fact about the pack's topic in the same period, whatever it counts: "grooming offences fell during
      // lockdown" is the lockdown rise, when the words name nothing else.)
      const cases = about.some((t) => CASE_WORDS.has(t)) || subject.some((t) => !CASE_WORDS.has(t));
      return subject.every((t) => about.includes(t) || (cases && CASE_WORDS.has(t)));
    };
    const movers = ranked.filter((s) => s.score >= TOPICAL && factDirection(s.fact) && changeIsAbout(s.fact));
    // Of those, the one whose measure is what moved ("road deaths went up": the deaths, not a comment citing them).
    const measures = (fact: IndexedFact) => {
      const own = named.filter((t) => !t.startsWith('@') && !isTopicWide(index, fact.pack, t, TOPIC_WIDE));
      const terms = measureTermsOf(index, fact);
      return own.length > 0 && own.every((t) => terms.has(t));
    };
    const moving = movers.find((s) => measures(s.fact)) ?? movers[0];
    if (moving) {
      const said = factDirection(moving.fact);
      const claimed = negated ? (direction === 'rise' ? 'fall' : 'rise') : direction;
      const figure = factFigures(moving.fact).find((f) => f.direction) ?? factFigures(moving.fact)[0];
      if (said && claimed !== said)
        return verdict(
          reading,
          'contradicted',
          explain.wrongDirection(moving.fact, claimed, figure),
          moving.fact,
          figure,
        );
      const wrongSpeaker = speakerVerdict(index, reading, moving.fact, figure);
      if (wrongSpeaker) return wrongSpeaker;
      const moved = scopeVerdict(index, reading, moving.fact, figure);
      if (moved) return moved;
      const unsaidOfIt = changesEveryYear(moving.fact)
        ? unsaid.filter((t) => !MANNER_OF_CHANGE.has(t))
        : unsaid;
      if (moving.score >= STATEMENT_MATCH && unsaidOfIt.length === 0)
        return verdict(
          reading,
          'supported',
          explain.supported(undefined, moving.fact, null),
          moving.fact,
          figure,
        );
    }
  }
  if (!best || best.score < STATEMENT_MATCH) return wrongOutlet(index, reading) ?? unsaidDeed(index, reading);
  const dated = factFigures(best.fact).find((f) => f.kind === 'date');
  const years = reading.analysis.years;
  if (dated && years.length > 0) {
    const from = best.fact.fact.period?.from ?? '';
    const month = MONTH_IN_TEXT.exec(lower)?.[1];
    const monthRight = !month || monthNumber(month) === from.slice(5, 7);
    // (A date the fact gives beside its own period, "since records began in 1979" of 2023's rank, is not when it
    // happened: a year of the fact's period, or of one of its figures, is no other date.)
    const ownYear =
      !inPeriod(dated.value, best.fact.fact.period) && years.every((y) => yearOfFact(y, best.fact));
    if (!ownYear && (!years.includes(dated.value) || !monthRight))
      return verdict(
        reading,
        'contradicted',
        explain.wrongDate(best.fact, dated, years.join(', ')),
        best.fact,
        dated,
      );
  }
  // When something was posted, dated or published, against a fact whose period is that one month ("the IANSLIFE
  // post was dated 6 February 2019" of a tweet of February 2020): a year or month the period is not contradicts it.
  const postedOn = !dated && years.length > 0 && POSTED_ON.test(lower) ? singleMonth(best.fact) : undefined;
  if (postedOn) {
    const month = MONTH_IN_TEXT.exec(lower)?.[1];
    if (
      !years.includes(Number(postedOn.slice(0, 4))) ||
      (month && monthNumber(month) !== postedOn.slice(5, 7))
    )
      return verdict(
        reading,
        'contradicted',
        `The source gives this as ${best.fact.fact.period?.label ?? postedOn}, not ${years.join(', ')}: ${best.fact.fact.statement.replace(/\.$/u, '')}.`,
        best.fact,
      );
  }
  const wrongSpeaker = speakerVerdict(index, reading, best.fact, dated);
  if (wrongSpeaker) return wrongSpeaker;
  const stranger = unknownName(index, reading.clause);
  if (stranger) return notNamedHere(reading, stranger, best.fact, dated);
  // A statement must be in what the source says (its quote and our statement of it), not in the ways people ask.
  // (Who passed it on is no part of it: "as a retired teacher I was struck that Wanless said…" fits as what Wanless
  // said. Negation in the frame is still read on the whole clause below.)
  const said = saidIn(index, best.fact);
  const core = claimCore(reading.clause, reading.clause.length);
  const coreAnalysis = analyseText(core, index.vocab, true);
  const fit =
    core !== reading.clause && coreAnalysis.terms.length >= 3
      ? Math.max(contentFit(said, reading.analysis), contentFit(said, coreAnalysis))
      : contentFit(said, reading.analysis);
  // One word is no statement ("ok back" is chat, not "backed by the police chiefs").
  if (
    reading.speakers.length === 0 &&
    !dated &&
    reading.analysis.numbers.length === 0 &&
    reading.analysis.terms.length < 2
  )
    return undefined;
  // A deed the source tells, done by someone else, is said of the wrong doer, however few of its words the claim
  // shares: "home office backed the nspcc call", "it was sheryl sandberg who announced the encryption plans in 2019".
  const doerRead = best.score >= DEED_MATCH && fit < STATEMENT_FIT;
  const otherDoer = doerRead ? wrongDoer(index, reading.clause, best.fact.fact) : undefined;
  if (otherDoer) return doneByOther(reading, otherDoer, best.fact, dated);
  // …and a call to act addressed to someone else: "NSPCC Chief Urges Keir Starmer To…" of one to Boris Johnson (by a
  // close fact naming whoever the claim names, whose call has an addressee).
  const addressed = ranked
    .filter(
      (s) => s.score >= ADDRESSED_MATCH && named.length > 0 && named.every((id) => s.fact.entities.has(id)),
    )
    .map((s) => ({ fact: s.fact, wrong: wrongAddressee(reading.clause, s.fact.fact) }))
    .find((a) => a.wrong !== undefined);
  if (addressed?.wrong)
    return verdict(
      reading,
      'contradicted',
      `The source says this was addressed to ${addressed.wrong.source}, not ${addressed.wrong.claimed}: ${addressed.fact.fact.statement}`,
      addressed.fact,
      dated,
    );
  if (reading.speakers.length === 0 && !dated && (fit < STATEMENT_FIT || !STATES.test(reading.lower)))
    return unsaidDeed(index, reading);
  if (fit < STATEMENT_SAID)
    return verdict(reading, 'not_in_source', `The source does not say this; ${coverageOf(index)}`);
  // A platform or person the fact does not name ("plans to encrypt WhatsApp", "Zuckerberg has the chance").
  const platform = reading.analysis.entities.find(
    (id) =>
      ['platform', 'person', 'group'].includes(index.entityKinds.get(id) ?? '') &&
      !best.fact.entities.has(id),
  );
  if (platform) return notNamedHere(reading, index.entityNames.get(platform) ?? platform, best.fact, dated);
  // Whoever the claim opens on as doing the fact's deed ("Wanless plans to start encrypting messenger", "The NSPCC
  // blamed social media sites…"), when the fact's own words and speaker never name them (its index entities also hold
  // the names its questions use).
  const opener = openingDoer(index, reading);
  if (opener && !namedByFact(index, best.fact, opener))
    return notNamedHere(reading, index.entityNames.get(opener) ?? opener, best.fact, dated);
  // Another of the kind the fact is about, in place of its own ("most deaths were on urban roads" of the fact about
  // rural roads, which mentions urban roads only to set them apart): the statement is said of something else.
  const subjects = best.fact.fact.subjects;
  const swapped = reading.analysis.entities.find(
    (id) =>
      !subjects.includes(id) && subjects.some((s) => index.entityKinds.get(s) === index.entityKinds.get(id)),
  );
  if (swapped && !subjects.some((s) => reading.analysis.entities.includes(s)))
    return verdict(
      reading,
      'contradicted',
      `The source says this of ${subjects.map((s) => index.entityNames.get(s) ?? s).join(' and ')}, not of ${index.entityNames.get(swapped) ?? swapped}: ${best.fact.fact.statement}`,
      best.fact,
      dated,
    );
  // …or a platform the packs give no figures for ("the NSPCC accused Twitter of…"), when the claim gives it the
  // source's words rather than saying where they were said ("said on Twitter") or naming it among others ("tech
  // firms including Twitter"): the built-in list of platforms, so only in a pack that covers platforms.
  const unknownPlatform = reading.analysis.uncovered.find(
    (u) =>
      u.kind === 'platform' &&
      index.packs.some((p) => p.pack.covers.platforms.length > 0) &&
      !new RegExp(
        String.raw`\b(?:on|via|in a|including|such as|like|and|or) ${escapeRegExp(u.name.toLowerCase())}\b`,
        'u',
      ).test(reading.lower),
  );
  if (unknownPlatform) return notNamedHere(reading, unknownPlatform.name, best.fact, dated);
  // One unknown name ("urged Google") is weighed only once the statement is otherwise the source's.
  const other = unknownName(index, reading.clause, true);
  if (other) return notNamedHere(reading, other, best.fact, dated);
  // A place the packs have no figures for ("restrictions in France"): the source said it of its own place.
  // (Said of the place, "restrictions in France", not a description of someone: "the UK road-safety charity".)
  const abroad = reading.analysis.uncovered.find(
    (u) =>
      u.kind === 'place' &&
      new RegExp(
        String.raw`\b(?:in|across|throughout|for|to) (?:the )?${escapeRegExp(u.name.toLowerCase())}\b`,
        'u',
      ).test(reading.lower),
  );
  if (abroad) {
    const moved = scopeVerdict(index, reading, best.fact, dated);
    if (moved?.dimension === 'place') return moved;
  }
  if (!dated && (years.length > 0 || periodOnlyNamed(best.fact, reading.lower))) {
    const moved = scopeVerdict(index, reading, best.fact, undefined);
    if (moved) return moved;
  }
  // "said this year" of what the source dates "last year": another time.
  const when = otherRelativeYear(best.fact, lower);
  if (when)
    return verdict(
      reading,
      'contradicted',
      `The source dates this "${when.source}", not "${when.claim}": ${best.fact.fact.statement}`,
      best.fact,
      dated,
    );
  // "abuse is no longer identified" denies only what the source itself denies.
  if (negated && !deniedInQuote(lower, best.fact.fact.quote.toLowerCase()))
    return verdict(reading, 'contradicted', `The source says: ${best.fact.fact.statement}`, best.fact, dated);
  // A number the figure reader left aside ("fewer than 50 organisations") is still a number the source must give.
  const number = OTHER_NUMBER.exec(reading.lower.replace(/\b(?:19|20)\d\d\b/gu, ''));
  if (number && !new RegExp(`\\b${escapeRegExp(number[0])}\\b`, 'u').test(best.fact.fact.quote.toLowerCase()))
    return best.fact.fact.figures.length > 0
      ? verdict(reading, 'contradicted', `The source says: ${best.fact.fact.statement}`, best.fact, dated)
      : verdict(reading, 'not_in_source', explain.notInSource(number[0], coverageOf(index)));
  // Words the source uses, but elsewhere ("a perfect storm for tech companies"): the claim mixes two statements.
  // (Read on the claim without its frame: "our newsletter says", "my colleague thinks" are no words of the claim.)
  const elsewhere = foreignWords(said, coreAnalysis, reading.lower);
  // Words no source text uses: a changed statement when the rest is the fact's ("called for the bill to be
  // scrapped"), else something the source never reports ("Zuckerberg met Wanless").
  const never = unsaidWords(index, elsewhere);
  if (never.length > 0 && fit < STATEMENT_FIT)
    return verdict(
      reading,
      'not_in_source',
      `The source does not say this (it never speaks of ${never.join(', ')}); ${coverageOf(index)}`,
    );
  // Any word of content the fact does not use says something else: borrowed from another statement ("a perfect storm
  // for tech companies"), swapped in ("hold parents criminally responsible"), or reversing ("refused to back").
  // Only a few words that restate without adding ("first", "boss", "back in March") are the claim's own wording.
  // (Phrasing: an adverb, a placing preposition, or a word of the source's describing a noun of the fact's.)
  const phrasing = new Set(
    [...phrasingWords(reading.clause, (w) => said.weights.has(stem(w)))].flatMap(([w, kind]) => {
      const t = stem(w);
      return kind === 'adverb' || !never.includes(t) ? [t] : [];
    }),
  );
  const mixed = elsewhere.filter(
    (t) => !OWN_WORDING.has(t) && !phrasing.has(t) && !(t === 'call' && CALLS_IT.test(lower)),
  );
  if (mixed.length > 0)
    return verdict(
      reading,
      'contradicted',
      `The source does not say this of ${mixed.join(', ')}: ${best.fact.fact.statement}`,
      best.fact,
      dated,
    );
  // Another doer of the deed than the source's ("The NSPCC backed the police chiefs' call"), unless read above.
  const doer = doerRead ? undefined : wrongDoer(index, reading.clause, best.fact.fact);
  if (doer) return doneByOther(reading, doer, best.fact, dated);
  // A denial the quote makes that the claim drops ("…seen by hackers" where the source says "not hackers").
  const dropped = droppedDenial(lower, best.fact.fact.quote.toLowerCase(), negated);
  if (dropped)
    return verdict(
      reading,
      'contradicted',
      `The source says "${dropped}": ${best.fact.fact.statement}`,
      best.fact,
      dated,
    );
  return verdict(reading, 'supported', explain.supported(undefined, best.fact, null), best.fact, dated);
}

/** `contradicted`: the claim gives the fact's deed to another doer than the source's. */
function doneByOther(
  reading: Reading,
  doer: { claimed: string; source: string; deed: string },
  fact: IndexedFact,
  dated: Parameters<typeof verdict>[4],
): ClaimCheck {
  return verdict(
    reading,
    'contradicted',
    `The source says it was ${doer.source}, not ${doer.claimed}, that ${doer.deed} it: ${fact.fact.statement}`,
    fact,
    dated,
  );
}

/** `contradicted`: the claim names someone or something the fact does not (an unknown name, another platform). */
function notNamedHere(
  reading: Reading,
  name: string,
  fact: Parameters<typeof scopeOf>[2],
  dated: Parameters<typeof explain.scope>[1],
): ClaimCheck {
  return verdict(
    reading,
    'contradicted',
    `The source does not name ${name} here: ${fact.fact.statement}`,
    fact,
    dated,
  );
}

/** `different_scope` when the claim moves the fact to another period, place, base or subject. */
function scopeVerdict(
  index: FactIndex,
  reading: Reading,
  fact: Parameters<typeof scopeOf>[2],
  figure: Parameters<typeof explain.scope>[1],
): ClaimCheck | undefined {
  const shift = scopeOf(index, reading, fact);
  return shift
    ? verdict(reading, 'different_scope', explain.scope(shift, figure, fact), fact, figure, {
        dimension: shift.dimension,
      })
    : undefined;
}

/** How far below the best match a fact naming every person or platform the claim names may be, and go first. */
const NAMING_MARGIN = 0.1;

/**
 * The best match, or a close one that names every person, platform or group the claim names where the best does
 * not ("NSPCC chief urges Johnson to make tech bosses criminally responsible" is Wanless urging Johnson, not the
 * Online Harms Bill call that names no Prime Minister).
 */
function namingAll(
  index: FactIndex,
  reading: Reading,
  ranked: Reading['ranked'],
): Reading['ranked'][number] | undefined {
  const [top] = ranked;
  const named = reading.analysis.entities.filter((id) =>
    ['platform', 'person', 'group'].includes(index.entityKinds.get(id) ?? ''),
  );
  if (!top || named.length === 0 || named.every((id) => top.fact.entities.has(id))) return top;
  return (
    ranked.find(
      (s) =>
        s.score >= Math.max(STATEMENT_MATCH, top.score - NAMING_MARGIN) &&
        named.every((id) => s.fact.entities.has(id)),
    ) ?? top
  );
}

/** Fewest words a statement with no figure needs to say something. */
const MIN_STATEMENT_WORDS = 3;

const OTHER_NUMBER =
  /\b(?:\d+(?:[.,]\d+)?|one(?! (?:who|that|calling|behind|saying|responsible|to blame)\b)(?<!\bthe one)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozens?)\b/u;

/** A phone number ("0808 800 5000", "0800 1111"): no figure of anything. */
const PHONE_NUMBER = /(?<![\d,.])0\d{3,4}(?:[ -]?\d{3,4}){1,2}(?![\d,.])/gu;

const STAT_CUE =
  /\b(?:most|majority|average|median|percent|per cent|%|times (?:more|less|as)|likely|in (?:ten|10|five|5|four|three)|aged?|between \d+ and \d+|\d+)\b/u;

/** A deed the source never reports ("Wanless has led the NSPCC since 2013"): not in the source; else no claim. */
function unsaidDeed(index: FactIndex, reading: Reading): ClaimCheck | undefined {
  if (!assertsDeed(index, reading.clause) || unsaidWords(index, reading.analysis.terms).length === 0)
    return undefined;
  return verdict(reading, 'not_in_source', `The source does not say this; ${coverageOf(index)}`);
}

/** A year named relative to the writing ("last year", "this year"). */
const RELATIVE_YEAR = /\b(last|this|next|previous|past) year\b/u;

/** The relative year a claim gives a statement when its quote or period gives another ("this year" for "last year"). */
function otherRelativeYear(fact: IndexedFact, lower: string): { claim: string; source: string } | undefined {
  const own = RELATIVE_YEAR.exec(`${fact.fact.quote} ${fact.fact.period?.label ?? ''}`.toLowerCase());
  const said = RELATIVE_YEAR.exec(lower);
  if (!own || !said) return undefined;
  const plain = (word: string | undefined) => (word === 'previous' || word === 'past' ? 'last' : word);
  return plain(own[1]) === plain(said[1]) ? undefined : { claim: said[0], source: own[0] };
}

/** A word at least this share of a pack's facts use names the pack's topic. */
const TOPIC_WIDE = 0.5;

/** A claim of when something was posted, dated or published. */
const POSTED_ON =
  /\b(?:dated|posted|tweeted|published|went out|came out|put out|sent out|issued)\b(?:\s+[\w@'’]+){0,3}?\s+(?:on\s+|in\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d\b|\b(?:dated|posted|tweeted|published)\s+\d{1,2}\/\d{1,2}\/(?:19|20)?\d\d\b/u;

/** The one month a fact's period covers ("2020-02"), if it covers one month. */
function singleMonth(fact: IndexedFact): string | undefined {
  const { from, to } = fact.fact.period ?? {};
  return from && from === to && /^\d{4}-\d\d$/u.test(from) ? from : undefined;
}

/** Stems of the words that say which way something moved, or that it was counted, not what moved. */
const CHANGE_STEM = new RegExp(
  `${DIRECTION_STEM.source}|^(?:higher|lower|more|less|fewer|year-on-year|year-by-year)|^(?:record|report|log|regist|go|goe|went|gone|been|get|got|gotten)$`,
  'u',
);

/**
 * A period a statement names without a year ("for the past decade") that moves a fact's own span: not for an
 * undated fact, nor for words its own quote or period label uses.
 */
function periodOnlyNamed(fact: IndexedFact, lower: string): boolean {
  const { period, quote } = fact.fact;
  // Dated, or a span the label measures ("the three years before lockdown"); never an undated one.
  const spans =
    (period?.from && period.to) || /\b(?:years?|months?|weeks?|quarters?)\b/u.test(period?.label ?? '');
  if (!period || !spans || /\b(?:undated|not dated|no date|not stated)\b/u.test(period.label)) return false;
  const shift = periodShift(fact, lower, []);
  if (!shift) return false;
  const own = `${quote} ${period.label}`.toLowerCase();
  return !own.includes(shift.claimSays.toLowerCase());
}

/** Naming something with the source's words ("called covid a 'perfect storm'"): how it was put, not a call for action. */
const CALLS_IT =
  /\bcall(?:s|ed|ing)? (?:[\p{L}'’-]+ ){1,4}(?:an? |the )?["'‘“]|["'‘“][^"'’”]{2,40}["'’”].{0,40}\bcall(?:s|ed)? it\b/u;

/** Words that restate a statement without adding to it: when, how often, a title for its speaker, a month's name. */
const OWN_WORDING: ReadonlySet<string> = new Set(
  'first then again also alreadi back still just even realli actual basic boss chief head exec came come origin subsequ later tho though afterward compani firm jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/** Whether a year lies in a period (one with no dates holds none). */
function inPeriod(
  year: number,
  period: { from?: string | undefined; to?: string | undefined } | undefined,
): boolean {
  if (!period?.from) return false;
  return year >= Number(period.from.slice(0, 4)) && year <= Number((period.to ?? period.from).slice(0, 4));
}

/** A year the fact speaks of: its period's, a figure's own period's, or a date figure's. */
function yearOfFact(year: number, fact: Parameters<typeof factFigures>[0]): boolean {
  return (
    inPeriod(year, fact.fact.period) ||
    fact.fact.figures.some((f) => inPeriod(year, f.period) || (f.unit === 'year' && f.value === year))
  );
}

/**
 * Someone's words credited to an outlet the source does not name for them ("Mr Wanless's remarks were reported by the
 * BBC"), in a claim that says little else: checked against the fact quoting that person that names who reported it.
 * (Only a wrong outlet is settled here; the right one is left to the checks that read the whole statement.)
 */
function wrongOutlet(index: FactIndex, reading: Reading): ClaimCheck | undefined {
  const outlets = reading.speakers.filter((s) => s.outlet);
  const people = reading.analysis.entities.filter((id) => index.entityKinds.get(id) === 'person');
  if (outlets.length === 0 || people.length === 0) return undefined;
  const fact = reading.ranked.find(
    (s) => people.every((id) => s.fact.entities.has(id)) && factSpeakers(index, s.fact).reporters.size > 0,
  )?.fact;
  const wrong = fact && outlets.find((o) => creditsSpeaker(index, fact, o) === false);
  return fact && wrong
    ? verdict(reading, 'contradicted', explain.wrongSpeaker(fact, wrong), fact)
    : undefined;
}

/** A person or organisation the clause opens on, before its verb ("Wanless plans…", "The NSPCC blamed…"). */
function openingDoer(index: FactIndex, reading: Reading): string | undefined {
  const subject =
    /^(?:the\s+)?((?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+)\s+(?:plans?|planned|intends?|intended|aims?|aimed|wants?|blamed|blames|denounced|denounces|accused|accuses|criticised|criticized|announced|announces|started|starts|began|begins)\b/iu.exec(
      reading.clause.trim(),
    )?.[1];
  if (!subject) return undefined;
  // (By a word of their name: "Facebook's Chief Executive" names no one by a title the NSPCC's also holds.)
  return analyseText(subject, index.vocab, false).entities.find(
    (id) =>
      ['person', 'organisation', 'group'].includes(index.entityKinds.get(id) ?? '') &&
      nameWords(index, id).some((w) => new RegExp(`\\b${w}\\b`, 'iu').test(subject)),
  );
}

/**
 * Whether a fact's subjects, statement, quote or speaker name someone, by a word of their name ("Wanless", "NSPCC"):
 * not by a title another also holds ("CEO" of Facebook's Zuckerberg is no naming of the NSPCC's chief executive).
 */
function namedByFact(index: FactIndex, fact: IndexedFact, id: string): boolean {
  if (fact.fact.subjects.includes(id)) return true;
  const { statement, quote, attribution } = fact.fact;
  const said = `${statement} ${quote} ${attribution.source} ${attribution.reportedBy}`.toLowerCase();
  return nameWords(index, id).some((w) => new RegExp(`\\b${w}\\b`, 'u').test(said));
}

/** The words of someone's name, four letters or more, lower case ("peter", "wanless"; "nspcc"). */
function nameWords(index: FactIndex, id: string): string[] {
  return (index.entityNames.get(id) ?? id).toLowerCase().match(/\p{L}{4,}/gu) ?? [];
}
