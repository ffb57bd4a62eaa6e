// "Of the 1,220 cases recorded between April and June, 51 percent involved Facebook-owned apps": the share after the
// base is what the clause claims, and the base says what it is a share of.

import { type FactIndex, factKey, type IndexedFact, sameSentence } from '../retrieve/build-index.js';
import { analyseText } from '../understand/analyse.js';
import { checkFigure } from './check-figure.js';
import type { ClaimedFigure } from './read-figure.js';
import { coverageOf, type Reading, verdict } from './reading.js';
import { factFigures } from './source-figures.js';
import { fitFigure } from './tolerance.js';
import type { ClaimCheck } from './types.js';

/** The facts that state a figure the claimed base fits. */
function factsStating(index: FactIndex, figure: ClaimedFigure): IndexedFact[] {
  return index.facts.filter((f) =>
    factFigures(f).some((g) => g.kind === figure.kind && fitFigure(figure, g) === 'match'),
  );
}

/**
 * Whether a fact's figure is a share of what another fact counts: both stand in one sentence of the source ("1,220
 * … were recorded …, with … 51 percent of cases"), or every word of (a part of) the base the share is of is the
 * count's own ("over a third of the cases" is of "the criminal cases of online grooming recorded between April and
 * June").
 */
function ofBase(index: FactIndex, share: IndexedFact, count: IndexedFact, display: string | null): boolean {
  if (sameSentence(share, count)) return true;
  // (A share whose base the pack does not write down may be of it: nothing says otherwise.)
  if (!share.fact.base) return true;
  // Each part of the base it writes ("a tenth is of all casualties; a quarter (64) is of those killed or seriously
  // injured"), read from its last "of": one whose every word the count's fact uses.
  // (The part naming the share's own figure, when one does: "a quarter (64) is of…" for the 64.)
  const parts = share.fact.base.split(/[;,]/u);
  const own = parts.filter((part) => display !== null && part.includes(display));
  return (own.length > 0 ? own : parts).some((part) => {
    const words = part.slice(part.lastIndexOf(' of ') + 1 || 0);
    const terms = analyseText(words, index.vocab, false).terms.filter((t) => !/^\d/u.test(t));
    return terms.length > 0 && terms.every((t) => count.weights.has(t));
  });
}

/**
 * Checks the share of a clause that opens with its base. The base must be a figure the source states (else that is
 * the claim's error), the share is checked as any figure is, and a share the source supports must be of that base:
 * the 51 percent is of the 1,220 lockdown cases, whose figure its quote gives, not of the 12,925 offences. A share
 * the checker can only set against the base itself ("Of the 12,925 offences…, 900 were in Wales") is a part of a
 * total the source does not split.
 */
export function checkShareOfBase(
  index: FactIndex,
  reading: Reading,
  share: ClaimedFigure,
  base: ClaimedFigure,
): ClaimCheck {
  const others = reading.figures.filter((f) => f !== share && f !== base);
  const bases = factsStating(index, base);
  if (bases.length === 0) return checkFigure(index, { ...reading, figures: [base, share, ...others] }, base);
  const check = checkFigure(index, { ...reading, figures: [share, ...others] }, share);
  const fact =
    check.packId && check.factId ? index.byKey.get(factKey(check.packId, check.factId)) : undefined;
  // (Unless that fact states the share too: "98 casualties, of whom 21 were killed or seriously injured".)
  const statesShare = fact
    ? factFigures(fact).some((g) => g.kind === share.kind && fitFigure(share, g) === 'match')
    : false;
  if (fact && bases.includes(fact) && check.verdict !== 'supported' && !statesShare)
    return verdict(
      { ...reading, figures: [share] },
      'not_in_source',
      `The source gives no breakdown of ${base.raw} like this; ${coverageOf(index)}`,
    );
  if (check.verdict !== 'supported' || !fact) return check;
  if (bases.some((b) => b === fact || ofBase(index, fact, b, check.sourceFigure))) return check;
  return {
    ...check,
    verdict: 'different_scope',
    dimension: 'base',
    explanation: `The source gives ${check.sourceFigure} (${labelOf(fact, check.sourceFigure)}), not as a share of ${base.raw} (the base differs).`,
  };
}

/** The label of a fact's figure shown as `display`, or its measure. */
function labelOf(fact: IndexedFact, display: string | null): string {
  return factFigures(fact).find((f) => f.figure.display === display)?.figure.label ?? fact.fact.measure;
}
