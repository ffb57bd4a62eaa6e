// The whole a breakdown adds up to, asked without naming any of its parts: "How many casualties in 2023?" is the
// total, not the motorcyclists' 121 that happens to match best.
import { ANSWER_THRESHOLD } from '../reply.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import type { ScoredFact } from '../retrieve/score.js';
import { type Analysis, analyseText } from '../understand/analyse.js';
import { readAnswerType } from '../understand/answer-type.js';
import { givesWantedAnswer } from './scope.js';

/** Kinds of entity that make a fact's figure one part of a whole (a road-user group, a road type, a platform). */
const PART_KINDS: ReadonlySet<string> = new Set(['group', 'topic', 'platform', 'product']);

/** The stemmed terms of a fact's measure (what its figure counts), with the parts it is about. */
function measureTerms(index: FactIndex, fact: IndexedFact): Set<string> {
  const terms = new Set(analyseText(fact.fact.measure ?? '', index.vocab, false).terms);
  for (const id of fact.fact.subjects)
    if (PART_KINDS.has(index.entityKinds.get(id) ?? '')) terms.add(`@${id}`);
  return terms;
}

/**
 * Whether `whole` is what the breakdown `part` belongs to adds up to: a count outside the breakdown equal to the sum of
 * the parts' counts (1,214 casualties = 702 car occupants + 176 pedestrians + …; = 19 killed + 238 seriously + 957
 * slightly injured).
 */
function isWholeOf(index: FactIndex, part: IndexedFact, whole: IndexedFact): boolean {
  const group = part.fact.compareGroup;
  if (!group || whole.pack !== part.pack || whole.fact.compareGroup === group) return false;
  const parts = index.groups.get(`${part.pack.pack.id}/${group}`)?.facts ?? [];
  const counts = parts.map((f) => f.fact.figures[0]);
  const total = whole.fact.figures[0];
  if (total?.unit !== 'count' || counts.some((c) => c?.unit !== 'count')) return false;
  return counts.length > 1 && counts.reduce((sum, c) => sum + (c?.value ?? 0), 0) === total.value;
}

/**
 * `part` is one part of a breakdown the pack compares (one road-user group's casualties, the slight injuries) that
 * the question does not name, and `whole` is what the breakdown adds up to: the part's measure says what the whole
 * never does ("Motorcyclist casualties", "People slightly injured …"), the question names none of that, and every word
 * it shares with the part the whole has too. "How many casualties in 2023?" asks the total, not the motorcyclists'
 * 121; "did casualties rise?" the total's rise, not the slight injuries'.
 */
export function isUnnamedPart(
  index: FactIndex,
  analysis: Analysis,
  part: IndexedFact,
  whole: IndexedFact,
): boolean {
  if (!isWholeOf(index, part, whole)) return false;
  // (A word the whole has only in its caveats, "many slight injuries are never reported", is none of its own.)
  const says = (t: string) => whole.weights.has(t) && !whole.notedTerms.has(t);
  const qualifiers = [...measureTerms(index, part)].filter((t) => !says(t));
  const asked = new Set([...analysis.terms, ...analysis.entities.map((id) => `@${id}`)]);
  if (qualifiers.length === 0 || qualifiers.some((t) => asked.has(t))) return false;
  return [...asked].every((t) => !part.weights.has(t) || whole.weights.has(t));
}

/** Answer types a figure gives. */
const FIGURE_ANSWERS: ReadonlySet<string> = new Set(['any', 'count', 'share', 'count-or-share', 'change']);

/** The whole, when the best match is a part of a breakdown the question never names and the whole follows close. */
export function wholeBeforePart(
  index: FactIndex,
  folded: string,
  analysis: Analysis,
  best: ScoredFact | undefined,
  allowed: readonly ScoredFact[],
): ScoredFact | undefined {
  const wanted = readAnswerType(folded);
  // (Only for a figure asked: "which year had fewer deaths than 2023?" wants a year, no total.)
  if (!best || analysis.ranks || !FIGURE_ANSWERS.has(wanted)) return best;
  const whole = allowed.find(
    (s) =>
      s !== best &&
      // (However far behind, when it answers at all: the part's lead comes from words the whole shares, "did
      // casualties rise?" matching a phrasing of the slight injuries' rise. The whole takes that match as its own.)
      s.score >= ANSWER_THRESHOLD &&
      isUnnamedPart(index, analysis, best.fact, s.fact) &&
      givesWantedAnswer(index, s.fact, folded, analysis.entities, wanted),
  );
  return whole ? { ...best, fact: whole.fact } : best;
}
