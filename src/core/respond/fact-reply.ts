// Builds the answered reply for one known fact: after matching, or when a suggestion button names it.

import type { FactAnswer, FactView } from '../reply.js';
import { type FactIndex, factKey, type IndexedFact } from '../retrieve/build-index.js';
import { packsOf, toFactView, toSuggestion } from './views.js';

/** The reply that answers `question` with `fact`, suggesting its related facts next. */
export function replyWithFact(
  index: FactIndex,
  fact: IndexedFact,
  question: string,
  confidence: number,
): FactAnswer {
  const view = toFactView(fact);
  const related = fact.fact.related
    .map((id) => index.byKey.get(factKey(fact.pack.pack.id, id)))
    .filter((f): f is IndexedFact => f !== undefined);
  return {
    status: 'answered',
    kind: 'fact',
    question,
    confidence: Math.min(1, confidence),
    facts: [view],
    citations: [view.citation],
    notes: [],
    suggestions: related.slice(0, 3).map(toSuggestion),
    packs: packsOf(index),
  };
}

/** The reply for a fact chosen by id (a clicked suggestion), or undefined if the packs no longer hold it. */
export function replyForFactId(index: FactIndex, packId: string, factId: string): FactAnswer | undefined {
  const fact = index.byKey.get(factKey(packId, factId));
  return fact ? replyWithFact(index, fact, fact.fact.questions[0] ?? fact.fact.title, 1) : undefined;
}

/** A reply that shows one fact in full (for `/stats fact`), with no question behind it. */
export function replyShowingFact(fact: FactView): FactAnswer {
  return {
    status: 'answered',
    kind: 'fact',
    question: '',
    confidence: 1,
    facts: [fact],
    citations: [fact.citation],
    notes: [],
    suggestions: [],
    packs: [],
  };
}
