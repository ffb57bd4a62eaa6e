// "Did pedestrian casualties rise?" of a fact that gives only this year's count: which way it went is not in the
// source. A fact answers a question about direction when it gives a change (a rise or fall, or figures for two times
// to read one from) or is about a trend ("increased annually"); otherwise the question is declined, not answered with
// a figure that says nothing of the change.
import { isChangeFigure } from '../../pack/change.js';
import type { DeclineReason } from '../reply.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { asksDirection } from '../understand/direction-asked.js';
import { fitsAnswerType } from './answer-type-fit.js';

type ScopeDecline = Extract<DeclineReason, { code: 'not_covered' }>;

/** Words that say which way something went. */
const TREND_WORDS =
  /\b(?:increasingly|decreasingly|growing|shrinking|rising|rose|risen|increased|decreased|fell|fallen|falling|declined|declining|dropped|surged|grew|grown)\b/iu;

/** A fact about a trend in words: its measure says so, or its figure is a change. */
function statesTrend(fact: IndexedFact): boolean {
  return (
    fact.fact.figures.some(isChangeFigure) ||
    /\b(?:trend|change|rise|fall)\b/iu.test(fact.fact.measure ?? '') ||
    // (Or its statement says which way it went: "increasingly used in over half".)
    TREND_WORDS.test(fact.fact.statement)
  );
}

/** A decline when the (folded) question asks which way something went and the fact gives no change. */
export function directionUnstated(
  index: FactIndex,
  fact: IndexedFact,
  folded: string,
): ScopeDecline | undefined {
  if (!asksDirection(folded) || statesTrend(fact) || fitsAnswerType(index, fact, 'change', []))
    return undefined;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: 'how that changed from an earlier year',
    covered: [fact.fact.statement],
  };
}
