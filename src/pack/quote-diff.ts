// Says where a quote that is not word for word in its source differs from the closest source text.

const MAX_SHOWN_WORDS = 40;

function wordsOf(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}

/** The start in `source` where most of `quote`'s words line up, word for word, and how many do. */
function bestAlignment(source: readonly string[], quote: readonly string[]): { at: number; matches: number } {
  let best = { at: 0, matches: -1 };
  for (let at = -quote.length + 1; at < source.length; at++) {
    let matches = 0;
    for (let k = 0; k < quote.length; k++) if (source[at + k] === quote[k]) matches++;
    if (matches > best.matches) best = { at, matches };
  }
  return best;
}

/**
 * One or two sentences for an author: the closest text in the source, with the first word that differs marked
 * `»like this«`, and what the quote has there instead.
 */
export function describeQuoteDifference(sourceText: string, quote: string): string {
  const source = wordsOf(sourceText);
  const words = wordsOf(quote);
  if (words.length === 0 || source.length === 0) return 'The quote or the source text is empty.';
  const { at, matches } = bestAlignment(source, words);
  if (matches <= 0) return 'No part of the source text is close to it: is it from another document?';
  const first = words.findIndex((w, k) => source[at + k] !== w);
  const start = Math.max(0, at);
  const end = Math.min(source.length, at + words.length, start + MAX_SHOWN_WORDS);
  const shown = source
    .slice(start, end)
    .map((w, i) => (start + i === at + first ? `»${w}«` : w))
    .join(' ');
  const theirs = source[at + first];
  const ours = words[first];
  const where =
    theirs === undefined
      ? `the quote goes on past the source text with "${ours}"`
      : `word ${first + 1} of the quote is "${ours}" where the source has "${theirs}"`;
  return `Closest source text: "${start > 0 ? '…' : ''}${shown}${end < source.length ? '…' : ''}"; ${where}.`;
}
