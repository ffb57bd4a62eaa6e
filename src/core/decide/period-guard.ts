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
