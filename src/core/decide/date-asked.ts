// A date the question names and asks about ("There's a date, 6 February 2020, in the piece — what's it attached to?"):
// the fact whose period starts or ends there and whose quote gives it.
import { MONTH_NAMES } from '../../text/months.js';
import { foldText } from '../../text/normalise.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import type { Analysis } from '../understand/analyse.js';

/** Asking what a date is about: "what's it attached to", "why is April 2017 mentioned", "what happened in…". */
const ABOUT_A_DATE =
  /\b(?:why (?:is|was|does|do) .{0,40}\b(?:mentioned|there|used|quoted|cited|in (?:the|this) (?:article|piece|story))|what(?:'s| is| was)? (?:it|that|this|the date)? ?(?:attached to|about|referring to|refer to|for)|what (?:happened|is (?:it|that) about)|(?:got|have) to do with|significance of|what does .{0,30} refer to|(?:is|gets?) mentioned)\b/u;

/** Whether one of the fact's periods starts or ends in the month (`YYYY-MM`). */
export function hasBoundAt(fact: IndexedFact, month: string): boolean {
  return fact.spans.some((s) => s.from === month || s.to === month);
}

/** The one fact whose period starts or ends at every month-and-year the question asks about, and whose quote gives it. */
export function factOfNamedDate(
  index: FactIndex,
  analysis: Analysis,
  folded: string,
): IndexedFact | undefined {
  const months = analysis.monthYears ?? [];
  if (months.length === 0 || !ABOUT_A_DATE.test(folded)) return undefined;
  // (Nothing else asked of it: a figure, a name or a word of the packs' beyond the date.)
  if (analysis.numbers.length > 0 || analysis.entities.length > 0) return undefined;
  const quotes = (fact: IndexedFact, m: string) => {
    const [year, month] = m.split('-');
    const quote = foldText(fact.fact.quote);
    return quote.includes(year ?? '') && quote.includes(MONTH_NAMES[Number(month) - 1] ?? '');
  };
  const found = index.facts.filter((f) => months.every((m) => hasBoundAt(f, m) && quotes(f, m)));
  return found.length === 1 ? found[0] : undefined;
}
