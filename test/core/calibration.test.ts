import { describe, expect, it } from 'vitest';
import { answerQuestion, answerUncalibrated } from '../../src/core/answer-question.js';
import {
  calibrationInput,
  confidenceOf,
  FEATURE_NAMES,
  FEATURE_NAMES_WITHOUT_EXAMPLES,
  HEDGE_BELOW,
  HEDGE_NOTE,
  rightChance,
} from '../../src/core/decide/calibrate.js';
import {
  CALIBRATION,
  CALIBRATION_WITHOUT_EXAMPLES,
  FITTED_ON,
} from '../../src/core/decide/calibration-weights.js';
import { buildIndex } from '../../src/core/retrieve/build-index.js';
import {
  type AnsweredCase,
  calibrationCheckSets,
  calibrationFitSets,
  checkRows,
  fitRows,
  ROADS_PACK_DIR,
  rightAtOrAbove,
  withoutExamples,
} from '../../src/eval/calibration.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { PACK_DIR, realIndex, roadsIndex } from '../helpers/real-pack.js';

const all = (sets: { nspcc: string[]; roads: string[] }) =>
  [...sets.nspcc, ...sets.roads].map((f) => f.replaceAll('\\', '/'));

describe('answer calibration: the fitted models', () => {
  it('were fitted on exactly the sets set aside for them, none of which checks them', () => {
    const fit = all(calibrationFitSets());
    expect(FITTED_ON).toEqual(fit);
    expect(CALIBRATION.features).toEqual(FEATURE_NAMES);
    expect(CALIBRATION_WITHOUT_EXAMPLES.features).toEqual(FEATURE_NAMES_WITHOUT_EXAMPLES);
    const check = all(calibrationCheckSets());
    expect(check.filter((f) => fit.includes(f))).toEqual([]);
    // The held-out half and the latest sets are among the checks.
    expect(check).toContain('test/eval/questions-blind/held-out.yml');
    expect(check).toContain('test/eval/fresh-60/questions.yml');
  });

  // (Each fitted set answered again, once per model: about ten seconds each here.)
  const shipped = () => ({ nspcc: realIndex(), roads: roadsIndex() });
  const matches = (model: typeof CALIBRATION, rows: AnsweredCase[]) => {
    expect(rows.length).toBe(model.answers);
    expect(rows.filter((r) => r.right).length).toBe(model.right);
    model.means.forEach((m, i) => {
      const mean = rows.reduce((n, r) => n + (r.input.features[i] ?? 0), 0) / rows.length;
      expect(mean).toBeCloseTo(m, 5);
    });
  };

  it('are current: the fitted sets give the answers and features the examples model was fitted on (npm run calibrate)', () => {
    matches(CALIBRATION, fitRows(shipped(), shipped(), true));
  }, 120_000);

  it('are current: …and those the model for packs without examples was fitted on', () => {
    const bare = {
      nspcc: buildIndex([withoutExamples(loadPack(PACK_DIR))]),
      roads: buildIndex([withoutExamples(loadPack(ROADS_PACK_DIR))]),
    };
    matches(CALIBRATION_WITHOUT_EXAMPLES, fitRows(bare, shipped(), false));
  }, 120_000);

  it('never gives an answer a confidence of 0 or 1, whatever the model says', () => {
    expect(confidenceOf(0.99999)).toBe(0.999);
    expect(confidenceOf(0.00001)).toBe(0.001);
    expect(confidenceOf(Number.NaN)).toBe(0.001);
    expect(confidenceOf(0.8234)).toBe(0.823);
  });

  it('gives a better match and more agreement from the examples a higher chance of being right', () => {
    const chance = (score: number, margin: number) =>
      rightChance({ withExamples: true, features: [score, margin, 0, Math.log(9)] });
    expect(chance(0.9, 0.2)).toBeGreaterThan(chance(0.5, 0.2));
    expect(chance(0.6, 1.5)).toBeGreaterThan(chance(0.6, -1));
    const bare = (score: number) => rightChance({ withExamples: false, features: [score, 0, Math.log(9)] });
    expect(bare(0.9)).toBeGreaterThan(bare(0.5));
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
    expect(reply.confidence).toBeCloseTo(rightChance(calibrationInput(q, index, raw)), 3);
    expect(reply.confidence).toBeGreaterThan(0.9);
    expect(reply.confidence).toBeLessThan(1);
    const declined = 'how many grooming cases were there in Scotland in 2015?';
    const decline = answerQuestion(declined, index);
    expect(decline.status).toBe('abstained');
    expect(decline.confidence).toBe(answerUncalibrated(declined, index).confidence);
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

  it('a follow-up is calibrated as the pipeline read it, with the turn before', () => {
    const prior = 'what share of cases involved snapchat?';
    const first = answerQuestion(prior, index);
    if (first.status !== 'answered') throw new Error('expected an answer');
    const fact = first.facts[0];
    if (!fact) throw new Error('expected a fact');
    const follow = answerUncalibrated('who said that?', index, {
      prior: { question: prior, packId: fact.packId, factIds: [fact.factId] },
    });
    expect(follow.status).toBe('answered');
    if (follow.status !== 'answered') return;
    expect(follow.readAs).toBeDefined();
    const { readAs, ...unread } = follow;
    const input = calibrationInput('who said that?', index, follow);
    expect(input).toEqual(calibrationInput(readAs ?? '', index, unread));
    expect(input).not.toEqual(calibrationInput('who said that?', index, unread));
  });

  it('a pack with too few example questions is read by the model fitted without them', () => {
    const roads = buildIndex([withoutExamples(loadPack(ROADS_PACK_DIR))]);
    const raw = answerUncalibrated('how many people were killed on eastmoor roads in 2023?', roads);
    expect(raw.status).toBe('answered');
    if (raw.status !== 'answered') return;
    expect(
      calibrationInput('how many people were killed on eastmoor roads in 2023?', roads, raw).withExamples,
    ).toBe(false);
  });

  it('the explanation states the calibrated confidence', () => {
    const reply = answerQuestion('what share of cases involved snapchat?', index, { explain: true });
    expect(reply.explain?.decision).toContain(`(confidence ${reply.confidence.toFixed(3)})`);
  });
});

// The understanding issue's bar: answers given with confidence 0.9 or more are right at least 95% of the time, on sets
// the model never saw (the held-out half and every set written after those it was fitted on), leaving out questions
// the packs' examples or the fitted sets hold word for word.
describe.each([
  ['NSPCC pack', 'nspcc', realIndex],
  ['roads pack', 'roads', roadsIndex],
] as const)('answer calibration on the sets that check it: %s', (_name, pack, indexOf) => {
  // (It answers every question of every set that checks it, which grows by a set a session: more than the default
  // 20 s on a busy machine.)
  it('answers with confidence ≥ 0.9 are right at least 95% of the time, more often than those below', () => {
    const rows = checkRows(pack, indexOf(), indexOf());
    const sure = rightAtOrAbove(rows, 0.9);
    expect(sure.answers).toBeGreaterThan(200);
    expect(sure.right / sure.answers).toBeGreaterThanOrEqual(0.95);
    const below = rows.filter((r) => r.confidence < 0.9);
    const belowRight = below.filter((r) => r.right).length / Math.max(1, below.length);
    expect(sure.right / sure.answers).toBeGreaterThan(belowRight);
  }, 90_000);
});
