// Retrieval as handlers see it: the facts nearest a question, and the figures it names that the packs state.
import { SHARE_UNITS } from '../../pack/schema.js';
import type { FoundNumber } from '../../text/numbers.js';
import type { Analysis } from '../understand/analyse.js';
import type { FactIndex, IndexedFact } from './build-index.js';
import { type ScoredFact, scoreFacts } from './score.js';

/** Figures the question states, split by whether the packs state them too. */
export interface NamedNumbers {
  /** Values some fact states (so the question is about that figure). */
  matched: number[];
  /** Numbers as typed that no fact states. */
  unmatched: string[];
  /** The unmatched ones that read as figures (percentages, large numbers), not "3 years" or "top 5". */
  unmatchedFigures: string[];
}

/** Sorts the numbers a question names into those the packs state and those they do not. */
export function namedNumbers(index: FactIndex, analysis: Analysis): NamedNumbers {
  const matched: number[] = [];
  const unmatched: string[] = [];
  const unmatchedFigures: string[] = [];
  for (const n of analysis.numbers) {
    // "three-year", "3 yrs": a length of time is no figure a fact states.
    if (n.duration) continue;
    const found = index.figureOwners.has(n.value)
      ? n.value
      : (roundedFigure(index, n) ?? scaledFigure(index, n));
    // A percentage names only a share or a rate a fact gives as one: "the 40%" is not the 40 mph of a speed limit.
    const value = found !== undefined && n.isPercent && !statedAsShare(index, found) ? undefined : found;
    // A value set against a figure that another fact happens to state ("did the lockdown rise exceed 20%?", with
    // Snapchat's 20%) is still no figure the question names, when its words clearly lead to a fact not stating it.
    if (value !== undefined && analysis.thresholds?.includes(n.value) && ledElsewhere(index, analysis, value))
      continue;
    if (value !== undefined) matched.push(value);
    // A value the question sets a figure against ("was the rise more than 5%?") is no figure it names: the words
    // find the fact. (Standing it for the nearest stated figure was tried: "more than 20 killed?" found 21 children.)
    else if (analysis.thresholds?.includes(n.value)) continue;
    else if (/\d/u.test(n.raw)) {
      unmatched.push(n.raw);
      // Chat ids and other long digit strings are not figures anyone quotes.
      if (n.isPercent || n.measured || (n.value >= 100 && n.raw.replace(/\D/gu, '').length <= 9))
        unmatchedFigures.push(n.raw);
    }
  }
  return { matched, unmatched, unmatchedFigures };
}

/** Whether some fact gives `value` as a share (a percentage or a fraction). */
function statedAsShare(index: FactIndex, value: number): boolean {
  return (index.figureOwners.get(value) ?? []).some((f) =>
    f.fact.figures.some((g) => g.value === value && SHARE_UNITS.has(g.unit)),
  );
}

/** How well the words alone must lead to a fact for a threshold another fact states to stay a threshold. */
const WORDS_LEAD = 0.4;

/** A figure stated as a bound ("More than 100"), which a question's "more than 100" names as it is written. */
const STATED_AS_BOUND = /\b(?:more|less|fewer|over|under|above|below|at least|at most)\b/iu;

/**
 * Whether the question's words alone lead, clearly, to a fact that does not state `value` (and no fact states it as
 * a bound, "More than 100", which the question may be quoting).
 */
function ledElsewhere(index: FactIndex, analysis: Analysis, value: number): boolean {
  const owners = index.figureOwners.get(value) ?? [];
  const asBound = owners.some((o) =>
    o.fact.figures.some((f) => f.value === value && STATED_AS_BOUND.test(f.display)),
  );
  const lead = asBound ? undefined : scoreFacts(index, analysis, [])[0];
  return (
    lead !== undefined && lead.score >= WORDS_LEAD && !lead.fact.fact.figures.some((f) => f.value === value)
  );
}

/** The stated figure a rounded one ("13k", "1.2k", "£96.4m") stands for: the nearest within its rounding. */
function roundedFigure(index: FactIndex, n: FoundNumber): number | undefined {
  const { approx } = n;
  if (approx === undefined) return undefined;
  let best: number | undefined;
  for (const value of index.figureOwners.keys())
    if (
      Math.abs(value - n.value) <= approx &&
      // ("about 50 organisations" is no rounding of the 51 percent.)
      (n.isPercent || !statedAsShare(index, value)) &&
      (best === undefined || Math.abs(value - n.value) < Math.abs(best - n.value))
    )
      best = value;
  return best;
}

/** Scale words a figure's display may carry after its number ("2.41 billion vehicle miles", "£96.4 million"). */
const SCALES: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:thousand|k)\b/u, 1e3],
  [/^(?:million|m|mn)\b/u, 1e6],
  [/^(?:billion|bn)\b/u, 1e9],
];

/**
 * The stated figure a number names without its scale word ("what's the 2.41?" of "2.41 billion vehicle miles"): the
 * figure whose display starts with that very number and a scale.
 */
function scaledFigure(index: FactIndex, n: FoundNumber): number | undefined {
  if (n.isPercent || !/\d/u.test(n.raw)) return undefined;
  const raw = n.raw.replace(/,/gu, '');
  for (const { fact } of index.facts)
    for (const f of fact.figures) {
      const m = /^\D{0,2}(\d[\d,]*(?:\.\d+)?)\s*(\S+)/u.exec(f.display);
      if (!m || m[1]?.replace(/,/gu, '') !== raw) continue;
      const scale = SCALES.find(([word]) => word.test((m[2] ?? '').toLowerCase()));
      if (scale && Math.abs(Number(raw) * scale[1] - f.value) <= scale[1] / 100) return f.value;
    }
  return undefined;
}

/** The facts an analysed text matches, best first, with the figures it names that the packs state counted in. */
export function rankFacts(index: FactIndex, analysis: Analysis): ScoredFact[] {
  return scoreFacts(index, analysis, namedNumbers(index, analysis).matched);
}

/** The facts a question comes nearest to, for "what the source reports on it" suggestions. */
export function nearestFacts(index: FactIndex, analysis: Analysis): IndexedFact[] {
  return scoreFacts(index, analysis, []).map((s) => s.fact);
}

/** The nearest facts once the names and years the question pins down are set aside. */
export function nearestWithoutNames(index: FactIndex, analysis: Analysis): IndexedFact[] {
  const rest = {
    ...analysis,
    years: [],
    entities: [],
    terms: analysis.terms.filter((t) => !t.startsWith('@')),
  };
  return scoreFacts(index, rest, []).map((s) => s.fact);
}

/** The question's words no pack uses (stemmed; entities aside). */
export function unknownTerms(index: FactIndex, analysis: Analysis): string[] {
  return analysis.terms.filter((t) => !t.startsWith('@') && !index.idf.has(t));
}

/** The analysis with only the terms some pack uses (and the entities it names). */
export function knownTermsOnly(index: FactIndex, analysis: Analysis): Analysis {
  return { ...analysis, terms: analysis.terms.filter((t) => t.startsWith('@') || index.idf.has(t)) };
}

/** Stems of the words that say which way a figure moved ("went up", "fell", "rose", "increase"). */
export const DIRECTION_STEM =
  /^(?:increas|rise|rose|risen|fall|fell|drop|decreas|declin|grew|grow|surg|jump|up|down|climb|soar|plung|reduc|doubl|tripl|quadrupl|halv|skyrocket|spike|spik)/u;

/** Stems of words for a fall, and for a rise: a question's word of one way is set against the pack's of the other. */
const FALL_STEM = /^(?:fall|fell|drop|decreas|declin|plung|reduc|shrink|shrank|halv)/u;
const RISE_STEM = /^(?:increas|rise|rose|risen|grew|grow|surg|jump|climb|soar)/u;
const RISE_WORDS = ['increas', 'rise', 'rose'];
const FALL_WORDS = ['decreas', 'fall', 'fell', 'drop'];

/**
 * The analysis with its word for which way something moved, when no pack uses it, turned to the pack's word for the
 * other way ("did grooming fall?" where the source only says it rose), or undefined when there is none to turn.
 */
export function withOtherDirection(index: FactIndex, analysis: Analysis): Analysis | undefined {
  let turned = false;
  const terms = analysis.terms.map((t) => {
    if (index.idf.has(t)) return t;
    const other = FALL_STEM.test(t) ? RISE_WORDS : RISE_STEM.test(t) ? FALL_WORDS : [];
    const known = other.find((w) => index.idf.has(w));
    if (!known) return t;
    turned = true;
    return known;
  });
  return turned ? { ...analysis, terms: [...new Set(terms)] } : undefined;
}

/** The analysis without its words for which way something moved, or undefined when it has none or only those. */
export function withoutDirection(analysis: Analysis): Analysis | undefined {
  const kept = analysis.terms.filter((t) => !DIRECTION_STEM.test(t));
  return kept.length < analysis.terms.length && kept.some((t) => !t.startsWith('@'))
    ? { ...analysis, terms: kept }
    : undefined;
}
