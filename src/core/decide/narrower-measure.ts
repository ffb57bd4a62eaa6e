// A best match whose own measure is not the one asked, but a wider one that only lists it among its words: "are road
// deaths below the average?" of the killed-or-seriously-injured (KSI) total, whose keywords say "killed". The fact that
// measures by the asked word answers instead when it matches nearly as well; when it was turned away only for its
// year ("the 2015-2019 average for serious injuries"), the question is declined for that year rather than answered
// with the wider measure's figure.
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import type { ScoredFact } from '../retrieve/score.js';
import type { Analysis } from '../understand/analyse.js';
import { findMismatch, type Mismatch } from './guards.js';
import { EVENTS, isMeasureWord, measureTermsOf } from './measure-elsewhere.js';

/** How far below the best match the fact measuring the asked word may score and still be preferred. */
const NARROWER_MARGIN = 0.15;

/**
 * Stems that say how a figure is given (a percentage, a share, a total, an average), not what it measures: "by how
 * much did total casualties differ, in percentage terms?" asks nothing of a share's fact.
 */
const HOW_GIVEN: ReadonlySet<string> = new Set([
  'percent',
  'percentag',
  'share',
  'proport',
  'number',
  'total',
  'figur',
  'rate',
  'count',
  'averag',
  'term',
]);

/** What to do instead of the best match: answer with another fact, or decline for the year that fact was turned from. */
export type Narrower =
  | { kind: 'answer'; scored: ScoredFact }
  | { kind: 'decline'; excluded: { scored: ScoredFact; mismatch: Mismatch } };

/** The words a fact's `measure` names one of the pack's measures by (not "people", nor the event people are hurt in). */
function measuredBy(index: FactIndex, fact: IndexedFact): string[] {
  return [...measureTermsOf(index, fact)].filter(
    (t) => t !== 'peopl' && !HOW_GIVEN.has(t) && !EVENTS.has(t) && isMeasureWord(index, fact, t),
  );
}

/** The fact that measures by the asked words, where the best match's own measure is another one; see the top. */
export function narrowerMeasure(
  index: FactIndex,
  analysis: Analysis,
  best: ScoredFact,
  scored: readonly ScoredFact[],
  allowed: readonly ScoredFact[],
): Narrower | undefined {
  // (Only between figures: what someone said is matched on its words.)
  if (best.fact.fact.figures.length === 0) return undefined;
  const own = measuredBy(index, best.fact);
  const asked = analysis.terms.filter(
    (t) =>
      !t.startsWith('@') &&
      t !== 'peopl' &&
      !HOW_GIVEN.has(t) &&
      !EVENTS.has(t) &&
      isMeasureWord(index, best.fact, t),
  );
  if (own.length === 0 || asked.length === 0 || asked.some((t) => own.includes(t))) return undefined;
  const narrower = scored.find((s) => {
    if (s.fact === best.fact || s.fact.pack !== best.fact.pack || s.fact.fact.figures.length === 0)
      return false;
    const by = measuredBy(index, s.fact);
    return asked.every((t) => by.includes(t)) && !by.some((t) => own.includes(t));
  });
  if (!narrower) return undefined;
  if (allowed.includes(narrower))
    return narrower.score >= best.score - NARROWER_MARGIN ? { kind: 'answer', scored: narrower } : undefined;
  // (Turned away, it scores low for the very period words that turned it away: no margin.)
  const mismatch = findMismatch(index, narrower.fact, analysis);
  // (It is what the question is about: the decline speaks for it with the best match's standing.)
  const about = { ...narrower, score: Math.max(narrower.score, best.score) };
  return mismatch?.kind === 'year' ? { kind: 'decline', excluded: { scored: about, mismatch } } : undefined;
}
