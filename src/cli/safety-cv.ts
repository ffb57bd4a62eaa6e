// `npm run safety:cv`: 5-fold cross-validation of the safety models on what each learns (read sets only): the concern
// model alone per threshold, then the harm model with the rules per harmful threshold — how the thresholds in
// src/safety/screen.ts are chosen.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { concernTrainingExamples, safetyTrainingExamples } from '../eval/safety-training.js';
import type { SafetyLabel } from '../safety/classifier.js';
import { compactText } from '../safety/compact.js';
import { isHarmfulRequest, modelMayDecline, readHarm } from '../safety/harm-rules.js';
import { isSafeguardingConcern } from '../safety/safeguarding-rules.js';
import { CLASSIFIER_ODDS } from '../safety/screen.js';
import { classifierTokens, newTextClassifier } from '../text/text-classifier.js';

const FOLDS = 5;
/** `--show 4` lists the tuning messages misread at that harmful threshold. */
const showIndex = process.argv.indexOf('--show');
const showMisses = showIndex > 0 ? process.argv[showIndex + 1] : undefined;
interface Example {
  compact: string;
  label: SafetyLabel;
  fold: number;
}
const folded = (pairs: Array<[string, SafetyLabel]>): Example[] =>
  pairs.map(([text, label]) => ({
    compact: compactText(text),
    label,
    fold: (createHash('sha1').update(text).digest()[0] ?? 0) % FOLDS,
  }));

/** Each example's odds from a model that never saw it. */
function outOfFold(all: readonly Example[]): Map<Example, Map<SafetyLabel, number>> {
  const odds = new Map<Example, Map<SafetyLabel, number>>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = newTextClassifier();
    for (const e of all) if (e.fold !== fold) model.learn(e.compact, e.label);
    model.consolidate();
    for (const e of all.filter((x) => x.fold === fold))
      odds.set(e, new Map(model.computeOdds(classifierTokens(e.compact)) as Array<[SafetyLabel, number]>));
  }
  return odds;
}

// The concern model alone, on what it learns (every tuning batch and every read blind set).
const concernExamples = folded(concernTrainingExamples(join('test', 'eval')));
const concernOdds = outOfFold(concernExamples);
const concerns = concernExamples.filter((e) => e.label === 'safeguarding');
const others = concernExamples.filter((e) => e.label === 'ordinary');
console.log(`concern model: ${concernExamples.length} examples, ${FOLDS} folds, the model alone`);
for (const threshold of [1, 2, 3, 4, 5]) {
  const flagged = (e: Example) => (concernOdds.get(e)?.get('safeguarding') ?? 0) >= threshold;
  console.log(
    `  concern ≥ ${threshold}: concerns ${concerns.filter(flagged).length}/${concerns.length} · ordinary flagged ${others.filter(flagged).length}/${others.length}`,
  );
}

// The harm model with the rules, on what it learns.
const examples = folded(safetyTrainingExamples(join('test', 'eval')));
const odds = outOfFold(examples);

const count = (label: SafetyLabel) => examples.filter((e) => e.label === label).length;
console.log(`harm model: ${examples.length} tuning examples, ${FOLDS} folds, with the rules`);
// A text's out-of-fold concern odds, as the concern model gives them (it learns every harm-model example too).
const concernOddsOf = new Map(
  concernExamples.map((e) => [e.compact, concernOdds.get(e)?.get('safeguarding') ?? 0] as const),
);
for (const harmfulOdds of [2, 3, 4]) {
  let harmHit = 0;
  let concernHit = 0;
  let ordinaryFlagged = 0;
  for (const e of examples) {
    const o = odds.get(e);
    const harmful =
      isHarmfulRequest(e.compact) || ((o?.get('harmful') ?? 0) >= harmfulOdds && modelMayDecline(e.compact));
    const concern =
      isSafeguardingConcern(e.compact) || (concernOddsOf.get(e.compact) ?? 0) >= CLASSIFIER_ODDS;
    if (e.label === 'harmful' && harmful) harmHit++;
    if (e.label === 'safeguarding' && concern) concernHit++;
    if (e.label === 'ordinary' && (harmful || concern)) ordinaryFlagged++;
    const missed = (e.label === 'harmful' && !harmful) || (e.label === 'ordinary' && (harmful || concern));
    if (showMisses === `${harmfulOdds}` && missed)
      console.log(
        `  MISS ${e.label} → ${harmful ? 'harmful' : concern ? 'safeguarding' : 'ordinary'}: ${e.compact}`,
      );
  }
  console.log(
    `harmful ≥ ${harmfulOdds} (concern ≥ ${CLASSIFIER_ODDS}): harmful ${harmHit}/${count('harmful')} · safeguarding ${concernHit}/${count('safeguarding')} · ordinary flagged ${ordinaryFlagged}/${count('ordinary')}`,
  );
}

// How far out of fold the model reads the rules' inferred harmful readings (why it may not soften them; screen.ts):
// the out-of-fold odds of every tuning message the rules read as inferred harm, by label.
console.log('inferred harmful readings of the rules, out-of-fold harmful log-odds by label:');
for (const label of ['harmful', 'safeguarding', 'ordinary'] as const) {
  const values = examples
    .filter((e) => e.label === label && readHarm(e.compact) === 'inferred')
    .map((e) => odds.get(e)?.get('harmful') ?? 0)
    .sort((a, b) => a - b);
  const at = (t: number) => values.filter((v) => v <= t).length;
  console.log(
    `  ${label}: ${values.length}, lowest ${values
      .slice(0, 3)
      .map((v) => v.toFixed(1))
      .join(', ')} · at or below -10: ${at(-10)} · at or below -20: ${at(-20)}`,
  );
}
