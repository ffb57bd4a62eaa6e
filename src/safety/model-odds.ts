// The trained safety model's reading of a message: log-odds per label, from the generated model module.
import { newSafetyClassifier, type SafetyLabel, safetyTokens } from './classifier.js';
import { SAFETY_MODEL } from './safety-model.js';

let trained: ReturnType<typeof newSafetyClassifier> | undefined;

/** The log-odds the trained model gives each label for compact text (highest first). */
export function safetyOdds(compact: string): Array<[SafetyLabel, number]> {
  if (!trained) {
    trained = newSafetyClassifier();
    trained.importJSON(SAFETY_MODEL);
    trained.consolidate();
  }
  return trained.computeOdds(safetyTokens(compact)) as Array<[SafetyLabel, number]>;
}

/** How sure the model is that compact text is `label`: its log-odds for that label (0 when it knows no word). */
export function oddsFor(compact: string, label: SafetyLabel): number {
  return safetyOdds(compact).find(([l]) => l === label)?.[1] ?? 0;
}
