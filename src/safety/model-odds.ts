// The trained safety models' readings of a message: log-odds per label, from the generated model module.
import { classifierTokens, newTextClassifier, type TextClassifier } from '../text/text-classifier.js';
import type { SafetyLabel } from './classifier.js';
import { compactText } from './compact.js';
import { AUDIENCE_MODEL, CONCERN_MODEL, SAFETY_MODEL } from './safety-model.js';

let harmModel: TextClassifier | undefined;
let concernModel: TextClassifier | undefined;
let audienceModel: TextClassifier | undefined;

/** A classifier from a generated model, loaded once, on its first use. */
function load(json: string): TextClassifier {
  const classifier = newTextClassifier();
  classifier.importJSON(json);
  classifier.consolidate();
  return classifier;
}

export type Odds = Array<[SafetyLabel, number]>;

/** The harm model's log-odds for each label of compact text (highest first): it decides harmful asks. */
export function safetyOdds(compact: string): Odds {
  harmModel ??= load(SAFETY_MODEL);
  return harmModel.computeOdds(classifierTokens(compact)) as Odds;
}

/** The concern model's log-odds for each label of compact text (highest first): it decides concerns. */
export function concernOdds(compact: string): Odds {
  concernModel ??= load(CONCERN_MODEL);
  return concernModel.computeOdds(classifierTokens(compact)) as Odds;
}

/** The harm model's log-odds that a text (not yet compacted) is a harmful ask; 0 when it gives none. */
export function harmfulOddsOf(text: string): number {
  return safetyOdds(compactText(text)).find(([label]) => label === 'harmful')?.[1] ?? 0;
}

/**
 * The audience model's log-odds that a concern (compact text) was written by a child or young person rather than an
 * adult: positive for young, negative for an adult.
 */
export function youngWriterOdds(compact: string): number {
  audienceModel ??= load(AUDIENCE_MODEL);
  const odds = audienceModel.computeOdds(classifierTokens(compact)) as Array<[string, number]>;
  return odds.find(([label]) => label === 'young')?.[1] ?? 0;
}
