// The service's read-only view of the packs: topics, sources, one fact, and completions while typing.
import {
  findFact,
  listSources,
  listTopics,
  type PackSource,
  type PackTopics,
  suggestFacts,
  suggestQuestions,
} from '../core/catalogue.js';
import type { FactView } from '../core/reply.js';
import { type FactIndex, factKey } from '../core/retrieve/build-index.js';

export interface Catalogue {
  /** What the packs cover and do not (plain data). */
  topics(): PackTopics[];
  /** Where the packs' facts come from. */
  sources(): PackSource[];
  /** One fact by id, else the closest title; undefined when nothing is close. */
  fact(idOrTitle: string): FactView | undefined;
  /** The question a suggestion for this fact asks (so a click is asked like any question), if the fact exists. */
  suggestedQuestion(packId: string, factId: string): string | undefined;
  /** Questions from the packs matching what the user has typed so far. */
  completeQuestion(typed: string, limit: number): Array<{ question: string; factId: string }>;
  /** Fact ids and titles matching what the user has typed so far. */
  completeFact(typed: string, limit: number): Array<{ id: string; title: string }>;
}

export function createCatalogue(index: FactIndex): Catalogue {
  return {
    topics: () => listTopics(index),
    sources: () => listSources(index),
    fact: (idOrTitle) => findFact(index, idOrTitle),
    suggestedQuestion(packId, factId) {
      const fact = index.byKey.get(factKey(packId, factId));
      return fact ? (fact.fact.questions[0] ?? fact.fact.title) : undefined;
    },
    completeQuestion: (typed, limit) => suggestQuestions(index, typed, limit),
    completeFact: (typed, limit) => suggestFacts(index, typed, limit),
  };
}
