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

  // Regression bars just under what the held-out half measures in aggregate (127/163, 1 false supported; its
  // items stay unread). The targets, 95% right and no false `supported`, are not reached yet.
  const result = evaluateClaims(heldOut, index);
  const misses = `${result.misses.length} misses (STATBOT_EVAL_SHOW_HELD_OUT=1 npm run eval lists them)`;
  it('gets at least 77% of held-out verdicts right', () => {
    expect(result.right / result.claims, misses).toBeGreaterThanOrEqual(0.77);
  });
  it('calls at most 1 held-out claim supported that is not', () => {
    expect(result.falseSupported, misses).toBeLessThanOrEqual(1);
  });

  // Scored once at the end of the session that built claim checking (81/105, 2 false supported), then kept;
  // measured in aggregate only since (84/105, no false supported).
  it('gets at least 79% of the fresh set right, with no false supported', () => {
    const fresh = evaluateClaims(loadClaimsCases(join(dir, 'fresh.yml')), index);
    expect(fresh.right / fresh.claims).toBeGreaterThanOrEqual(0.79);
    expect(fresh.falseSupported).toBe(0);
  });

  // Scored once at the end of the session that halved false supported (105/130, 1 false supported), before anyone
  // read it.
  it('gets at least 80% of the fresh-2 set right, with at most 1 false supported', () => {
    const fresh2 = evaluateClaims(loadClaimsCases(join(dir, 'fresh-2.yml')), index);
    expect(fresh2.right / fresh2.claims).toBeGreaterThanOrEqual(0.8);
    expect(fresh2.falseSupported).toBeLessThanOrEqual(1);
  });

  // Scored once at the end of the session that read claims without their frames (132/164, 2 false supported),
  // before anyone read it.
  it('gets at least 80% of the fresh-3 set right, with at most 2 false supported', () => {
    const fresh3 = evaluateClaims(loadClaimsCases(join(dir, 'fresh-3.yml')), index);
    expect(fresh3.right / fresh3.claims).toBeGreaterThanOrEqual(0.8);
    expect(fresh3.falseSupported).toBeLessThanOrEqual(2);
  });

  // Scored at the start and the end of the session that read contained phrasings (141/172 both times, 1 false
  // supported), before anyone read it; the false supported was then fixed (a share of one platform said of none).
  it('gets at least 81% of the fresh-4 set right, calling no claim supported that is not', () => {
    const fresh4 = evaluateClaims(loadClaimsCases(join(dir, 'fresh-4.yml')), index);
    expect(fresh4.right / fresh4.claims).toBeGreaterThanOrEqual(0.81);
    expect(fresh4.falseSupported).toBe(0);
  });

  // Scored once at 4281e14 before anyone read it (128/173, 3 false supported); read since, and the three fixed.
  it('gets at least 75% of the fresh-5 set right, calling no claim supported that is not', () => {
    const fresh5 = evaluateClaims(loadClaimsCases(join(dir, 'fresh-5.yml')), index);
    expect(fresh5.right / fresh5.claims).toBeGreaterThanOrEqual(0.75);
    expect(fresh5.falseSupported).toBe(0);
  });

  // Scored twice before anyone read it (131/163 then 132/163, 1 false supported); read since, and that one fixed.
  it('gets at least 81% of the fresh-6 set right, calling no claim supported that is not', () => {
    const fresh6 = evaluateClaims(loadClaimsCases(join(dir, 'fresh-6.yml')), index);
    expect(fresh6.right / fresh6.claims).toBeGreaterThanOrEqual(0.81);
    expect(fresh6.falseSupported).toBe(0);
  });

  // Scored twice before anyone read it (127/165, 1 false supported both times); read since, and that one fixed.
  it('gets at least 77% of the fresh-7 set right, calling no claim supported that is not', () => {
    const fresh7 = evaluateClaims(loadClaimsCases(join(dir, 'fresh-7.yml')), index);
    expect(fresh7.right / fresh7.claims).toBeGreaterThanOrEqual(0.77);
    expect(fresh7.falseSupported).toBe(0);
  });

  it('gets at least 92% of tuning verdicts right and calls no tuning claim supported that is not', () => {
    const t = evaluateClaims(tuning, index);
    expect(t.right / t.claims).toBeGreaterThanOrEqual(0.92);
    expect(t.falseSupported).toBe(0);
    expect(t.extraSupported).toBe(0);
  });
});
