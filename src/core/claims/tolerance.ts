// When a claimed figure agrees with the source's: the tolerance rules, one row per qualifier, written as a table.

import type { Qualifier } from './qualifiers.js';
import type { ClaimedFigure } from './read-figure.js';

/** How a claimed figure stands to the source's: agrees, disagrees, or the source cannot tell. */
export type FigureFit = 'match' | 'mismatch' | 'unsure';

/** The source's figure: its value, and whether the source gives only a lower bound ("over half"). */
export interface SourceFigure {
  value: number;
  lowerBound: boolean;
  percent: boolean;
}

/** Slack for "about"/"nearly": 5% of a count, or 3 percentage points of a share. */
export function looseness(claim: ClaimedFigure, percent: boolean): number {
  return Math.max(claim.rounding, percent ? 3 : claim.value * 0.05);
}

/** A "more than"/"under" claim is only fair when it is within this factor of the source (not "over 100" for 12,925). */
const FAIR_FACTOR = 0.5;

interface Rule {
  /** The rule in words, as the README and the tests state it. */
  rule: string;
  /** Against an exact source figure s (claim value c, rounding r, slack L). */
  exact: (c: number, s: number, r: number, L: number, percent: boolean) => FigureFit;
  /** Against a lower bound ("over s"): the truth t is somewhere above s. */
  lowerBound: (c: number, s: number, r: number, L: number, percent: boolean) => FigureFit;
}

const fair = (c: number, s: number, percent: boolean) =>
  percent ? Math.abs(c - s) <= 20 : c >= s * FAIR_FACTOR && c <= s / FAIR_FACTOR;

/** A floor under a source's own floor restates it only when close: "over 87%" misquotes "over 97 percent". */
const closeFloor = (c: number, s: number, r: number, percent: boolean) =>
  c >= s - Math.max(r, percent ? 5 : s * 0.1);

/** The tolerance table: how each qualifier a claim uses is checked against the source's figure. */
export const TOLERANCE: Readonly<Record<Qualifier, Rule>> = {
  bare: {
    rule: 'equal within the rounding its writing implies: "13k" or "13,000" (±500, at most 5%) for 12,925, "1.2k" for 1,220, "half" (±2.5 points) for 51%; restating a bound ("half" for "over half") agrees',
    exact: (c, s, r) => (Math.abs(c - s) <= r ? 'match' : 'mismatch'),
    lowerBound: (c, s, r) => (Math.abs(c - s) <= r ? 'match' : c < s ? 'mismatch' : 'unsure'),
  },
  about: {
    rule: 'about/around/roughly/approximately/some: within 5% of a count or 3 points of a share (or the rounding, if wider)',
    exact: (c, s, _r, L) => (Math.abs(c - s) <= L ? 'match' : 'mismatch'),
    lowerBound: (c, s, _r, L) => (Math.abs(c - s) <= L ? 'match' : c < s ? 'mismatch' : 'unsure'),
  },
  nearly: {
    rule: 'nearly/almost/just under/close to: the source is at or below the claim, by no more than 5% (3 points)',
    exact: (c, s, _r, L) => (s <= c && c - s <= L ? 'match' : 'mismatch'),
    // "Nearly half" says under half; the source says over it.
    lowerBound: (c, s, r) => (c <= s + r ? 'mismatch' : 'unsure'),
  },
  over: {
    rule: "over/more than/above: the source is above the claim, and the claim is a fair floor (at least half the source, or within 20 points; under a source's own floor, within 5 points or 10%)",
    exact: (c, s, _r, _L, percent) => (s > c ? (fair(c, s, percent) ? 'match' : 'unsure') : 'mismatch'),
    lowerBound: (c, s, r, _L, percent) => (c <= s + r && closeFloor(c, s, r, percent) ? 'match' : 'unsure'),
  },
  at_least: {
    rule: 'at least: the source is at or above the claim, and the claim is a fair floor',
    exact: (c, s, _r, _L, percent) => (s >= c ? (fair(c, s, percent) ? 'match' : 'unsure') : 'mismatch'),
    lowerBound: (c, s, r, _L, percent) => (c <= s + r && closeFloor(c, s, r, percent) ? 'match' : 'unsure'),
  },
  under: {
    rule: 'under/less than/fewer than/below: the source is below the claim, and the claim is a fair ceiling',
    exact: (c, s, _r, _L, percent) => (s < c ? (fair(c, s, percent) ? 'match' : 'unsure') : 'mismatch'),
    lowerBound: (c, s, r) => (c <= s + r ? 'mismatch' : 'unsure'),
  },
  at_most: {
    rule: 'at most/up to/no more than: the source is at or below the claim, and the claim is a fair ceiling',
    exact: (c, s, _r, _L, percent) => (s <= c ? (fair(c, s, percent) ? 'match' : 'unsure') : 'mismatch'),
    lowerBound: (c, s) => (c < s ? 'mismatch' : 'unsure'),
  },
  exactly: {
    rule: 'exactly/precisely: the very figure, written exactly; never a bound the source gives ("exactly half" for "over half")',
    exact: (c, s, r) => (r === 0 && c === s ? 'match' : 'mismatch'),
    lowerBound: (c, s) => (c <= s ? 'mismatch' : 'unsure'),
  },
};

/** Checks a claimed figure against the source's figure by the tolerance table. */
export function fitFigure(claim: ClaimedFigure, source: SourceFigure): FigureFit {
  const rule = TOLERANCE[claim.qualifier];
  const L = looseness(claim, source.percent);
  return source.lowerBound
    ? rule.lowerBound(claim.value, source.value, claim.rounding, L, source.percent)
    : rule.exact(claim.value, source.value, claim.rounding, L, source.percent);
}
