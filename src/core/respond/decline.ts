// A declined reply, and the lists of what the packs do cover that a decline names.

import { type Abstention, ANSWER_THRESHOLD, type DeclineReason } from '../reply.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { packsOf, toSuggestion } from './views.js';

const BELOW_THRESHOLD = ANSWER_THRESHOLD - 0.01;

/** A declined reply; its confidence is kept below the answering threshold. */
export function decline(
  index: FactIndex,
  question: string,
  reason: DeclineReason,
  confidence = 0,
  near: IndexedFact[] = [],
): Abstention {
  return {
    status: 'abstained',
    question,
    reason,
    confidence: Math.min(confidence, BELOW_THRESHOLD),
    suggestions: near.slice(0, 3).map(toSuggestion),
    packs: packsOf(index),
    citations: [],
  };
}

/** What the packs cover of one kind of thing, for a decline that says what is there instead. */
export function coveredList(
  index: FactIndex,
  kind: 'platform' | 'place' | 'year' | 'measure' | 'number' | 'other',
): string[] {
  const covers = index.packs.map((p) => p.pack.covers);
  switch (kind) {
    case 'platform':
      return covers.flatMap((c) => c.platforms);
    case 'place':
      return covers.flatMap((c) => c.places);
    case 'year':
      return covers.flatMap((c) => c.periods);
    case 'number':
      return index.facts.flatMap((f) => f.fact.figures.map((g) => g.display));
    default:
      return covers.map((c) => c.summary);
  }
}
