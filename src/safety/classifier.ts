// A small trained reader beside the rules: naive Bayes over stemmed words and word pairs, trained on the tuning
// half of the blind safety sets (`npm run safety:train`). It reads the same compact text as the rules.
import { stemmer } from 'stemmer';
import createClassifier from 'wink-naive-bayes-text-classifier';

export type SafetyLabel = 'safeguarding' | 'harmful' | 'ordinary';

/** Stemmed words and adjacent pairs of compact text; pronouns are kept, since who is speaking matters here. */
export function safetyTokens(compact: string): string[] {
  const words = compact
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)
    .map((w) => stemmer(w.replace(/'/gu, '')));
  const pairs = words.slice(1).map((w, i) => `${words[i]}_${w}`);
  return [...words, ...pairs];
}

/** A fresh, untrained classifier with statbot's tokens (for training and for tests). */
export function newSafetyClassifier() {
  const classifier = createClassifier();
  // Tokens given in advance pass straight through: the library prepares the input once per label otherwise.
  classifier.definePrepTasks([(input) => (Array.isArray(input) ? input : safetyTokens(input))]);
  classifier.defineConfig({ considerOnlyPresence: true, smoothingFactor: 0.5 });
  return classifier;
}
