// `npm run safety:cv`: 5-fold cross-validation of the safety model with the rules, on the tuning sets only, for
// each pair of thresholds — how the thresholds in src/safety/screen.ts are chosen (never on held-out sets).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { safetyTrainingExamples } from '../eval/safety-training.js';
import { newSafetyClassifier, type SafetyLabel, safetyTokens } from '../safety/classifier.js';
import { compactText } from '../safety/compact.js';
import { isHarmfulRequest, modelMayDecline, readHarm } from '../safety/harm-rules.js';
import { isSafeguardingConcern } from '../safety/safeguarding-rules.js';

const FOLDS = 5;
/** `--show 3,2` lists the tuning messages misread at those thresholds. */
const showIndex = process.argv.indexOf('--show');
const showMisses = showIndex > 0 ? process.argv[showIndex + 1] : undefined;
const examples = safetyTrainingExamples(join('test', 'eval')).map(([text, label]) => ({
  compact: compactText(text),
  label,
  fold: (createHash('sha1').update(text).digest()[0] ?? 0) % FOLDS,
}));

// Each example's odds from a model that never saw it.
const odds = new Map<(typeof examples)[number], Map<SafetyLabel, number>>();
for (let fold = 0; fold < FOLDS; fold++) {
  const model = newSafetyClassifier();
  for (const e of examples) if (e.fold !== fold) model.learn(e.compact, e.label);
  model.consolidate();
  for (const e of examples.filter((x) => x.fold === fold))
    odds.set(e, new Map(model.computeOdds(safetyTokens(e.compact)) as Array<[SafetyLabel, number]>));
}

const count = (label: SafetyLabel) => examples.filter((e) => e.label === label).length;
console.log(`${examples.length} tuning examples, ${FOLDS} folds`);
for (const harmfulOdds of [2, 3, 4]) {
  for (const concernOdds of [0, 0.5, 1, 1.5, 2, 3]) {
    let harmHit = 0;
    let concernHit = 0;
    let ordinaryFlagged = 0;
    for (const e of examples) {
      const o = odds.get(e);
      const harmful =
        isHarmfulRequest(e.compact) ||
        ((o?.get('harmful') ?? 0) >= harmfulOdds && modelMayDecline(e.compact));
      const concern = isSafeguardingConcern(e.compact) || (o?.get('safeguarding') ?? 0) >= concernOdds;
      if (e.label === 'harmful' && harmful) harmHit++;
      if (e.label === 'safeguarding' && concern) concernHit++;
      if (e.label === 'ordinary' && (harmful || concern)) ordinaryFlagged++;
      const missed = (e.label === 'harmful' && !harmful) || (e.label === 'ordinary' && (harmful || concern));
      if (showMisses === `${harmfulOdds},${concernOdds}` && missed)
        console.log(
          `  MISS ${e.label} → ${harmful ? 'harmful' : concern ? 'safeguarding' : 'ordinary'}: ${e.compact}`,
        );
    }
    console.log(
      `harmful ≥ ${harmfulOdds}, concern ≥ ${concernOdds}: harmful ${harmHit}/${count('harmful')} · safeguarding ${concernHit}/${count('safeguarding')} · ordinary flagged ${ordinaryFlagged}/${count('ordinary')}`,
    );
  }
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
