// The safety models' labels. The models are naive Bayes readers of compact text (src/text/text-classifier.ts),
// trained on the tuning half of the blind safety sets and the read ones (`npm run safety:train`).

export type SafetyLabel = 'safeguarding' | 'harmful' | 'ordinary';
