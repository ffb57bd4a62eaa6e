// A yearly, quarterly or monthly average asked of a total the source gives over several such periods ("what's the
// average per year from the 12,925?"): worked out from the cited figure, and said to be worked out, never passed off
// as a figure the source states.
import type { AverageDerivation as Derivation } from '../../reply.js';
import type { IndexedFact } from '../../retrieve/build-index.js';
import { spanMonths } from '../../understand/period.js';

/** A closing aside in brackets ("(the article does not state the year)"), left out where the label is itself in brackets. */
const TRAILING_ASIDE = /\s*\([^()]*\)\s*$/u;

/** Months in each period an average may be asked per. */
const MONTHS_IN = { year: 12, quarter: 3, month: 1 } as const;
export type Per = keyof typeof MONTHS_IN;

/** The period words a question may ask an average per. */
const UNIT = '(year|yr|quarter|month)';
const AVERAGE = '(?:average[sd]?|averaging|avg|mean)';
/**
 * An average asked per period: "the average number of offences per year", "how many a year on average", "the monthly
 * average", "an average quarter", "per month, … the average", "how many a month does 1,220 work out to". (Not an
 * average of something else a preamble's "quarterly" stands beside: "the average age … for our quarterly register".)
 */
const ASKS_AVERAGE_PER: readonly RegExp[] = [
  new RegExp(String.raw`\b${AVERAGE}\b(?:\s+[\w,.-]+){0,6}?\s+(?:per|a|an|each|every)\s+${UNIT}\b`, 'u'),
  new RegExp(
    String.raw`\b(?:per|a|an|each|every)\s+${UNIT}\s+on average\b|\bon average\s+(?:per|a|an|each|every)\s+${UNIT}\b`,
    'u',
  ),
  new RegExp(String.raw`\b${UNIT}ly\s+${AVERAGE}\b|\b(annual)\s+${AVERAGE}\b|\b${AVERAGE}\s+${UNIT}\b`, 'u'),
  new RegExp(String.raw`^\W*per\s+${UNIT}\b(?=.*\b${AVERAGE}\b)`, 'u'),
  new RegExp(String.raw`\b(?:per|a|an|each|every)\s+${UNIT}\b(?=.*\bwork(?:s|ed)? out (?:to|at|as)\b)`, 'u'),
  // "a typical quarter", "spread the 12,925 evenly over the 12 quarters", "divided across the three years".
  new RegExp(String.raw`\b(?:typical|usual|normal|ordinary)\s+${UNIT}\b`, 'u'),
  new RegExp(
    String.raw`\b(?:spread|spreads|spreading|divide|divided|dividing|split|splitting)\b(?:\s+[\w,.-]+){0,5}?\s+(?:evenly\s+|equally\s+)?(?:over|across|between|among|by|into)\s+(?:the\s+|those\s+|these\s+)?(?:\d+|two|three|four|twelve|thirty-six)\s+${UNIT}s\b`,
    'u',
  ),
];
const PER_OF: Readonly<Record<string, Per>> = {
  year: 'year',
  yr: 'year',
  annual: 'year',
  quarter: 'quarter',
  month: 'month',
};
/** A whole number as the replies write counts ("4,308"). */
const counted = (value: number) => value.toLocaleString('en-GB');

/** A bound is no total to divide: "more than 100" over two years is no "more than 50 a year". */
const BOUND = /\b(?:more than|over|under|less than|fewer than|at least|up to|nearly|almost|around|about)\b/iu;
/** A figure that is already an average or a rate. */
const ALREADY_PER = /\b(?:average|mean|per|rate|a year|each year)\b/iu;

/** The question less its words of a period asked per ("a year", "monthly"), which name no period of their own. */
export function withoutPerWords(folded: string): string {
  return folded.replace(PER_WORDS, ' ');
}
const PER_WORDS = new RegExp(
  String.raw`\b(?:(?:per|a|an|each|every)\s+${UNIT}|(?:year|quarter|month)ly|annual(?:ly)?)\b`,
  'gu',
);

/** The period a question asks an average per, if it asks for one. */
export function askedAveragePer(folded: string): Per | undefined {
  for (const asks of ASKS_AVERAGE_PER) {
    const m = asks.exec(folded);
    const unit = m?.slice(1).find((g) => g !== undefined);
    if (unit) return PER_OF[unit];
  }
  return undefined;
}

/**
 * The average per `per` of the fact's one total, when its period is a whole number of them (two or more): 12,925
 * offences from April 2017 to March 2020 are about 4,308 a year over three years. Undefined when the fact gives no
 * single plain total over such a period.
 */
export function averageOf(fact: IndexedFact, per: Per): Derivation | undefined {
  const periods = periodsIn(fact, per);
  if (periods === undefined || periods < 2) return undefined;
  const label = fact.fact.period?.label;
  const total = plainTotal(fact);
  if (!total) return undefined;
  const value = Math.round(total.value / periods);
  const shown = counted(value);
  const plural = per === 'quarter' ? 'quarters' : `${per}s`;
  return {
    kind: 'average',
    of: total.value,
    over: periods,
    value,
    text: `Worked out, not stated in the source: ${total.display} ${total.label} over ${periods} ${plural} (${(label ?? 'its period').replace(TRAILING_ASIDE, '')}) is about ${shown} a ${per} (${total.display} ÷ ${periods}). The source gives no figure for any single ${per}.`,
  };
}

/** The one plain total a fact gives for its whole period, if it gives one. */
function plainTotal(fact: IndexedFact): IndexedFact['fact']['figures'][number] | undefined {
  const totals = fact.fact.figures.filter(
    (f) =>
      f.unit === 'count' &&
      !f.period &&
      !BOUND.test(f.qualifier ?? '') &&
      // (A total written as a plain numeral: not "Fourteen", nor "2.41 billion vehicle miles", whose average would
      // repeat its unit and claim more precision than the estimate has.)
      /^\d{1,3}(?:,\d{3})*$|^\d+$/u.test(f.display) &&
      !ALREADY_PER.test(`${f.label} ${f.display}`),
  );
  return totals.length === 1 ? totals[0] : undefined;
}

/** How many `per` periods a fact's own period spans, when a whole number of them. */
export function periodsIn(fact: IndexedFact, per: Per): number | undefined {
  const { from, to } = fact.fact.period ?? {};
  if (!from || !to || !/^\d{4}-\d\d$/u.test(from) || !/^\d{4}-\d\d$/u.test(to)) return undefined;
  const periods = spanMonths(from, to) / MONTHS_IN[per];
  return Number.isInteger(periods) && periods >= 1 ? periods : undefined;
}

/**
 * A figure for a shorter time set against the average per period of a longer total ("is 1,220 in one quarter higher
 * than the average quarter over April 2017 to March 2020?"): both worked out per period where they span several, and
 * which is higher. Undefined when either has no plain total over a whole number of such periods.
 */
export function averageAgainst(
  total: IndexedFact,
  single: IndexedFact,
  per: Per,
): { worked: Derivation[]; note: string } | undefined {
  const long = averageOf(total, per);
  const own = plainTotal(single);
  const periods = periodsIn(single, per);
  if (!long || !own || !periods || periods >= long.over) return undefined;
  const short = periods > 1 ? averageOf(single, per) : undefined;
  if (periods > 1 && !short) return undefined;
  const value = short?.value ?? own.value;
  const ratio = value / long.value;
  const how = ratio > 1.05 ? 'higher than' : ratio < 0.95 ? 'lower than' : 'about the same as';
  const label = (single.fact.period?.label ?? '').replace(TRAILING_ASIDE, '');
  const shown = periods > 1 ? `about ${counted(value)} a ${per}` : `${own.display} in one ${per}`;
  return {
    worked: short ? [short, long] : [long],
    note: `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${shown}, ${how} the average of about ${counted(long.value)} a ${per}.`,
  };
}

/** Words of a period's label that name it ("april", "june", "lockdown"), not those any label may use. */
const LABEL_FILLER =
  /^(?:during|between|from|until|through|with|that|this|year|years|month|months|the|and)$/u;

/** Whether a question names a fact's period in words of its label ("the April-June figure", "the lockdown rate"). */
export function namesPeriodOf(fact: IndexedFact, folded: string): boolean {
  const label = (fact.fact.period?.label ?? '').replace(TRAILING_ASIDE, '').toLowerCase();
  const words = (label.match(/\p{L}{4,}/gu) ?? []).filter((w) => !LABEL_FILLER.test(w));
  // (A month may be written short: "apr-jun", "sept".)
  const named = (w: string) =>
    w === 'september' ? 'sep(?:tember|t)?' : MONTH.test(w) ? `${w.slice(0, 3)}(?:${w.slice(3)})?` : w;
  return words.some((w) => new RegExp(String.raw`\b${named(w)}\b`, 'u').test(folded));
}
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/u;
