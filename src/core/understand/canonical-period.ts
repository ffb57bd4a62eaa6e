// Rewrites the period a question names into the words packs use ("apr-jun" → "april to june", "Q2 2020" →
// "april to june 2020"), so retrieval matches the period it understood rather than the letters it was typed in.
import { MONTH_NAMES } from '../../text/months.js';
import { readAskedPeriod } from './period.js';

const nameOf = (month: number) => MONTH_NAMES[month - 1] ?? '';

/**
 * The folded text (its years already written out, as `readQuestion` does) with its period, if it names one by months,
 * quarters or a span, in plain month words.
 */
export function withCanonicalPeriod(folded: string): string {
  const asked = readAskedPeriod(folded);
  // A season stays as typed: "spring" is what people say, and no pack states a season's months.
  if (!asked || asked.fuzzy) return folded;
  const from = `${nameOf(asked.fromMonth)}${asked.fromYear && asked.fromYear !== asked.toYear ? ` ${asked.fromYear}` : ''}`;
  const to = `${nameOf(asked.toMonth)}${asked.toYear ? ` ${asked.toYear}` : ''}`;
  const canonical =
    asked.fromMonth === asked.toMonth && asked.fromYear === asked.toYear ? to : `${from} to ${to}`;
  const at = folded.indexOf(asked.label);
  if (at < 0) return folded;
  // Keep the word that introduced a single month ("in april"): it is how the question reads.
  const lead = /^(?:in|during|for|of)\s+/u.exec(asked.label)?.[0] ?? '';
  return `${folded.slice(0, at)}${lead}${canonical}${folded.slice(at + asked.label.length)}`;
}
