// `npm run calibrate`: fits the answer calibration (src/core/decide/calibrate.ts) on the question sets set aside for it
// (src/eval/calibration.ts) and writes src/core/decide/calibration-weights.ts. Run it after changing what the pipeline
// answers; `npm run eval` reports how well it holds on later sets.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import LogisticRegression from 'ml-logistic-regression';
import { Matrix } from 'ml-matrix';
import { FEATURE_NAMES } from '../core/decide/calibrate.js';
import { buildIndex } from '../core/retrieve/build-index.js';
import { type AnsweredCase, answeredCases, calibrationFitSets, ROADS_PACK_DIR } from '../eval/calibration.js';
import { loadPack, loadPacks } from '../pack/load-pack.js';

const OUT = join('src', 'core', 'decide', 'calibration-weights.ts');
const STEPS = Number(process.env.STEPS ?? 20000);

const sets = calibrationFitSets();
const nspcc = buildIndex(loadPacks('knowledge'));
const roads = buildIndex([loadPack(ROADS_PACK_DIR)]);
const rows: AnsweredCase[] = [
  ...sets.nspcc.flatMap((f) => answeredCases(f, nspcc, false)),
  ...sets.roads.flatMap((f) => answeredCases(f, roads, false)),
];
const k = FEATURE_NAMES.length;
const column = (i: number) => rows.map((r) => r.features[i] ?? 0);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const means = FEATURE_NAMES.map((_, i) => mean(column(i)));
const scales = FEATURE_NAMES.map((_, i) => {
  const m = means[i] ?? 0;
  const sd = Math.sqrt(mean(column(i).map((x) => (x - m) ** 2)));
  return sd > 1e-9 ? sd : 1;
});
// Standardised features and a constant column for the bias (the library fits none of its own).
const x = new Matrix(
  rows.map((r) => [...r.features.map((v, i) => (v - (means[i] ?? 0)) / (scales[i] ?? 1)), 1]),
);
// Class 1 is a right answer; the library's first one-vs-rest classifier then gives the chance of not being class 0.
const y = Matrix.columnVector(rows.map((r) => (r.right ? 1 : 0)));
const model = new LogisticRegression({ numSteps: STEPS, learningRate: 1 / rows.length });
model.train(x, y);
const first = model.classifiers[0];
if (!first) throw new Error('the model was not fitted');
const fitted: number[] = first.weights.to1DArray();
const chances = first.testScores(x);
const logLoss = -mean(
  rows.map((r, i) => Math.log(Math.max(1e-12, r.right ? (chances[i] ?? 0) : 1 - (chances[i] ?? 0)))),
);
const weights = fitted.slice(0, k);
const bias = fitted[k] ?? 0;
const round = (v: number) => Math.round(v * 1e6) / 1e6;
const right = rows.filter((r) => r.right).length;
const body = `// Written by \`npm run calibrate\` (src/cli/calibrate.ts): do not edit by hand.
export const CALIBRATION = {
  features: ${JSON.stringify(FEATURE_NAMES)},
  means: ${JSON.stringify(means.map(round))} as number[],
  scales: ${JSON.stringify(scales.map(round))} as number[],
  weights: ${JSON.stringify(weights.map(round))} as number[],
  bias: ${round(bias)},
  fittedOn: ${JSON.stringify([...sets.nspcc, ...sets.roads].map((f) => f.replaceAll('\\', '/')))} as string[],
  answers: ${rows.length},
  right: ${right},
} as const;
`;
writeFileSync(OUT, body);
console.log(
  `${OUT}: fitted on ${rows.length} answers (${right} right) from ${sets.nspcc.length + sets.roads.length} sets`,
);
FEATURE_NAMES.forEach((name, i) => {
  console.log(`  ${name.padEnd(20)} ${round(weights[i] ?? 0)}`);
});
console.log(`  ${'bias'.padEnd(20)} ${round(bias)}\n  log-loss ${logLoss.toFixed(4)}`);
