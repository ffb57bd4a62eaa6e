// Two periods named for two measures ("cases April to June vs offences April 2017 to March 2020"): no one fact
// fits both, but each period has a fact of its own for what is asked of it, and the two are set side by side.
import { MONTH_NAMES } from '../../../text/months.js';
import { ANSWER_THRESHOLD } from '../../reply.js';
import type { IndexedFact } from '../../retrieve/build-index.js';
import type { ScoredFact } from '../../retrieve/score.js';
import { type Analysis, stem } from '../../understand/analyse.js';
import { type AskedPeriod, comparePeriods } from '../../understand/period.js';
import { type ComparisonMatch, sideBySide } from './compare.js';

/** Below this a candidate is no match for its half of the question. */
const HALF_MATCH = 0.3;

/** Stems of the month names: a date a question gives, which a fact's period settles. */
export const MONTH_STEMS: ReadonlySet<string> = new Set(MONTH_NAMES.map((m) => stem(m)));

/** A span of whole years as people name a period ("2017-2020", "2017 to 2020"). */
const YEAR_SPAN = /\b((?:19|20)\d\d)\s*(?:-|–|to|until|till)\s*((?:19|20)\d\d)\b/gu;

/** A period asked by months, or a span of years: a fact fits the years when its own runs over just those years. */
type Asked = AskedPeriod | { fromYear: number; toYear: number; years: true };

const fits = (fact: IndexedFact, period: Asked) =>
  fact.spans.some((span) =>
    'years' in period
      ? span.fromYear === period.fromYear && span.toYear === period.toYear && span.toYear > span.fromYear
      : comparePeriods(period, span.from, span.to) === 'fits',
  );

/** Every period a (folded) question names: by months, and as spans of years outside those. */
export function periodsNamed(folded: string, byMonths: readonly AskedPeriod[]): Asked[] {
  const rest = byMonths.reduce((text, p) => text.replace(p.label, ' '), folded);
  const years = [...rest.matchAll(YEAR_SPAN)]
    .map((m) => ({ fromYear: Number(m[1]), toYear: Number(m[2]), years: true as const }))
    .filter((p) => p.toYear > p.fromYear);
  return [...byMonths, ...years];
}

/**
 * For each period, the best candidate with figures whose period it fits (and fits none of the others), when every
 * one is a different fact named by a word of the question none of the others is, and together they hold every word
 * and name of the question. Otherwise undefined: a measure asked for in a period it is not given for stays declined.
 */
export function comparePeriodFacts(
  periods: readonly Asked[],
  analysis: Analysis,
  candidates: readonly ScoredFact[],
): ComparisonMatch | undefined {
  if (periods.length < 2) return undefined;
  const chosen: ScoredFact[] = [];
  for (const period of periods) {
    const best = candidates.find(
      (s) =>
        s.score >= HALF_MATCH &&
        s.fact.fact.figures.length > 0 &&
        fits(s.fact, period) &&
        periods.every((other) => other === period || !fits(s.fact, other)),
    );
    if (!best || chosen.some((c) => c.fact === best.fact)) return undefined;
    chosen.push(best);
  }
  const facts = chosen.map((c) => c.fact);
  const words = analysis.terms.filter((t) => !t.startsWith('@') && !MONTH_STEMS.has(t));
  const ownWord = (f: IndexedFact) =>
    words.some((t) => f.heads.has(t) && facts.every((o) => o === f || !o.heads.has(t)));
  if (!facts.every(ownWord)) return undefined;
  if (!words.every((t) => facts.some((f) => f.weights.has(t)))) return undefined;
  if (!analysis.entities.every((id) => facts.some((f) => f.entities.has(id)))) return undefined;
  // (Each fact matches its own half of the question only: together they hold all of it.)
  const score = Math.max(ANSWER_THRESHOLD, Math.min(...chosen.map((c) => c.score)));
  return sideBySide('The figures for the periods you named', facts, score);
}
