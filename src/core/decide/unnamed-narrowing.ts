// A fact narrowed to a part the question never names ("deaths on rural roads", "cyclists killed") goes after a close
// rival that is not narrowed and says everything the question asks: "eastmoor deaths" is the year's deaths, not the
// fourteen on rural roads that happen to share the same words.
import { ANSWER_THRESHOLD } from '../reply.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import type { ScoredFact } from '../retrieve/score.js';
import type { Analysis } from '../understand/analyse.js';
import { readAnswerType } from '../understand/answer-type.js';
import { givesWantedAnswer } from './scope.js';

/** Kinds of entity that narrow a fact to one part (a road-user group, a road type). (Not a platform: "most of it happens on facebook apps, whats the percent?" lost the 51% to "over half".) */
const PART_KINDS: ReadonlySet<string> = new Set(['group', 'topic', 'product']);

/** How far behind the narrowed best match the rival may score: as close as other answer-type preferences allow. */
const NARROWING_MARGIN = 0.1;

/** Answer types a figure gives. */
const FIGURE_ANSWERS: ReadonlySet<string> = new Set(['any', 'count', 'change']);

/** The parts (entities of a part kind) a fact is about. */
function partsOf(index: FactIndex, fact: IndexedFact): string[] {
  return fact.fact.subjects.filter((id) => PART_KINDS.has(index.entityKinds.get(id) ?? ''));
}

/**
 * The close rival about no part at all, when the best match is about parts the question names none of, and the rival
 * has every word of the question the best match has (so it loses only on how often it says them).
 */
export function unnamedNarrowing(
  index: FactIndex,
  folded: string,
  analysis: Analysis,
  best: ScoredFact | undefined,
  candidates: readonly ScoredFact[],
): ScoredFact | undefined {
  const wanted = readAnswerType(folded);
  if (!best || analysis.ranks || analysis.comparison || !FIGURE_ANSWERS.has(wanted)) return best;
  const parts = partsOf(index, best.fact);
  const named = new Set(analysis.entities);
  if (parts.length === 0 || parts.some((id) => named.has(id))) return best;
  const asked = analysis.terms.filter((t) => best.fact.weights.has(t));
  const rival = candidates.find(
    (s) =>
      s !== best &&
      s.fact.pack === best.fact.pack &&
      s.score >= ANSWER_THRESHOLD &&
      best.score - s.score <= NARROWING_MARGIN &&
      s.fact.fact.figures.length > 0 &&
      partsOf(index, s.fact).length === 0 &&
      asked.every((t) => s.fact.weights.has(t)) &&
      givesWantedAnswer(index, s.fact, folded, analysis.entities, wanted),
  );
  return rival ?? best;
}
