// The confidence of an answer as the chance it is right: a small logistic model over what the pipeline saw when it
// answered (the match score, how far the pack's example questions lean to the fact, whether it is a comparison, the
// message's length), fitted by `npm run calibrate` on question sets set aside for it and checked by `npm run eval` on
// later sets. Only the number changes: what is answered or declined stays the pipeline's decision. (Whether an
// independent MiniSearch ranking agreed, and whether the examples had seen every word, were tried as features: they
// changed the calibration on the later sets by less than one answer in a hundred, and the search cost 4 ms a question
// at 10,000 facts.)
import type { Reply } from '../reply.js';
import { type FactIndex, factKey } from '../retrieve/build-index.js';
import { examplesMargin } from '../retrieve/example-model.js';
import { CALIBRATION } from './calibration-weights.js';

/** The features the model reads, in order (`CALIBRATION.features` names them). */
export const FEATURE_NAMES = ['score', 'examplesMargin', 'comparison', 'logWords'] as const;

type Answered = Reply & { status: 'answered' };

/** What the model reads of an answer (before its confidence is calibrated). */
export function calibrationFeatures(question: string, index: FactIndex, reply: Answered): number[] {
  const facts = reply.facts.flatMap((f) => index.byKey.get(factKey(f.packId, f.factId)) ?? []);
  const first = facts[0];
  const reading = first ? examplesMargin(first.pack, question, first.fact.id) : undefined;
  const words = question.trim().split(/\s+/u).filter(Boolean).length;
  return [
    Math.min(1.5, reply.confidence),
    // (A pack with too few examples to read reads as no lean either way, below the fitted packs' usual lean: its
    // answers are given a lower confidence, which is the cautious side.)
    reading ? reading.margin / 10 : 0,
    reply.kind === 'comparison' ? 1 : 0,
    Math.log(1 + words),
  ];
}

/** The fitted chance that an answer with these features is right. */
export function rightChance(features: readonly number[]): number {
  const { means, scales, weights, bias } = CALIBRATION;
  let z = bias;
  features.forEach((x, i) => {
    z += (weights[i] ?? 0) * ((x - (means[i] ?? 0)) / (scales[i] || 1));
  });
  return 1 / (1 + Math.exp(-z));
}

/**
 * Below this chance an answer says it may not be what was asked. (On the sets that check the model, answers under 0.7
 * were right 15 times in 27; at 0.7 and above, 844 in 876.)
 */
export const HEDGE_BELOW = 0.7;

/** The note on an answer that may not be what was asked. */
export const HEDGE_NOTE =
  'This is the closest match in the source, and it may not be what you asked: if it is not, try asking again with the figure, period or place you mean.';

/** An answer with its confidence calibrated (and a note when it is unsure); any other reply as it is. */
export function calibrated(question: string, index: FactIndex, reply: Reply): Reply {
  if (reply.status !== 'answered') return reply;
  const chance = rightChance(calibrationFeatures(question, index, reply));
  const confidence = Math.round(chance * 1000) / 1000;
  return chance < HEDGE_BELOW
    ? { ...reply, confidence, notes: [...reply.notes, HEDGE_NOTE] }
    : { ...reply, confidence };
}
