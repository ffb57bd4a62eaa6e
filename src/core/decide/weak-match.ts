// Why a question whose best match is too weak is declined: a guard, a topic the packs lack, or off topic.
import { placeOf } from '../../pack/place.js';
import type { DeclineReason, Reply } from '../reply.js';
import { ANSWER_THRESHOLD } from '../reply.js';
import { coveredList, decline } from '../respond/decline.js';
import type { FactIndex } from '../retrieve/build-index.js';
import type { ScoredFact } from '../retrieve/score.js';
import { isTopicWide, measureWords } from '../retrieve/topic-words.js';
import type { Analysis } from '../understand/analyse.js';
import type { Mismatch } from './guards.js';

/** Below this coverage nothing in the question is about the packs' topic. */
const TOPICAL_COVERAGE = 0.35;

/**
 * A long message (a formal request with its preamble: "Good afternoon. I am a senior nurse … could you let me know how
 * many people were seriously injured in 2023, and how this compares with the previous year?") spreads its weight over
 * words that only frame the ask, so its best fact covers less of it than a short question's would. From this many
 * words on, a best fact that clearly leads the next one needs a lower score. (A claim to check keeps the usual bar.)
 * Not when the ask holds a measure word of the pack's that the best fact lacks, nor when only names carried over from
 * the preamble tie the ask to the fact (a review found both answered: "how many car occupants were seriously injured"
 * with all car occupant casualties). Measured on the read question sets (each pack alone): 23 more answered right,
 * no more wrong, none fewer declined; a lower bar (0.35), shorter messages (12 words) or no lead cost more wrong
 * answers than they gained.
 */
const LONG_MESSAGE_WORDS = 15;
const LONG_MESSAGE_THRESHOLD = 0.4;
const LONG_MESSAGE_LEAD = 0.05;

/** The score a question's best fact needs to be its answer. */
export function answerThreshold(
  index: FactIndex,
  analysis: Analysis,
  question: string,
  best: ScoredFact,
  allowed: readonly ScoredFact[],
): number {
  if (question.trim().split(/\s+/u).length < LONG_MESSAGE_WORDS) return ANSWER_THRESHOLD;
  const next = allowed.find((s) => s !== best)?.score ?? 0;
  if (best.score - next < LONG_MESSAGE_LEAD) return ANSWER_THRESHOLD;
  // A word of the pack's own that the best fact lacks points at another fact's measure ("seriously injured" of car
  // occupant casualties, "slightly injured" of cyclist casualties): the usual bar stays.
  const pointsElsewhere = analysis.terms.some(
    (t) =>
      !t.startsWith('@') &&
      measureWords(index, best.fact.pack).has(t) &&
      !best.fact.weights.has(t) &&
      !isTopicWide(index, best.fact.pack, t, TOPIC_WIDE),
  );
  // The ask itself must name something the fact speaks of: names carried over from a preamble ("I have read what
  // Peter Wanless said… Can you tell me a joke?") do not.
  const asksOfIt = analysis.terms.some((t) => !t.startsWith('@') && best.fact.weights.has(t));
  return pointsElsewhere || !asksOfIt ? ANSWER_THRESHOLD : LONG_MESSAGE_THRESHOLD;
}

/** A word more than half of a pack's facts use names its topic, not a measure. */
const TOPIC_WIDE = 0.5;

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
    const nearest = excluded.scored.fact;
    // A place the packs do have figures for, only not this one's: what this fact gives, not that place is missing.
    const placeCovered =
      kind === 'place' && coveredList(index, 'place').some((p) => p.toLowerCase() === value.toLowerCase());
    const reason: DeclineReason = placeCovered
      ? {
          code: 'not_covered',
          kind: 'scope',
          value,
          covered: [
            `only a figure for ${placeOf(nearest.fact).name ?? 'another place'}: ${nearest.fact.statement}`,
          ],
        }
      : {
          code: 'not_covered',
          kind,
          value,
          // A group or topic the nearest fact does not speak of: what that fact does give.
          covered:
            kind === 'scope'
              ? [`what its nearest fact says: ${nearest.fact.statement}`]
              : coveredList(index, kind),
        };
    return decline(index, question, reason, excluded.scored.score, [
      nearest,
      ...allowed.slice(0, 2).map((s) => s.fact),
    ]);
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
