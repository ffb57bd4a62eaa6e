// Keeps only facts that match what the question pins down: named platforms, places and years.

import { placeIsInferred } from '../../pack/place.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import type { ScoredFact } from '../retrieve/score.js';
import type { Analysis } from '../understand/analyse.js';
import { hasBoundAt } from './date-asked.js';

/** Why a fact cannot answer a question even though its words match. */
export interface Mismatch {
  kind: 'platform' | 'place' | 'year' | 'scope';
  value: string;
}

/**
 * How a question names its years: as a span ("2017 to 2020"), one by one ("in 2019 and 2023"), or as a year and the
 * next ("2022-23": a financial year or two calendar years).
 */
type YearsNamed = 'span' | 'apart' | 'year-and-next';

function yearsMatch(
  fact: IndexedFact,
  years: readonly number[],
  overlap: boolean,
  comparing: boolean,
  named: YearsNamed = 'span',
  groups?: ReadonlyArray<readonly [number, number]>,
  changing = false,
  openFrom?: number,
): boolean {
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  // A time running on from a year ("since 2017", "from spring 2017 up to the start of lockdown"): a figure for a span
  // that starts that year.
  if (openFrom !== undefined && lo === openFrom && hi === openFrom)
    return fact.spans.some((span) => span.fromYear === openFrom && span.toYear >= openFrom);
  // Years named one by one ("deaths in 2019 and 2023"): a figure for each of them, each its own year (the 2015-2019
  // average is no figure for 2019).
  const eachYear = () =>
    years.every((y) => fact.spans.some((span) => span.fromYear === y && span.toYear === y));
  if (named === 'apart' && years.length > 1) return eachYear();
  // Periods named apart ("in 2023, together with the 2015 to 2019 average"): a figure for each, its own period.
  if (groups && named === 'span' && !overlap && !comparing)
    return groups.every(([from, to]) =>
      fact.spans.some((span) => span.fromYear === from && span.toYear === to),
    );
  // A year and the next ("2022-23"): a figure for each, or one for the span (below).
  if (named === 'year-and-next' && eachYear()) return true;
  // Comparing years ("2023 visits compared with 2019", "deaths vs the 2015-2019 average"): a fact that gives a
  // figure for each year named answers it.
  // (Two periods, not one span holding both: "offences in 2018 vs 2019" is not answered by a three-year total.)
  // (A year named alone is a figure for that year, not a longer span holding it: "casualties 2023 vs 2019" is not
  // answered by the 2015-2019 average, which answers only when both its ends are named.)
  const spanOf = (y: number) =>
    fact.spans.findIndex(
      (span) =>
        span.fromYear <= y &&
        y <= span.toYear &&
        (span.fromYear === span.toYear || (years.includes(span.fromYear) && years.includes(span.toYear))),
    );
  if (
    comparing &&
    years.length > 1 &&
    years.every((y) => spanOf(y) >= 0) &&
    new Set(years.map(spanOf)).size > 1
  )
    return true;
  // A change asked between two years joined as a span ("how much did deaths fall between 2022 and 2023?", "casualties
  // 2022 to 2023 % change"): the two ends of the change, answered by a fact with a figure for each year on its own.
  if (changing && named === 'span' && years.length > 1 && eachYear()) return true;
  // A fact matches when one of the periods it gives a figure for fits (its own, or a compared figure's).
  return fact.spans.some((span) =>
    // "What happened in March 2019?": a date asked about only has to fall within the fact's span.
    overlap
      ? span.fromYear <= hi && span.toYear >= lo
      : lo === hi
        ? // One year: the span must lie within it.
          span.fromYear >= lo && span.toYear <= hi
        : // A range ("2017 to 2020", "over the whole 2017–2020 period"): the span must run just across it (the
          // three years to March 2020 are no figure for "2019-2020").
          span.fromYear === lo && span.toYear === hi,
  );
}

/**
 * A fact with no period of its own (a release's details, a comment on its figures), when the year asked names the
 * document asked about, the pack's own ("when was the 2023 report published?", "which charity commented on the 2023
 * figures?"), not the period of a figure ("how many casualties in 2023?").
 */
function undatedNamesYears(fact: IndexedFact, years: readonly number[]): boolean {
  const names = (text: string, y: number) => new RegExp(`\\b${y}\\b`, 'u').test(text);
  // (The document must be the pack's own, whose title names that year: "the 2019 report" is not the 2023 release.)
  const { title, shortName } = fact.pack.pack;
  return fact.spans.length === 0 && years.every((y) => names(`${title} ${shortName ?? ''}`, y));
}

/**
 * Every year the question names comes with its month, and each such month is where one of the fact's periods starts or
 * ends ("Does the England and Wales total run up to March 2020?", "why is April 2017 mentioned?").
 */
function namesBounds(fact: IndexedFact, analysis: Analysis): boolean {
  const months = analysis.monthYears ?? [];
  return (
    months.length > 0 &&
    analysis.years.every((y) => months.some((m) => m.startsWith(`${y}-`))) &&
    months.every((m) => hasBoundAt(fact, m))
  );
}

/** A question about setting figures side by side ("can I compare…with 2016?", "comparable"), not asking for one. */
const asksToCompare = (analysis: Analysis) =>
  analysis.comparison !== undefined || analysis.terms.includes('compar');

/**
 * One year asked lies beyond a year the fact draws a line at ("not fully comparable with years before 2019" answers
 * "can I compare serious injuries with 2016?").
 */
function onBoundarySide(fact: IndexedFact, years: readonly number[]): boolean {
  if (years.length === 0) return false;
  return fact.fact.figures.some((f) => {
    if (f.unit !== 'year') return false;
    const side = new RegExp(String.raw`\b(before|prior to|since|after|from) ${f.value}\b`, 'u').exec(
      fact.fact.quote,
    )?.[1];
    if (!side) return false;
    const beyond = (y: number) =>
      side === 'before' || side === 'prior to' ? y < f.value : side === 'after' ? y > f.value : y >= f.value;
    // One year beyond the line, alone or set against years on this side of it ("2016" against 2023): two years both
    // beyond it ("2016 and 2017") are a comparison the line says nothing about.
    return years.filter(beyond).length === 1;
  });
}

/** Stems of a fact that says how a group is counted among others ("counted within …, not separately"). */
const INCLUSION_TERMS = ['within', 'separ', 'includ'];

/** The reason `fact` cannot answer a question with this analysis, or undefined when it can. */
export function findMismatch(
  index: FactIndex,
  fact: IndexedFact,
  analysis: Analysis,
  platformsMatch: 'all' | 'any' = 'all',
): Mismatch | undefined {
  const named = (kind: string) => analysis.entities.filter((id) => index.entityKinds.get(id) === kind);
  const nameOf = (ids: string[]) => ids.map((id) => index.entityNames.get(id) ?? id).join(' and ');
  const platforms = named('platform');
  // Every platform named must be one the fact is about ("Facebook Messenger" is not the three apps' 51 percent).
  const missing = platforms.filter((id) => !fact.entities.has(id));
  if (missing.length > 0 && (platformsMatch === 'all' || missing.length === platforms.length))
    return { kind: 'platform', value: nameOf(missing) };
  // Likewise a group, topic or product the question names ("cyclists on rural roads"): a fact about cyclists that
  // never mentions rural roads does not answer it.
  // (Not the groups an ask of inclusion sets a group against, when the fact says how it is counted among them; a
  // topic it names, "on rural roads", still has to be the fact's.)
  const inclusion = analysis.asksInclusion === true && INCLUSION_TERMS.some((t) => fact.weights.has(t));
  const others = ['group', 'topic', 'product']
    .flatMap(named)
    .filter((id) => !fact.entities.has(id) && !(inclusion && index.entityKinds.get(id) === 'group'));
  if (others.length > 0 && platformsMatch === 'all') return { kind: 'scope', value: nameOf(others) };
  const places = named('place');
  // A place the fact is about (a branch named in its subjects) matches as well as its own place does.
  const about = (id: string) => fact.places.has(id) || fact.fact.subjects.includes(id);
  // (A place the pack only infers is no place the source gives: the fact stays, and says it does not say where.)
  // (Nor when the place is what a yes-or-no ask of the figure's coverage asks about: its own place answers.)
  if (
    places.length > 0 &&
    fact.places.size > 0 &&
    !placeIsInferred(fact.fact) &&
    !places.some(about) &&
    analysis.asksPlaceCovered !== true
  ) {
    return { kind: 'place', value: nameOf(places) };
  }
  // (A fact with no period is turned away only by the years the ask names, not by a preamble's.)
  const binding = fact.spans.length === 0 ? (analysis.askedYears ?? analysis.years) : analysis.years;
  if (
    binding.length > 0 &&
    !(analysis.documentYear === true && undatedNamesYears(fact, analysis.years)) &&
    !namesBounds(fact, analysis) &&
    !(asksToCompare(analysis) && onBoundarySide(fact, analysis.years)) &&
    !yearsMatch(
      fact,
      analysis.years,
      analysis.reverseLookup,
      analysis.comparison !== undefined,
      analysis.yearsApart ? 'apart' : analysis.yearAndNext ? 'year-and-next' : 'span',
      analysis.yearGroups,
      analysis.asksChange === true,
      analysis.openFrom,
    )
  ) {
    const years = [...new Set(analysis.years)].sort();
    const groups = analysis.yearGroups?.map(([from, to]) => (from === to ? `${from}` : `${from} to ${to}`));
    return {
      kind: 'year',
      value:
        years.length === 1
          ? `${years[0]} alone`
          : (groups?.join(' and ') ?? years.join(analysis.yearsApart ? ' and ' : ' to ')),
    };
  }
  return undefined;
}

/** Splits scored facts into those that may answer and the best one a guard turned away. */
export function applyGuards(
  index: FactIndex,
  scored: readonly ScoredFact[],
  analysis: Analysis,
  platformsMatch: 'all' | 'any' = 'all',
): { allowed: ScoredFact[]; excluded?: { scored: ScoredFact; mismatch: Mismatch } } {
  const allowed: ScoredFact[] = [];
  let excluded: { scored: ScoredFact; mismatch: Mismatch } | undefined;
  for (const s of scored) {
    const mismatch = findMismatch(index, s.fact, analysis, platformsMatch);
    if (!mismatch) allowed.push(s);
    else if (!excluded) excluded = { scored: s, mismatch };
  }
  return excluded ? { allowed, excluded } : { allowed };
}
