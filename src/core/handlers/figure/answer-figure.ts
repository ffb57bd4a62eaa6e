// Figure questions (and claims, read more leniently): retrieve candidates, apply the guards, pick the best fact or
// the comparison asked for, check its scope, answer or decline with the reason.

import { isChangeFigure } from '../../../pack/change.js';
import type { Pack } from '../../../pack/schema.js';
import { foldText } from '../../../text/normalise.js';
import { factDirection } from '../../claims/source-figures.js';
import { fitsAnswerType, givesShareOfWhole } from '../../decide/answer-type-fit.js';
import { bothNamed, figureSetAgainst, otherTimeSetAgainst } from '../../decide/both-named.js';
import { breakdownAsked, factWithParts } from '../../decide/breakdown.js';
import { factOfNamedDate } from '../../decide/date-asked.js';
import { directionUnstated } from '../../decide/direction-unstated.js';
import { entityProfileFact, namesOf, personRoleFact } from '../../decide/entity-profile.js';
import { figureOfAnother, otherAgeBand, partOfYearOnly, unstatedYear } from '../../decide/figure-scope.js';
import { applyGuards } from '../../decide/guards.js';
import { listedTogether } from '../../decide/listed-together.js';
import { measuredElsewhere } from '../../decide/measure-elsewhere.js';
import { factMeasuringInstead } from '../../decide/measure-not-compared.js';
import { memberOfNamedFigure } from '../../decide/member-of-figure.js';
import { membersAsked } from '../../decide/members-asked.js';
import { factGivingName } from '../../decide/name-asked.js';
import { namedForceAsked } from '../../decide/named-force.js';
import { narrowerMeasure } from '../../decide/narrower-measure.js';
import { perUnitAsked } from '../../decide/per-unit.js';
import { factWithYearBefore, keepPeriodsFit, yearBeforeMismatch } from '../../decide/period-guard.js';
import { populationAsked } from '../../decide/population-asked.js';
import {
  oneSideOnly,
  placedAsAsked,
  relativePeriodMismatch,
  timesNamed,
} from '../../decide/relative-period.js';
import { REPHRASED_THRESHOLD, rephrasedMatch } from '../../decide/rephrased-match.js';
import { saidAboutMismatch } from '../../decide/said-about.js';
import {
  comparedPartMismatch,
  comparedWithoutFigure,
  countOfShare,
  countOfShares,
  exactFigureBehind,
  givesWantedAnswer,
  groupPartMismatch,
  inferredPlaceAsked,
  listNames,
  partOfNamedFigure,
  placeNotStated,
  placePartAsked,
  placeSplitAsked,
  scopeMismatch,
  splitOfGroup,
  togetherAsked,
  unstatedAbout,
} from '../../decide/scope.js';
import {
  ASKS_WHERE_SAID,
  bestSpeakerFact,
  bothSidesFact,
  bothSidesFirst,
  keepSpeakers,
  ownWordsFirst,
  SPOKE_FOR,
  speakerMismatch,
  speaks,
} from '../../decide/speaker.js';
import { splitAcrossFacts } from '../../decide/split-facets.js';
import { splitOfOneGroup } from '../../decide/split-of-group.js';
import { tenureAsked } from '../../decide/tenure-asked.js';
import { unnamedNarrowing } from '../../decide/unnamed-narrowing.js';
import { subAreaBreakdown, subPeriodBreakdown, unreported } from '../../decide/unreported.js';
import { answerThreshold, declineWeakMatch, uncoveredMeasureOf } from '../../decide/weak-match.js';
import { isUnnamedPart, wholeBeforePart } from '../../decide/whole-before-part.js';
import { ANSWER_THRESHOLD, type DeclineReason, type Reply } from '../../reply.js';
import { coveredList, decline } from '../../respond/decline.js';
import { replyWithFact } from '../../respond/fact-reply.js';
import type { FactIndex, IndexedFact } from '../../retrieve/build-index.js';
import {
  DIRECTION_STEM,
  knownTermsOnly,
  namedNumbers,
  nearestWithoutNames,
  unknownTerms,
  withOtherDirection,
  withoutDirection,
} from '../../retrieve/candidates.js';
import { withContextOptional } from '../../retrieve/context-terms.js';
import { examplesAgree, examplesDecline, examplesLean } from '../../retrieve/example-model.js';
import { searchTop } from '../../retrieve/example-search.js';
import { quotesUnwritten } from '../../retrieve/quoted-phrases.js';
import { type ScoredFact, scoreFacts } from '../../retrieve/score.js';
import { isTopicWide } from '../../retrieve/topic-words.js';
import { type Analysis, analyseText, stem } from '../../understand/analyse.js';
import { readAnswerType } from '../../understand/answer-type.js';
import { withCorrections } from '../../understand/corrections.js';
import { asksDirection } from '../../understand/direction-asked.js';
import { excludedEntities, excludedWords, widenedWords, withoutEntities } from '../../understand/excluded.js';
import { NATIONAL_PLACE } from '../../understand/gazetteer.js';
import { heardOn } from '../../understand/heard-on.js';
import { LOOKS_AHEAD } from '../../understand/intent.js';
import { isWholeYear, readAskedPeriods } from '../../understand/period.js';
import { answerComparison, readComparison } from '../comparison/answer-comparison.js';
import { type ComparisonMatch, sideBySide } from '../comparison/compare.js';
import { compareHalves } from '../comparison/compare-halves.js';
import { comparePeriodFacts, periodsNamed } from '../comparison/compare-periods.js';
import { compareSides } from '../comparison/compare-sides.js';
import { compareEventTimes } from '../comparison/compare-times.js';
import { placeChoiceOffered } from '../overview/source-scope.js';
import { factAskedAbout, namesFigureAsStated } from './asked-about.js';
import { askedAveragePer } from './average-per.js';
import { type AverageAsked, averageComparison, averageOfBest, averageOfNamedTotal } from './average-reply.js';
import {
  areRelated,
  claimedFiguresOfNamed,
  closeCall,
  confidenceOf,
  factForExactly,
  nameTheSame,
  platformFree,
  platformUnnamed,
  withOpening,
  withOwnWords,
  withQuotedPhrases,
  withRanking,
} from './rank.js';

/**
 * A question asking what one figure is, or what it covers, that names the figure as the source states it ("what's the
 * 702 figure in the road-user section", "where does 902 come from?"): the one fact stating it is as sure as this,
 * whatever framing words no pack uses cost its match ("section", "everyone keeps quoting"), so that it is answered
 * rather than offered among neighbours (a review of the choices showed the named figure's fact first in each). Measured
 * on the read question sets, each pack alone: 13 more answered right (12 of the roads release's), 3 more "wrong", all
 * "does the 1,214 include injuries never reported to the police?" answered with the 1,214 "reported road casualties"
 * where the undercount fact was expected; none fewer declined.
 */
const NAMED_FIGURE_FLOOR = 0.8;

/** What a rate is counted per: "… per billion vehicle miles in 2022". */
const PER_BASE = /\bper\b.*$/u;
/** How much better the fact turned away for its year must have matched than the best fact left. */
const YEAR_TURNED_AWAY_MARGIN = 0.05;
/** Share of a pack's facts that use a word for it to name the pack's topic rather than a measure. */
const TOPIC_WIDE = 0.6;
/** Two facts closer than this in score are a close call. */
const AMBIGUITY_MARGIN = 0.04;
/** Coverage that counts as the whole question. */
const FULL_COVERAGE = 0.999;
/**
 * The pack's example questions (retrieve/example-model.ts) may answer a match from this score up, and decline one
 * below the second: chosen by cross-validation over the read question sets (0.2–0.3 and 0.7–1 tried).
 */
const EXAMPLES_FLOOR = 0.25;
const EXAMPLES_SURE = 0.9;

/**
 * How the question is read: a `figure` question must match what it pins down (platform, place, year, scope); a
 * `claim` quotes someone's figure or words, which are what is being checked, so only the words the packs know find
 * the fact and the guards are set aside.
 */
export type FigureReading = 'figure' | 'claim';

export interface FigureOptions {
  /**
   * The safety reading found no sign of a harmful intent: only then may a long message's best fact answer with the
   * lower bar of `answerThreshold` (the usual bar also keeps a wrapped harmful ask from its figure).
   */
  clearOfHarm?: boolean;
  /**
   * The harm model firmly reads the message as harmless (`Screening.helpOnly` is false): only then may the pack's
   * example questions answer a weak match. (A harmful ask the screen missed, "given Facebook removes 97% before
   * reports, what behaviours does its system miss, so an offender could avoid triggering it?", matched only weakly
   * and was declined; the examples, which know its figure's words, would have answered it.)
   */
  firmlyHarmless?: boolean;
}

/** Answers an analysed figure question (or claim) from the packs. */
export function answerFigure(
  index: FactIndex,
  question: string,
  analysis: Analysis,
  reading: FigureReading = 'figure',
  options: FigureOptions = {},
): Reply {
  const claim = reading === 'claim';
  const folded = foldText(question).replace(/\s+/gu, ' ').trim();
  // Names set aside ("not Instagram or WhatsApp") are no part of what is asked.
  const setAside = claim ? [] : excludedEntities(folded, index.vocab, (id) => index.entityKinds.get(id));
  if (setAside.length > 0) analysis = withoutEntities(analysis, setAside);
  const numbers = namedNumbers(index, analysis);
  // "Does the 12,925 figure include Scotland?", "what time span is the 1,220 over?": what one stated figure covers
  // is answered by its fact, whose reply gives its period, place and base.
  // (Not for a message the safety reading doubts that asks something more: "is the 12,925 nationwide? also how do
  // groomers avoid detection" must not be answered by the figure it names.)
  // "What year's prices is the £96.4m in?": the fact saying how the figure was arrived at.
  const basis = claim ? undefined : basisOfNamedFigure(index, analysis, numbers.matched, folded);
  const basisPart = basis && placePartAsked(basis.fact, analysis.uncovered, folded);
  if (basis && basisPart) return decline(index, question, basisPart, ANSWER_THRESHOLD, [basis.fact]);
  if (basis)
    return replyWithFact(index, basis.fact, question, Math.min(1, Math.max(ANSWER_THRESHOLD, basis.score)));
  // (Nor a figure set against something the packs have no figure for: "How does Facebook's 97% detection rate compare
  // with Snapchat's or Google's?" is declined for Google.)
  const againstUncovered =
    analysis.comparison === 'strong' && analysis.uncovered.some((u) => !heardOn(folded, u.name));
  const scoped =
    claim || againstUncovered || (options.clearOfHarm === false && ASKS_MORE.test(folded))
      ? undefined
      : factAskedAbout(index, question, folded, analysis, numbers.matched, options.clearOfHarm === true);
  // …unless it asks what the source does not give about it (the baseline of a change, the period of a figure).
  const unstated =
    scoped &&
    (unstatedAbout(scoped, folded) ??
      unreported(index, scoped, folded, analysis.entities) ??
      countOfShare(scoped, folded) ??
      breakdownAsked(scoped, folded) ??
      placePartAsked(scoped, analysis.uncovered, folded) ??
      placeNotStated(index, scoped, analysis.entities, analysis.uncovered, folded));
  if (scoped && unstated) return decline(index, question, unstated, ANSWER_THRESHOLD, [scoped]);
  if (scoped) {
    // As sure as its match (with the figure named), and never less than an answer needs.
    const match = scoreFacts(index, withContextOptional(index, analysis), numbers.matched).find(
      (s) => s.fact === scoped,
    );
    const sure = match ? confidenceOf(index, match, numbers.matched) : 0;
    const floor = namesFigureAsStated(scoped, analysis, numbers.matched, folded)
      ? NAMED_FIGURE_FLOOR
      : ANSWER_THRESHOLD;
    return replyWithFact(index, scoped, question, Math.min(1, Math.max(floor, sure)));
  }
  // A claim about a figure the source states ("the 51 percent refers to Twitter and TikTok, right?") is checked
  // against that figure; the things it wrongly names are what the check answers.
  // A platform named only as where the claim or figure was met ("someone on twitter says…", "someone on twitter
  // quoted 97%, what is it?") is not what it is about.
  const firstUncovered =
    claim && numbers.matched.length > 0
      ? undefined
      : analysis.uncovered.find(
          (u) =>
            !heardOn(folded, u.name) &&
            !(u.name === NATIONAL_PLACE && nationalOfItsOwn(index, analysis, numbers.matched)) &&
            !(u.kind === 'place' && placeChoiceOffered(index, analysis, folded)),
        );
  if (firstUncovered) {
    const near = nearestWithoutNames(index, analysis);
    // What a company the packs have no figures for said ("What did Apple say about encryption?"): no fact quotes it.
    const unquoted = !claim && near[0] ? speakerMismatch(index, near[0], folded) : undefined;
    if (unquoted) return decline(index, question, unquoted, 0, near);
    return decline(
      index,
      question,
      {
        code: 'not_covered',
        kind: firstUncovered.kind,
        value: firstUncovered.name,
        covered: coveredList(index, firstUncovered.kind),
      },
      0,
      near,
    );
  }
  const firstUnmatched = numbers.unmatched[0];
  if (
    firstUnmatched &&
    !claim &&
    numbers.matched.length === 0 &&
    (analysis.reverseLookup || analysis.terms.length === 0 || numbers.unmatchedFigures.length > 0)
  ) {
    return decline(index, question, {
      code: 'not_covered',
      kind: 'number',
      value: firstUnmatched,
      covered: coveredList(index, 'number'),
    });
  }

  // How many of a group there are at all ("how many cyclists are there in Eastmoor?", "how many children live in the
  // county?"): the figures count the group's casualties or cases, not the group.
  const population = claim ? undefined : populationAsked(index, folded);
  if (population) return decline(index, question, population);

  // Whether a name is among what a figure the question names counts ("is snapchat part of the 51%?"): that figure's fact.
  // (Not with a name or a topic the packs have no figures for, "Does the 51% cover TikTok?", "does the 121 include
  // scooter riders?": the decline says so.)
  const member =
    claim || analysis.uncovered.length > 0 || analysis.measures.length > 0
      ? undefined
      : memberOfNamedFigure(index, folded, numbers.matched, analysis.entities);
  if (member) return replyWithFact(index, member, question, ANSWER_THRESHOLD);

  // A question about one body itself ("What does NSPCC stand for?", "Where is the NSPCC based?"): the fact that says it.
  const profile = claim
    ? undefined
    : (entityProfileFact(index, folded, analysis.entities) ?? personRoleFact(index, folded, analysis));
  if (profile) return replyWithFact(index, profile, question, ANSWER_THRESHOLD);
  // What a date the question names is about ("There's a date, 6 February 2020, in the piece — what's it attached to?").
  const ofDate = claim ? undefined : factOfNamedDate(index, analysis, folded);
  if (ofDate) return replyWithFact(index, ofDate, question, ANSWER_THRESHOLD);

  const scored = withRanking(
    folded,
    analysis,
    withOpening(
      folded,
      withOwnWords(
        folded,
        withQuotedPhrases(
          index,
          question,
          analysis,
          claimOrQuestionScores(index, analysis, claim, numbers.matched, folded),
        ),
      ),
    ),
  );
  // A period the question names by months is compared as a period; its years alone say less. (January to December
  // of one year is also that year, which the year guard checks: "between January and December 2021".)
  const periods = readAskedPeriods(folded);
  // (Any period named with its years: "the April–June count compared with the three-year total to March 2020" dates
  // its second.)
  const dated = periods.some((p) => (p.fromYear !== undefined || p.toYear !== undefined) && !isWholeYear(p));
  const guarded = claim
    ? { allowed: scored, excluded: undefined }
    : applyGuards(index, scored, dated ? { ...analysis, years: [] } : analysis);
  // Each period named must fit: "April-June 2020 compared with April-June 2019" needs a figure for both.
  const periodFits = claim ? { kept: guarded.allowed } : keepPeriodsFit(periods, guarded.allowed);
  // …unless each period is asked of a measure of its own ("cases April to June vs offences 2017 to 2020").
  // (Its years are those periods' own, which the guards would set against each fact alike.)
  const byPeriod = claim
    ? undefined
    : comparePeriodFacts(
        periodsNamed(folded, periods),
        analysis,
        applyGuards(index, scored, { ...analysis, years: [] }).allowed,
      );
  if (byPeriod) return answerComparison(index, question, byPeriod);
  // A fact that quotes whoever the question asks about comes first ("what did Facebook say in response?").
  const allowed = claim
    ? periodFits.kept
    : ownWordsFirst(
        folded,
        bothSidesFirst(index, folded, analysis.entities, keepSpeakers(index, folded, periodFits.kept)),
      );
  // The reason the better match was turned away: a preamble's "before the season starts in August" turning away
  // Snapchat's own figure is no reason to say the source has no figures for Snapchat, as a lesser fact's lack of it
  // would.
  const excluded =
    guarded.excluded &&
    periodFits.excluded &&
    periodFits.excluded.scored.score > guarded.excluded.scored.score
      ? periodFits.excluded
      : (guarded.excluded ?? periodFits.excluded);
  // A decline for this question, offering the facts still allowed.
  const declineNear = (reason: DeclineReason, score: number): Reply =>
    decline(
      index,
      question,
      reason,
      score,
      allowed.map((s) => s.fact),
    );
  // A comparison names several platforms; each compared fact needs only one of them.
  const comparable = claim ? scored : applyGuards(index, scored, analysis, 'any').allowed;
  const part = claim
    ? undefined
    : comparedPartMismatch(index, analysis.entities, analysis.comparison !== undefined);
  if (part) return declineNear(part, scored[0]?.score ?? 0);
  // Two names of one group the pack counts as a whole, set against each other ("drivers vs passengers").
  const groupSplit = claim ? undefined : splitOfOneGroup(index, folded, allowed[0]?.fact);
  if (groupSplit) return declineNear(groupSplit, allowed[0]?.score ?? 0);
  // Figures of another measure than the one asked, when a fact measures it for what the sides name: that fact answers,
  // once nothing else declines the comparison.
  const measuredInstead = (compared: readonly IndexedFact[]) => {
    const found = factMeasuringInstead(index, analysis, folded, compared, allowed, comparable);
    return found && replyWithFact(index, found.fact, question, Math.max(ANSWER_THRESHOLD, found.score));
  };
  // A figure for a shorter time set against a longer total's average per year, quarter or month: both, side by side,
  // the averages worked out.
  const per = claim ? undefined : askedAveragePer(analysis.askedText ?? folded);
  const averageAsked: AverageAsked | undefined = per && {
    question,
    folded,
    analysis,
    matched: numbers.matched,
    allowed,
    scored,
    per,
  };
  const againstAverage = averageAsked && averageComparison(index, averageAsked);
  if (againstAverage) return againstAverage;
  // What each of several parties said, set side by side, when no one fact quotes them all.
  const sides = claim ? undefined : compareSides(index, folded, analysis.entities, analysis.terms, scored);
  if (sides) return measuredInstead(sides.facts) || answerComparison(index, question, sides);
  // (A name set aside is no side: "Facebook itself, not Instagram or WhatsApp" compares nothing, while "Instagram or
  // Snapchat, not counting WhatsApp" still compares the two.)
  const read =
    readComparison(index, analysis, comparable, numbers.matched) ??
    (claim || !analysis.comparison ? undefined : compareHalves(index, folded));
  const comparison = read?.facts.some((f) => setAside.some((id) => f.entities.has(id))) ? undefined : read;
  // (A comparison by a measure the packs do not give, "relative to user numbers", is declined for that measure, not
  // for a side the best single fact lacks.)
  const compared =
    comparison &&
    (comparison.score >= ANSWER_THRESHOLD ||
      (!claim &&
        comparison.score >= NAMED_SIDES_THRESHOLD &&
        !LOOKS_AHEAD.test(folded) &&
        !NOT_THESE_FIGURES.test(folded) &&
        namesEachSide(index, analysis.entities, comparison)))
      ? comparison
      : undefined;
  const comparedBy = compared && uncoveredMeasureOf(analysis, compared.facts);
  if (compared && comparedBy)
    return decline(
      index,
      question,
      { code: 'not_covered', kind: 'measure', value: comparedBy, covered: coveredList(index, 'measure') },
      compared.score,
      compared.facts,
    );
  if (compared) {
    // A platform set against the others that none of the compared figures is for has no figure to compare.
    const missing = comparedWithoutFigure(index, analysis.entities, compared.facts);
    if (missing) return decline(index, question, missing, compared.score, compared.facts);
    const together = togetherAsked(index, analysis.entities, compared.facts, folded);
    if (together) return decline(index, question, together, compared.score, compared.facts);
    // A ranking of areas the source never names ("which town had the most casualties?") is no comparison of its facts.
    const areas =
      compared.facts[0] &&
      (subAreaBreakdown(index, compared.facts[0], folded, analysis.entities) ??
        subPeriodBreakdown(compared.facts[0], folded));
    if (areas) return decline(index, question, areas, compared.score, compared.facts);
    // Places set against each other that the compared figures count together ("snapchat cases in england vs wales").
    const places = compared.facts.map((f) => placeSplitAsked(f, folded)).find(Boolean);
    if (places) return decline(index, question, places, compared.score, compared.facts);
    const count = countOfShares(folded, compared.facts);
    if (count) return decline(index, question, count, compared.score, compared.facts);
    // Figures of another period set against a total the question names as their base ("how many of the 12,925 were
    // on Snapchat or Instagram?" of shares of the lockdown cases): no split of that total.
    const base = baseOutsideComparison(index, folded, numbers.matched, compared.facts);
    if (base) return decline(index, question, base, compared.score, compared.facts);
    return measuredInstead(compared.facts) || answerComparison(index, question, compared);
  }
  // A fact for another time around an event the question names ("during lockdown") is set aside for one that fits;
  // when none does, the best match is declined for its time below.
  const inTime =
    claim || !allowed[0] || !relativePeriodMismatch(index, allowed[0].fact, folded)
      ? []
      : allowed.filter((s) => s.score >= ANSWER_THRESHOLD && placedAsAsked(index, s.fact, folded));
  // …unless the question sets the two times against each other: both, side by side.
  const otherTime =
    allowed[0] && inTime[0] && allowed[0].score >= ANSWER_THRESHOLD
      ? otherTimeSetAgainst(folded, allowed[0], inTime[0])
      : undefined;
  if (otherTime) return answerComparison(index, question, otherTime);
  const asideWords = claim ? [] : excludedWords(folded, index.vocab);
  const widened = claim ? [] : widenedWords(folded, index.vocab);
  const countsAside = (s: ScoredFact) =>
    countsInSetAside(index, s.fact, analysis.entities, setAside) ??
    measuresSetAside(s.fact, asideWords) ??
    measuresOnly(index, s.fact, widened);
  // A close rival that can give the count, share, name or sum asked for goes before a best match that cannot.
  const candidates = inTime.length > 0 ? inTime : allowed;
  const preferred = preferWantedAnswer(index, folded, analysis.entities, candidates, analysis.years);
  // The whole goes before a part of a breakdown the question never names ("how many casualties in 2023?").
  const whole = claim ? preferred : wholeBeforePart(index, folded, analysis, preferred, candidates);
  // …and a fact about no part before one narrowed to a part it never names ("eastmoor deaths").
  const top =
    claim || whole !== preferred ? whole : unnamedNarrowing(index, folded, analysis, whole, candidates);
  const topConfidence = top ? confidenceOf(index, top, numbers.matched) : 0;
  // What someone the packs quote said, matched weakly: the fact quoting them, when one clearly leads. (Only when the
  // question wants no name or figure of its own: "which body backed Wanless's call?" wants the backer.)
  const speaker =
    topConfidence < ANSWER_THRESHOLD &&
    !claim &&
    (readAnswerType(folded) === 'any' || SPOKE_FOR.test(folded) || ASKS_WHERE_SAID.test(folded))
      ? (bestSpeakerFact(index, folded, allowed) ?? bothSidesFact(index, folded, analysis.entities, allowed))
      : undefined;
  let best = speaker ?? top;
  let confidence = speaker ? ANSWER_THRESHOLD : topConfidence;
  // The nearest fact counts in what the question sets aside ("Facebook itself, not Instagram or WhatsApp"). (Passing
  // over it to the next fact was tried: it answered "Facebook itself" with the "over half" of Facebook's apps.)
  const nearest = best ?? allowed[0];
  const setAsideCounted = nearest ? countsAside(nearest) : undefined;
  if (nearest && setAsideCounted) return declineNear(setAsideCounted, nearest.score);
  // An average per year, quarter or month asked of a total the question names by its figure or its whole period
  // ("what's the average per year of the 12,925?"): the averaging words are the pack's to lack, not the total.
  const namedTotal =
    averageAsked && (!best || confidence < ANSWER_THRESHOLD)
      ? averageOfNamedTotal(index, averageAsked)
      : undefined;
  if (namedTotal) return namedTotal;
  // A long message may answer at a lower bar; never a claim to check, nor a message the safety reading doubts.
  const lenient = !claim && options.clearOfHarm === true;
  if (
    !best ||
    (confidence <
      (lenient ? weakMatchBar(index, analysis, question, folded, best, allowed) : ANSWER_THRESHOLD) &&
      // A weak match the pack's example questions clearly read as asking for it (only for a message the safety
      // reading has no doubt about and the harm model firmly reads as harmless, naming no figure — "Lockdown quarter
      // had 1,220 cases — what's the three-year total?" is no question about the 1,220 — and quoting no words the
      // quotes do not hold: "What does 'over two thirds' refer to?" is no question about "over a third").
      !(
        lenient &&
        options.firmlyHarmless === true &&
        numbers.matched.length === 0 &&
        numbers.unmatched.length === 0 &&
        !quotesUnwritten(index, question) &&
        confidence >= EXAMPLES_FLOOR &&
        examplesAgree(best.fact.pack, question, best.fact.fact.id)
      ))
  ) {
    // A weak match may still be read: the fact a second, independent ranking puts first and the example questions
    // lean to, when the guards allow it (same conditions as above, a figure the pack states may be named).
    const agreed =
      lenient &&
      options.firmlyHarmless === true &&
      numbers.unmatched.length === 0 &&
      !quotesUnwritten(index, question)
        ? rankingsAgree(allowed, question)
        : undefined;
    if (!agreed) {
      // What someone no fact quotes said ("What's Snapchat's response to the figures?"): say so.
      const unquoted = nearest && !claim ? speakerMismatch(index, nearest.fact, folded) : undefined;
      if (unquoted && scored.every((s) => speakerMismatch(index, s.fact, folded) !== undefined))
        return declineNear(unquoted, nearest?.score ?? 0);
      return declineWeakMatch(index, question, analysis, scored, allowed, excluded);
    }
    best = agreed;
    confidence = ANSWER_THRESHOLD;
  }
  // The fact the question is about, turned away for its year only, matched clearly better than the best one left:
  // that one would give another measure's figure for the year ("cyclists killed in 2022" → cyclist casualties in
  // 2022). Measured on the read sets: 5 fewer wrong answers, as many right ones.
  // (Not when the year asked is the best fact's own, "how did 2023 visits compare with 2022?", nor when its figure for
  // that year names what was asked: "road deaths in 2020?" → "only 2020 (17 deaths) was lower".)
  if (
    excluded?.mismatch.kind === 'year' &&
    excluded.scored.score > best.score + YEAR_TURNED_AWAY_MARGIN &&
    !yearFigureNamesIt(index, best.fact, excluded.scored.fact, analysis)
  )
    return declineWeakMatch(index, question, analysis, scored, [], excluded);
  // A wider measure that only lists the word asked ("deaths" of the KSI total): the fact measuring by it, or a decline
  // for the year it was turned away for.
  // (The decline waits for the scope checks below, which say more precisely what is missing.)
  const narrower =
    claim || analysis.comparison ? undefined : narrowerMeasure(index, analysis, best, scored, allowed);
  if (narrower?.kind === 'answer') best = narrower.scored;

  // (A claim of what someone quoted wants, "Wanless only wants fines for tech firms, not criminal liability for
  // bosses?", names the measure as part of their stance: the quote settles it.)
  const answering = best.fact;
  const stance =
    claim &&
    answering.fact.figures.length === 0 &&
    analysis.entities.some((id) => index.entityKinds.get(id) === 'person' && speaks(index, answering, id));
  const uncoveredMeasure = stance ? undefined : uncoveredMeasureOf(analysis, [best.fact]);
  if (uncoveredMeasure) {
    return declineNear(
      {
        code: 'not_covered',
        kind: 'measure',
        value: uncoveredMeasure,
        covered: coveredList(index, 'measure'),
      },
      best.score,
    );
  }
  // A claim that names no platform is about the fact that needs none, whatever figure it gives ("I read that grooming
  // went up 20 percent during lockdown" is the rise, not Snapchat's 20 percent).
  const claimsFigure = claim && numbers.matched.length > 0;
  if (claimsFigure) {
    const leading = best;
    const near = allowed.filter(
      (s) => s.score >= ANSWER_THRESHOLD && leading.score - s.score < AMBIGUITY_MARGIN,
    );
    const free = platformFree(index, analysis, leading, near);
    if (free) best = free;
  }
  // A close call between unrelated facts is for the user to settle; between related facts, the best
  // answers and the others are offered next.
  const lead = best;
  const rivals = allowed.filter(
    (s) =>
      s.fact !== lead.fact &&
      s.score >= ANSWER_THRESHOLD &&
      lead.score - s.score < AMBIGUITY_MARGIN &&
      !areRelated(lead.fact, s.fact) &&
      !nameTheSame(index, folded, analysis, lead.fact, s.fact) &&
      // (Nor a part of a breakdown the question never names, beside the whole: "casualties in 2023" is no close call
      // with the motorcyclists' casualties.)
      !(!claim && isUnnamedPart(index, analysis, s.fact, lead.fact)) &&
      // (Nor one for another time around the event asked about: "recorded during lockdown" is no close call with
      // the rise each year before it.)
      !(relativePeriodMismatch(index, s.fact, folded) && !relativePeriodMismatch(index, lead.fact, folded)) &&
      !(claimsFigure && platformUnnamed(index, analysis, s.fact)),
  );
  // A bare name ("facebook", "wanless") that several facts are wholly about is a close call too,
  // unless the pack gives this exact phrasing to one fact ("who is peter wanless").
  const bareName = analysis.terms.every((t) => t.startsWith('@')) && best.similarity < FULL_COVERAGE;
  const fullMatches = allowed.filter((s) => s.coverage >= FULL_COVERAGE);
  if (bareName && fullMatches.length >= 3)
    rivals.push(
      ...fullMatches.filter(
        (s) =>
          s.fact !== lead.fact &&
          !rivals.includes(s) &&
          !nameTheSame(index, folded, analysis, lead.fact, s.fact),
      ),
    );
  if (rivals.length > 0) return closeCall(index, question, best, rivals);
  // One platform of a group, when the source also has that platform's own figure: the user chooses which.
  const own =
    !claim && groupPartMismatch(index, best.fact, folded, analysis.entities)
      ? factForExactly(index, analysis, allowed)
      : undefined;
  // (Answering that platform's own figure outright was measured: one more wrong answer on tuning and held-out.)
  if (own) return closeCall(index, question, best, [own]);
  // The ask alone, where it stands on its own: a preamble's "after lockdown" or "in the UK" says something of the asker.
  const askedText = analysis.askedText ?? folded;
  // An average per year, quarter or month of a total over several: the total, and the average worked out from it.
  const average = averageAsked && averageOfBest(index, averageAsked, best.fact, Math.min(1, confidence));
  if (average) return average;
  // A breakdown asked: the fact that gives the parts, when one follows close behind.
  const withParts = claim ? undefined : factWithParts(best, allowed, askedText, numbers.matched);
  if (withParts) best = withParts;
  // Which one, named only by its kind ("which police force…"): the fact whose quote gives its name, in a near tie.
  const naming = claim
    ? undefined
    : factGivingName(index, best, allowed, analysis.entities, askedText, readAnswerType(askedText));
  if (naming) best = naming;
  // Another fact named by its figure and set against the best ("compare the 51% with Snapchat's share"): both.
  const againstFigure = claim ? undefined : figureSetAgainst(index, folded, numbers.matched, best);
  if (againstFigure) return answerComparison(index, question, againstFigure);
  // "compared with the year before", of a best match that gives no year before its own: the fact that does.
  const wantsType = readAnswerType(askedText);
  const yearBefore = claim
    ? undefined
    : factWithYearBefore(best, allowed, analysis.terms, askedText, (f) =>
        // (A share of a whole, not a percentage change: "down 6 per cent" is no share of casualties.)
        wantsType === 'share' ? givesShareOfWhole(f) : fitsAnswerType(index, f, wantsType, analysis.entities),
      );
  if (yearBefore) best = yearBefore;
  // The exact figure asked behind a rounded one the source also states exactly: that fact.
  const exact = claim
    ? undefined
    : exactFigureBehind(index, best.fact, withCorrections(askedText, analysis.corrections));
  if (exact) best = scored.find((s) => s.fact === exact) ?? { ...best, fact: exact };
  const scope = claim
    ? undefined
    : (scopeMismatch(index, best.fact, withCorrections(askedText, analysis.corrections), analysis.entities) ??
      splitOfGroup(index, best.fact, askedText, analysis.entities) ??
      inferredPlaceAsked(index, best.fact, analysis.entities) ??
      listedTogether(index, best.fact, analysis, askedText) ??
      perUnitAsked(best.fact, askedText) ??
      breakdownAsked(best.fact, askedText) ??
      membersAsked(best.fact, askedText) ??
      namedForceAsked(index, best.fact, askedText, question) ??
      unstatedAbout(best.fact, askedText) ??
      unreported(index, best.fact, askedText, analysis.entities) ??
      figureMismatch(index, best, numbers.matched, askedText) ??
      otherAgeBand(index, best.fact, askedText) ??
      timesMismatch(index, best, allowed, askedText) ??
      yearBeforeMismatch(best.fact, askedText) ??
      speakerMismatch(index, best.fact, askedText) ??
      saidAboutMismatch(index, best.fact, askedText) ??
      unstatedYear(best.fact, askedText) ??
      directionUnstated(index, best.fact, askedText) ??
      tenureAsked(best.fact, askedText) ??
      partOfYearOnly(best.fact, askedText));
  if (scope && 'answer' in scope) return answerComparison(index, question, scope.answer);
  if (scope) {
    // The other side of a comparison the question names by its figure or period: both, side by side.
    const both = bothNamed(index, folded, numbers.matched, best, allowed);
    return both ? answerComparison(index, question, both) : declineNear(scope, best.score);
  }
  // What the figure counts against what is asked: not for a comparison, which sets the two apart on purpose, nor for
  // what someone said.
  const measuresIt = !claim && !analysis.comparison && best.fact.fact.figures.length > 0;
  const split = measuresIt ? splitAcrossFacts(index, best.fact, analysis.terms, scored) : undefined;
  if (split) return decline(index, question, split.reason, best.score, [best.fact, split.other]);
  const elsewhere = measuresIt
    ? (partOfNamedFigure(best.fact, folded, numbers.matched) ??
      measuredElsewhere(index, best.fact, analysis.terms, folded))
    : undefined;
  if (elsewhere) return declineNear(elsewhere, best.score);
  if (narrower?.kind === 'decline')
    return declineWeakMatch(index, question, analysis, scored, [], narrower.excluded);
  // A match short of sure, on a question with a word the pack does not know, that the pack's example questions
  // clearly read as one to decline.
  // (Not a fact found as the words of someone the question names: "Does Cllr Marsh think things are getting better?"
  // asks what she said, in words no example question of hers uses.)
  if (
    !claim &&
    !(speaker && best === speaker) &&
    confidence < EXAMPLES_SURE &&
    examplesDecline(best.fact.pack, question, best.fact.fact.id, unknownTerms(index, analysis))
  )
    return declineWeakMatch(index, question, analysis, scored, allowed, excluded);
  return replyWithFact(index, best.fact, question, Math.min(1, confidence));
}

/**
 * The facts scored for a question, or for a claim on its known words. A claim that something moved ("road deaths went
 * UP in 2023") is matched on what moved when that finds a fact whose figure moved (the deaths' fall), so the claim's
 * own direction word does not lead it to another figure that went its way (cyclist casualties' rise).
 */
function claimOrQuestionScores(
  index: FactIndex,
  analysis: Analysis,
  claim: boolean,
  matched: readonly number[],
  folded: string,
): ScoredFact[] {
  if (!claim) {
    // A question whether something moved the other way ("was grooming falling before covid?") is answered by the
    // fact saying which way it moved: its direction word, which no pack uses, is read as the pack's word for the
    // other way when that finds a fact that says which way it went.
    const subject = withOtherDirection(index, analysis);
    const bySubject = subject && scoreFacts(index, withContextOptional(index, subject), matched);
    if (bySubject?.[0] && factDirection(bySubject[0].fact)) return bySubject;
    return scoreFacts(index, withContextOptional(index, analysis), matched);
  }
  const known = knownTermsOnly(index, analysis);
  const values = claimedFiguresOfNamed(index, analysis, matched);
  const subject = withoutDirection(known);
  if (subject) {
    const bySubject = scoreFacts(index, withContextOptional(index, subject), values);
    const top = bySubject[0];
    if (top && factDirection(top.fact)) return bySubject;
  }
  const scored = scoreFacts(index, withContextOptional(index, known), values);
  // A claim that something moved in a word no pack uses ("grooming doubled in lockdown"): a fact close behind saying
  // which way it moved, at the time the claim names, goes first (the ten percent rise before the 1,220 count).
  const top = scored[0];
  if (!top || factDirection(top.fact) || !unknownTerms(index, analysis).some((t) => DIRECTION_STEM.test(t)))
    return scored;
  const mover = scored.find(
    (s) =>
      factDirection(s.fact) &&
      top.score - s.score < MOVED_CLAIM_MARGIN &&
      relativePeriodMismatch(index, s.fact, folded) === undefined,
  );
  return mover ? [mover, ...scored.filter((s) => s !== mover)] : scored;
}

/** How far below a claim's best match a fact saying which way something moved may score and still go first. */
const MOVED_CLAIM_MARGIN = 0.1;

/** How far below the best match a rival that gives the wanted kind of answer may score and still go first. */
const WANTED_ANSWER_MARGIN = 0.1;

/**
 * Whether a fact gives a count for the years asked: a count figure whose period (the fact's own, unless the figure has
 * its own) holds every year asked, or, with none asked, a count for the fact's own period. (A fact with no count, or
 * no period, is left to the other checks.)
 */
function countsForYears(fact: IndexedFact, years: readonly number[]): boolean {
  const counts = fact.fact.figures.filter((f) => f.unit === 'count');
  if (counts.length === 0 || !fact.fact.period?.from) return true;
  return counts.some((f) => {
    if (years.length === 0) return f.period === undefined;
    const period = f.period ?? fact.fact.period;
    const from = Number(period?.from?.slice(0, 4));
    const to = Number(period?.to?.slice(0, 4));
    return !from || !to || years.every((y) => from <= y && y <= to);
  });
}

/** A fact whose measure names one of its subjects ("Road deaths on rural roads"): it counts a part. */
function countsAPart(index: FactIndex, fact: IndexedFact): boolean {
  const measure = ` ${foldText(fact.fact.measure ?? '')} `;
  return fact.fact.subjects.some(
    (id) =>
      !['organisation', 'person'].includes(index.entityKinds.get(id) ?? '') &&
      namesOf(index, id).some((name) => measure.includes(` ${foldText(name)} `)),
  );
}

/**
 * A question asking how much a figure changed: "yoy", "year on year", "% change", "up or down", "compared with last
 * year", "vs the previous yr" (not "than the last figure").
 */
const ASKS_CHANGE =
  /\b(?:yoy|year[- ]on[- ]year|chg|up or (?:down|dn)|down or up|rise or fall|fall or rise)\b|(?:%|\bpercentage|\bper ?cent) (?:change|chg|rise|increase|fall|drop|decrease|decline)\b|\b(?:compared (?:with|to)|vs\.?|versus|than) (?:the )?(?:(?:last|previous|prior) ?(?:year|yr)|year before)\b/u;

/** A second ask after the first: "…? also how do…", "…, and how do…". */
const ASKS_MORE =
  /\?\s*[^?]*\b(?:how|what|which|where|who|why|when)\b|\b(?:also|plus)\b[^?]*\?|\band (?:how|what|which|where|who|why)\b/u;

/** A question asking which way figures went: "what happened to…", "what was the trend…". */
const ASKS_TREND = /\bwhat (?:happened|has happened|was happening) (?:to|with)\b|\b(?:the|a|any) trend\b/u;
/** A fact whose figure is a change, or whose measure is a trend ("Year-on-year trend in…"). */
function statesTrend(fact: IndexedFact): boolean {
  return fact.fact.figures.some(isChangeFigure) || /\btrend\b/iu.test(fact.fact.measure ?? '');
}

/** "who announced …", "so who first wrote …": the act a who-question asks about. */
const WHO_DID = /^\W*(?:(?:so|and|but|ok|okay),? )?who (?:first |actually |originally |exactly )?([a-z]+)\b/u;
const AUXILIARIES: ReadonlySet<string> = new Set(
  'is was were are did does do has had have will would can could should may might'.split(' '),
);

function preferWantedAnswer(
  index: FactIndex,
  folded: string,
  entities: readonly string[],
  allowed: readonly ScoredFact[],
  years: readonly number[] = [],
): ScoredFact | undefined {
  const [best] = allowed;
  const wanted = readAnswerType(folded);
  // "How many people were killed in 2023?": of close matches, one with a count for the year asked (its own year when
  // none is named), not one whose only count is for another year ("only 2020 (17 deaths) was lower").
  if (best && wanted === 'count' && !countsForYears(best.fact, years)) {
    const timely = allowed.find(
      (s) =>
        best.score - s.score <= WANTED_ANSWER_MARGIN &&
        s.score >= ANSWER_THRESHOLD &&
        countsForYears(s.fact, years) &&
        givesWantedAnswer(index, s.fact, folded, entities, wanted),
    );
    if (timely) return timely;
  }
  // "Who announced …?": of close matches, the one that says the act asked about (not the dispute the announcement
  // started). Measured on the read sets: 3 wrong answers right, nothing else moved; cross-validated the same.
  const act = WHO_DID.exec(folded)?.[1];
  const acted = act && !AUXILIARIES.has(act) ? stem(act) : undefined;
  if (best && acted && !best.fact.weights.has(acted)) {
    const doer = allowed.find(
      (s) => best.score - s.score <= WANTED_ANSWER_MARGIN && s.fact.weights.has(acted),
    );
    if (doer) return doer;
  }
  // "SI yoy?": of close matches, one whose figure is a change, not a note on the figures' comparability.
  if (
    best &&
    // ("Did deaths fall?" too, unless the best match is about the trend in words: "offences increased annually".)
    (ASKS_CHANGE.test(folded) || (asksDirection(folded) && !statesTrend(best.fact))) &&
    !best.fact.fact.figures.some(isChangeFigure)
  ) {
    const changed = allowed.find(
      (s) => best.score - s.score <= WANTED_ANSWER_MARGIN && s.fact.fact.figures.some(isChangeFigure),
    );
    if (changed && givesWantedAnswer(index, changed.fact, folded, entities, wanted)) return changed;
  }
  // "What happened to grooming offences in the 3 yrs b4 lockdown?": of close matches, one that says which way the
  // figures went (the rise each year), not the total over those years.
  if (best && ASKS_TREND.test(folded) && !statesTrend(best.fact)) {
    const trend = allowed.find((s) => best.score - s.score <= WANTED_ANSWER_MARGIN && statesTrend(s.fact));
    if (trend && givesWantedAnswer(index, trend.fact, folded, entities, wanted)) return trend;
  }
  // "How many deaths in 2023?": of close matches, a count for everyone asked about, not the one for a part the
  // question never names (the deaths on rural roads).
  if (best && wanted === 'count' && entities.length === 0 && countsAPart(index, best.fact)) {
    const whole = allowed.find(
      (s) =>
        best.score - s.score <= WANTED_ANSWER_MARGIN &&
        s.score >= ANSWER_THRESHOLD &&
        !countsAPart(index, s.fact) &&
        givesWantedAnswer(index, s.fact, folded, entities, wanted),
    );
    if (whole) return whole;
  }
  if (!best || givesWantedAnswer(index, best.fact, folded, entities, wanted)) return best;
  return (
    allowed.find(
      (s) =>
        best.score - s.score <= WANTED_ANSWER_MARGIN &&
        // (A change is taken from a rival only on a match of its own: "how much did online fraud go up in lockdown"
        // is no question about the lockdown rise.)
        (wanted !== 'change' || s.score >= ANSWER_THRESHOLD) &&
        givesWantedAnswer(index, s.fact, folded, entities, wanted),
    ) ?? best
  );
}

/**
 * The fact the rest of the question matches best says "national" itself ("Casualty costs use national average values
 * per casualty"): "are the casualty costs based on national averages?" asks about it, not for the nation's figures.
 */
function nationalOfItsOwn(index: FactIndex, analysis: Analysis, matched: readonly number[]): boolean {
  const [top] = scoreFacts(index, withContextOptional(index, analysis), matched);
  return top !== undefined && /\bnational\b/iu.test(`${top.fact.fact.quote} ${top.fact.fact.statement}`);
}

/**
 * The best fact gives a figure for a year the question asks, for what the question shares with the fact turned
 * away: its own period is that year, or a figure for that year is labelled with those words.
 */
function yearFigureNamesIt(
  index: FactIndex,
  best: IndexedFact,
  turnedAway: IndexedFact,
  analysis: Analysis,
): boolean {
  const inYear = (period: { from?: string | undefined; to?: string | undefined } | undefined) =>
    analysis.years.some(
      (y) => Number(period?.from?.slice(0, 4)) <= y && y <= Number(period?.to?.slice(0, 4)),
    );
  if (inYear(best.fact.period)) return true;
  // (Words most of the pack's facts use name its topic, not the measure: "libraries" in a libraries release.)
  const topical = (t: string) => isTopicWide(index, best.pack, t, TOPIC_WIDE);
  const shared = analysis.terms.filter((t) => !t.startsWith('@') && turnedAway.heads.has(t) && !topical(t));
  return best.fact.figures.some((figure) => {
    if (!inYear(figure.period)) return false;
    // (What a rate is per, "per billion vehicle miles", is its base, not what it counts.)
    const label = analyseText(figure.label.replace(PER_BASE, ''), index.vocab, false);
    const said = new Set([...label.terms, ...label.optionalTerms]);
    return shared.every((t) => said.has(t));
  });
}

/** A fact that counts in what the question sets aside: "Facebook itself, not Instagram" is not the three together. */
function countsInSetAside(
  index: FactIndex,
  fact: IndexedFact,
  asked: readonly string[],
  setAside: readonly string[],
): Extract<DeclineReason, { code: 'not_covered' }> | undefined {
  const counted = setAside.filter((id) => fact.entities.has(id));
  if (counted.length === 0) return undefined;
  const name = (id: string) => index.entityNames.get(id) ?? id;
  const named = asked.filter((id) => fact.entities.has(id)).map(name);
  // What the figure counts together: the fact's names of the same kinds as those set aside.
  const kinds = new Set(counted.map((id) => index.entityKinds.get(id)));
  const together = [...fact.entities].filter((id) => kinds.has(index.entityKinds.get(id)));
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `${named.length > 0 ? named.join(' and ') : 'the rest'} without ${counted.map(name).join(' or ')}`,
    covered: [`one figure that counts ${listNames(together.map(name))} together`],
  };
}

/** A fact about what the question sets aside: "how many collisions (not casualties)?" of a casualty count. */
function measuresSetAside(
  fact: IndexedFact,
  setAside: ReadonlyArray<{ words: string; terms: string[] }>,
): Extract<DeclineReason, { code: 'not_covered' }> | undefined {
  const aside = setAside.find((a) => a.terms.some((t) => fact.heads.has(t)));
  if (!aside) return undefined;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `anything but ${aside.words}`,
    covered: [`${fact.fact.measure}${fact.fact.figures[0] ? `: ${fact.fact.figures[0].display}` : ''}`],
  };
}

/** The decline when a question asks for more than all a fact measures ("all harmful content, not just …"). */
function measuresOnly(
  index: FactIndex,
  fact: IndexedFact,
  widened: ReadonlyArray<{ words: string; terms: string[] }>,
): Extract<DeclineReason, { code: 'not_covered' }> | undefined {
  const kindOf = (term: string) => (term.startsWith('@') ? index.entityKinds.get(term.slice(1)) : undefined);
  // (A fact whose one figure names more things of the kind set aside is wider than them: the 51% of Facebook, WhatsApp
  // and Instagram answers "not just Instagram". A breakdown giving each its own figure, "8 car occupants, 2
  // cyclists…", is not.)
  const wider = (w: { terms: string[] }) =>
    fact.fact.figures.length === 1 &&
    [...fact.heads].some(
      (h) => kindOf(h) !== undefined && !w.terms.includes(h) && w.terms.some((t) => kindOf(t) === kindOf(h)),
    );
  const only = widened.find((w) => w.terms.every((t) => fact.heads.has(t)) && !wider(w));
  if (!only) return undefined;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `more than ${only.words}`,
    covered: [`only ${fact.fact.measure}${fact.fact.figures[0] ? `: ${fact.fact.figures[0].display}` : ''}`],
  };
}

/**
 * How far (log-odds) the pack's example questions must lean to a fact over every other label, a decline included,
 * for a weak match to be answered when MiniSearch ranks that fact first too. Measured by 5-fold cross-validation over
 * the read question sets (each fold's questions left out of the examples): NSPCC 2,599 → 2,638 of 2,885 answered
 * right, 1,863 → 1,861 of 1,898 declined right, 97 → 101 wrong; roads 1,314 → 1,344 of 1,580, declines and wrong
 * answers unchanged (967/1,004, 142). A lead of 2 or 4 answered 2–4 more and cost 4–8 more wrong; 8 answered fewer.
 * On the last sets that had never been read (NSPCC 34 and 35, roads 26 and 27): 8 more right, none more wrong.
 */
const RANKINGS_AGREE_LEAD = 6;

/** The first allowed fact that MiniSearch ranks first for the question and the pack's examples clearly lean to. */
function rankingsAgree(allowed: readonly ScoredFact[], question: string): ScoredFact | undefined {
  // (One search per pack, not one per allowed fact.)
  const tops = new Map<Pack, string | undefined>();
  const topOf = (pack: Pack) => {
    if (!tops.has(pack)) tops.set(pack, searchTop(pack, question));
    return tops.get(pack);
  };
  return allowed.find(
    (s) =>
      topOf(s.fact.pack) === s.fact.fact.id &&
      examplesLean(s.fact.pack, question, s.fact.fact.id, RANKINGS_AGREE_LEAD),
  );
}

/**
 * The bar a lenient reading sets a best fact: a long message's (`answerThreshold`), or lower for a clear lead that only
 * lacks words phrasing the ask (`rephrasedMatch`).
 */
function weakMatchBar(
  index: FactIndex,
  analysis: Analysis,
  question: string,
  folded: string,
  best: ScoredFact,
  allowed: readonly ScoredFact[],
): number {
  const bar = answerThreshold(index, analysis, question, best, allowed);
  return rephrasedMatch(index, analysis, folded, best, allowed) ? Math.min(bar, REPHRASED_THRESHOLD) : bar;
}

/** A total named as the base of a comparison ("of the 12,925") whose period none of the compared figures shares. */
function baseOutsideComparison(
  index: FactIndex,
  folded: string,
  matched: readonly number[],
  compared: readonly IndexedFact[],
): DeclineReason | undefined {
  const named = /\b(?:of|out of) (?:the |those |these |all |all the )?(\d[\d,]*)\b/u.exec(folded)?.[1];
  const value = named ? Number(named.replace(/,/gu, '')) : Number.NaN;
  if (!matched.includes(value)) return undefined;
  const owners = index.figureOwners.get(value) ?? [];
  const [owner] = owners;
  if (!owner || owners.length > 1 || compared.includes(owner) || owner.spans.length === 0) return undefined;
  const overlaps = (f: IndexedFact) =>
    f.spans.length === 0 || f.spans.some((a) => owner.spans.some((b) => a.from <= b.to && b.from <= a.to));
  if (compared.every(overlaps)) return undefined;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `a split of the ${named}`,
    covered: [owner.fact.statement, ...compared.map((f) => f.fact.statement)],
  };
}

/**
 * A fact for another time around an event than the question asks about, or for one of two it sets side by side: the
 * decline, or, when another fact matches the other time, the two answered together.
 */
function timesMismatch(
  index: FactIndex,
  best: ScoredFact,
  scored: readonly ScoredFact[],
  askedText: string,
): DeclineReason | { answer: ComparisonMatch } | undefined {
  const mismatch =
    relativePeriodMismatch(index, best.fact, askedText) ?? oneSideOnly(index, best.fact, askedText);
  // "Was the increase only during lockdown, or was it happening before too?": a change during the event answers
  // half; the other time's own fact, when one matches, answers the rest.
  // ("Lockdown vs pre-lockdown: did it rise?" sets two times side by side too, unless the fact's figure is itself the
  // change from one to the other: "more during lockdown than before?" is the lockdown rise.)
  const named = timesNamed(index, askedText);
  const sideBySideAsked = named?.bare === true && !best.fact.fact.figures.some(isChangeFigure);
  if (!mismatch && !ONLY_OR_ALSO.test(askedText) && !sideBySideAsked) return undefined;
  const both = compareEventTimes(index, named, best, scored);
  return both ? { answer: both } : mismatch;
}

/** Asking whether something held only at one time or at another too. */
const ONLY_OR_ALSO = /\b(?:only|just)\b[^?]*\bor\b[^?]*\b(?:too|as well|also|already|even)\b/u;

/** "Is the 'over half' the same thing as the 51 percent?": whether two figures agree, differ or go together. */
const SAMENESS =
  /\b(?:(?:the )?same (?:thing|stat|statistic|figure|number|one|finding)|match(?:es)?|consistent|line up|tally|square with|fit together|differ|different|vs\.?|versus|compare[ds]?|compared)\b/u;

/**
 * A figure of another fact named in the question: the decline, or, when the question asks how the two figures go
 * together, both facts side by side.
 */
function figureMismatch(
  index: FactIndex,
  best: ScoredFact,
  values: readonly number[],
  askedText: string,
): DeclineReason | { answer: ComparisonMatch } | undefined {
  const mismatch = figureOfAnother(index, best.fact, values, askedText);
  if (!mismatch || !SAMENESS.test(askedText)) return mismatch;
  const other = values.map((v) => index.figureOwners.get(v)?.[0]).find((f) => f && f !== best.fact);
  if (!other || other.pack !== best.fact.pack) return mismatch;
  const title = 'The figures you asked about, side by side';
  return { answer: sideBySide(title, [best.fact, other], Math.max(ANSWER_THRESHOLD, best.score)) };
}

/** "What year's prices is the £96.4m in?", "how was that figure worked out?": how a named figure was arrived at. */
const BASIS_ASK =
  /\b(?:what|which)(?: year'?s?)? prices?\b|\bprices? (?:base|basis|year)\b|\bin (?:today'?s|current|\d{4}) (?:prices|money|terms)\b|\b(?:calculated|worked out|work out|computed)\b/u;

/**
 * A question about how a figure it names was arrived at is answered by the fact that says so, when the pack ties that
 * fact to the figure's own (`related`) and the question's words, the figure aside, match it best. (The named figure
 * otherwise lifts its own fact above the one about its basis.)
 */
function basisOfNamedFigure(
  index: FactIndex,
  analysis: Analysis,
  matched: readonly number[],
  folded: string,
): ScoredFact | undefined {
  const asked = analysis.askedText ?? folded;
  // (Not a count: "how many casualties was the £96.4m calculated from?" asks for a number the basis does not give.)
  if (matched.length === 0 || !BASIS_ASK.test(asked) || /\bhow many\b/u.test(asked)) return undefined;
  const owners = matched.flatMap((v) => index.figureOwners.get(v) ?? []);
  const byWords = scoreFacts(index, withContextOptional(index, analysis), []);
  const top = byWords[0];
  if (!top || top.fact.fact.figures.length > 0 || owners.includes(top.fact)) return undefined;
  const tied = owners.some(
    (o) =>
      o.pack === top.fact.pack &&
      ((o.fact.related ?? []).includes(top.fact.fact.id) ||
        (top.fact.fact.related ?? []).includes(o.fact.id)),
  );
  return tied ? top : undefined;
}

/**
 * A comparison whose sides the question names one by one ("Percentage-wise, how far apart are the Instagram and
 * Snapchat figures?") needs less of the question's other words: each compared fact is named by something the question
 * names that no other compared fact counts, and the pack marks them as comparable.
 */
const NAMED_SIDES_THRESHOLD = 0.35;
/**
 * Beside a question about what is to come (intent's LOOKS_AHEAD), one about what may soon happen ("will Snapchat
 * overtake Instagram soon?") or for an exact gap the figures may not give ("exactly how many points ahead…" of "over
 * a third"): the usual bar.
 */
const NOT_THESE_FIGURES = /\b(?:soon|overtak\w*|by 20\d\d|exact(?:ly)?|precise(?:ly)?)\b/u;

function namesEachSide(
  index: FactIndex,
  entities: readonly string[],
  comparison: { facts: readonly IndexedFact[] },
): boolean {
  const { facts } = comparison;
  const group = facts[0]?.fact.compareGroup;
  if (!group || facts.some((f) => f.fact.compareGroup !== group)) return false;
  const named = entities.filter((id) => index.entityKinds.get(id) === 'platform');
  return facts.every((f) =>
    named.some(
      (id) => f.fact.subjects.includes(id) && facts.every((o) => o === f || !o.fact.subjects.includes(id)),
    ),
  );
}
