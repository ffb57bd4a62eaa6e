// Misspellings in chat ("fb owned apps wer used in ovr half", "kids targetted durng lockdwn"): no topic the claim adds.
import { isEnglishWord } from '../understand/english-words.js';
import { nearCommonWord } from '../understand/near-stopword.js';
import { editDistance } from '../understand/typo.js';

/** Words that turn or bound a claim: a misspelling of one is never set aside. */
const TURNS_THE_CLAIM: ReadonlySet<string> = new Set(
  "not no nor never didn't wasn't weren't isn't aren't don't doesn't hasn't haven't hadn't won't can't cannot over under about around above below less more fewer almost nearly than only just".split(
    ' ',
  ),
);

/**
 * True when a word the tagger read as a noun is a chat misspelling of a common word or of one of the fact's own words:
 * written in lower case (a name such as "Barnardo's" is capitalised, and is a subject the claim adds), not an English
 * word, and one edit from a function word ("wer", "ovr") or, from five letters on, one edit from a word the fact's
 * stems hold ("targetted", "lockdwn").
 */
export function isChatTypo(word: string, text: string, factStems: ReadonlyMap<string, unknown>): boolean {
  if (isEnglishWord(word) || !new RegExp(String.raw`(?:^|[^\p{L}])${word}(?:$|[^\p{L}])`, 'u').test(text))
    return false;
  const known = nearCommonWord(word);
  // A misspelt negation or bound ("nt", "didnt", "ovr") changes what the claim says: it stays unread.
  if (known) return !TURNS_THE_CLAIM.has(known);
  if (word.length < 5) return false;
  for (const s of factStems.keys())
    if (
      s.length >= 4 &&
      Math.abs(s.length - word.length) <= 2 &&
      editDistance(s, word.slice(0, s.length + 1)) <= 1
    )
      return true;
  return false;
}
