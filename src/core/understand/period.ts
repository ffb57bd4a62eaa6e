// Reads the period a question asks about into months: "apr-jun", "Q2 2020", "spring", "April 2020 alone",
// "the year to March 2020". Months are counted from year 0 (year * 12 + month - 1) when the year is known.

import { rememberRecent } from '../../text/memo.js';
import { MONTH_NAMES } from '../../text/months.js';
import { NUMBER_WORD_VALUES } from '../../text/numbers.js';
import { MONTH_YEAR_PARTS, MONTH_YEAR_RUN } from './lexicon.js';

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const YEAR = String.raw`((?:19|20)\d\d)`;

/** A span of months; `year` is known when the question gives one. */
export interface AskedPeriod {
  fromMonth: number;
  toMonth: number;
  fromYear?: number;
  toYear?: number;
  /** The question stresses a single month or part ("April alone", "just in April"). */
  alone: boolean;
  /** A season: any overlap fits. */
  fuzzy?: boolean;
  /**
   * An event named by the month it began ("the march lockdown"): a figure for a time of a year or less that overlaps
   * it fits; a longer one is for another time (the three years to March 2020 are no figure for the March lockdown).
   */
  event?: boolean;
  /** A span of a stated length ("the five-year period ending March 2021"): only the same span fits. */
  exact?: boolean;
  /** Months named without a year but a year back from the figure's own ("April to June the year before"). */
  yearBefore?: boolean;
  label: string;
}

/** The year before a figure's own: "the year before", "the previous year", "a year earlier". */
export const YEAR_BEFORE_WORDS =
  '(?:the (?:year before|previous year|prior year|preceding year|year prior)|a year (?:earlier|before|previously))';
/** After months with no year: the same months a year earlier than the figure's ("April to June the year before"). */
const YEAR_BEFORE = new RegExp(String.raw`^\s*(?:of |in )?${YEAR_BEFORE_WORDS}\b`, 'u');

/** January to December of one year: that year, as the years read from a question already say. */
export function isWholeYear(asked: AskedPeriod): boolean {
  return (
    asked.fromMonth === 1 &&
    asked.toMonth === 12 &&
    asked.fromYear !== undefined &&
    asked.fromYear === asked.toYear
  );
}

/** Every period a question names, in order ("April-June 2020 compared with April-June 2019"). */
export const readAskedPeriods: (folded: string) => AskedPeriod[] = rememberRecent(askedPeriods);

function askedPeriods(folded: string): AskedPeriod[] {
  const found: AskedPeriod[] = [];
  let rest = folded;
  for (let i = 0; i < 3; i++) {
    const asked = readAskedPeriod(rest);
    if (!asked) break;
    found.push(asked);
    const at = rest.indexOf(asked.label);
    if (at < 0) break;
    rest = rest.slice(at + asked.label.length);
  }
  return found;
}

/** "Apr '17": a year after a month, written with an apostrophe and two digits. */
const APOSTROPHE_YEAR = new RegExp(String.raw`\b${MONTH}[a-z]*\.?\s*['’](\d\d)\b`, 'gu');
/** "2k23", "2K19": a year as chat writes it, the thousands as "k" (no count: a "k" figure has no digits after it). */
const K_YEAR = /\b2k(\d\d)\b/gu;

/** A span of years with its end cut short: "2015-19". */
const CUT_SHORT_SPAN = /\b((?:19|20)(\d\d))\s*([-–]|to)\s*(\d\d)\b(?![\d/%])/gu;

/**
 * "17-20", "'17 to '20", "22 vs 23" at the end of a phrase: two-digit years joined as a span or set against each
 * other. A pair followed by what it counts ("10-15 collisions", "13-15 year olds", "10-20%") is no years.
 */
const SHORT_YEAR_SPAN = /(^|[\s(])'?([12]\d)\s*(-|–|to|v|vs\.?|versus)\s*'?([12]\d)(?=\s*(?:$|[?.!,;:)]))/gu;
/**
 * "offences 17-20 in eng+wales", "cas 22-23 up or down": two-digit years before more words, when a fact's period
 * spans just those years or facts are about each of them.
 */
const SHORT_YEAR_SPAN_BEFORE_WORD = /(^|[\s(])'?([12]\d)\s*(?:-|–|to)\s*'?([12]\d)(?=\s+[a-z])/gu;

/**
 * "ksi 23?", "cyclist casualties 22", "ped cas # 23?", "ped casualties 23 how many": a lone two-digit number closing a
 * short question (or before its "how many"), right after what it asks for, is a year. Not after a word that makes it a figure ("is 23?", "about 23", "over 20") nor in a longer question.
 */
const SHORT_YEAR_AT_END =
  /^((?:(?:[a-z][\w/&+'-]*|[+&#])\s+){1,5})'?(1\d|2\d)((?:\s+(?:how many|how much|total|number|pls|plz|please))?)\s*[?.!]*$/u;
/**
 * A year cut short after a word that sets a time, closing a clause ("up or down vs 22?", "killed in cars in 23"): not
 * a ratio ("1 in 20?"), nor "since 22" (a period running on from it), nor one of two years ("in 23 and in 22").
 */
const SHORT_YEAR_AFTER = /(?<!\d\s)\b(vs\.?|v|versus|in|b4|before)\s+'?(1\d|2\d)(?=\s*(?:[?.!,;]|$))/gu;
const BEFORE_A_FIGURE =
  /\b(?:it|that|this|they|is|was|were|are|be|been|of|than|about|around|roughly|approx|approximately|over|under|below|above|nearly|almost|just|only|at|to|by|top|aged?|the|a|like|exactly|total|number|count|tot|up|down|rise|rose|risen|fall|fell|fallen|drop|dropped|increase|increased|decrease|decreased)\s*$/u;

/**
 * Short year spans as full years ("offences eng+wales 17-20" → "2017-2020"), unless the text speaks of ages; and a
 * lone two-digit number closing a short question as a year, when some fact is about that one year (`factYears`):
 * "ksi 23?" is 2023 in a 2023 release, while "deaths 19?" or "child ksi 21?" ask about a figure.
 */
export function withFullYears(
  text: string,
  factYears: ReadonlySet<number> = NO_YEARS,
  periodSpans: ReadonlySet<string> = NO_SPANS,
): string {
  return fullYearsRemembered(text, factYears, periodSpans);
}

const NO_YEARS: ReadonlySet<number> = new Set();
const NO_SPANS: ReadonlySet<string> = new Set();
const fullYearsRemembered = rememberRecent(fullYears);

/** A year said as words: "twenty twenty-two", "nineteen seventy nine". */
const SPOKEN_YEAR =
  /(?<!\b(?:eyesight|vision|sight|hindsight)(?: is| was)? )\b(nineteen|twenty)[- ](ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\b(?!\s*(?:mph|miles|vision|eyesight|hindsight|sight|signs?|years?|people|per|percent|%|of|pounds|quid|minutes|mins|seconds))/gu;
/** The two last digits a year's words give ("twenty-two" → 22, "ten" → 10). */
function spokenTail(words: string): number {
  const [tens = '', unit] = words.split(/[- ]/u);
  return (NUMBER_WORD_VALUES[tens] ?? 0) + (unit === 'one' ? 1 : unit ? (NUMBER_WORD_VALUES[unit] ?? 0) : 0);
}

/** A month and year in digits, "04/2017" or "3-2020" (not the end of a full date, "06/02/2020"). */
const NUMERIC_MONTH_YEAR = /(?<!\b\d{1,2}[/.-])(?<![\d/.])\b(0?[1-9]|1[0-2])[/-]((?:19|20)\d\d)\b(?![\d%])/gu;

function fullYears(text: string, factYears: ReadonlySet<number>, periodSpans: ReadonlySet<string>): string {
  // "Apr '17"; "2015-19" (a span one year long, "2018-19", is a financial year and stays as typed); "twenty twenty-two";
  // "04/2017" is "april 2017".
  const folded = text
    .replace(NUMERIC_MONTH_YEAR, (_, m: string, year: string) => `${MONTH_NAMES[Number(m) - 1]} ${year}`)
    .replace(
      SPOKEN_YEAR,
      (_, century: string, tail: string) => `${century === 'nineteen' ? 19 : 20}${spokenTail(tail)}`,
    )
    .replace(APOSTROPHE_YEAR, '$1 20$2')
    .replace(K_YEAR, '20$1')
    // "FY17/18" is "FY2017/18".
    .replace(SHORT_FY, 'fy20$1/$2')
    // "17/18, 18/19 and 19/20": financial years, one after another, not fractions.
    .replace(SHORT_SLASH_FY, (all, from: string, to: string) =>
      Number(to) === Number(from) + 1 ? `20${from}/${to}` : all,
    )
    .replace(CUT_SHORT_SPAN, (all, from: string, short: string, dash: string, end: string) =>
      Number(end) > Number(short) + 1 ? `${from}${dash}${from.slice(0, 2)}${end}` : all,
    );
  if (/\b(?:aged?|ages|year[- ]?olds?|yo|y\/o)\b/u.test(folded)) return folded;
  const spans = folded.replace(
    SHORT_YEAR_SPAN,
    (whole, lead: string, from: string, joiner: string, to: string) => {
      // (Two years set against each other may come in either order, "23 v 22", when the packs have figures for both.)
      const against = /^v/u.test(joiner);
      const later = Number(to) > Number(from);
      const bothFactYears = factYears.has(2000 + Number(from)) && factYears.has(2000 + Number(to));
      if (!(later || (against && from !== to && bothFactYears))) return whole;
      return against ? `${lead}20${from} vs 20${to}` : `${lead}20${from}-20${to}`;
    },
  );
  return spans
    .replace(SHORT_YEAR_SPAN_BEFORE_WORD, (whole, lead: string, from: string, to: string) =>
      periodSpans.has(`20${from}-20${to}`) ||
      (factYears.has(2000 + Number(from)) && factYears.has(2000 + Number(to)) && Number(to) > Number(from))
        ? `${lead}20${from}-20${to}`
        : whole,
    )
    .replace(SHORT_YEAR_AT_END, (whole, words: string, year: string, ask: string) =>
      BEFORE_A_FIGURE.test(words) || !factYears.has(2000 + Number(year)) ? whole : `${words}20${year}${ask}?`,
    )
    .replace(SHORT_YEAR_AFTER, (whole, word: string, year: string) =>
      factYears.has(2000 + Number(year)) ? `${word} 20${year}` : whole,
    );
}

const month = (name: string | undefined) => MONTHS[(name ?? '').toLowerCase()] ?? 0;

/** The period a (folded) question names by months, quarters or seasons, if any. */
export const readAskedPeriod: (text: string) => AskedPeriod | undefined = rememberRecent(askedPeriod);

/** A number of years as written: "three", "3". */
const YEAR_COUNTS: Readonly<Record<string, number>> = {
  two: 2,
  '2': 2,
  three: 3,
  '3': 3,
  four: 4,
  '4': 4,
  five: 5,
  '5': 5,
};

function askedPeriod(text: string): AskedPeriod | undefined {
  const folded = withFullYears(text.replace(MONTH_YEAR_RUN, MONTH_YEAR_PARTS));
  const alone = /\b(?:alone|only|just|single|on its own|by itself|separately)\b/u.test(folded);
  const financial = financialYears(folded, alone);
  if (financial) return financial;
  const range = new RegExp(
    String.raw`\b${MONTH}\.?(?:\s+${YEAR})?\s*(?:-|–|to|through|till|until|and)\s*${MONTH}\.?(?:\s+${YEAR})?`,
    'u',
  ).exec(folded);
  if (range) {
    const from = month(range[1]);
    const to = month(range[3]);
    const year = Number(range[4] ?? range[2]) || undefined;
    const fromYear = Number(range[2]) || (year && to < from ? year - 1 : year);
    if (from && to) {
      const yearBefore = !year && YEAR_BEFORE.test(folded.slice(range.index + range[0].length));
      return {
        fromMonth: from,
        toMonth: to,
        fromYear,
        toYear: year,
        alone,
        label: range[0],
        ...(yearBefore ? { yearBefore } : {}),
      };
    }
  }
  const ending = new RegExp(
    String.raw`\b(?:the )?(?:(three|3|six|6|twelve|12|36|thirty-six)[- ]months?|(?:single |whole |full |one )?(year)|(two|2|three|3|four|4|five|5)[- ]?(?:financial |fiscal )?(?:years?|yrs?))(?:[- ](?:period|span|stretch|total|totals|figure|figures|count|tally|sum|data|number|numbers))? (?:to|up to|ending(?: in)?|ended(?: in)?|that ended(?: in)?|until|till|through|(?:to|until|till|through|up to) (?:the )?end of|leading up to|before|prior to|preceding) (?:(?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of)?\s+)?${MONTH}(?:\s+${YEAR})?`,
    'u',
  ).exec(folded);
  if (ending) {
    const spans: Record<string, number> = {
      three: 3,
      '3': 3,
      six: 6,
      '6': 6,
      twelve: 12,
      '12': 12,
      '36': 36,
    };
    const span =
      spans[ending[1] ?? ''] ??
      (ending[1] === 'thirty-six' ? 36 : ending[3] ? (YEAR_COUNTS[ending[3]] ?? 1) * 12 : 12);
    const to = month(ending[4]);
    const year = Number(ending[5]) || undefined;
    const fromIndex = to - span;
    const fromMonth = (((fromIndex % 12) + 12) % 12) + 1;
    const fromYear = year === undefined ? undefined : year + Math.floor(fromIndex / 12);
    return { fromMonth, toMonth: to, fromYear, toYear: year, alone, exact: true, label: ending[0] };
  }
  // "the three months starting in April", "the quarter from April 2020", "three years from April 2017".
  const starting = new RegExp(
    String.raw`\b(?:the )?(?:(three|3|six|6|twelve|12)[- ]months?|(quarter)|(two|2|three|3)[- ]?(?:years?|yrs?))(?: (?:period|span|stretch))? (?:starting|startng|beginning|begining|commencing|from)(?: (?:in|with|on|from))? ${MONTH}(?:\s+${YEAR})?`,
    'u',
  ).exec(folded);
  if (starting) {
    const span = starting[2]
      ? 3
      : starting[3]
        ? (/^(?:two|2)$/u.test(starting[3]) ? 2 : 3) * 12
        : /^(?:three|3)$/u.test(starting[1] ?? '')
          ? 3
          : /^(?:six|6)$/u.test(starting[1] ?? '')
            ? 6
            : 12;
    const from = month(starting[4]);
    const fromYear = Number(starting[5]) || undefined;
    const toIndex = from - 1 + span - 1;
    const toMonth = (toIndex % 12) + 1;
    const toYear = fromYear === undefined ? undefined : fromYear + Math.floor(toIndex / 12);
    if (from) return { fromMonth: from, toMonth, fromYear, toYear, alone, exact: true, label: starting[0] };
  }
  const quarter = new RegExp(String.raw`\b${QUARTER}(?:\s+(?:of\s+)?${YEAR})?`, 'u').exec(folded);
  if (quarter) {
    const q = quarterNumber(quarter);
    const year = Number(quarter[3]) || undefined;
    return { fromMonth: q * 3 - 2, toMonth: q * 3, fromYear: year, toYear: year, alone, label: quarter[0] };
  }
  const part = new RegExp(
    String.raw`\b(?:(first|last|final|opening|closing) (three|3|six|6) months|(first|second) half) of (?:the year|${YEAR})`,
    'u',
  ).exec(folded);
  if (part) {
    const months = part[3] ? 6 : /^(?:three|3)$/u.test(part[2] ?? '') ? 3 : 6;
    const atStart = part[3] ? part[3] === 'first' : /^(?:first|opening)$/u.test(part[1] ?? '');
    const year = Number(part[4]) || undefined;
    const fromMonth = atStart ? 1 : 13 - months;
    return {
      fromMonth,
      toMonth: fromMonth + months - 1,
      fromYear: year,
      toYear: year,
      alone,
      label: part[0],
    };
  }
  // "fall" names the season only after "in", "during", "last"… or before a year ("in the fall", "fall 2023"), not as
  // the verb or the drop ("did deaths fall", "is the fall in deaths significant").
  const season =
    /\b(spring|summer|autumn|winter)\b(?:\s+(?:of\s+)?((?:19|20)\d\d))?/u.exec(folded) ??
    /(?:(?<=\b(?:(?:in|during|over|by|until|since|through)(?:\s+the)?|this|last|next|early|late)\s+)|(?=fall\s+(?:of\s+)?(?:19|20)\d\d\b))\b(fall)\b(?:\s+(?:of\s+)?((?:19|20)\d\d))?/u.exec(
      folded,
    );
  if (season && !/\blockdown\b/u.test(folded)) {
    const seasons: Record<string, [number, number]> = {
      spring: [3, 5],
      summer: [6, 8],
      autumn: [9, 11],
      fall: [9, 11],
      winter: [12, 2],
    };
    const [from, to] = seasons[season[1] ?? ''] ?? [3, 5];
    const year = Number(season[2]) || undefined;
    return {
      fromMonth: from,
      toMonth: to,
      fromYear: year,
      toYear: year,
      alone,
      fuzzy: true,
      label: season[0],
    };
  }
  const single =
    new RegExp(
      String.raw`\b(?:in|during|for|of)\s+${MONTH}(?:\s+${YEAR})?\b(?!\s*(?:-|–|to|through|and)\s*\w)`,
      'u',
    ).exec(folded) ??
    new RegExp(String.raw`\b${MONTH}'s\b()`, 'u').exec(folded) ??
    // "the march 2020 figures": a month naming the figures asked for.
    new RegExp(
      String.raw`\bthe\s+${MONTH}(?:\s+${YEAR})?\s+(?=(?:figures?|numbers?|data|stats|period|quarter)\b)`,
      'u',
    ).exec(folded);
  // "the november lockdown", "the march lockdown": a month naming an event that began then and ran on, which fits
  // any figure for a time in the three months from it (the April–June lockdown figures answer "the march lockdown";
  // nothing answers "the november lockdown").
  const event = new RegExp(
    String.raw`\bthe\s+${MONTH}(?:\s+${YEAR})?\s+(?:lockdowns?|spike|peak|wave)\b`,
    'u',
  ).exec(folded);
  if (!single && event && month(event[1])) {
    const year = Number(event[2]) || undefined;
    const m = month(event[1]);
    const to = ((m + 1) % 12) + 1;
    return {
      fromMonth: m,
      toMonth: to,
      fromYear: year,
      toYear: year && to < m ? year + 1 : year,
      alone: false,
      event: true,
      label: event[0].trim(),
    };
  }
  if (single && (single[1] !== 'may' || mayIsTheMonth(folded.slice(single.index + single[0].length)))) {
    const m = month(single[1]);
    const year = Number(single[2]) || undefined;
    if (m)
      return {
        fromMonth: m,
        toMonth: m,
        fromYear: year,
        toYear: year,
        alone: true,
        label: single[0].trim().replace(/'s$/u, ''),
      };
  }
  return undefined;
}

/** "in May alone", "in May?", "in May 2020": the month, not the verb ("cases in may be undercounted"). */
function mayIsTheMonth(after: string): boolean {
  return /^\s*(?:$|[?.!,;:)]|alone\b|only\b|itself\b|specifically\b|(?:19|20)\d\d\b)/u.test(after);
}

/** How an asked period stands to a fact's period (`YYYY-MM` bounds). */
/** Months a `YYYY-MM` to `YYYY-MM` span covers, both ends included ("2023-01" to "2023-12" is 12). */
export function spanMonths(from: string, to: string): number {
  return (
    Number(to.slice(0, 4)) * 12 +
    Number(to.slice(5)) -
    (Number(from.slice(0, 4)) * 12 + Number(from.slice(5))) +
    1
  );
}

export type PeriodFit = 'fits' | 'narrower' | 'different';

/** An asked period and a fact's (`YYYY-MM` bounds) as month counts, the asked months placed in the fact's years. */
export function placePeriods(
  asked: AskedPeriod,
  from: string,
  to: string,
): { askFrom: number; askTo: number; factFrom: number; factTo: number } {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  // Without a year, place the asked months in the fact's own year(s).
  const askFromYear = asked.fromYear ?? (asked.fromMonth >= fm ? fy : ty) - (asked.yearBefore ? 1 : 0);
  const askToYear = asked.toYear ?? (asked.toMonth >= asked.fromMonth ? askFromYear : askFromYear + 1);
  return {
    askFrom: askFromYear * 12 + asked.fromMonth - 1,
    askTo: askToYear * 12 + asked.toMonth - 1,
    factFrom: fy * 12 + fm - 1,
    factTo: ty * 12 + tm - 1,
  };
}

/** Compares an asked period with a fact's: within the same months, only part of them, or elsewhere. */
export function comparePeriods(asked: AskedPeriod, from: string, to: string): PeriodFit {
  const { askFrom, askTo, factFrom, factTo } = placePeriods(asked, from, to);
  if (askTo < factFrom || askFrom > factTo) return 'different';
  if (asked.fuzzy) return 'fits';
  if (asked.event) return factTo - factFrom < EVENT_FIGURE_MONTHS ? 'fits' : 'different';
  // "The five years to March 2020" is not the three years to March 2020, though it holds them.
  if (asked.exact && (askFrom < factFrom || askTo > factTo)) return 'different';
  if (askFrom <= factFrom && askTo >= factTo) return 'fits';
  // Asking for part of the fact's span ("April alone") is narrower; straddling its edge is another period.
  return askFrom >= factFrom && askTo <= factTo ? 'narrower' : 'different';
}

/** The longest span (in months) of a figure that an event's figure can be: a year. */
const EVENT_FIGURE_MONTHS = 12;

/** A financial year: "2018/19", "2018-19", "FY2018/19" (April 2018 to March 2019); not a share ("2018/19%"). */
const FINANCIAL_YEARS = /\b(?:fy\s*)?((?:19|20)\d\d)\s*[/-]\s*(\d\d)\b(?![\d%])/gu;

/**
 * Every "2020-21", "2018/19" a (folded) text names whose second part is the next year: a financial year, or two
 * calendar years ("2017-20" is a span of years, not one of these).
 */
export function yearsAndNext(folded: string): RegExpMatchArray[] {
  return [...folded.matchAll(FINANCIAL_YEARS)].filter((m) => (Number(m[1]) + 1) % 100 === Number(m[2]));
}

/** The text with each "2019-20", "2018/19" cut to its first year: the "20" of "2019-20" is no figure named. */
export function withoutNextYearTails(folded: string): string {
  return folded.replace(FINANCIAL_YEARS, (all, first: string, tail: string) =>
    (Number(first) + 1) % 100 === Number(tail) ? first : all,
  );
}

/**
 * Financial years: a range ("2017/18 to 2019/20", April 2017 to March 2020), or one the question calls one
 * ("FY2018/19", "the 2018/19 financial year"). The second part must be the next year ("2018/19"), so "2017-20"
 * stays a span of years.
 */
function financialYears(folded: string, alone: boolean): AskedPeriod | undefined {
  const found = yearsAndNext(folded);
  const first = found[0];
  const last = found[found.length - 1];
  if (!first || !last) return undefined;
  // "The three financial years up to 2019/20", "the 3 years to 2018/19": the years that end with it (April 2017 to
  // March 2020).
  const run = found.length === 1 ? yearsEndingWith(folded, first.index ?? 0) : undefined;
  // One "2022-23" alone may mean two calendar years; it is a financial year when a second one or the words say so.
  if (found.length === 1 && !run && !/\b(?:fy|financial|fiscal)/u.test(folded)) return undefined;
  const fromYear = Number(first[1]) - (run ? run.years - 1 : 0);
  const toYear = Number(last[1]) + 1;
  const start = run?.start ?? first.index ?? 0;
  const label = folded.slice(start, (last.index ?? 0) + last[0].length);
  // A quarter of one financial year ("Q1 of the 2020/21 financial year"): its three months, from April.
  const quarter = found.length === 1 ? FY_QUARTER.exec(folded) : null;
  if (quarter) {
    const q = quarterNumber(quarter);
    const year = q === 4 ? fromYear + 1 : fromYear;
    const fromMonth = q === 4 ? 1 : q * 3 + 1;
    const from = Math.min(quarter.index, start);
    const to = Math.max(quarter.index + quarter[0].length, start + label.length);
    return {
      fromMonth,
      toMonth: fromMonth + 2,
      fromYear: year,
      toYear: year,
      alone,
      label: folded.slice(from, to),
    };
  }
  return { fromMonth: 4, toMonth: 3, fromYear, toYear, alone, label };
}

/** A number of years ending with the financial year named next: "the three financial years up to", "3 yrs to". */
const YEARS_ENDING =
  /\b(two|2|three|3|four|4|five|5)[- ]?(?:financial |fiscal )?(?:years?|yrs?) (?:up to|to|ending(?: in| with)?|until|till|through)(?: the end of)? (?:fy\s*)?$/u;

/** How many years a span ending with the financial year at `at` covers, and where its words start. */
function yearsEndingWith(folded: string, at: number): { years: number; start: number } | undefined {
  const before = YEARS_ENDING.exec(folded.slice(Math.max(0, at - 60), at));
  if (!before) return undefined;
  return { years: YEAR_COUNTS[before[1] ?? ''] ?? 1, start: Math.max(0, at - 60) + before.index };
}

/** A financial year with two-digit years: "FY17/18", "fy 19-20". */
/** Two-digit years split by a slash: "18/19". */
const SHORT_SLASH_FY = /(?<![\d/.,£$])\b([12]\d)\/([12]\d)\b(?![\d/%]|[.,]\d)/gu;
const SHORT_FY = /\bfy\s*(\d\d)\s*[/-]\s*(\d\d)\b(?![\d%])/gu;
/** A quarter by number or name: "Q1", "the first quarter" (its number in group 1 or its name in group 2). */
const QUARTER = `(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th) quarter)`;
/** A quarter named beside a financial year. */
const FY_QUARTER = new RegExp(String.raw`\b${QUARTER}\b`, 'u');
const QUARTER_NAMES: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

/** The number (1–4) of a quarter `QUARTER` matched. */
function quarterNumber(match: RegExpExecArray): number {
  return Number(match[1]) || QUARTER_NAMES[match[2] ?? ''] || 1;
}
