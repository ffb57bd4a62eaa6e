// Declines for a fact that matches a question's words but not the figure or year it asks about.
import { MONTH_WORD } from '../../text/months.js';
import { extractNumbers } from '../../text/numbers.js';
import type { DeclineReason } from '../reply.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';

type ScopeDecline = Extract<DeclineReason, { code: 'not_covered' }>;

/**
 * The question is about a figure the chosen fact does not state ("what proportion of the 12,925 offences…" is not
 * answered by the 51 percent of April–June cases).
 */
export function figureOfAnother(
  index: FactIndex,
  fact: IndexedFact,
  values: readonly number[],
  folded: string,
): ScopeDecline | undefined {
  // A number the fact's own quote states ("children under 12") is not another fact's figure.
  const own = new Set(extractNumbers(fact.fact.quote).map((n) => n.value));
  const others = values.filter(
    (v) => !fact.figureValues.includes(v) && !own.has(v) && index.figureOwners.has(v),
  );
  const owner =
    others.length === values.length ? index.figureOwners.get(others[0] ?? Number.NaN)?.[0] : undefined;
  if (!owner || owner === fact) return undefined;
  // A total of the same period is what the fact's share or ranking is taken of ("what percentage of the 1,220 cases
  // involved Facebook-owned apps?", "is 19 deaths a record low?"), not another fact's figure asked of it. (The 12,925
  // offences to March 2020 are no base for the April–June share.)
  // (Not a count asked of a share: "how many of the 1,220 cases involved Instagram?" wants a number the source lacks.)
  if (samePeriod(owner, fact) && !COUNT_OF.test(folded)) return undefined;
  const figure = owner.fact.figures.find((f) => f.value === others[0])?.display ?? String(others[0]);
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `the ${figure} (${owner.fact.title.toLowerCase()})`,
    covered: [
      `${fact.fact.figures.map((f) => f.display).join(', ') || 'a figure'} for ${fact.fact.base ?? fact.fact.measure}`,
    ],
  };
}

/** A count asked: "how many of…", "what number of…". */
const COUNT_OF = /\bhow many\b|\bwhat number of\b|\bnumber of\b/u;

function samePeriod(a: IndexedFact, b: IndexedFact): boolean {
  const p = a.fact.period;
  const q = b.fact.period;
  return a.pack === b.pack && p?.from !== undefined && p.from === q?.from && p.to === q?.to;
}

/** "What year is the April to June period in?" when the source's own words give no year. */
export function unstatedYear(fact: IndexedFact, folded: string): ScopeDecline | undefined {
  if (!/\b(?:what|which) year\b/u.test(folded) || /\b(?:19|20)\d\d\b/u.test(fact.fact.quote))
    return undefined;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: 'the year',
    covered: [`no year for ${fact.fact.period?.label ?? 'this figure'}: the source does not say`],
  };
}

/**
 * "the whole of 2020", "calendar year 2020 as a whole", "full-year 2020", "in calendar year 2020", "the year 2020"
 * (unless a month range narrows it: "between April and June of the year 2020"): every month of that year.
 */
const WHOLE_YEAR =
  /\b(?:whole|entire|full|all)(?: of)?(?: the)?(?: calendar)?(?: year)? ((?:19|20)\d\d)\b|\b((?:19|20)\d\d) as a whole\b|\bfull[- ]year ((?:19|20)\d\d)\b|\b(?:calendar|the) year (?:of )?((?:19|20)\d\d)\b|\bin ((?:19|20)\d\d) overall\b/u;

const MONTH_RANGE = new RegExp(
  String.raw`\b${MONTH_WORD}\s*(?:and|to|-|–|until|till|through)\s*${MONTH_WORD}\b`,
  'u',
);

/** Part of a year offered as the other choice: "or only a few months of it", "or just part of the year". */
const PART_OFFERED =
  /\bor (?:was it |is it |just |only |merely |for )*(?:(?:a few|some|certain|a couple of|three|several|those|the) months?|part of (?:it|the year|that year)|a part|(?:a )?quarter|a portion|a slice|a shorter (?:period|stretch|window))\b/u;

/** The decline when a question asks for a whole year and the fact's figure covers only part of it. */
export function partOfYearOnly(fact: IndexedFact, folded: string): ScopeDecline | undefined {
  const m = WHOLE_YEAR.exec(folded);
  // (A month range before it narrows the year: "between April and June of the year 2020".)
  if (m && MONTH_RANGE.test(folded.slice(0, m.index))) return undefined;
  // (Nor when part of the year is offered beside it: "is the 51% for the whole of 2020 or only a few months of it?"
  // asks which, and the answer says.)
  if (m && PART_OFFERED.test(folded)) return undefined;
  const year = m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4] ?? m?.[5];
  const { from, to, label } = fact.fact.period ?? {};
  if (!year || !from || !to) return undefined;
  const inYear = from.slice(0, 4) === year && to.slice(0, 4) === year;
  if (!inYear || (from.slice(5, 7) === '01' && to.slice(5, 7) === '12')) return undefined;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `the whole of ${year}`,
    covered: [`only ${label}: ${fact.fact.statement}`],
  };
}

/** An age bound a question or a source puts on children: "under 10", "aged under 16", "under-16s". */
const AGE_BOUND =
  /\b(?:under|below|younger than)[- ]?(\d{1,2})s?\b(?!\s*(?:%|per ?cent|mph|miles|km|years? ago))/u;
const AGE_CONTEXT =
  /\b(?:child(?:ren)?|kids?|under[- ]?\d{1,2}s|aged|year[- ]?olds?|yo|boys?|girls?|toddlers?|infants?|pupils?)\b|\b(?:victims|casualties|people|ones|those) (?:who )?(?:were|are|was) (?:aged )?(?:under|below|younger than)\b/u;

/**
 * Children of an age band the source does not give ("how many children under 10 were killed?" where it counts
 * children under 16): the source's figure is for a wider band, not a breakdown of it.
 */
export function otherAgeBand(index: FactIndex, fact: IndexedFact, folded: string): ScopeDecline | undefined {
  const asked = AGE_BOUND.exec(folded);
  if (!asked || !AGE_CONTEXT.test(folded)) return undefined;
  const bandOf = (f: IndexedFact) => AGE_BOUND.exec(`${f.fact.quote} ${f.fact.statement}`.toLowerCase());
  // (A fact for all ages, "1,214 casualties", asked of "the victims under 13": the band its pack does give, if any.)
  const banded = bandOf(fact)
    ? fact
    : index.facts.find((f) => f.pack === fact.pack && f.fact.figures.length > 0 && bandOf(f));
  const own = banded ? bandOf(banded) : undefined;
  if (!banded || !own || own[1] === asked[1]) return undefined;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `under-${asked[1]}s`,
    covered: [`children under ${own[1]} only: ${banded.fact.statement}`],
  };
}
