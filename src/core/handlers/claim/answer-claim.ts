// Claims heard elsewhere ("is it true 70%…", "my friend says…"): the fact the claim is about, and what differs.

import { foldText } from '../../../text/normalise.js';
import { type ClaimCheck, checkClaims } from '../../claims/index.js';
import { declineOtherTime } from '../../decide/earlier-time.js';
import { ANSWER_THRESHOLD, type ClaimVerdict, type Reply } from '../../reply.js';
import { replyWithFact } from '../../respond/fact-reply.js';
import type { FactIndex, IndexedFact } from '../../retrieve/build-index.js';
import { namedNumbers, unknownTerms } from '../../retrieve/candidates.js';
import { scoreFacts } from '../../retrieve/score.js';
import type { Analysis } from '../../understand/analyse.js';
import { withoutAskerEdges } from '../../understand/focus.js';
import { answerFigure } from '../figure/answer-figure.js';

/** How many of the nearest facts by the claim's words the checker's fact must be among to answer instead. */
const NEAREST = 2;

/** Answers a claim with the fact it is about, saying plainly when the claimed figure is not the source's. */
export function answerClaim(index: FactIndex, question: string, analysis: Analysis): Reply {
  return checkClaimAsked(index, question, analysis).reply;
}

/** The reply to a claim, and the checker's verdict it gives, when it gives one. */
export function checkClaimAsked(
  index: FactIndex,
  question: string,
  analysis: Analysis,
): { reply: Reply; verdict?: ClaimCheck } {
  // A claim in words the packs mostly do not know, bar a number ("i read pandas sleep 10 hours a day"): read as a
  // question, whose words must fit, it is about nothing the packs cover; its number alone is no tie to a figure.
  if (analysis.entities.length === 0 && mostlyUnknown(index, analysis)) {
    const asQuestion = answerFigure(index, question, analysis, 'figure');
    if (asQuestion.status === 'abstained' && asQuestion.reason.code === 'off_topic')
      return { reply: asQuestion };
  }
  const matched = answerFigure(index, question, analysis, 'claim');
  const numbers = namedNumbers(index, analysis);
  if (matched.status === 'abstained' && FALLS_BACK.has(matched.reason.code))
    return checkedInstead(index, question, analysis, numbers.matched) ?? { reply: matched };
  if (matched.status !== 'answered' || matched.kind !== 'fact') return { reply: matched };
  // The figure set against a time the source gives no figure for ("was the 51% higher than in 2019?").
  const otherTime = declineOtherTime(index, question, foldText(question), matched);
  if (otherTime) return { reply: otherTime };
  const checks = checkClaims(withoutAskerEdges(question), index).filter((c) => c.factId !== null);
  // One claim the checker ties to a fact: that fact answers it, whatever fact the words alone lead to ("Instagram
  // was involved in half of all the cases" is Instagram's "over a third", not the 51% of three apps).
  // (Only a fact the claim's words also lead to, among the nearest few: the checker reads figures first, and a
  // figure shared by another measure must not pull the answer away from what the claim is about.)
  const [only] = checks;
  const checked =
    checks.length === 1 && only && matched.facts[0].factId !== only.factId
      ? (nearestChecked(index, analysis, numbers.matched, only) ??
        figureMoved(index, analysis, numbers.matched, only))
      : undefined;
  const reply = checked ? replyWithFact(index, checked, question, ANSWER_THRESHOLD) : matched;
  // The claim checker's verdict on this fact, when it reaches one: "contradicted: the source gives…".
  const check = checks.find((c) => c.factId === reply.facts[0].factId);
  if (check) return { reply: { ...reply, notes: [], verdict: verdictOf(check) }, verdict: check };
  const claimed = numbers.unmatched;
  const figures = reply.facts[0].figures.map((f) => f.display);
  if (claimed.length === 0 || figures.length === 0) return { reply: { ...reply, notes: [] } };
  return {
    reply: {
      ...reply,
      notes: [`You quoted ${claimed.join(', ')}; the source gives ${figures.join(', ')} (quoted above).`],
    },
  };
}

/** At most one of the message's words is known to a pack, and more are unknown to every pack. */
function mostlyUnknown(index: FactIndex, analysis: Analysis): boolean {
  const unknown = unknownTerms(index, analysis).length;
  const known = analysis.terms.length - unknown;
  return known <= 1 && unknown > known;
}

/** Stems of words that only say which way a figure moved (the packs' "increase" and "decrease" among them). */
const DIRECTION_TERMS: ReadonlySet<string> = new Set(
  'increas decreas rise rose risen fell fall fallen drop up down grew grow growth declin jump surg climb'.split(
    ' ',
  ),
);

/** Declines a claim's own verdict may overturn: the words alone found no fact, the checker may. */
const FALLS_BACK: ReadonlySet<string> = new Set(['not_covered', 'off_topic']);

/**
 * A claim the matcher declined ("The local paper says serious injuries fell in 2023. Is that right?") that the claim
 * checker ties to one fact and one of its figures with a verdict other than "not in source": that fact, with the
 * verdict, when the claim's words also lead to it (among the nearest few).
 */
function checkedInstead(
  index: FactIndex,
  question: string,
  analysis: Analysis,
  named: readonly number[],
): { reply: Reply; verdict: ClaimCheck } | undefined {
  // (Only a verdict on a figure: one on who said what, with words no fact holds, is no ground to answer —
  // "Facebook said encryption was about boosting ad revenue, right?")
  const checks = checkClaims(withoutAskerEdges(question), index).filter(
    (c) => c.factId !== null && c.verdict !== 'not_in_source' && c.sourceFigure !== null,
  );
  const [only] = checks;
  const fact =
    checks.length === 1 && only
      ? (nearestChecked(index, analysis, boundsOnly(question) ? [] : named, only) ??
        figureMoved(index, analysis, named, only))
      : undefined;
  if (!fact || !only) return undefined;
  return {
    reply: { ...replyWithFact(index, fact, question, ANSWER_THRESHOLD), notes: [], verdict: verdictOf(only) },
    verdict: only,
  };
}

/** The checker's fact, when the claim's words also lead to it: among the `NEAREST` facts they rank first. */
function nearestChecked(
  index: FactIndex,
  analysis: Analysis,
  named: readonly number[],
  check: ClaimCheck,
): IndexedFact | undefined {
  const nearest = (a: Analysis) =>
    scoreFacts(index, a, named)
      .slice(0, NEAREST)
      .find((s) => s.fact.pack.pack.id === check.packId && s.fact.fact.id === check.factId)?.fact;
  // Which way the claim says a figure moved is what is checked, like its number: the claim's other words alone may
  // lead to the checker's fact ("road deaths went UP last year" is about road deaths, which fell, not the cyclist
  // casualties that rose).
  const moved = analysis.terms.filter((t) => !DIRECTION_TERMS.has(t));
  return (
    nearest(analysis) ??
    (moved.length < analysis.terms.length ? nearest({ ...analysis, terms: moved }) : undefined)
  );
}

/**
 * The fact whose own figure a claim moves to another period, place or base ("1,220 offences were recorded across
 * England and Wales over three years"): the claim's other words lead to the fact it moved the figure to, but the
 * figure, stated by that one fact alone, says which fact it is.
 */
function figureMoved(
  index: FactIndex,
  analysis: Analysis,
  named: readonly number[],
  check: ClaimCheck,
): IndexedFact | undefined {
  // (Not a claim naming what the packs do not cover, "148 casualties on motorways": that is the decline's to say.)
  if (check.verdict !== 'different_scope' || analysis.uncovered.length > 0 || analysis.measures.length > 0)
    return undefined;
  for (const value of named) {
    const owners = index.figureOwners.get(value) ?? [];
    const [owner] = owners;
    if (owners.length === 1 && owner?.fact.id === check.factId && owner.pack.pack.id === check.packId)
      return owner;
  }
  return undefined;
}

/** A number asked as a bound ("was the rise more than 20%?"): no figure the source is said to give. */
const boundsOnly = (question: string) =>
  /\b(?:more|less|fewer) than\s+\d|\b(?:over|under|at least)\s+\d/iu.test(question);

/** The checker's verdict as the reply carries it. */
const verdictOf = (check: ClaimCheck): ClaimVerdict => ({
  verdict: check.verdict,
  explanation: check.explanation,
});
