// Why a question whose best match is too weak is declined: a guard, a topic the packs lack, or off topic.
import type { DeclineReason, Reply } from '../reply.js';
import { ANSWER_THRESHOLD } from '../reply.js';
import { coveredList, decline } from '../respond/decline.js';
import type { FactIndex } from '../retrieve/build-index.js';
import type { ScoredFact } from '../retrieve/score.js';
import type { Analysis } from '../understand/analyse.js';
import type { Mismatch } from './guards.js';

/** Below this coverage nothing in the question is about the packs' topic. */
const TOPICAL_COVERAGE = 0.35;

/** The decline for a question no allowed fact answers well enough. */
export function declineWeakMatch(
  index: FactIndex,
  question: string,
  analysis: Analysis,
  scored: readonly ScoredFact[],
  allowed: readonly ScoredFact[],
  excluded: { scored: ScoredFact; mismatch: Mismatch } | undefined,
): Reply {
  const topScore = scored[0]?.score ?? 0;
  if (excluded && excluded.scored.score >= ANSWER_THRESHOLD) {
    const { kind, value } = excluded.mismatch;
    return decline(
      index,
      question,
      {
        code: 'not_covered',
        kind,
        value,
        // A group or topic the nearest fact does not speak of: what that fact does give.
        covered:
          kind === 'scope'
            ? [`what its nearest fact says: ${excluded.scored.fact.fact.statement}`]
            : coveredList(index, kind),
      },
      excluded.scored.score,
      [excluded.scored.fact, ...allowed.slice(0, 2).map((s) => s.fact)],
    );
  }
  const near = scored.map((s) => s.fact);
  const measure = analysis.measures[0];
  if (measure) {
    const reason: DeclineReason = {
      code: 'not_covered',
      kind: 'measure',
      value: measure.topic,
      covered: coveredList(index, 'measure'),
    };
    return decline(index, question, reason, topScore, near);
  }
  if ((scored[0]?.coverage ?? 0) >= TOPICAL_COVERAGE) {
    return decline(
      index,
      question,
      { code: 'not_covered', kind: 'other', covered: coveredList(index, 'other') },
      topScore,
      near,
    );
  }
  return decline(index, question, { code: 'off_topic' }, topScore);
}

/** The first topic the question names that the packs say they do not cover and these facts do not mention. */
export function uncoveredMeasureOf(
  analysis: Analysis,
  facts: ReadonlyArray<{ weights: ReadonlyMap<string, number> }>,
): string | undefined {
  return analysis.measures.find((m) => !facts.some((f) => f.weights.has(m.term)))?.topic;
}
