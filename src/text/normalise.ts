// Folds text to comparable lower-case words: accents, curly quotes, invisible characters and punctuation.

const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const COMBINING = /\p{M}+/gu;

/** Lower-case, accent-free, straight-quoted text with invisible and control characters removed. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING, '')
    .replace(INVISIBLE, ' ')
    .replace(/[\u2018\u2019\u201B\u2032`´]/gu, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/gu, '"')
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .toLowerCase();
}

/**
 * "US" in capitals, in a text that is not all capitals, names the country ("Over Half Of US Cases"), not "us": it is
 * read as "the US". (In a shouted text, "WHAT ABOUT US", it may be either, and stays.)
 */
/** Words before which "US" is the country already named ("the US") or "us" shouted ("Let US know"). */
const BEFORE_US = /\b(?:the|let|tell|give|help|join|follow|show|ask|email|call|contact|text|dm|message)\s$/iu;
export function withCountryUS(text: string): string {
  if (!/\p{Ll}/u.test(text)) return text;
  return text.replace(/\bUS\b/gu, (us, at: number) => (BEFORE_US.test(text.slice(0, at)) ? us : 'the US'));
}

// A word is letters/digits with inner apostrophes, hyphens, dots or commas (so "1,220", "covid-19", "e2e").
const WORD = /[\p{L}\p{N}]+(?:['.,-][\p{L}\p{N}]+)*%?|%/gu;

/** Splits folded text into words; possessive "'s" is dropped ("facebook's" → "facebook"). */
export function splitWords(folded: string): string[] {
  const words: string[] = [];
  for (const m of folded.matchAll(WORD)) {
    let w = m[0];
    if (w.endsWith("'s")) w = w.slice(0, -2);
    else if (w.endsWith("s'")) w = w.slice(0, -1);
    words.push(w);
  }
  return words;
}
