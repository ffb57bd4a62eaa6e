// The trained safety models' readings of a message: log-odds per label, from the generated model module.
import { newSafetyClassifier, type SafetyLabel, safetyTokens } from './classifier.js';
import { CONCERN_MODEL, SAFETY_MODEL } from './safety-model.js';

type Classifier = ReturnType<typeof newSafetyClassifier>;
const loaded = new Map<string, Classifier>();

function model(json: string): Classifier {
  let classifier = loaded.get(json);
  if (!classifier) {
    classifier = newSafetyClassifier();
    classifier.importJSON(json);
    classifier.consolidate();
    loaded.set(json, classifier);
  }
  return classifier;
}

export type Odds = Array<[SafetyLabel, number]>;

/** The harm model's log-odds for each label of compact text (highest first): it decides harmful asks. */
export function safetyOdds(compact: string): Odds {
  return model(SAFETY_MODEL).computeOdds(safetyTokens(compact)) as Odds;
}

/** The concern model's log-odds for each label of compact text (highest first): it decides concerns. */
export function concernOdds(compact: string): Odds {
  return model(CONCERN_MODEL).computeOdds(safetyTokens(compact)) as Odds;
}
