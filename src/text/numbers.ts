// Finds the numbers a text states, in digits or words, so figures can be traced to their quotes.

/** A number found in text: what was written and the value it stands for. */
export interface FoundNumber {
  raw: string;
  value: number;
  isPercent: boolean;
  /**
   * For a figure written with a scale ("13k", "1.2k", "£96.4m", "2.5 million"): how far the true figure may lie from
   * `value` and still be written so (half a unit of its last digit). Such figures are rounded by nature; so are
   * hedged ones ("just over 1200", "12 thousand and something", "1200-odd").
   */
  approx?: number;
  /** A length of time ("three-year", "3 yrs", "six months"), not an age ("13-year-old"): no figure a fact states. */
  duration?: true;
  /** A quantity with its unit of measure ("30 mph", "5 miles"): a figure even when small. */
  measured?: true;
}

/** Number words from two to ninety, the units of any number written out (also read by the claims checker). */
export const NUMBER_WORD_VALUES: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Words that multiply the number before them. */
export const SCALE_WORD_VALUES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
};

const WORD_VALUES: Readonly<Record<string, number>> = {
  ...NUMBER_WORD_VALUES,
  ...SCALE_WORD_VALUES,
  half: 50,
  third: 33.3,
  quarter: 25,
  dozen: 12,
};

/** Scales written after a number: "13k", "£96.4m", "2bn", "2.5 million" (also read by the claims checker). */
export const SCALE_VALUES: Readonly<Record<string, number>> = {
  k: 1000,
  thousand: 1000,
  m: 1_000_000,
  mn: 1_000_000,
  million: 1_000_000,
  bn: 1_000_000_000,
  billion: 1_000_000_000,
};

// Digits not glued to letters (so "jJ0wrwD6D3", "covid-19" and "under-18s" are not figures), unless the letters are
// a scale ("13k", "96.4m").
const DIGITS =
  /(?<![\p{L}\p{N}_.,]|\p{L}-)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:(k|mn|m|bn)|\s+(thousand|million|billion)|st|nd|rd|th|s)?(?![\p{L}\p{N}_])(\s*(?:%|per\s*cent|percent))?/giu;
const WORDS = new RegExp(
  `\\b(${Object.keys(WORD_VALUES).join('|')})\\b(\\s+(?:%|per\\s*cent|percent))?`,
  'giu',
);

/** A unit of time after a number, not an age ("three-year", "3 yrs"; not "13-year-old", "10 years old"). */
const DURATION_AFTER = /^[\s-]*(?:years?|yrs?|months?|mths?|weeks?|wks?|days?)\b(?![\s-]*olds?\b)/iu;

/** Every number stated in `text`, in order of appearance. */
/** A unit of measure after a number: "30 mph", "20mph", "5 miles", "10 km". */
const MEASURED_AFTER =
  /^\s?(?:mph|kph|km\/h|kmh|miles? (?:per|an) hour|miles?|km|kilomet(?:re|er)s?|kg|tonnes?)\b/iu;

/** Words before a number that say it is near the figure, not the figure: "just over 1200", "around 13,000". */
const HEDGE_BEFORE =
  /\b(?:about|around|roughly|approximately|approx\.?|circa|nearly|almost|(?:just|a (?:little|bit)|slightly) (?:over|under|above|below|more than|less than)|just shy of|close to|something like|in the region of)\s*$|~\s*$/iu;

/** Words after a number that say the figure lies above it, within its last unit: "12 thousand and something", "1200-odd". */
const SOMETHING_AFTER =
  /^(?:[\s-]*odd\b|\s+and (?:something|a bit|change)\b|[\s-]*something\b|[\s-]*ish\b|\s+or so\b)/iu;

/** How far from the number written a hedged figure may lie, as a share of it ("just over 1200" of 1,220). */
const HEDGED_SHARE = 0.03;

/** How near to the number written a hedged figure lies ("just over 1200": 3%; "12 thousand and something": 1,000). */
function hedgedApprox(text: string, at: number, end: number, value: number, scale: number | undefined) {
  if (SOMETHING_AFTER.test(text.slice(end))) {
    const digits = String(Math.round(value / (scale ?? 1)));
    const zeros = /0*$/u.exec(digits)?.[0].length ?? 0;
    return Math.max((scale ?? 1) * 10 ** zeros, value * HEDGED_SHARE);
  }
  return HEDGE_BEFORE.test(text.slice(0, at)) ? value * HEDGED_SHARE : undefined;
}

export function extractNumbers(text: string): FoundNumber[] {
  const found: Array<FoundNumber & { at: number }> = [];
  /** Where a scale word was read as part of the digits before it ("2.5 million"). */
  const scaleWordsAt = new Set<number>();
  for (const m of text.matchAll(DIGITS)) {
    const digits = (m[1] ?? '').replaceAll(',', '');
    // "12m" in chat is as often twelve months: a glued "m" is millions only after a currency sign or a decimal.
    const glued = m[2]?.toLowerCase();
    const at = m.index ?? 0;
    if ((glued === 'm' || glued === 'mn') && !digits.includes('.') && !/[£$€]\s*$/u.test(text.slice(0, at)))
      continue;
    const scaleWord = m[3]?.toLowerCase();
    const scale = SCALE_VALUES[(m[2] ?? scaleWord ?? '').toLowerCase()];
    if (scaleWord) scaleWordsAt.add((m.index ?? 0) + m[0].toLowerCase().lastIndexOf(scaleWord));
    const decimals = digits.split('.')[1]?.length ?? 0;
    const value = scale ? Math.round(Number(digits) * scale) : Number(digits);
    const rounding = scale ? (scale * 0.5) / 10 ** decimals : undefined;
    const hedged = hedgedApprox(text, at, at + m[0].length, value, scale);
    const approx = Math.max(rounding ?? 0, hedged ?? 0) || undefined;
    found.push({
      raw: m[0].trim(),
      value,
      isPercent: Boolean(m[4]),
      ...(approx ? { approx } : {}),
      ...(!scale && !m[4] && DURATION_AFTER.test(text.slice(at + m[0].length))
        ? { duration: true as const }
        : {}),
      ...(!m[4] && MEASURED_AFTER.test(text.slice(at + m[0].length)) ? { measured: true as const } : {}),
      at,
    });
  }
  for (const m of text.matchAll(WORDS)) {
    const word = (m[1] ?? '').toLowerCase();
    const value = WORD_VALUES[word];
    const at = m.index ?? 0;
    if (word === 'quarter' && namesQuarterOfYear(text, at, at + m[0].length)) continue;
    if (value !== undefined && !scaleWordsAt.has(at))
      found.push({
        raw: m[0].trim(),
        value,
        isPercent: Boolean(m[2]),
        ...(!m[2] && DURATION_AFTER.test(text.slice(at + m[0].length)) ? { duration: true as const } : {}),
        at,
      });
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...n }) => n);
}

/**
 * Words before "quarter" that make it three months: "an average quarter", "the lockdown quarter", "in one quarter",
 * "about 1,077 a quarter".
 */
const QUARTER_OF_YEAR_BEFORE =
  /(?:\b(?:average|typical|usual|normal|each|every|per|the|this|that|lockdown|single|same|previous|next|first|second|fourth|last|calendar|financial|any|spring|summer|autumn|winter|which|one|whole|entire|full|april-june|apr-jun)|\d a)\s*$/iu;
/** What follows "quarter" when it is three months: "quarter's", "quarterly", "quarter of 2020", "quarter year". */
const QUARTER_OF_YEAR_AFTER = /^(?:['’]s\b|ly\b|\s+(?:of|in)\s+(?:19|20)\d\d\b|\s+(?:year|on quarter)\b)/iu;

/**
 * Whether the "quarter" at `from`–`to` names three months of a year rather than a fourth: "higher than an average
 * quarter", "the lockdown quarter's count", "1,220 in one quarter". (Never before "of" a whole: "a quarter of the cases",
 * "one quarter of them".)
 */
function namesQuarterOfYear(text: string, from: number, to: number): boolean {
  const after = text.slice(to);
  if (QUARTER_OF_YEAR_AFTER.test(after)) return true;
  if (/^\s+of\b/iu.test(after)) return false;
  return QUARTER_OF_YEAR_BEFORE.test(text.slice(Math.max(0, from - 20), from));
}

/** Fraction words, singular and plural, as the percent of a whole each stands for ("a tenth" is 10). */
export const FRACTION_WORD_VALUES: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      ['half', 50],
      ['third', 100 / 3],
      ['quarter', 25],
      ['fifth', 20],
      ['sixth', 100 / 6],
      ['seventh', 100 / 7],
      ['eighth', 12.5],
      ['ninth', 100 / 9],
      ['tenth', 10],
    ] as const
  ).flatMap(([word, value]) => [
    [word, value],
    [word === 'half' ? 'halves' : `${word}s`, value],
  ]),
);

const FRACTION_OR_ONE = new RegExp(`\\b(?:one|${Object.keys(FRACTION_WORD_VALUES).join('|')})\\b`, 'iu');

/**
 * Whether a figure as written states a number: digits, a number word (including "One", which extractNumbers leaves
 * out because "one" is so often not a figure) or a fraction ("a tenth", "around a seventh", "two fifths").
 */
export function statesNumber(text: string): boolean {
  return extractNumbers(text).length > 0 || FRACTION_OR_ONE.test(text);
}

/** The numbers in `text` whose values do not occur in any of `sources`. */
export function numbersMissingFrom(text: string, sources: readonly string[]): FoundNumber[] {
  const known = new Set(sources.flatMap((s) => extractNumbers(s).map((n) => n.value)));
  return extractNumbers(text).filter((n) => !known.has(n.value));
}
