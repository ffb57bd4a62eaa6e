// The question sets the answer calibration (core/decide/calibrate.ts) is fitted on and checked on, and how well a
// confidence is calibrated: of the answers given with a confidence in a band, how many were right.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { answerUncalibrated, questionText } from '../core/answer-question.js';
import { type CalibrationInput, calibrated, calibrationInput } from '../core/decide/calibrate.js';
import { buildIndex, type FactIndex } from '../core/retrieve/build-index.js';
import { loadPack } from '../pack/load-pack.js';
import type { Pack } from '../pack/schema.js';
import { foldText } from '../text/normalise.js';
import { loadBlindCases } from './blind-questions.js';
import { setNumber } from './claims-eval.js';
import { nspccExampleSets, packExampleSets } from './question-examples.js';

/**
 * The last NSPCC `fresh` set and roads set the calibration is fitted on. The sets it is fitted on are those the packs'
 * example questions never learned from (src/eval/question-examples.ts: so the examples' agreement is measured as on a
 * new question) up to these; later sets, and the held-out half, check it.
 */
export const FIT_LAST_FRESH = 56;
export const FIT_LAST_ROADS = 48;

export const ROADS_PACK_DIR = join('test', 'fixtures', 'packs', 'eastmoor-roads-2023');
const RIVERTON_PACK_DIR = join('test', 'fixtures', 'packs', 'riverton-libraries-2023');

export interface CalibrationSets {
  nspcc: string[];
  roads: string[];
}

/** The numbered NSPCC question sets (`fresh-N/questions.yml`), in order. */
function freshSets(evalDir: string): Array<{ n: number; file: string }> {
  return readdirSync(evalDir)
    .filter((d) => /^fresh-\d+$/u.test(d))
    .map((d) => ({ n: setNumber(d), file: join(evalDir, d, 'questions.yml') }))
    .filter((s) => existsSync(s.file))
    .sort((a, b) => a.n - b.n);
}

/** The numbered roads question sets (`questions-blind-N.yml`), in order. */
function roadsSets(packDir: string): Array<{ n: number; file: string }> {
  return readdirSync(packDir)
    .filter((f) => /^questions-blind-\d+\.yml$/u.test(f))
    .map((f) => ({ n: setNumber(f), file: join(packDir, f) }))
    .sort((a, b) => a.n - b.n);
}

/** The sets the calibration is fitted on: up to the last fitted set, those the examples did not learn from. */
export function calibrationFitSets(
  evalDir = join('test', 'eval'),
  packDir = ROADS_PACK_DIR,
): CalibrationSets {
  const learned = new Set([...nspccExampleSets(evalDir), ...packExampleSets(packDir)]);
  const fitted = (sets: Array<{ n: number; file: string }>, last: number) =>
    sets.filter((s) => s.n <= last && !learned.has(s.file)).map((s) => s.file);
  return {
    nspcc: fitted(freshSets(evalDir), FIT_LAST_FRESH),
    roads: fitted(roadsSets(packDir), FIT_LAST_ROADS),
  };
}

/** The sets that check it: every later set, and the NSPCC held-out half. */
export function calibrationCheckSets(
  evalDir = join('test', 'eval'),
  packDir = ROADS_PACK_DIR,
): CalibrationSets {
  const later = (sets: Array<{ n: number; file: string }>, last: number) =>
    sets.filter((s) => s.n > last).map((s) => s.file);
  return {
    nspcc: [join(evalDir, 'questions-blind', 'held-out.yml'), ...later(freshSets(evalDir), FIT_LAST_FRESH)],
    roads: later(roadsSets(packDir), FIT_LAST_ROADS),
  };
}

/** One answer given: what the calibration reads of it, its confidence, and whether it was right. */
export interface AnsweredCase {
  input: CalibrationInput;
  confidence: number;
  right: boolean;
}

/** A question as the sets are compared: folded, its words only (the example questions' reader ignores punctuation). */
export const foldedQuestion = (q: string) =>
  foldText(q)
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();

/** The example questions of the index's packs, folded: a set question among them was learned, not met new. */
export function exampleQuestions(index: FactIndex): Set<string> {
  return new Set(index.packs.flatMap((p) => (p.examples ?? []).map((e) => foldedQuestion(e.q))));
}

/** The questions of some sets, folded. */
export function setQuestions(files: readonly string[], index: FactIndex): Set<string> {
  return new Set(files.flatMap((f) => loadBlindCases(f, index).map((c) => foldedQuestion(c.q))));
}

/**
 * The answers the pipeline gives to a set's questions (declines and close calls left out), leaving out any question in
 * `skip` (one the packs' examples hold word for word, or, when checking, one the fitted sets hold).
 */
export function answeredCases(
  file: string,
  index: FactIndex,
  options: { calibrate?: boolean; skip?: ReadonlySet<string> } = {},
): AnsweredCase[] {
  const rows: AnsweredCase[] = [];
  for (const c of loadBlindCases(file, index)) {
    if (options.skip?.has(foldedQuestion(c.q))) continue;
    const raw = answerUncalibrated(c.q, index);
    if (raw.status !== 'answered') continue;
    // (Calibrated as `answerQuestion` calibrates it, without answering twice.)
    const text = questionText(c.q);
    const reply = options.calibrate === false ? raw : calibrated(text, index, raw);
    // (Right as the answer would be: below even odds the reply is a choice in its place, decide/unsure.ts.)
    const right = raw.facts.some((f) => c.expected.includes(`${f.packId}/${f.factId}`));
    rows.push({ input: calibrationInput(text, index, raw), confidence: reply.confidence, right });
  }
  return rows;
}

/** The NSPCC pack and the roads fixture, indexed alone. */
export interface PackIndexes {
  nspcc: FactIndex;
  roads: FactIndex;
}

/**
 * The answers a model is fitted on: the fitted sets answered by `answering` (the packs as shipped, or without their
 * examples), leaving out questions the shipped packs' examples hold, and only those that model reads.
 */
export function fitRows(answering: PackIndexes, shipped: PackIndexes, withExamples: boolean): AnsweredCase[] {
  const sets = calibrationFitSets();
  return (['nspcc', 'roads'] as const)
    .flatMap((pack) => {
      const skip = exampleQuestions(shipped[pack]);
      return sets[pack].flatMap((f) => answeredCases(f, answering[pack], { calibrate: false, skip }));
    })
    .filter((r) => r.input.withExamples === withExamples);
}

/** A pack as a new organisation's would be: without its example questions. */
export function withoutExamples(pack: Pack): Pack {
  const { examples: _examples, ...rest } = pack;
  return rest;
}

/** Confidence bands, lower bound included. */
export const BANDS = [0, 0.5, 0.7, 0.9] as const;

export interface Reliability {
  band: string;
  answers: number;
  right: number;
  /** The mean confidence of the band's answers. */
  meanConfidence: number;
}

/** Of the answers in each confidence band, how many were right. */
export function reliability(rows: readonly AnsweredCase[]): Reliability[] {
  return BANDS.map((low, i) => {
    const high = BANDS[i + 1] ?? 1.0001;
    const inBand = rows.filter((r) => r.confidence >= low && r.confidence < high);
    return {
      band: `${low.toFixed(1)}–${Math.min(1, high).toFixed(1)}`,
      answers: inBand.length,
      right: inBand.filter((r) => r.right).length,
      meanConfidence: inBand.reduce((sum, r) => sum + r.confidence, 0) / Math.max(1, inBand.length),
    };
  });
}

/** Share of the answers at or above `bar` that were right, and how many there were. */
export function rightAtOrAbove(
  rows: readonly AnsweredCase[],
  bar: number,
): { answers: number; right: number } {
  const sure = rows.filter((r) => r.confidence >= bar);
  return { answers: sure.length, right: sure.filter((r) => r.right).length };
}

/** The indexes the report reads: each pack as shipped, and as it would be with no example questions. */
export interface CalibrationIndexes {
  nspcc: FactIndex;
  roads: FactIndex;
  nspccWithoutExamples: FactIndex;
  roadsWithoutExamples: FactIndex;
}

/** The answers on the sets that check the calibration, none of them a question the examples or fitted sets hold. */
export function checkRows(pack: 'nspcc' | 'roads', index: FactIndex, examplesOf: FactIndex): AnsweredCase[] {
  const fit = calibrationFitSets()[pack];
  const skip = new Set([...exampleQuestions(examplesOf), ...setQuestions(fit, index)]);
  return calibrationCheckSets()[pack].flatMap((f) => answeredCases(f, index, { skip }));
}

/** The report `npm run eval` prints: per band, on the sets that check each model, per pack. */
export function calibrationReport(indexes: CalibrationIndexes): string[] {
  const lines: string[] = [];
  const report = (label: string, rows: readonly AnsweredCase[]) => {
    const sure = rightAtOrAbove(rows, 0.9);
    const mean = rows.reduce((n, r) => n + r.confidence, 0) / Math.max(1, rows.length);
    const right = rows.filter((r) => r.right).length;
    lines.push(
      `  ${label}: ${rows.length} answers, ${right} right (mean confidence ${mean.toFixed(3)}); ` +
        `confidence ≥ 0.9 right ${sure.right}/${sure.answers}`,
    );
    for (const b of reliability(rows))
      lines.push(
        `    confidence ${b.band}: right ${b.right}/${b.answers} (mean confidence ${b.meanConfidence.toFixed(2)})`,
      );
  };
  for (const pack of ['nspcc', 'roads'] as const) {
    const name = pack === 'nspcc' ? 'NSPCC pack' : 'roads pack';
    report(`${name}, later sets and held-out half`, checkRows(pack, indexes[pack], indexes[pack]));
    const bare = pack === 'nspcc' ? indexes.nspccWithoutExamples : indexes.roadsWithoutExamples;
    report(`${name} without its example questions, same sets`, checkRows(pack, bare, indexes[pack]));
  }
  // A pack written with no example questions at all, and its own blind set.
  const riverton = buildIndex([loadPack(RIVERTON_PACK_DIR)]);
  report(
    'Riverton libraries fixture (no example questions), its blind set',
    answeredCases(join(RIVERTON_PACK_DIR, 'questions-blind.yml'), riverton),
  );
  return lines;
}
