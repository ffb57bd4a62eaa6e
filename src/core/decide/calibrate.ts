// The confidence of an answer as the chance it is right: a small logistic model over what the pipeline saw when it
// answered (the match score, how far the pack's example questions lean to the fact, whether it is a comparison, the
// message's length), fitted by `npm run calibrate` on question sets set aside for it and checked by `npm run eval` on
// later sets. A pack with too few example questions to read has a model of its own, fitted on the same sets answered
// with the packs' examples left out. Only the number changes, save for an answer more likely wrong than right, which
// becomes a choice (decide/unsure.ts). (Whether an independent MiniSearch ranking agreed, and whether the examples had
// seen every word, were tried as features: they changed the calibration on the later sets by less than one answer in
// a hundred, and the search cost 4 ms a question at 10,000 facts.)
import { stripChatMarkup } from '../../text/chat-markup.js';
import type { Reply } from '../reply.js';
import { type FactIndex, factKey } from '../retrieve/build-index.js';
import { examplesMargin } from '../retrieve/example-model.js';
import { CALIBRATION, CALIBRATION_WITHOUT_EXAMPLES } from './calibration-weights.js';
import { choiceForUnsure } from './unsure.js';

/** The features each model reads, in order (the weights file names them). */
export const FEATURE_NAMES = ['score', 'examplesMargin', 'comparison', 'logWords'] as const;
export const FEATURE_NAMES_WITHOUT_EXAMPLES = ['score', 'comparison', 'logWords'] as const;

/** The most words counted: longer messages were too few in the fitted sets to say more. */
const MAX_WORDS = 80;

type Answered = Reply & { status: 'answered' };

export interface CalibrationInput {
  /** Which model reads the features: the pack's examples could be read, or not. */
  withExamples: boolean;
  features: number[];
}

/**
 * What the model reads of an answer (before its confidence is calibrated), given the text the pipeline read
 * (answer-question.ts `questionText`). A follow-up is read as the pipeline read it (`readAs`, the question with the turn
 * before).
 */
export function calibrationInput(text: string, index: FactIndex, reply: Answered): CalibrationInput {
  const read = reply.readAs === undefined ? text : stripChatMarkup(reply.readAs);
  const first = reply.facts
    .map((f) => index.byKey.get(factKey(f.packId, f.factId)))
    .find((f) => f !== undefined);
  const reading = first ? examplesMargin(first.pack, read, first.fact.id) : undefined;
  const words = Math.min(MAX_WORDS, read.trim().split(/\s+/u).filter(Boolean).length);
  const score = Number.isFinite(reply.confidence) ? Math.max(0, Math.min(1, reply.confidence)) : 0;
  const comparison = reply.kind === 'comparison' ? 1 : 0;
  return reading
    ? { withExamples: true, features: [score, reading.margin / 10, comparison, Math.log(1 + words)] }
    : { withExamples: false, features: [score, comparison, Math.log(1 + words)] };
}

interface Model {
  means: readonly number[];
  scales: readonly number[];
  weights: readonly number[];
  bias: number;
}

/** The fitted chance that an answer is right. */
export function rightChance(input: CalibrationInput): number {
  const model: Model = input.withExamples ? CALIBRATION : CALIBRATION_WITHOUT_EXAMPLES;
  let z = model.bias;
  input.features.forEach((x, i) => {
    z += (model.weights[i] ?? 0) * ((x - (model.means[i] ?? 0)) / (model.scales[i] || 1));
  });
  return 1 / (1 + Math.exp(-z));
}

/**
 * Below this chance an answer says it may not be what was asked (and below even odds it is a choice instead,
 * decide/unsure.ts). Chosen on the fitted sets; as now fitted, answers there from 0.5 to 0.7 were right 46 times in
 * 78, those at 0.7 or more 3,095 in 3,174 (under 0.5, 16 in 30).
 */
export const HEDGE_BELOW = 0.7;

/** The note on an answer that may not be what was asked. */
export const HEDGE_NOTE =
  'This is the closest match in the source, and it may not be what you asked: if it is not, try asking again with the figure, period or place you mean.';

/** A chance as a reply's confidence: three decimals, never 0 or 1 (no fit can claim certainty either way). */
export function confidenceOf(chance: number): number {
  if (!Number.isFinite(chance)) return 0.001;
  return Math.min(0.999, Math.max(0.001, Math.round(chance * 1000) / 1000));
}

/**
 * An answer with its confidence calibrated (and a note when it is unsure, or a choice in its place when it is more
 * likely wrong than right), given the text the pipeline read; any other reply as it is.
 */
export function calibrated(text: string, index: FactIndex, reply: Reply): Reply {
  if (reply.status !== 'answered') return reply;
  const input = calibrationInput(text, index, reply);
  const confidence = confidenceOf(rightChance(input));
  // (Below even odds the user chooses: decide/unsure.ts.)
  const choice = choiceForUnsure(text, index, reply, confidence);
  if (choice) return choice;
  // (A pack without examples is never hedged: its model gives every answer 0.76 or more, and on its fitted rows no
  // cut below 0.9 sets apart answers right less than 82% of the time.)
  return confidence < HEDGE_BELOW
    ? { ...reply, confidence, notes: [...reply.notes, HEDGE_NOTE] }
    : { ...reply, confidence };
}
