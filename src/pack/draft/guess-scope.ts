// Guesses a draft fact's period and place from the words of its quote; the author checks both.

import { MONTH_NAMES as MONTHS } from '../../text/months.js';
import { extractNumbers, numbersMissingFrom } from '../../text/numbers.js';
import { isYear } from './draft-figures.js';

export interface PeriodGuess {
  label: string;
  from?: string;
  to?: string;
  /** The source's words that state the period when the quote does not (a release's header line). */
  quote?: string;
}

const MONTH = `(${MONTHS.join('|')})`;
const MONTH_RANGE = new RegExp(
  `\\b${MONTH}\\s+(\\d{4})\\s+(?:to|and|until|-|–)\\s+${MONTH}\\s+(\\d{4})\\b`,
  'iu',
);
const MONTHS_OF_YEAR = new RegExp(`\\b${MONTH}\\s+(?:to|and|-|–)\\s+${MONTH}\\s+(\\d{4})\\b`, 'iu');
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'iu');
const YEAR_RANGE = /\b(\d{4})\s*(?:to|-|–)\s*(\d{4})\b/u;
/** "2022-23": a financial year, guessed to run April to March as in the UK. */
const SPLIT_YEAR = /\b(\d{4})[-–/](\d{2})\b/u;
const NOT_PLACES = new Set([...MONTHS, 'total', 'addition', 'particular', 'general']);
const PLACE =
  /\b(?:in|across|throughout)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]+)*)/gu;

/** Words before a year that make it the one a figure is compared with ("up from 221 in 2022", "on 2013"). */
const COMPARED_BEFORE =
  /\b(?:from|on|than|with|since|versus|vs\.?|against|before|began in|compared to)\s+(?:(?:the|a|an|£?[\d,.]+%?)\s+)?(?:in\s+)?$/iu;
/** The same before a span of years ("from 2013 to 2015" is the span itself). */
const SPAN_COMPARED_BEFORE = /\b(?:on|than|with|since|versus|vs\.?|against|compared to)\s+(?:the\s+)?$/iu;
const AVERAGE_AFTER = /^\s*(?:average|baseline|mean)\b/iu;
/** A header line that says which period a release covers ("Coverage: Eastmoor County, calendar year 2023"). */
const PERIOD_LINE = /^(?:coverage|period|reference period|reporting period|time period|data period)\s*:/iu;

/**
 * A day's date ("on 3 March 2024", "February 6, 2020"): when something was said or published, not the period of a
 * figure ("Library visits rose to 84,200 in 2023, the council said on 3 March 2024" is for 2023).
 */
const DAY_DATE = new RegExp(
  `\\b(?:on\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?)\\s+\\d{4}\\b`,
  'giu',
);

/** The quote with its days' dates blanked out, at the same length (positions in it stay those of the quote). */
function withoutDayDates(quote: string): string {
  return quote.replace(DAY_DATE, (date) => ' '.repeat(date.length));
}

const month = (name: string | undefined) =>
  String(MONTHS.indexOf((name ?? '').toLowerCase() as (typeof MONTHS)[number]) + 1).padStart(2, '0');

/** The period a quote states, as its own words: a month range, months of a year, a month, a year range or a year. */
export function guessPeriod(quote: string): PeriodGuess | undefined {
  const range = MONTH_RANGE.exec(quote);
  if (range)
    return { label: range[0], from: `${range[2]}-${month(range[1])}`, to: `${range[4]}-${month(range[3])}` };
  const months = MONTHS_OF_YEAR.exec(quote);
  if (months)
    return {
      label: months[0],
      from: `${months[3]}-${month(months[1])}`,
      to: `${months[3]}-${month(months[2])}`,
    };
  const single = MONTH_YEAR.exec(quote);
  if (single) {
    const at = `${single[2]}-${month(single[1])}`;
    return { label: single[0], from: at, to: at };
  }
  const years = YEAR_RANGE.exec(quote);
  if (years && (years[1] ?? '') < (years[2] ?? ''))
    return { label: years[0], from: `${years[1]}-01`, to: `${years[2]}-12` };
  const split = SPLIT_YEAR.exec(quote);
  const first = Number(split?.[1]);
  if (split && (first + 1) % 100 === Number(split[2]))
    return { label: split[0], from: `${first}-04`, to: `${first + 1}-03` };
  const year = extractNumbers(quote).find(isYear);
  return year ? { label: year.raw, from: `${year.value}-01`, to: `${year.value}-12` } : undefined;
}

/** The period a year or span of years in `clause` stands for, skipping those a figure is compared with. */
function ownYears(clause: string): PeriodGuess | undefined {
  const spans: Array<{ at: number; end: number; guess: PeriodGuess | undefined }> = [];
  for (const m of clause.matchAll(new RegExp(YEAR_RANGE.source, 'gu'))) {
    const [from, to] = [m[1] ?? '', m[2] ?? ''];
    spans.push({
      at: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      guess: from < to ? { label: m[0], from: `${from}-01`, to: `${to}-12` } : undefined,
    });
  }
  for (const m of clause.matchAll(new RegExp(SPLIT_YEAR.source, 'gu'))) {
    const first = Number(m[1]);
    const at = m.index ?? 0;
    if (spans.some((s) => at >= s.at && at < s.end)) continue;
    spans.push({
      at,
      end: at + m[0].length,
      guess:
        (first + 1) % 100 === Number(m[2])
          ? { label: m[0], from: `${first}-04`, to: `${first + 1}-03` }
          : undefined,
    });
  }
  const candidates = spans.filter((s) => s.guess && !SPAN_COMPARED_BEFORE.test(clause.slice(0, s.at)));
  let from = 0;
  for (const n of extractNumbers(clause)) {
    const at = clause.indexOf(n.raw, from);
    from = at + n.raw.length;
    if (
      !isYear(n) ||
      spans.some((s) => at >= s.at && at < s.end) ||
      COMPARED_BEFORE.test(clause.slice(0, at))
    )
      continue;
    candidates.push({ at, end: from, guess: { label: n.raw, from: `${n.value}-01`, to: `${n.value}-12` } });
  }
  return candidates.filter((c) => !AVERAGE_AFTER.test(clause.slice(c.end))).sort((a, b) => a.at - b.at)[0]
    ?.guess;
}

/**
 * The period of a draft fact's main figure (the one at `mainAt`): months the quote names, else a year of the
 * clause that figure is in that is not a year it is compared with ("up 8 per cent from 221 in 2022", "the
 * 2015-2019 average", "since records began in 1979"), else the period the whole release reports on.
 */
export function guessFactPeriod(
  sentence: string,
  mainAt: number,
  reporting: PeriodGuess | undefined,
): PeriodGuess | undefined {
  const quote = withoutDayDates(sentence);
  const months = MONTH_RANGE.test(quote) || MONTHS_OF_YEAR.test(quote) || MONTH_YEAR.test(quote);
  if (months) return guessPeriod(quote);
  const start = quote.lastIndexOf(';', mainAt) + 1;
  const end = quote.indexOf(';', mainAt);
  const own = ownYears(quote.slice(start, end === -1 ? undefined : end));
  if (own || !reporting) return own;
  const { quote: _quote, ...period } = reporting;
  return numbersMissingFrom(period.label, [quote]).length === 0 ? period : { ...reporting };
}

/** The period a release reports on: from a "Coverage:" or "Period:" line near its top, else from its title. */
export function guessReportingPeriod(sourceText: string): PeriodGuess | undefined {
  const lines = sourceText
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, 12);
  for (const line of [...lines.filter((l) => PERIOD_LINE.test(l)), lines[0]]) {
    const period = line ? guessPeriod(withoutDayDates(line)) : undefined;
    if (line && period) return { ...period, quote: line };
  }
  return undefined;
}

/** The first capitalised name after "in", "across" or "throughout" ("in England and Wales"), if any. */
export function guessPlace(quote: string): string | undefined {
  for (const m of quote.matchAll(PLACE)) {
    const name = m[1] ?? '';
    if (!NOT_PLACES.has(name.toLowerCase().split(/\s/u)[0] ?? '')) return name;
  }
  return undefined;
}
