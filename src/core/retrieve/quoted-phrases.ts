// Words a question quotes from the source ("Which platform accounts for 'over a third'?") and dates it asks about
// ("What happened in March 2019?"): when exactly one fact's quote holds them, they point at that fact.
import { foldText, splitWords } from '../../text/normalise.js';
import type { FactIndex, IndexedFact } from './build-index.js';

const QUOTED = /["“”‘’'`]([^"“”‘’'`]{3,80})["“”‘’'`]/gu;
const MONTH = `(?:january|february|march|april|may|june|july|august|september|october|november|december)`;
const DATE = new RegExp(
  String.raw`\b${MONTH}(?: \d{1,2})?,? (?:19|20)\d\d\b|\b\d{1,2} ${MONTH},? (?:19|20)\d\d\b`,
  'gu',
);

/** Folded words joined by single spaces, so a quoted span matches however it was punctuated. */
const wordsOf = (text: string) => ` ${splitWords(foldText(text)).join(' ')} `;

const quoteWords = new WeakMap<FactIndex, Array<[IndexedFact, string]>>();

function quotesOf(index: FactIndex): Array<[IndexedFact, string]> {
  let quotes = quoteWords.get(index);
  if (!quotes) {
    quotes = index.facts.map((f): [IndexedFact, string] => [f, wordsOf(f.fact.quote)]);
    quoteWords.set(index, quotes);
  }
  return quotes;
}

/** The one fact whose quote holds the span, if exactly one does. */
function soleHolder(index: FactIndex, span: string): IndexedFact | undefined {
  const words = wordsOf(span);
  if (words.trim().split(' ').length < 2) return undefined;
  const holders = quotesOf(index).filter(([, quote]) => quote.includes(words));
  return holders.length === 1 ? holders[0]?.[0] : undefined;
}

/**
 * The facts a question points at by quoting their source words (any question) or by a date only their quote
 * gives (a question asking what something refers to).
 */
export function quotedFacts(index: FactIndex, question: string, reverseLookup: boolean): Set<IndexedFact> {
  const found = new Set<IndexedFact>();
  for (const m of question.matchAll(QUOTED)) {
    const fact = soleHolder(index, m[1] ?? '');
    if (fact) found.add(fact);
  }
  if (reverseLookup)
    for (const m of foldText(question).matchAll(DATE)) {
      const fact = soleHolder(index, m[0]);
      if (fact) found.add(fact);
    }
  return found;
}
