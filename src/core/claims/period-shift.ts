// Whether a claim keeps a figure in the source's period: a claim must name the same months, span and phase of
// the pandemic, or none; a wider, narrower or other period moves the figure.
import type { Period } from '../../pack/schema.js';
import { NUMBER_WORD_VALUES } from '../../text/numbers.js';
import type { IndexedFact } from '../retrieve/build-index.js';
import { type AskedPeriod, placePeriods, readAskedPeriod, spanMonths } from '../understand/period.js';
import type { ScopeShift } from './claim-scope.js';

const PER_UNIT =
  /\b(?:(?:first|last|final|opening|single|one) (?:week|fortnight|month|day|days|weeks|months)|a fortnight|whole of (?:19|20)\d\d|all of (?:19|20)\d\d|throughout (?:19|20)\d\d|(?:19|20)\d\d as a whole|(?:per|each|every) quarter|(?:a|per|each|every) (?:single )?(?:year|month|week|day)|(?:the|that|one) year (?:before|prior to|leading up to|to|up to|ending)|ann?ual(?:l?y)?|yearly|monthly|weekly|daily|in (?:a|one) (?:single )?(?:year|month|week|day)|a year|year[- ]on[- ]year)\b/u;
const WHOLE_YEAR =
  /\b(?:(?:the|a|that) )?(?:whole|full|entire|complete) year\b|\ball (?:of )?(?:the |that )?year\b|\bover the (?:course of the )?year\b/u;
const DURING_LOCKDOWN =
  /\b(?:during|in|throughout|amid|since|over) (?:the )?(?:first )?(?:(?:coronavirus|covid(?:-19)?|pandemic|national) )?(?:lockdowns?|pandemic|covid(?:-19)?|coronavirus)\b|\b(?:lockdown|pandemic|covid) (?:months?|weeks|period|spell)\b/u;
const BEFORE_LOCKDOWN =
  /\b(?:before|prior to|pre|ahead of|leading up to|in the (?:run-up|years?) (?:to|before))[- ](?:the )?(?:first )?(?:lockdowns?|pandemic|covid(?:-19)?|coronavirus)\b/u;
/**
 * The whole of an event ("across the whole pandemic"): more than a few months of it. ("Full" or "complete" lockdown
 * says how strict it was, not how long: "during full lockdown" is still the lockdown.)
 */
const WHOLE_EVENT =
  /\b(?:(?:the|a) )?(?:(?:whole|entire) (?:of (?:the )?)?(?:pandemic|lockdown|covid(?:-19)? (?:pandemic|period|era)|coronavirus pandemic)|(?:full|complete) (?:pandemic|covid(?:-19)? (?:pandemic|period|era)|coronavirus pandemic))\b|\bthroughout the (?:pandemic|covid(?:-19)? pandemic|coronavirus pandemic)\b/u;
const SINCE_LOCKDOWN = /\b(?:after|since|post|following)[- ](?:the )?(?:lockdowns?|pandemic)\b/u;
const LOOSE_PERIOD =
  /\b(?:last year|this year|past year|previous year|in (?:the )?(?:last|past) (?:\d+|two|three|four|five|ten) (?:years|months)|(?:last|past) decade|(?:over|for|in|across) (?:a|the last|the past) decade|the decade(?: to| up to| before| since| until)?)\b/u;

/** The period a claim moves the fact's figure to, or undefined when it keeps (or does not name) it. */
export function periodShift(
  fact: IndexedFact,
  lower: string,
  years: readonly number[],
  own?: Period,
): ScopeShift | undefined {
  const period = own ?? fact.fact.period;
  const label = period?.label ?? 'no particular period';
  const shift = (claimSays: string): ScopeShift => ({ dimension: 'period', claimSays, sourceSays: label });
  const from = period?.from;
  const to = period?.to;
  const months = from && to ? spanMonths(from, to) : 0;
  // "The whole year" moves a figure for a few months (or several years) to one year; a year's figure it keeps.
  const wholeYear = WHOLE_YEAR.exec(lower);
  if (wholeYear && months > 0 && months !== 12) return shift(wholeYear[0]);
  const perUnit = PER_UNIT.exec(lower);
  // "Increased annually" is what one fact says; "12,925 a year" moves a three-year total to one year.
  // (An average's own figure is one a year: "the 2015-2019 average was 1,482 a year".)
  if (
    perUnit &&
    !/annually|each year|every year/iu.test(`${fact.fact.statement} ${fact.fact.quote}`) &&
    !(own && /\baverage\b/iu.test(own.label))
  )
    return shift(perUnit[0]);
  const isDuring = /lockdown|pandemic/iu.test(label) && !/before|prior/iu.test(label);
  const isBefore = /before|prior/iu.test(label) || (to !== undefined && to <= '2020-03' && months > 12);
  if (isBefore && DURING_LOCKDOWN.test(lower) && !BEFORE_LOCKDOWN.test(lower))
    return shift(DURING_LOCKDOWN.exec(lower)?.[0] ?? 'during lockdown');
  // "51% of cases across the whole pandemic" of a share for April to June, during lockdown.
  const whole = WHOLE_EVENT.exec(lower);
  if (isDuring && whole && months > 0 && months <= 6) return shift(whole[0]);
  if (isDuring && BEFORE_LOCKDOWN.test(lower))
    return shift(BEFORE_LOCKDOWN.exec(lower)?.[0] ?? 'before lockdown');
  if ((isDuring || isBefore) && SINCE_LOCKDOWN.test(lower))
    return shift(SINCE_LOCKDOWN.exec(lower)?.[0] ?? 'after lockdown');
  const loose = LOOSE_PERIOD.exec(lower);
  if (loose && months !== 12) return shift(loose[0]);
  // A span the claim ends on a month ("in the 3 years before March 2020") that is the fact's own period.
  const named = readAskedPeriod(lower);
  if (named?.exact && from && to && samePeriod(named, from, to)) return undefined;
  if (years.length > 0) {
    const lo = Math.min(...years);
    const hi = Math.max(...years);
    const claimSays = lo === hi ? String(lo) : `${lo} to ${hi}`;
    if (!from || !to) return shift(claimSays);
    // A year the source never gives for this figure ("over a third of cases in 2020" where the article names no
    // year): the pack's period bounds are its own reading, not the source's.
    const stated = `${fact.fact.quote} ${period?.quote ?? ''} ${label}`;
    if (years.some((y) => !stated.includes(String(y)))) return shift(claimSays);
    const fy = Number(from.slice(0, 4));
    const ty = Number(to.slice(0, 4));
    if (hi < fy || lo > ty) return shift(claimSays);
    // Several years for a figure of a few months ("between 2017 and 2020" for April to June), or other years
    // than the source's span ("between 2017 and 2019" for April 2017 to March 2020).
    if (lo !== hi && months > 0 && (months < 12 || lo !== fy || hi !== ty)) return shift(claimSays);
    // One year of a span of several ("12,925 offences in 2020 alone"; "Stat to cite: 12,925 offences in 2020" names
    // no span: its "to" leads no date).
    if (lo === hi && fy !== ty && !SPAN_WORDS_BEFORE_DATE.test(lower)) return shift(claimSays);
  }
  const other = OTHER_LOCKDOWN.exec(lower);
  if (other && (isDuring || isBefore)) return shift(other[0]);
  const span = spanOf(lower);
  if (span && months > 0 && span.months !== months) return shift(span.label);
  if (named && from && to && !samePeriod(named, from, to)) return shift(named.label);
  return undefined;
}

/** A word that makes a year one end of a span ("since 2017", "up to 2020", "to 31 March 2020", "to end-March 2020"). */
const SPAN_WORDS_BEFORE_DATE =
  /\b(?:since|from|between|until|through)\b|\bto (?:(?:the )?(?:end|start|beginning)(?: of |-| ))?(?:\d{1,2}(?:st|nd|rd|th)? )?(?:[a-z]+ )?(?:19|20)\d\d\b/u;

/** A lockdown other than the first (the source's figures are for the first, or for before it). */
const OTHER_LOCKDOWN =
  /\b(?:second|third|2nd|3rd|latest|later|last|winter|november|january|new|next|recent) (?:national )?lockdowns?\b/u;

/** Lengths of time written out: the shared number words, and "one". */
const SPAN_WORDS: Readonly<Record<string, number>> = { one: 1, ...NUMBER_WORD_VALUES };

/** Spans written out, up to a year's months ("one" to "twelve"): larger words read as a count, not a span. */
const SPAN_WORD_PATTERN = Object.entries(SPAN_WORDS)
  .filter(([, n]) => n <= 12)
  .sort(([, a], [, b]) => a - b)
  .map(([word]) => word)
  .join('|');

/** A length in digits or words, then its unit ("three whole years"), not an age or a time ago ("three years old"). */
const SPAN = new RegExp(
  String.raw`\b(\d{1,2}|${SPAN_WORD_PATTERN})[ -](?:(?:whole|full|entire|complete) )?(years?|yrs?|months?)(?![ -](?:old|ago|before|prior|earlier|after|later))\b`,
  'u',
);

/** A length of time the claim gives its figure ("over three years", "a six-month period"), in months. */
function spanOf(lower: string): { months: number; label: string } | undefined {
  const m = SPAN.exec(lower);
  if (!m) return undefined;
  const n = Number(m[1]) || SPAN_WORDS[m[1] ?? ''] || 0;
  return n > 0 ? { months: /^y/u.test(m[2] ?? '') ? n * 12 : n, label: m[0] } : undefined;
}

/**
 * A claim's months must be the source's: a wider span ("April to September") or part of it moves the figure.
 * A season counts when it covers most of the source's months.
 */
function samePeriod(asked: AskedPeriod, from: string, to: string): boolean {
  const { askFrom, askTo, factFrom, factTo } = placePeriods(asked, from, to);
  if (asked.fuzzy) {
    const overlap = Math.min(askTo, factTo) - Math.max(askFrom, factFrom) + 1;
    return overlap * 2 >= factTo - factFrom + 1 && overlap * 2 >= askTo - askFrom + 1;
  }
  return askFrom === factFrom && askTo === factTo;
}
