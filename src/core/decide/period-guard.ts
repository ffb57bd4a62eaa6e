// Keeps the facts whose period can answer the period a question asks about: a fact for another period is never
// the answer, however well its words match ("what happened between April 2017 and March 2020?").
import type { DeclineReason } from '../reply.js';
import type { IndexedFact } from '../retrieve/build-index.js';
import type { ScoredFact } from '../retrieve/score.js';
import { type AskedPeriod, comparePeriods, YEAR_BEFORE_WORDS } from '../understand/period.js';
import type { Mismatch } from './guards.js';

/** Splits facts by whether any of their dated periods overlaps the asked one; undated facts are kept. */
export function keepPeriodFits(
  asked: AskedPeriod | undefined,
  scored: readonly ScoredFact[],
): { kept: ScoredFact[]; excluded?: { scored: ScoredFact; mismatch: Mismatch } } {
  if (!asked) return { kept: [...scored] };
  const kept: ScoredFact[] = [];
  let excluded: { scored: ScoredFact; mismatch: Mismatch } | undefined;
  for (const s of scored) {
    // A fact may give figures for several periods (its own, and one it compares with): any of them may fit.
    const spans = s.fact.spans;
    if (
      spans.length > 0 &&
      spans.every((span) => comparePeriods(asked, span.from, span.to) === 'different')
    ) {
      excluded ??= { scored: s, mismatch: { kind: 'year', value: asked.label } };
    } else kept.push(s);
  }
  return excluded ? { kept, excluded } : { kept };
}

type PeriodFits = ReturnType<typeof keepPeriodFits>;

/**
 * Keeps the facts that fit every period a question names ("April-June 2020 compared with April-June 2019" needs a
 * figure for both); with two periods set against each other, an undated fact cannot answer.
 */
export function keepPeriodsFit(periods: readonly AskedPeriod[], scored: readonly ScoredFact[]): PeriodFits {
  return periods.reduce<PeriodFits>(
    (fits, period) => {
      const next = keepPeriodFits(period, fits.kept);
      return { kept: next.kept, excluded: fits.excluded ?? next.excluded };
    },
    { kept: periods.length > 1 ? scored.filter((s) => s.fact.spans.length > 0) : [...scored] },
  );
}

/** "compared with the year before", "the previous year": the year before the figure's own. */
const YEAR_BEFORE_FIGURE = new RegExp(String.raw`\b${YEAR_BEFORE_WORDS}\b`, 'u');

/** "the year before this piece": the year before the source's own, its "last year", not a figure's. */
const BEFORE_THE_SOURCE = new RegExp(
  String.raw`\b${YEAR_BEFORE_WORDS} (?:this|the|that) (?:piece|article|story|report|source|release|was (?:written|published))\b`,
  'u',
);

/** A trend year on year: "each year", "every year", "annually", "year on year". */
const EACH_YEAR = /\b(?:each|every) (?:single )?year\b|\byear[- ]on[- ]year\b|\byoy\b|\bannually\b/u;

/**
 * "How do road deaths compare with the year before?": the best match must also give the year before its own
 * period, or the question is declined (answering another fact instead was measured to pick other measures).
 */
export function yearBeforeMismatch(
  fact: IndexedFact,
  folded: string,
): Extract<DeclineReason, { code: 'not_covered' }> | undefined {
  if (!YEAR_BEFORE_FIGURE.test(folded)) return undefined;
  // (Only of a fact the source dates by its own "last year": any other fact's figure is for another time.)
  if (BEFORE_THE_SOURCE.test(folded) && /\blast year\b/iu.test(fact.fact.period?.label ?? ''))
    return undefined;
  // "Was each year's count higher than the year before?" asks of a trend year on year, which a fact saying a figure
  // rose "annually" or "every year" answers: no single year before its own is asked for.
  if (EACH_YEAR.test(folded) && EACH_YEAR.test(`${fact.fact.quote} ${fact.fact.statement}`.toLowerCase()))
    return undefined;
  const [own, ...others] = fact.spans;
  if (own && others.some((span) => span.fromYear === own.fromYear - 1 && span.toYear === own.toYear - 1))
    return undefined;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: 'the year before',
    covered: [
      `${fact.fact.figures.map((g) => g.display).join(', ') || 'this'} for ${fact.fact.period?.label ?? 'its own period'} only`,
    ],
  };
}

/** The least match a fact giving the year before needs to stand in for the best match. */
const YEAR_BEFORE_STAND_IN = 0.35;

/**
 * "How do 2023 road deaths compare with the year before?" matched best the deaths against their five-year average,
 * which gives no year before its own: a fact further down that gives one (19 killed, down from 23 in 2022) answers
 * in its place, when the pack relates the two, it holds every word of the question the best match holds, its first
 * figure has the best match's unit (the same thing counted: not the casualty rate for "traffic compared with the year
 * before"), and it gives the kind of figure asked (a share asked of the year before is no count's).
 */
export function factWithYearBefore(
  best: ScoredFact,
  allowed: readonly ScoredFact[],
  terms: readonly string[],
  folded: string,
  fitsAsked: (fact: IndexedFact) => boolean,
): ScoredFact | undefined {
  if (!yearBeforeMismatch(best.fact, folded)) return undefined;
  const held = terms.filter((t) => best.fact.weights.has(t));
  if (held.length === 0) return undefined;
  // (A fact whose figures are only years, "not comparable before 2019", measures nothing a stand-in must share.)
  const unit = best.fact.fact.figures.find((f) => f.unit !== 'year')?.unit;
  return allowed.find(
    (s) =>
      s !== best &&
      s.score >= YEAR_BEFORE_STAND_IN &&
      held.every((t) => s.fact.weights.has(t)) &&
      best.fact.fact.related.includes(s.fact.fact.id) &&
      (unit === undefined || s.fact.fact.figures[0]?.unit === unit) &&
      fitsAsked(s.fact) &&
      yearBeforeMismatch(s.fact, folded) === undefined,
  );
}
