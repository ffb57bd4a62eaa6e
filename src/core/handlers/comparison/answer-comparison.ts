// Comparison questions: figures a pack marks as comparable, or the figures the question names, side by side.
import { ANSWER_THRESHOLD, type Derivation, type Reply } from '../../reply.js';
import { packsOf, toCitation, toFactView } from '../../respond/views.js';
import type { FactIndex } from '../../retrieve/build-index.js';
import { countedThings } from '../../retrieve/counted-things.js';
import type { ScoredFact } from '../../retrieve/score.js';
import type { Analysis } from '../../understand/analyse.js';
import { ASKED_SIDE_BY_SIDE, type ComparisonMatch, findComparison, sideBySide } from './compare.js';

/** "How does 1,220 compare with 12,925?": each named figure's fact, side by side, with what differs. */
function compareNamedFigures(index: FactIndex, values: readonly number[]): ComparisonMatch | undefined {
  const facts = [
    ...new Set(values.map((v) => index.figureOwners.get(v)?.[0]).filter((f) => f !== undefined)),
  ];
  if (facts.length < 2) return undefined;
  return sideBySide('The figures you named', facts, 1);
}

/**
 * "instagram vs the 51%", "Is the 51% figure bigger than Instagram's share?": the fact stating the figure named, set
 * beside the fact whose figure is the one thing named's own (the fewest things counted with it), when they differ
 * and the pack marks them as comparable.
 */
function compareFigureWithNamed(
  index: FactIndex,
  analysis: Analysis,
  values: readonly number[],
): ComparisonMatch | undefined {
  if (!analysis.comparison || values.length !== 1) return undefined;
  const owners = index.figureOwners.get(values[0] ?? Number.NaN) ?? [];
  const things = countedThings(index, analysis.entities);
  if (owners.length !== 1 || things.length !== 1) return undefined;
  const [stated] = owners;
  const thing = things[0] ?? '';
  const about = index.facts
    .filter((f) => f.pack === stated?.pack && f.fact.subjects.includes(thing) && f.fact.figures.length > 0)
    .sort((a, b) => a.fact.subjects.length - b.fact.subjects.length);
  const own = about[0];
  if (!stated || !own || own === stated || own.fact.subjects.length === about[1]?.fact.subjects.length)
    return undefined;
  // Only figures the pack marks as comparable: the thing's own figure must be one of the stated figure's group.
  if (!stated.fact.compareGroup || own.fact.compareGroup !== stated.fact.compareGroup) return undefined;
  return sideBySide(ASKED_SIDE_BY_SIDE, [stated, own], ANSWER_THRESHOLD);
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
    found && found.score >= ANSWER_THRESHOLD
      ? undefined
      : (compareNamedFigures(index, namedValues) ?? compareFigureWithNamed(index, analysis, namedValues));
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
