// Misspellings in chat ("fb owned apps wer used in ovr half", "kids targetted durng lockdwn"): no topic the claim adds.
import { isEnglishWord } from '../understand/english-words.js';
import { FUNCTION_WORDS, STOPWORDS } from '../understand/lexicon.js';
import { editDistance } from '../understand/typo.js';

/**
 * True when a word the tagger read as a noun is a chat misspelling of a common word or of one of the fact's own words:
 * written in lower case (a name such as "Barnardo's" is capitalised, and is a subject the claim adds), not an English
 * word, and one edit from a function word ("wer", "ovr") or, from five letters on, one edit from a word the fact's
 * stems hold ("targetted", "lockdwn").
 */
export function isChatTypo(word: string, text: string, factStems: ReadonlySet<string>): boolean {
  if (isEnglishWord(word) || !new RegExp(String.raw`(?:^|[^\p{L}])${word}(?:$|[^\p{L}])`, 'u').test(text))
    return false;
  for (const known of [...STOPWORDS, ...FUNCTION_WORDS])
    if (known.length >= 3 && Math.abs(known.length - word.length) <= 1 && editDistance(known, word) <= 1)
      return true;
  if (word.length < 5) return false;
  for (const s of factStems)
    if (
      s.length >= 4 &&
      Math.abs(s.length - word.length) <= 2 &&
      editDistance(s, word.slice(0, s.length + 1)) <= 1
    )
      return true;
  return false;
}
