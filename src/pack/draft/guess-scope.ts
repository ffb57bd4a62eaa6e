// Guesses a draft fact's period and place from the words of its quote; the author checks both.
import { extractNumbers } from '../../text/numbers.js';
import { isYear, MONTHS } from './draft-figures.js';

export interface PeriodGuess {
  label: string;
  from?: string;
  to?: string;
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

/** The first capitalised name after "in", "across" or "throughout" ("in England and Wales"), if any. */
export function guessPlace(quote: string): string | undefined {
  for (const m of quote.matchAll(PLACE)) {
    const name = m[1] ?? '';
    if (!NOT_PLACES.has(name.toLowerCase().split(/\s/u)[0] ?? '')) return name;
  }
  return undefined;
}
