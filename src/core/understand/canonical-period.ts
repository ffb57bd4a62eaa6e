// Rewrites the period a question names into the words packs use ("apr-jun" → "april to june", "Q2 2020" →
// "april to june 2020"), so retrieval matches the period it understood rather than the letters it was typed in.
import { MONTH_NAMES } from '../../text/months.js';
import { isWholeYear, readAskedPeriod } from './period.js';

const nameOf = (month: number) => MONTH_NAMES[month - 1] ?? '';

/**
 * The folded text (its years already written out, as `readQuestion` does) with its period, if it names one by months,
 * quarters or a span, in plain month words.
 */
export function withCanonicalPeriod(text: string): string {
  let folded = text;
  const asked = readAskedPeriod(folded);
  // A season stays as typed: "spring" is what people say, and no pack states a season's months.
  if (!asked || asked.fuzzy) return folded;
  const from = `${nameOf(asked.fromMonth)}${asked.fromYear && asked.fromYear !== asked.toYear ? ` ${asked.fromYear}` : ''}`;
  const to = `${nameOf(asked.toMonth)}${asked.toYear ? ` ${asked.toYear}` : ''}`;
  // January to December of one year is that year, as packs name it ("between January and December 2023" → "2023").
  const wholeYear = isWholeYear(asked);
  const canonical = wholeYear
    ? `in ${asked.toYear}`
    : asked.fromMonth === asked.toMonth && asked.fromYear === asked.toYear
      ? to
      : `${from} to ${to}`;
  let at = folded.indexOf(asked.label);
  if (at < 0) return folded;
  if (wholeYear) {
    // "between January and December 2023", "in the twelve months from January to December 2023": the year is all
    // they say.
    const lead =
      /(?:\b(?:in|during|for|over)\s+)?(?:the\s+)?(?:(?:twelve|12)[- ]months?|(?:calendar |whole |full )?year|period)?\s*\b(?:from|between)\s+$/u.exec(
        folded.slice(0, at),
      );
    if (lead) {
      const before = folded.slice(0, lead.index).trimEnd();
      folded = `${before}${before ? ' ' : ''}${folded.slice(at)}`;
      at = before.length + (before ? 1 : 0);
    }
    const said = /\b(?:in|during|for|of|over)\s+$/u.test(folded.slice(0, at)) ? `${asked.toYear}` : canonical;
    return `${folded.slice(0, at)}${said}${folded.slice(at + asked.label.length)}`;
  }
  // Keep the word that introduced a single month ("in april"): it is how the question reads.
  const lead = /^(?:in|during|for|of)\s+/u.exec(asked.label)?.[0] ?? '';
  return `${folded.slice(0, at)}${lead}${canonical}${folded.slice(at + asked.label.length)}`;
}
