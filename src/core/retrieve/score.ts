// Ranks facts for an analysed question: idf-weighted coverage of the question plus closeness to a phrasing.
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
  for (const term of analysis.terms) {
    const w = index.idf.get(term) ?? index.unknownIdf;
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
    const owners = index.figureOwners.get(value) ?? [];
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
      for (const q of fact.questions) {
        let shared = 0;
        for (const t of q.terms) if (termSet.has(t)) shared += weightOf.get(t) ?? 0;
        const sim = (2 * shared) / (mass + q.mass || 1);
        if (sim > similarity) similarity = sim;
      }
      return {
        fact,
        coverage,
        similarity,
        score: COVERAGE_SHARE * coverage + (1 - COVERAGE_SHARE) * similarity,
      };
    })
    .sort((a, b) => b.score - a.score);
}
