// A second, independent ranking of a pack's facts for a question: MiniSearch (BM25 with stemming, fuzzy and prefix
// matching, field boosts) over each fact's statement, quote, phrasings, keywords and the pack's example questions
// labelled with it. Built the first time a pack is asked. It settles nothing alone: a weak best match it ranks first,
// and that the example model reads the same way, is answered (figure handler).
import MiniSearch from 'minisearch';
import type { Pack } from '../../pack/schema.js';
import { foldText } from '../../text/normalise.js';
import { stem } from '../understand/analyse.js';

/** Words that say nothing about which fact is asked for. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  'the a an of to in on for and or is was were what how many much did does do it its this that by with at from be are as which who s'.split(
    ' ',
  ),
);

interface FactDocument {
  id: string;
  statement: string;
  quote: string;
  questions: string;
  keywords: string;
  examples: string;
}

const searches = new WeakMap<Pack, MiniSearch<FactDocument>>();

function searchOf(pack: Pack): MiniSearch<FactDocument> {
  let search = searches.get(pack);
  if (!search) {
    search = new MiniSearch<FactDocument>({
      fields: ['statement', 'quote', 'questions', 'keywords', 'examples'],
      processTerm: (term) => {
        const word = foldText(term.toLowerCase());
        return STOP_WORDS.has(word) ? null : stem(word);
      },
      searchOptions: {
        boost: { statement: 2, questions: 1.5, keywords: 2, examples: 1 },
        fuzzy: 0.2,
        prefix: true,
      },
    });
    const examples = new Map<string, string[]>();
    for (const e of pack.examples ?? [])
      if ('fact' in e) examples.set(e.fact, [...(examples.get(e.fact) ?? []), e.q]);
    search.addAll(
      pack.facts.map((f) => ({
        id: f.id,
        statement: f.statement,
        quote: f.quote,
        questions: f.questions.join('\n'),
        keywords: f.keywords.join('\n'),
        examples: (examples.get(f.id) ?? []).join('\n'),
      })),
    );
    searches.set(pack, search);
  }
  return search;
}

/** The id of the pack's fact MiniSearch ranks first for the question, if any matches at all. */
export function searchTop(pack: Pack, question: string): string | undefined {
  const hit = searchOf(pack).search(question)[0];
  return hit ? String(hit.id) : undefined;
}

/** Builds the packs' MiniSearch indexes now, so the first weak match does not wait for one. */
export function warmExampleSearches(packs: readonly Pack[]): void {
  for (const pack of packs) searchOf(pack);
}
