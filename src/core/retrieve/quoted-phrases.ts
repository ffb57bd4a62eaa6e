// Words a question quotes from the source ("Which platform accounts for 'over a third'?") and dates it asks about
// ("What happened in March 2019?"): when exactly one fact's quote holds them, they point at that fact.
import { foldText, splitWords } from '../../text/normalise.js';
import { STOPWORDS } from '../understand/lexicon.js';
import type { FactIndex, IndexedFact } from './build-index.js';

/**
 * A span in quotation marks: an apostrophe inside a word ("what's", "Facebook's") opens and closes none, and may stand
 * inside the span ("'it's reported to us'").
 */
const QUOTED =
  /(?<![\p{L}\p{N}])["“”‘’'`]((?:[^"“”‘’'`]|(?<=\p{L})['’](?=\p{L})){3,80})["“”‘’'`](?![\p{L}\p{N}])/gu;
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

/** The facts whose quote holds the span's words, when it has at least `minWords` of them. */
function holdersOf(index: FactIndex, span: string, minWords: number): IndexedFact[] {
  const words = wordsOf(span);
  if (words.trim().split(' ').length < minWords) return [];
  return quotesOf(index)
    .filter(([, quote]) => quote.includes(words))
    .map(([fact]) => fact);
}

/** The one fact whose quote holds the span, if exactly one does. */
function soleHolder(index: FactIndex, span: string): IndexedFact | undefined {
  const holders = holdersOf(index, span, 2);
  return holders.length === 1 ? holders[0] : undefined;
}

/** Asking for the source's own words: "what phrase did he use", "the exact wording", "what did X say about". */
const ASKS_WORDING =
  /\b(?:phrase|phrasing|wording|words|verbatim|word for word|exact(?:ly)?|quote|quoted|line|say|said|says|describe[sd]?|call(?:ed|s)?|characteri[sz]e[sd]?|put it)\b/u;

/** The facts that hold, alone, at least two word pairs of the question (no pair with a stop word). */
function sharedPairs(index: FactIndex, question: string): Set<IndexedFact> {
  const words = splitWords(foldText(question));
  const counts = new Map<IndexedFact, number>();
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1] ?? '';
    const b = words[i] ?? '';
    if (STOPWORDS.has(a) || STOPWORDS.has(b)) continue;
    const fact = soleHolder(index, `${a} ${b}`);
    if (fact) counts.set(fact, (counts.get(fact) ?? 0) + 1);
  }
  // Two pairs at least: one shared pair ("the prime") is too often chance (measured: one pair turned a right
  // answer in the fresh set wrong; two did not).
  return new Set([...counts].filter(([, n]) => n >= 2).map(([f]) => f));
}

/** The facts whose quote alone holds a span the question puts in quotation marks ("what does 'over half' refer to?"). */
export function factsQuoted(index: FactIndex, question: string): Set<IndexedFact> {
  const found = new Set<IndexedFact>();
  for (const m of question.matchAll(QUOTED)) {
    const fact = soleHolder(index, m[1] ?? '');
    if (fact) found.add(fact);
  }
  return found;
}

/**
 * True when the question puts in quotation marks words that no fact's quote holds ("what does 'over two thirds'
 * refer to?").
 */
export function quotesUnwritten(index: FactIndex, question: string): boolean {
  return [...question.matchAll(QUOTED)].some((m) => {
    const words = wordsOf(m[1] ?? '');
    return words.trim().split(' ').length >= 2 && !quotesOf(index).some(([, quote]) => quote.includes(words));
  });
}

/** At most this many facts may share a quoted span for it to point at them. */
const SHARED_QUOTE_HOLDERS = 2;

/**
 * The facts a question points at by quoting their source words (any question), by using them when it asks for
 * wording ("what phrase did Wanless use for the situation the health crisis created?"), or by a date only their
 * quote gives (a question asking what something refers to).
 */
export function quotedFacts(index: FactIndex, question: string, reverseLookup: boolean): Set<IndexedFact> {
  const found = factsQuoted(index, question);
  // (A quoted span of three words or more that two facts' quotes hold, "'turn a blind eye'", points at both: the
  // sentence and the fact that restates it.)
  for (const m of question.matchAll(QUOTED)) {
    const holders = holdersOf(index, m[1] ?? '', 3);
    if (holders.length <= SHARED_QUOTE_HOLDERS) for (const fact of holders) found.add(fact);
  }
  if (ASKS_WORDING.test(foldText(question))) for (const fact of sharedPairs(index, question)) found.add(fact);
  if (reverseLookup)
    for (const m of foldText(question).matchAll(DATE)) {
      const fact = soleHolder(index, m[0]);
      if (fact) found.add(fact);
    }
  return found;
}
