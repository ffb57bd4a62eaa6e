// "Lockdown quarter had 1,220 cases — what's the three-year total to set that against?": a question setting the best
// fact against another the source gives, named by its figure or its period. Its scope check would decline the best
// fact for the other side's figure or period; the two are answered side by side instead, with what differs.

import { isChangeFigure } from '../../pack/change.js';
import { NUMBER_WORD_VALUES } from '../../text/numbers.js';
import { ASKED_SIDE_BY_SIDE, type ComparisonMatch, sideBySide } from '../handlers/comparison/compare.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import type { ScoredFact } from '../retrieve/score.js';
import { DIFFERENCE_BETWEEN_SOURCE } from '../understand/lexicon.js';
import { comparePeriods, readAskedPeriod, YEAR_BEFORE_WORDS } from '../understand/period.js';
import { placedAsAsked } from './relative-period.js';

/** Words that set two things against each other. */
const SETS_AGAINST = new RegExp(
  String.raw`\b(?:vs\.?|versus|compared?|compares|comparing|comparison|against|than|next to|alongside|relative to|side by side)\b|${DIFFERENCE_BETWEEN_SOURCE}`,
  'u',
);

/**
 * A time before either figure's ("what was the apr-jun figure the year before, the one the 10% rise is measured
 * against?", "the previous three years"): a figure the source lacks, not two it gives.
 */
const EARLIER = new RegExp(
  String.raw`${YEAR_BEFORE_WORDS}|\b(?:previous|preceding|prior|earlier|last) (?:\w+ )?(?:years?|months?|quarters?|period)\b`,
  'u',
);

/**
 * Words that ask for two things side by side, not which is more ("were there more offences in lockdown than before?"
 * asks a comparison the two periods' figures cannot make).
 */
const SETS_SIDE_BY_SIDE =
  /\b(?:vs\.?|versus|compared?|compares|comparing|comparison|against|next to|alongside|relative to|side by side|stacks? up)\b/u;

/** Asking which is more, or which way it went ("were there more cases in lockdown compared to before?"). */
const WHICH_IS_MORE =
  /\b(?:more|fewer|less|higher|lower|bigger|smaller|greater|larger|worse|better|increased?|decreased?|rise|rose|fell|fall|went (?:up|down)|go (?:up|down))\b/u;

/** The base a change is measured against: "what is the rise relative to?", "the baseline", "how many more". */
const BASE_OF_CHANGE =
  /\b(?:relative to|measured against|baseline|compared to what|compared with what|how many more|how much more)\b/u;

/** Two facts each giving a level of one unit, neither a change: two counts, not a count and a rise. */
function sameMeasureKind(a: IndexedFact, b: IndexedFact): boolean {
  const levelsOnly = (f: IndexedFact) => f.fact.figures.every((g) => !isChangeFigure(g));
  const units = new Set(a.fact.figures.map((g) => g.unit));
  return levelsOnly(a) && levelsOnly(b) && b.fact.figures.some((g) => units.has(g.unit));
}

/**
 * Two levels for two times asked side by side (or the other time's set against the best fact's own figure): never
 * which is more or which way it went, nor the base a change is measured against.
 */
function asksTwoLevels(folded: string, againstOwnFigure: boolean): boolean {
  return (
    (againstOwnFigure || SETS_SIDE_BY_SIDE.test(folded)) &&
    !WHICH_IS_MORE.test(folded) &&
    !BASE_OF_CHANGE.test(folded)
  );
}

/** A number that multiplies rather than names a figure: "ten times", "3x". */
const MULTIPLIER = /\b(\d+(?:\.\d+)?|[a-z]+)\s*(?:times|x)\b/gu;

function multipliers(folded: string): Set<number> {
  return new Set([...folded.matchAll(MULTIPLIER)].map((m) => NUMBER_WORD_VALUES[m[1] ?? ''] ?? Number(m[1])));
}

/**
 * The fact owning a figure the question names that the best fact does not state, when one fact alone owns it (not a
 * multiplier: "more than ten times the apr-jun number" names no ten percent).
 */
function namedByFigure(
  index: FactIndex,
  folded: string,
  best: IndexedFact,
  named: readonly number[],
): IndexedFact | undefined {
  const times = multipliers(folded);
  for (const value of named) {
    if (best.figureValues.includes(value) || times.has(value)) continue;
    const owners = index.figureOwners.get(value) ?? [];
    const [owner] = owners;
    if (owners.length === 1 && owner && owner !== best && owner.pack === best.pack) return owner;
  }
  return undefined;
}

/**
 * The fact whose own period is the one the question names, when the best fact's is not ("the 3-year total vs the
 * april-june number"): among the facts the question matches, the best such.
 */
function namedByPeriod(
  folded: string,
  best: IndexedFact,
  allowed: readonly ScoredFact[],
): IndexedFact | undefined {
  const asked = readAskedPeriod(folded);
  if (!asked) return undefined;
  const fits = (f: IndexedFact) => f.spans.some((s) => comparePeriods(asked, s.from, s.to) === 'fits');
  if (fits(best)) return undefined;
  return allowed.find(
    // (A date is no figure for a period: "March 2019" is when Zuckerberg announced, no measure of 2018/19.)
    (s) =>
      s.fact !== best &&
      s.fact.pack === best.pack &&
      fits(s.fact) &&
      s.fact.fact.figures.some((g) => g.unit !== 'year'),
  )?.fact;
}

/**
 * The fact for the time around an event the question names ("the lockdown grooming figure"), when the best fact is for
 * another ("the 12,925", before lockdown): among the facts the question matches, the best such that gives a level of
 * the same unit.
 */
function namedByEvent(
  index: FactIndex,
  folded: string,
  best: IndexedFact,
  allowed: readonly ScoredFact[],
  named: readonly number[],
): IndexedFact | undefined {
  // ("more offences in lockdown than before?" asks which is more, which a quarter's count and three years' cannot say.)
  const againstOwnFigure = named.some((v) => best.figureValues.includes(v));
  if (placedAsAsked(index, best, folded) || !asksTwoLevels(folded, againstOwnFigure)) return undefined;
  return allowed
    .map((s) => s.fact)
    .find(
      (f) =>
        f !== best && f.pack === best.pack && sameMeasureKind(best, f) && placedAsAsked(index, f, folded),
    );
}

/** Where a fact is named first in the question: by one of its figures, else not at all. */
function firstMention(folded: string, fact: IndexedFact): number {
  const at = fact.fact.figures
    .flatMap((f) => [
      folded.indexOf(f.display.toLowerCase()),
      // ("the 51%" names the 51 percent as typed.)
      new RegExp(
        String.raw`(?<![\d.,])${f.value.toLocaleString('en-GB').replace(/\./gu, '\\.')}(?![\d.,]\d)`,
        'u',
      ).exec(folded)?.index ?? -1,
    ])
    .filter((i) => i >= 0);
  return at.length > 0 ? Math.min(...at) : Number.POSITIVE_INFINITY;
}

/**
 * The best fact and the other the question names, side by side, when the question sets them against each other and
 * both give figures; undefined otherwise.
 */
export function bothNamed(
  index: FactIndex,
  folded: string,
  named: readonly number[],
  best: ScoredFact,
  allowed: readonly ScoredFact[],
): ComparisonMatch | undefined {
  if (!setsAgainst(folded, best)) return undefined;
  const other =
    namedByFigure(index, folded, best.fact, named) ??
    namedByPeriod(folded, best.fact, allowed) ??
    namedByEvent(index, folded, best.fact, allowed, named);
  return other ? inOrderNamed(folded, [best.fact, other], best.score) : undefined;
}

/** Whether the question sets the best fact against another, not against a time before either figure's. */
function setsAgainst(folded: string, best: ScoredFact): boolean {
  return SETS_AGAINST.test(folded) && !EARLIER.test(folded) && best.fact.fact.figures.length > 0;
}

/** Two facts side by side, in the order the question names them. */
function inOrderNamed(folded: string, facts: IndexedFact[], score: number): ComparisonMatch {
  facts.sort((a, b) => firstMention(folded, a) - firstMention(folded, b));
  return sideBySide(ASKED_SIDE_BY_SIDE, facts, score);
}

/**
 * The fact for another time around an event, set against the one for the time asked about ("how do the lockdown cases
 * compare with the three-year total?"): the question names the other side by what it is, so it is answered beside the
 * fact that fits the time, not set aside for it.
 */
export function otherTimeSetAgainst(
  folded: string,
  top: ScoredFact,
  inTime: ScoredFact,
): ComparisonMatch | undefined {
  if (
    !asksTwoLevels(folded, false) ||
    EARLIER.test(folded) ||
    top.fact === inTime.fact ||
    top.fact.pack !== inTime.fact.pack ||
    !sameMeasureKind(top.fact, inTime.fact)
  )
    return undefined;
  return inOrderNamed(folded, [inTime.fact, top.fact], Math.min(top.score, inTime.score));
}

/**
 * The best fact and another the question names by its figure, side by side, when the question sets them against each
 * other ("compare the 51% with Snapchat's share", "the difference between the 51% and Snapchat's share"): the best
 * fact alone answered only one side, or its scope check declined it for the other side's name.
 */
export function figureSetAgainst(
  index: FactIndex,
  folded: string,
  named: readonly number[],
  best: ScoredFact,
): ComparisonMatch | undefined {
  const other = setsAgainst(folded, best) ? namedByFigure(index, folded, best.fact, named) : undefined;
  return other ? inOrderNamed(folded, [best.fact, other], best.score) : undefined;
}
