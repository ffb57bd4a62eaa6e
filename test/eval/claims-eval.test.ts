import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateClaims, loadClaimsCases } from '../../src/eval/claims-eval.js';
import { realIndex } from '../helpers/real-pack.js';

const index = realIndex();
const dir = join('test', 'eval', 'claims');

describe('blind claims sets (written from the article alone, split by a hash before anyone read them)', () => {
  const tuning = loadClaimsCases(join(dir, 'tuning.yml'));
  const heldOut = loadClaimsCases(join(dir, 'held-out.yml'));

  it('are big enough and hold all four verdicts', () => {
    const claims = [...tuning, ...heldOut].flatMap((m) => m.claims);
    expect(claims.length).toBeGreaterThanOrEqual(200);
    for (const verdict of ['supported', 'contradicted', 'different_scope', 'not_in_source'])
      expect(claims.filter((c) => c.verdict === verdict).length).toBeGreaterThanOrEqual(40);
  });

  // Regression bars at what the held-out half measured at the end of the session (116/163, 9 false supported),
  // minus a small margin. The targets, 95% right and no false `supported`, are not reached yet.
  const result = evaluateClaims(heldOut, index);
  const misses = `${result.misses.length} misses (STATBOT_EVAL_SHOW_HELD_OUT=1 npm run eval lists them)`;
  it('gets at least 69% of held-out verdicts right', () => {
    expect(result.right / result.claims, misses).toBeGreaterThanOrEqual(0.69);
  });
  it('calls at most 9 held-out claims supported that are not', () => {
    expect(result.falseSupported, misses).toBeLessThanOrEqual(9);
  });

  // Scored once at the end of the session that built claim checking (81/105, 2 false supported), then kept.
  it('gets at least 75% of the fresh set right, with at most 2 false supported', () => {
    const fresh = evaluateClaims(loadClaimsCases(join(dir, 'fresh.yml')), index);
    expect(fresh.right / fresh.claims).toBeGreaterThanOrEqual(0.75);
    expect(fresh.falseSupported).toBeLessThanOrEqual(2);
  });

  it('gets at least 88% of tuning verdicts right, with at most 2 false supported', () => {
    const t = evaluateClaims(tuning, index);
    expect(t.right / t.claims).toBeGreaterThanOrEqual(0.88);
    expect(t.falseSupported).toBeLessThanOrEqual(2);
  });
});
