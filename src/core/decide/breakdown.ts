// A breakdown asked of a single figure ("Breakdown of the 238 serious injuries by road user type?", "the 1,220 split
// by age"): the fact gives the total only, so the decline says so rather than repeat the total as if it answered.

import type { DeclineReason } from '../reply.js';
import type { IndexedFact } from '../retrieve/build-index.js';
import type { ScoredFact } from '../retrieve/score.js';

type ScopeDecline = Extract<DeclineReason, { code: 'not_covered' }>;

/** "breakdown of … by", "broken down by", "split by", "…, by road user type": a total cut into parts. */
const BREAKDOWN_BY =
  /\b(?:break ?down|breakdowns?|broken down|split|splits|divided|dividing)\b(?:\W+\w+){0,8}?\W+by ((?:\w+ ){0,2}?(?:type|types|group|groups|age|ages|gender|sex|region|regions|district|districts|area|areas|force|forces|month|months|user|users|ethnicity|platform|platforms|app|apps))\b/u;

/** "by each police force", "for every region", "force by force": one figure per part of the whole. */
const EACH_PART =
  /\b(?:by|per|in) (?:each|every) (?:individual |single |separate )?((?:\w+ ){0,2}?(?:force|region|district|area|county|council|authority|age group|school|city|town|constituency))\b|\b(force|region|district|area|county) by \2\b/u;

/**
 * The parts a breakdown asks for ("road user type", "police force"), if it asks one; "by each police force" only of a
 * count (a share per app is what the shares give).
 */
function partsAsked(folded: string, fact: IndexedFact): string | undefined {
  const by = BREAKDOWN_BY.exec(folded);
  if (by) return by[1];
  const each = fact.fact.figures[0]?.unit === 'count' ? EACH_PART.exec(folded) : null;
  return each ? (each[1] ?? each[2]) : undefined;
}

/**
 * The decline when a breakdown is asked of a fact that gives no parts: no counts of its own that add up to another of
 * its counts ("Of the 19 people killed, 8 were car occupants, 5 …" does).
 */
export function breakdownAsked(fact: IndexedFact, folded: string): ScopeDecline | undefined {
  const asked = partsAsked(folded, fact);
  const { figures } = fact.fact;
  if (!asked || figures.length === 0 || givesParts(fact)) return undefined;
  const total = figures[0];
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `a breakdown by ${asked}`,
    covered: [`the total only: ${total?.display} (${total?.label})`],
  };
}

/**
 * For a breakdown asked, a fact close behind the best one that gives the parts ("how the 2023 fatalities break down by
 * type of road user" is the deaths by road user, not the total of deaths alone).
 */
export function factWithParts(
  best: ScoredFact,
  allowed: readonly ScoredFact[],
  folded: string,
  named: readonly number[],
): ScoredFact | undefined {
  if (!BREAKDOWN_BY.test(folded) || givesParts(best.fact)) return undefined;
  // (Not one that lacks a figure the question names: "the 238 serious injuries" are not the 19 deaths.)
  return allowed.find(
    (s) =>
      s !== best &&
      s.score >= best.score * PARTS_SCORE_SHARE &&
      givesParts(s.fact) &&
      named.every((n) => s.fact.fact.figures.some((f) => f.value === n)),
  );
}
/** How close behind the best fact one with the parts must score. */
const PARTS_SCORE_SHARE = 0.5;

/** Whether some of a fact's counts add up to another: it gives a total's parts. */
function givesParts(fact: IndexedFact): boolean {
  const counts = fact.fact.figures.filter((f) => f.unit === 'count');
  // (A total and at least two parts: the parts add up to the sum of all counts less the total, which is the total.)
  const sum = counts.reduce((all, f) => all + f.value, 0);
  return counts.length >= 3 && counts.some((total) => sum - total.value === total.value);
}
