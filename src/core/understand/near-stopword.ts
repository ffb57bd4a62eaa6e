// A chat misspelling of a small word ("wer", "meny", "ovr", "durng"): one edit from a stopword.
import { FUNCTION_WORDS, STOPWORDS } from './lexicon.js';
import { editDistance } from './typo.js';

/** Common words of three letters or more a chat misspelling may be one edit from (what the claim checker reads). */
const COMMON_WORDS: readonly string[] = [...STOPWORDS, ...FUNCTION_WORDS].filter((w) => w.length >= 3);

/**
 * The small words a question's misspelling is read as: the question words, auxiliaries, pronouns and linking words
 * chat misspells ("wer", "meny", "thier", "becuase"). Not the rest of the stopwords: a name one edit from "very",
 * "like", "its", "can" or "him" ("vero", "likee", "ITV", "CNN", "Kim") is what the question is about.
 */
const QUESTION_WORDS: readonly string[] =
  `were where what when which there their they them these those many much have does
from with this that about because would could should between during before after other only also just some into than
then your what's`.split(/\s+/u);

/**
 * The common word a word is one edit from, if any: any stopword or function word of three letters or more (claims), or
 * with `question` only the small words questions misspell. The caller decides that the word is no English word and no
 * name it knows. (A question keeps its function words out: "KIA" is no "via".)
 */
export function nearCommonWord(word: string, question = false): string | undefined {
  if (word.length < 3) return undefined;
  for (const known of question ? QUESTION_WORDS : COMMON_WORDS)
    if (Math.abs(known.length - word.length) <= 1 && editDistance(known, word) <= 1) return known;
  return undefined;
}
