// Comparison questions: figures a pack marks as comparable, or the figures the question names, side by side.
import { ANSWER_THRESHOLD, type Derivation, type Reply } from '../../reply.js';
import { packsOf, toCitation, toFactView } from '../../respond/views.js';
import type { FactIndex } from '../../retrieve/build-index.js';
import type { ScoredFact } from '../../retrieve/score.js';
import type { Analysis } from '../../understand/analyse.js';
import { type ComparisonMatch, findComparison, sideBySide } from './compare.js';

/** "How does 1,220 compare with 12,925?": each named figure's fact, side by side, with what differs. */
function compareNamedFigures(index: FactIndex, values: readonly number[]): ComparisonMatch | undefined {
  const facts = [
    ...new Set(values.map((v) => index.figureOwners.get(v)?.[0]).filter((f) => f !== undefined)),
  ];
  if (facts.length < 2) return undefined;
  return sideBySide('The figures you named', facts, 1);
}

/** The comparison a question asks for among the candidate facts (or of the figures it names), if any. */
export function readComparison(
  index: FactIndex,
  analysis: Analysis,
  candidates: readonly ScoredFact[],
  namedValues: readonly number[],
): ComparisonMatch | undefined {
  const found = findComparison(index, analysis, candidates);
  // Two figures the question names outright ("Is the 51% … higher than Snapchat's 20%?") are what it compares, when
  // the facts it names cover its words too little to be a comparison of their own.
  const named =
    found && found.score >= ANSWER_THRESHOLD ? undefined : compareNamedFigures(index, namedValues);
  return named ?? found;
}

/**
 * The reply for a comparison: every compared fact with its own quote, and where they are not like for like (and any
 * figure worked out from them).
 */
export function answerComparison(
  index: FactIndex,
  question: string,
  comparison: ComparisonMatch,
  derivations?: Derivation[],
): Reply {
  return {
    ...(derivations ? { derivations } : {}),
    status: 'answered',
    kind: 'comparison',
    question,
    title: comparison.title,
    confidence: Math.min(1, comparison.score),
    facts: comparison.facts.map(toFactView),
    citations: comparison.facts.map(toCitation),
    notes: comparison.notes,
    suggestions: [],
    packs: packsOf(index),
  };
}
