// Ranks facts for an analysed question: idf-weighted coverage of the question plus closeness to a phrasing.
import { SHARE_UNITS } from '../../pack/schema.js';
import { ANSWER_THRESHOLD } from '../reply.js';
import type { Analysis } from '../understand/analyse.js';
import type { FactIndex, IndexedFact } from './build-index.js';

/** A fact's match with a question. */
export interface ScoredFact {
  fact: IndexedFact;
  /** Share (0–1) of the question's weight that the fact's words cover. */
  coverage: number;
  /** Closeness (0–1) to the nearest question phrasing the pack gives. */
  similarity: number;
  score: number;
}

const COVERAGE_SHARE = 0.7;
/** An everyday word no pack uses, in a long ask, weighs this share of an unknown word (see `Analysis.everyday`). */
const EVERYDAY_WEIGHT = 0.3;
/**
 * A question holding every word of a phrasing the pack gives for a fact, when that phrasing has at least this many
 * terms, asks at least that question, however long its preamble ("I am preparing a briefing for the minister and
 * would be grateful if you could confirm … the number of online grooming offences recorded by police in England and
 * Wales between April 2017 and March 2020"): it scores no lower than an answer needs. (Three terms was measured:
 * too short a phrasing is held by near-misses as well.)
 */
const CONTAINED_PHRASING_TERMS = 4;
const NUMBER_BOOST = 1.5;
const SIMILARITY_CANDIDATES = 12;
/** A typed word behind a synonym is a weaker signal than the pack's own word. */
const OPTIONAL_WEIGHT = 0.5;

/** Scores all facts that share a term or figure with the question, best first. */
export function scoreFacts(
  index: FactIndex,
  analysis: Analysis,
  numberValues: readonly number[],
): ScoredFact[] {
  const n = index.facts.length;
  const weightOf = new Map<string, number>();
  let mass = 0;
  const everyday = new Set(analysis.everyday ?? []);
  for (const term of analysis.terms) {
    const w =
      index.idf.get(term) ?? (everyday.has(term) ? index.unknownIdf * EVERYDAY_WEIGHT : index.unknownIdf);
    weightOf.set(term, w);
    mass += w;
  }
  // A typed word a synonym replaced counts only where some fact uses it (it must not read as unknown).
  const queryTerms = [...analysis.terms];
  for (const term of analysis.optionalTerms ?? []) {
    const idf = index.idf.get(term);
    if (idf === undefined || weightOf.has(term)) continue;
    const w = idf * OPTIONAL_WEIGHT;
    weightOf.set(term, w);
    mass += w;
    queryTerms.push(term);
  }
  const hits = new Map<number, number>();
  for (const term of queryTerms) {
    const w = weightOf.get(term) ?? 0;
    for (const p of index.postings.get(term) ?? []) hits.set(p.fact, (hits.get(p.fact) ?? 0) + w * p.weight);
  }
  for (const value of numberValues) {
    const owners = ownersAsNamed(index, analysis, value);
    const w = Math.log(1 + (n - owners.length + 0.5) / (owners.length + 0.5)) * NUMBER_BOOST;
    mass += w;
    for (const f of owners) hits.set(f.index, (hits.get(f.index) ?? 0) + w);
  }
  if (mass === 0) return [];
  const ranked = [...hits]
    .map(([i, sum]) => ({ i, coverage: Math.min(1, sum / mass) }))
    .sort((a, b) => b.coverage - a.coverage)
    .slice(0, SIMILARITY_CANDIDATES);
  const termSet = new Set(queryTerms);
  return ranked
    .map(({ i, coverage }) => {
      const fact = index.facts[i] as IndexedFact;
      let similarity = 0;
      let holdsPhrasing = false;
      for (const q of fact.questions) {
        let shared = 0;
        let found = 0;
        for (const t of q.terms)
          if (termSet.has(t)) {
            shared += weightOf.get(t) ?? 0;
            found++;
          }
        const sim = (2 * shared) / (mass + q.mass || 1);
        if (sim > similarity) similarity = sim;
        if (q.terms.length >= CONTAINED_PHRASING_TERMS && found === q.terms.length)
          holdsPhrasing ||= addsNothingAfter(analysis.terms, q.terms, fact);
      }
      const score = COVERAGE_SHARE * coverage + (1 - COVERAGE_SHARE) * similarity;
      return {
        fact,
        coverage,
        similarity,
        score: holdsPhrasing ? Math.max(score, ANSWER_THRESHOLD) : score,
      };
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * True when every term the question has after the first word of a phrasing it holds is the fact's own: a preamble
 * comes before what is asked, while words after it narrow it ("… offences committed by women", "… at zebra
 * crossings"), which the fact must then speak of.
 */
function addsNothingAfter(asked: readonly string[], phrasing: readonly string[], fact: IndexedFact): boolean {
  const held = new Set(phrasing);
  const first = asked.findIndex((t) => held.has(t));
  return asked.slice(first).every((t) => held.has(t) || fact.weights.has(t));
}

/**
 * The facts stating a figure the question names, as it names it: a number never written as a percentage ("a year with
 * only 17 deaths") is the count some fact states (17 deaths in 2020), not another's percentage (a fall of 17 per cent),
 * when a fact states it as a count. (The other way round, "17%", is settled before: retrieve/candidates.ts.)
 */
function ownersAsNamed(index: FactIndex, analysis: Analysis, value: number): readonly IndexedFact[] {
  const owners = index.figureOwners.get(value) ?? [];
  const mentions = analysis.numbers.filter((n) => n.value === value);
  if (owners.length < 2 || mentions.length === 0 || mentions.some((n) => n.isPercent)) return owners;
  const asCount = owners.filter((f) =>
    f.fact.figures.some((g) => g.value === value && !SHARE_UNITS.has(g.unit) && g.unit !== 'year'),
  );
  return asCount.length > 0 ? asCount : owners;
}
