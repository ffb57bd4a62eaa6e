// Words that describe a pack's source as a whole ("the NSPCC grooming research"): they say which source a question
// is about, not which fact, so a fact is not marked down for lacking them.
import type { Analysis } from '../understand/analyse.js';
import { analyseText } from '../understand/analyse.js';
import type { FactIndex } from './build-index.js';

const contextOf = new WeakMap<FactIndex, Set<string>>();

/** The terms of every pack's title, built once per index. */
function contextTerms(index: FactIndex): Set<string> {
  let terms = contextOf.get(index);
  if (!terms) {
    // Title words most facts use ("grooming", "online") still tell facts apart; the rarer ones ("research") only
    // name the source.
    const maxFacts = Math.max(1, Math.floor(index.facts.length / 4));
    terms = new Set(
      index.packs
        .flatMap((p) => analyseText(p.pack.title, index.vocab, false).terms)
        .filter((t) => (index.postings.get(t)?.length ?? 0) <= maxFacts),
    );
    contextOf.set(index, terms);
  }
  return terms;
}

/**
 * The analysis with the rarer words of the packs' titles made optional (they count only where a fact has them), when the
 * question has other terms to go on. Named things stay required: "what did the NSPCC say" is about the NSPCC.
 */
export function withContextOptional(index: FactIndex, analysis: Analysis): Analysis {
  const context = contextTerms(index);
  const isContext = (t: string) => context.has(t) && !t.startsWith('@');
  const content = analysis.terms.filter((t) => !isContext(t));
  if (content.length === 0 || content.length === analysis.terms.length) return analysis;
  return {
    ...analysis,
    terms: content,
    optionalTerms: [...analysis.optionalTerms, ...analysis.terms.filter(isContext)],
  };
}
