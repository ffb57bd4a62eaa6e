// A small trained reader of short texts: naive Bayes (wink-naive-bayes-text-classifier) over stemmed words and word
// pairs. The safety models (`npm run safety:train`) and each pack's example-question model use it.
import { stemmer } from 'stemmer';
import createClassifier from 'wink-naive-bayes-text-classifier';

/** Stemmed words and adjacent pairs of compact text; pronouns are kept, since who is speaking matters. */
export function classifierTokens(compact: string): string[] {
  const words = compact
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)
    .map((w) => stemmer(w.replace(/'/gu, '')));
  const pairs = words.slice(1).map((w, i) => `${words[i]}_${w}`);
  return [...words, ...pairs];
}

/** A fresh, untrained classifier over `classifierTokens` (for training and for tests). */
export function newTextClassifier() {
  const classifier = createClassifier();
  // Tokens given in advance pass straight through: the library prepares the input once per label otherwise.
  classifier.definePrepTasks([(input) => (Array.isArray(input) ? input : classifierTokens(input))]);
  classifier.defineConfig({ considerOnlyPresence: true, smoothingFactor: 0.5 });
  return classifier;
}

export type TextClassifier = ReturnType<typeof newTextClassifier>;
