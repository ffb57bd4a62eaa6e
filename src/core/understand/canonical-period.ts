// Rewrites the period a question names into the words packs use ("apr-jun" → "april to june", "Q2 2020" →
// "april to june 2020"), so retrieval matches the period it understood rather than the letters it was typed in.
import { MONTH_NAMES } from '../../text/months.js';
import { type AskedPeriod, isWholeYear, readAskedPeriod } from './period.js';

const nameOf = (month: number) => MONTH_NAMES[month - 1] ?? '';

/** A span of months in the words packs use: "april to june 2020", "april 2017 to march 2020", "june 2020". */
export function monthsInWords(asked: AskedPeriod): string {
  const from = `${nameOf(asked.fromMonth)}${asked.fromYear && asked.fromYear !== asked.toYear ? ` ${asked.fromYear}` : ''}`;
  const to = `${nameOf(asked.toMonth)}${asked.toYear ? ` ${asked.toYear}` : ''}`;
  return asked.fromMonth === asked.toMonth && asked.fromYear === asked.toYear ? to : `${from} to ${to}`;
}

/**
 * The folded text (its years already written out, as `readQuestion` does) with its period, if it names one by months,
 * quarters or a span, in plain month words.
 */
export function withCanonicalPeriod(folded: string): string {
  const asked = readAskedPeriod(folded);
  // A season stays as typed: "spring" is what people say, and no pack states a season's months.
  if (!asked || asked.fuzzy) return folded;
  const at = folded.indexOf(asked.label);
  if (at < 0) return folded;
  // January to December of one year is that year, as packs name it ("between January and December 2023" → "2023").
  if (isWholeYear(asked)) return withWholeYear(folded, at, asked.label, asked.toYear ?? 0);
  // Keep the word that introduced a single month ("in april"): it is how the question reads.
  const lead = /^(?:in|during|for|of)\s+/u.exec(asked.label)?.[0] ?? '';
  return `${folded.slice(0, at)}${lead}${monthsInWords(asked)}${folded.slice(at + asked.label.length)}`;
}

/** A span's words over the whole of `year` are the year: the words that led into them too ("between", "the twelve months from"). */
function withWholeYear(folded: string, at: number, label: string, year: number): string {
  const lead =
    /(?:\b(?:in|during|for|over)\s+)?(?:the\s+)?(?:(?:twelve|12)[- ]months?|(?:calendar |whole |full )?year|period)?\s*\b(?:from|between)\s+$/u.exec(
      folded.slice(0, at),
    );
  const before = lead ? folded.slice(0, lead.index).trimEnd() : folded.slice(0, at);
  const joined = lead && before ? `${before} ` : before;
  const said = /\b(?:in|during|for|of|over)\s+$/u.test(joined) ? `${year}` : `in ${year}`;
  return `${joined}${said}${folded.slice(at + label.length)}`;
}
