import { describe, expect, it } from 'vitest';
import { answerQuestion, answerUncalibrated } from '../../src/core/answer-question.js';
import {
  calibrationFeatures,
  FEATURE_NAMES,
  HEDGE_BELOW,
  HEDGE_NOTE,
  rightChance,
} from '../../src/core/decide/calibrate.js';
import { CALIBRATION } from '../../src/core/decide/calibration-weights.js';
import {
  answeredCases,
  calibrationCheckSets,
  calibrationFitSets,
  reliability,
  rightAtOrAbove,
} from '../../src/eval/calibration.js';
import { realIndex, roadsIndex } from '../helpers/real-pack.js';

const all = (sets: { nspcc: string[]; roads: string[] }) => [...sets.nspcc, ...sets.roads];

describe('answer calibration: the fitted model', () => {
  it('was fitted on exactly the sets set aside for it, none of which checks it', () => {
    const fit = all(calibrationFitSets()).map((f) => f.replaceAll('\\', '/'));
    expect(CALIBRATION.fittedOn).toEqual(fit);
    expect(CALIBRATION.features).toEqual(FEATURE_NAMES);
    const check = all(calibrationCheckSets()).map((f) => f.replaceAll('\\', '/'));
    expect(check.length).toBeGreaterThan(5);
    expect(check.filter((f) => fit.includes(f))).toEqual([]);
    // The held-out half and the latest sets are among the checks.
    expect(check).toContain('test/eval/questions-blind/held-out.yml');
    expect(check).toContain('test/eval/fresh-60/questions.yml');
  });

  it('gives a better match and more agreement from the examples a higher chance of being right', () => {
    const base = [0.6, 0.2, 0, Math.log(9)];
    const chance = (i: number, v: number) => rightChance(base.map((x, j) => (j === i ? v : x)));
    expect(chance(0, 0.9)).toBeGreaterThan(chance(0, 0.5));
    expect(chance(1, 1.5)).toBeGreaterThan(chance(1, -1));
    for (const v of [0, 0.5, 1.5]) {
      expect(chance(0, v)).toBeGreaterThan(0);
      expect(chance(0, v)).toBeLessThan(1);
    }
  });
});

describe('answer calibration: in replies', () => {
  const index = realIndex();

  it("an answer's confidence is the model's chance for what the pipeline saw; a decline keeps its match score", () => {
    const q = 'what share of cases involved snapchat?';
    const raw = answerUncalibrated(q, index);
    const reply = answerQuestion(q, index);
    expect(raw.status).toBe('answered');
    expect(reply.status).toBe('answered');
    if (raw.status !== 'answered') return;
    expect(reply.confidence).toBeCloseTo(rightChance(calibrationFeatures(q, index, raw)), 3);
    expect(reply.confidence).toBeGreaterThan(0.9);
    const declined = 'how many grooming cases were there in Scotland in 2015?';
    expect(answerQuestion(declined, index).status).toBe('abstained');
    expect(answerQuestion(declined, index).confidence).toBe(answerUncalibrated(declined, index).confidence);
  });

  it('an unsure answer says it may not be what was asked; a sure one does not', () => {
    const unsure = answerQuestion('12925??', index);
    expect(unsure.status).toBe('answered');
    if (unsure.status !== 'answered') return;
    expect(unsure.confidence).toBeLessThan(HEDGE_BELOW);
    expect(unsure.notes).toContain(HEDGE_NOTE);
    const sure = answerQuestion('what share of cases involved snapchat?', index);
    expect(sure.status).toBe('answered');
    if (sure.status !== 'answered') return;
    expect(sure.confidence).toBeGreaterThanOrEqual(HEDGE_BELOW);
    expect(sure.notes).not.toContain(HEDGE_NOTE);
  });

  it('the explanation states the calibrated confidence', () => {
    const reply = answerQuestion('what share of cases involved snapchat?', index, { explain: true });
    expect(reply.explain?.decision).toContain(`(confidence ${reply.confidence.toFixed(2)})`);
  });
});

// The understanding issue's bar: answers given with confidence 0.9 or more are right at least 95% of the time, on sets
// the model never saw (the held-out half and every set written after those it was fitted on).
describe.each([
  ['NSPCC pack', () => calibrationCheckSets().nspcc, realIndex],
  ['roads pack', () => calibrationCheckSets().roads, roadsIndex],
] as const)('answer calibration on the sets that check it: %s', (_name, files, indexOf) => {
  it('answers with confidence ≥ 0.9 are right at least 95% of the time', () => {
    const rows = files().flatMap((f) => answeredCases(f, indexOf()));
    const sure = rightAtOrAbove(rows, 0.9);
    expect(sure.answers).toBeGreaterThan(200);
    expect(sure.right / sure.answers).toBeGreaterThanOrEqual(0.95);
    // And the confidence orders answers: the sure band is right more often than all answers below it.
    const below = rows.filter((r) => r.confidence < 0.9);
    const belowRight = below.filter((r) => r.right).length / Math.max(1, below.length);
    expect(sure.right / sure.answers).toBeGreaterThan(belowRight);
    expect(reliability(rows).reduce((n, b) => n + b.answers, 0)).toBe(rows.length);
  });
});
