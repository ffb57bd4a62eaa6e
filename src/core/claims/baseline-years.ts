// The years a claim sets a change against ("up 8% on 2022", "down from 23 in 2022", "below the 2015-19 average"):
// the comparison's other end, not the period the claim's figure is for.
import { isChangeFigure } from '../../pack/change.js';
import type { Figure } from '../../pack/schema.js';
import type { IndexedFact } from '../retrieve/build-index.js';

/**
 * A word that sets what follows against the figure, then a year or a span of years: "on 2022", "from 23 in 2022",
 * "than in 2022", "below the 2015-2019 average". (A span after "from" is the claim's own period, "from 2017 to 2020",
 * unless it is an average or a baseline.)
 */
const BASELINE =
  /\b(?:from|on|than|compared (?:with|to)|versus|vs\.?|against|below|above|relative to)\s+(?:(?:the|a|an|in)\s+)?(?:(?:about|around|some|just|only)\s+)?(?:[\d,.]+k?\s+(?:in\s+)?)?((?:19|20)\d\d)\b(?:\s*(?:-|–|to)\s*((?:19|20)?\d\d)\b(?=\s+(?:average|baseline|mean|levels?)\b))?(?!\s*(?:-|–|to|until|through|and)\s*(?:[a-z]+\s+)?(?:19|20)?\d\d\b)/gu;

/** Every year the claim names only as what its change is set against. */
export function baselineYears(lower: string): number[] {
  const years: number[] = [];
  for (const m of lower.matchAll(BASELINE)) {
    const from = Number(m[1]);
    const end = m[2];
    const to =
      end === undefined ? from : Number(end.length === 2 ? `${String(from).slice(0, 2)}${end}` : end);
    for (let y = from; y <= to && y - from < 20; y++) years.push(y);
  }
  return years;
}

/**
 * The years that say which period a claim gives a fact's figure. A baseline year the source compares the figure with
 * (a change's own label, "from 2022 to 2023"; for a level, another figure of its fact, "23 in 2022") is set aside
 * for a figure of the fact's own period, and is the only year that counts for the figure of that baseline (the 2022
 * count the 2023 one fell from).
 */
export function yearsForScope(
  lower: string,
  years: readonly number[],
  fact: IndexedFact,
  figure?: Figure,
): number[] {
  const ownLabel = figure && isChangeFigure(figure) ? figure.label : undefined;
  const stated =
    ownLabel ??
    fact.fact.figures.map((f) => `${f.label} ${f.period?.from ?? ''} ${f.period?.label ?? ''}`).join(' ');
  const base = baselineYears(lower).filter((y) => stated.includes(String(y)) || withinLabel(y, stated));
  if (base.length === 0) return [...years];
  const own = figure?.period;
  const ownYears = own?.from ? [Number(own.from.slice(0, 4)), Number((own.to ?? own.from).slice(0, 4))] : [];
  const ofBaseline = base.some((y) => y >= (ownYears[0] ?? 0) && y <= (ownYears[1] ?? 0));
  return ofBaseline ? years.filter((y) => base.includes(y)) : years.filter((y) => !base.includes(y));
}

/** A year inside a span the source writes out ("2017" inside "2015-2019"). */
function withinLabel(year: number, stated: string): boolean {
  for (const m of stated.matchAll(/\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b/gu))
    if (year >= Number(m[1]) && year <= Number(m[2])) return true;
  return false;
}
