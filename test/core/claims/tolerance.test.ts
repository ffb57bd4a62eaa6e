import { describe, expect, it } from 'vitest';
import { readFigures } from '../../../src/core/claims/read-figure.js';
import { fitFigure, type SourceFigure } from '../../../src/core/claims/tolerance.js';

const exact = (value: number, percent = false): SourceFigure => ({ value, lowerBound: false, percent });
const over = (value: number, percent = true): SourceFigure => ({ value, lowerBound: true, percent });

function fitOf(claim: string, source: SourceFigure) {
  const figure = readFigures(claim)[0];
  if (!figure) throw new Error(`no figure read in ${JSON.stringify(claim)}`);
  return fitFigure(figure, source);
}

describe('tolerance rules, by qualifier', () => {
  it.each([
    // bare: equal within the rounding the writing implies
    ['13k offences', exact(12925), 'match'],
    ['13,000 offences', exact(12925), 'match'],
    ['12,925 offences', exact(12925), 'match'],
    ['12,926 offences', exact(12925), 'mismatch'],
    ['12,000 offences', exact(12925), 'mismatch'],
    ['10,000 offences', exact(12925), 'mismatch'],
    ['twelve thousand offences', exact(12925), 'mismatch'],
    ['1.2k cases', exact(1220), 'match'],
    ['1,200 cases', exact(1220), 'match'],
    ['1,000 cases', exact(1220), 'mismatch'],
    ['half of cases', exact(51, true), 'match'],
    ['50% of cases', exact(51, true), 'match'],
    ['52% of cases', exact(51, true), 'mismatch'],
    ['a fifth of instances', exact(20, true), 'match'],
    ['one in five instances', exact(20, true), 'match'],
    ['a quarter of instances', exact(20, true), 'mismatch'],
    ['a third of cases', over(33.3), 'match'],
    ['40% of cases', over(33.3), 'unsure'],
    ['30% of cases', over(33.3), 'mismatch'],
    // about / around / roughly: 5% of a count, 3 points of a share
    ['roughly 13,000 offences', exact(12925), 'match'],
    ['about 12,000 offences', exact(12925), 'mismatch'],
    ['around 1,250 cases', exact(1220), 'match'],
    ['about half', exact(51, true), 'match'],
    ['about 45%', exact(51, true), 'mismatch'],
    ['about half', over(50), 'match'],
    // nearly / almost / just under: at or below the claim, close to it
    ['nearly 13,000 offences', exact(12925), 'match'],
    ['almost 1,300 cases', exact(1220), 'mismatch'],
    ['nearly half', exact(51, true), 'mismatch'],
    ['almost half', over(50), 'mismatch'],
    // over / more than / above: the source is above the claim, and the floor is fair
    ['more than a third', over(33.3), 'match'],
    ['over 30%', over(33.3), 'match'],
    ['over 87%', over(97), 'unsure'],
    ['more than a quarter', over(33.3), 'unsure'],
    ['over half', exact(51, true), 'match'],
    ['more than half', exact(50, true), 'mismatch'],
    ['over 12,000 offences', exact(12925), 'match'],
    ['more than 1,000 cases', exact(1220), 'match'],
    ['more than 100 offences', exact(12925), 'unsure'],
    ['over 13,000 offences', exact(12925), 'mismatch'],
    ['over 40%', over(33.3), 'unsure'],
    // at least
    ['at least half', over(50), 'match'],
    ['at least 1,220 cases', exact(1220), 'match'],
    ['at least 1,300 cases', exact(1220), 'mismatch'],
    // under / less than / fewer than / below
    ['fewer than 13,000 offences', exact(12925), 'match'],
    ['less than half', exact(51, true), 'mismatch'],
    ['under a third', over(33.3), 'mismatch'],
    ['fewer than 1,000 cases', exact(1220), 'mismatch'],
    // at most / up to
    ['up to 13,000 offences', exact(12925), 'match'],
    ['at most 1,000 cases', exact(1220), 'mismatch'],
    // exactly / precisely
    ['exactly 12,925 offences', exact(12925), 'match'],
    ['exactly 13,000 offences', exact(12925), 'mismatch'],
    ['exactly half', over(50), 'mismatch'],
  ] as const)('%s against %o → %s', (claim, source, expected) => {
    expect(fitOf(claim, source)).toBe(expected);
  });
});
