// A date or span a clause names only by referring back to one the message gave before: "the same month", "during this
// period".
import { MONTH_PATTERN } from '../../text/months.js';
import { foldText } from '../../text/normalise.js';
import { monthsInWords } from '../understand/canonical-period.js';
import { readAskedPeriods } from '../understand/period.js';

/** A period named only by referring back to one the message gave before ("…in March 2019, the same month police…"). */
const SAME_PERIOD = /\b(?:in )?(?:the same|that same|that very|that) (month|year)\b(?!['’]s)/iu;
/** A date: a month and year, or a year after a word that dates ("in 2019", "back in March 2019"; not "2000 pounds"). */
const DATE = new RegExp(
  String.raw`\b(?:${MONTH_PATTERN})\s+(?:19|20)\d\d\b|(?<=\b(?:in|during|since|from|by|of|year|until)\s+)(?:19|20)\d\d\b(?!\s*(?:%|pounds|quid|people|cases|offences|deaths))`,
  'giu',
);

/** A year named by an event rather than a date: "the year before lockdown", "the year after the pandemic". */
const RELATIVE_YEAR =
  /\bthe (?:year|twelve months|12 months) (?:before|after|prior to|following|leading up to) (?:the )?(?:first )?(?:lockdown|pandemic|covid(?:-19)?|coronavirus(?: lockdown)?)\b/giu;

/** A span of years: "between 2017 and 2020", "from 2017 to 2020", "2017-2020". */
const YEAR_SPAN = /\b(?:between |from )?((?:19|20)\d\d) ?(?:and|to|until|-|–) ?((?:19|20)\d\d)\b/gu;

/** A span named only by referring back ("During this period, …", "over the same period"). */
const SAME_SPAN =
  /\b(?:during|in|over|across|for|within|throughout) (?:this|that|the same|that same|this same) (?:period|time ?frame|time|span|window|stretch)\b/iu;

/**
 * The clause with "the same month" replaced by the date the message named last before it, and "during this period" by
 * the span it named last, if any: "Between April 2017 and March 2020 … During this period, 51 per cent…" claims the
 * share for those three years.
 */
export function withDateReferredBack(clause: string, said: string): string {
  if (SAME_SPAN.test(clause)) {
    const span = readAskedPeriods(foldText(said)).at(-1);
    // (A span of months, not one month: "The lockdown began in March 2020. During this period…" is the lockdown.)
    if (span && !span.fuzzy && (span.fromMonth !== span.toMonth || span.fromYear !== span.toYear)) {
      return clause.replace(SAME_SPAN, `from ${monthsInWords(span)}`);
    }
    // (Years alone: "…between 2017 and 2020, while Facebook-owned apps accounted for 51 per cent over the same period".)
    const years = [...said.matchAll(YEAR_SPAN)].at(-1);
    if (!span && years) return clause.replace(SAME_SPAN, `from ${years[1]} to ${years[2]}`);
  }
  const same = SAME_PERIOD.exec(clause);
  if (!same) return clause;
  const date = [...said.matchAll(DATE)].at(-1)?.[0];
  // ("…went up 10% in the year before lockdown and 1,220 cases were logged in that year": the year before lockdown.)
  const relative =
    same[1]?.toLowerCase() === 'year' ? [...said.matchAll(RELATIVE_YEAR)].at(-1)?.[0] : undefined;
  if (!date && relative) return clause.replace(SAME_PERIOD, `in ${relative}`);
  // ("In March 2019 … that year, Instagram was used in over a third…": the year, not the month.)
  const named = same[1]?.toLowerCase() === 'year' ? /(?:19|20)\d\d/u.exec(date ?? '')?.[0] : date;
  return named ? clause.replace(SAME_PERIOD, `in ${named}`) : clause;
}

/** A clause opening on "he" or "she" and what they did or said ("he wants tech bosses held criminally responsible"). */
const PERSON_PRONOUN = /^(?:and |but )?(he|she)\b(?='?s?\s+\p{L})/iu;

/**
 * The clause with its opening "he" or "she" replaced by the one person the message named before it
 * (`peopleNamed` gives their names, read only for a clause that opens so): "Wanless wants a world-leading bill, and
 * he wants tech bosses held criminally responsible" claims the second of Wanless. Unchanged when the message named no
 * one, or more than one person.
 */
export function withPersonReferredBack(clause: string, peopleNamed: () => readonly string[]): string {
  const m = PERSON_PRONOUN.exec(clause);
  if (!m?.[1]) return clause;
  const named = [...new Set(peopleNamed())];
  if (named.length !== 1) return clause;
  const at = (m.index ?? 0) + m[0].length - m[1].length;
  // ("he's the head of…" is "Wanless is the head of…".)
  const rest = clause.slice(at + m[1].length).replace(/^['’]s\s/u, ' is ');
  return `${clause.slice(0, at)}${named[0]}${rest}`;
}

/**
 * "there" standing for a place, after what was counted there: "…offences in Wales rose, with 1,220 cases recorded
 * there". (Not "there were", nor an idiom: "I'll leave it there", "hang in there".)
 */
const PLACE_THERE =
  /(?<=\b(?:recorded|logged|reported|registered|counted|happened|occurred|committed|cases|offences|offenses|crimes|incidents)\s)there\b(?!\s*(?:is|are|was|were|has|have|had|will|would|'s|’s)\b)/iu;

/**
 * The clause with a place-standing "there" replaced by the one place the message named before it (`placesNamed`,
 * read only for a clause that says "there"): "offences in Wales rose 10 per cent, with 1,220 cases recorded there"
 * claims the 1,220 of Wales. Unchanged when the message named no place, or more than one.
 */
export function withPlaceReferredBack(clause: string, placesNamed: () => readonly string[]): string {
  if (!PLACE_THERE.test(clause)) return clause;
  const named = [...new Set(placesNamed())];
  if (named.length !== 1) return clause;
  return clause.replace(PLACE_THERE, `in ${named[0]}`);
}
