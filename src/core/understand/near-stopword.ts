// A chat misspelling of a small word ("wer", "meny", "ovr", "durng"): one edit from a stopword.
import { FUNCTION_WORDS, STOPWORDS } from './lexicon.js';
import { editDistance } from './typo.js';

/** Common words of three letters or more a chat misspelling may be one edit from. */
const STOPS: readonly string[] = [...STOPWORDS].filter((w) => w.length >= 3);
const COMMON_WORDS: readonly string[] = [...STOPS, ...[...FUNCTION_WORDS].filter((w) => w.length >= 3)];

/**
 * The common word (a stopword, or with `functionWords` also a function word, of three letters or more) a word is one
 * edit from, if any. The caller decides that the word is no English word and no name it knows. (A question keeps
 * its function words out: "KIA" is no "via".)
 */
export function nearCommonWord(word: string, functionWords = true): string | undefined {
  if (word.length < 3) return undefined;
  for (const known of functionWords ? COMMON_WORDS : STOPS)
    if (Math.abs(known.length - word.length) <= 1 && editDistance(known, word) <= 1) return known;
  return undefined;
}
