// `npm run calibrate`: fits the answer calibration (src/core/decide/calibrate.ts) on the question sets set aside for it
// (src/eval/calibration.ts) and writes src/core/decide/calibration-weights.ts: one model for packs whose example
// questions are read, one for packs without (the same sets answered with the examples left out). Questions the
// packs' examples hold word for word are left out of the fit. Run it after changing what the pipeline answers; `npm
// run eval` reports how well it holds on later sets, and the test suite checks the weights are current.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import LogisticRegression from 'ml-logistic-regression';
import { Matrix } from 'ml-matrix';
import { FEATURE_NAMES, FEATURE_NAMES_WITHOUT_EXAMPLES } from '../core/decide/calibrate.js';
import { buildIndex } from '../core/retrieve/build-index.js';
import {
  type AnsweredCase,
  calibrationFitSets,
  fitRows,
  ROADS_PACK_DIR,
  withoutExamples,
} from '../eval/calibration.js';
import { loadPack, loadPacks } from '../pack/load-pack.js';

const OUT = join('src', 'core', 'decide', 'calibration-weights.ts');
const STEPS = 20000;

const sets = calibrationFitSets();
const nspccPacks = loadPacks('knowledge');
const roadsPack = loadPack(ROADS_PACK_DIR);
const shipped = { nspcc: buildIndex(nspccPacks), roads: buildIndex([roadsPack]) };
const bare = {
  nspcc: buildIndex(nspccPacks.map(withoutExamples)),
  roads: buildIndex([withoutExamples(roadsPack)]),
};

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const round = (v: number) => Math.round(v * 1e6) / 1e6;

/** Fits one model on the rows that model reads (standardised features, a constant column for the bias). */
function fitModel(used: readonly AnsweredCase[], names: readonly string[]) {
  const column = (i: number) => used.map((r) => r.input.features[i] ?? 0);
  const means = names.map((_, i) => mean(column(i)));
  const scales = names.map((_, i) => {
    const m = means[i] ?? 0;
    const sd = Math.sqrt(mean(column(i).map((x) => (x - m) ** 2)));
    return sd > 1e-9 ? sd : 1;
  });
  const x = new Matrix(
    used.map((r) => [...r.input.features.map((v, i) => (v - (means[i] ?? 0)) / (scales[i] ?? 1)), 1]),
  );
  // Class 1 is a right answer; the library's first one-vs-rest classifier gives the chance of not being class 0.
  const y = Matrix.columnVector(used.map((r) => (r.right ? 1 : 0)));
  const model = new LogisticRegression({ numSteps: STEPS, learningRate: 1 / used.length });
  model.train(x, y);
  const first = model.classifiers[0];
  if (!first) throw new Error('the model was not fitted');
  const fitted = first.weights.to1DArray();
  const chances = first.testScores(x);
  const logLoss = -mean(
    used.map((r, i) => Math.log(Math.max(1e-12, r.right ? (chances[i] ?? 0) : 1 - (chances[i] ?? 0)))),
  );
  return {
    text: `{
    features: ${JSON.stringify(names)},
    means: ${JSON.stringify(means.map(round))},
    scales: ${JSON.stringify(scales.map(round))},
    weights: ${JSON.stringify(fitted.slice(0, names.length).map(round))},
    bias: ${round(fitted[names.length] ?? 0)},
    answers: ${used.length},
    right: ${used.filter((r) => r.right).length},
  }`,
    summary: `${used.length} answers (${used.filter((r) => r.right).length} right), log-loss ${logLoss.toFixed(4)}`,
    weights: fitted,
  };
}

const a = fitModel(fitRows(shipped, shipped, true), FEATURE_NAMES);
const b = fitModel(fitRows(bare, shipped, false), FEATURE_NAMES_WITHOUT_EXAMPLES);
const files = JSON.stringify([...sets.nspcc, ...sets.roads].map((f) => f.replaceAll('\\', '/')));
writeFileSync(
  OUT,
  `// Written by \`npm run calibrate\` (src/cli/calibrate.ts): do not edit by hand.
/** The sets both models were fitted on. */
export const FITTED_ON: readonly string[] = ${files};
/** For a pack whose example questions are read. */
export const CALIBRATION = ${a.text};
/** For a pack with too few example questions to read. */
export const CALIBRATION_WITHOUT_EXAMPLES = ${b.text};
`,
);
// (Formatted as the rest of the code, so `npm test`'s lint step passes without a separate `npm run format`.)
execFileSync('npx', ['biome', 'format', '--write', OUT], { stdio: 'ignore' });
console.log(`${OUT}\n  with examples: ${a.summary}\n  without examples: ${b.summary}`);
for (const [name, fitted, names] of [
  ['with examples', a.weights, FEATURE_NAMES],
  ['without examples', b.weights, FEATURE_NAMES_WITHOUT_EXAMPLES],
] as const)
  console.log(
    `  ${name}: ${names.map((n, i) => `${n} ${round(fitted[i] ?? 0)}`).join(', ')}, bias ${round(fitted[names.length] ?? 0)}`,
  );
