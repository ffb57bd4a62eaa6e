// Keeps the facts whose period can answer the period a question asks about: a fact for another period is never
// the answer, however well its words match ("what happened between April 2017 and March 2020?").
import type { ScoredFact } from '../retrieve/score.js';
import { type AskedPeriod, comparePeriods } from '../understand/period.js';
import type { Mismatch } from './guards.js';

/** Splits facts by whether any of their dated periods overlaps the asked one; undated facts are kept. */
export function keepPeriodFits(
  asked: AskedPeriod | undefined,
  scored: readonly ScoredFact[],
): { kept: ScoredFact[]; excluded?: { scored: ScoredFact; mismatch: Mismatch } } {
  if (!asked) return { kept: [...scored] };
  const kept: ScoredFact[] = [];
  let excluded: { scored: ScoredFact; mismatch: Mismatch } | undefined;
  for (const s of scored) {
    // A fact may give figures for several periods (its own, and one it compares with): any of them may fit.
    const spans = s.fact.spans;
    if (
      spans.length > 0 &&
      spans.every((span) => comparePeriods(asked, span.from, span.to) === 'different')
    ) {
      excluded ??= { scored: s, mismatch: { kind: 'year', value: asked.label } };
    } else kept.push(s);
  }
  return excluded ? { kept, excluded } : { kept };
}

/** "compared with the year before", "the previous year": the year before the figure's own. */
const YEAR_BEFORE_FIGURE =
  /\b(?:the (?:year before|previous year|prior year|preceding year|year prior)|a year (?:earlier|before))\b/u;

/**
 * "How do road deaths compare with the year before?": only a fact that also gives the year before its own period
 * can answer; the others are set aside. (They give no reason to decline: the pack may well give the year before
 * for the same measure in a fact the question matched too weakly.)
 */
export function keepYearBeforeFits(
  folded: string,
  fits: { kept: ScoredFact[]; excluded?: { scored: ScoredFact; mismatch: Mismatch } },
): { kept: ScoredFact[]; excluded?: { scored: ScoredFact; mismatch: Mismatch } } {
  if (!YEAR_BEFORE_FIGURE.test(folded)) return fits;
  const kept = fits.kept.filter((s) => {
    const [own, ...others] = s.fact.spans;
    return own && others.some((span) => span.fromYear === own.fromYear - 1 && span.toYear === own.toYear - 1);
  });
  return { ...fits, kept };
}
