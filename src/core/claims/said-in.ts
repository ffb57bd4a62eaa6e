// What a source says, for statements: the words of a fact's quote and statement, and the denials its quote makes.
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { analyseText, stem } from '../understand/analyse.js';

/** A negation and the words it denies: up to three in a quote, up to five in a claim. */
const NEGATION = String.raw`(?:n't|n’t|\b(?:not|never|no longer|wont|dont|cant|isnt|arent|wasnt|werent|doesnt|didnt|wouldnt|couldnt|shouldnt))`;
/** A word the quote denies by its prefix: "unidentified", "unreported". */
const UN_WORD = /\bun(\p{L}{4,})/gu;
/** A quote also denies by failing or going without: "by failing to incorporate safety measures". */
const QUOTE_NEGATION = String.raw`(?:${NEGATION}|\bfail(?:s|ed|ing)? to|\bwithout)`;
// (A denial runs on through "and"/"or" to the word after it: "no longer being identified and reported".)
const QUOTE_DENIES = new RegExp(
  String.raw`${QUOTE_NEGATION}((?:\s+(?!(?:and|or)\b)\p{L}+){1,3}(?:\s+(?:and|or)\s+\p{L}+)?)`,
  'gu',
);
/** A list the quote denies, to its end ("not hackers, criminals, over-reaching governments, or even the people operating …"). */
const QUOTE_DENIES_RUN = new RegExp(String.raw`${NEGATION}((?:\s+[\p{L}-]+,?){1,12})`, 'gu');
// (The claim's negated words may come a little later: "shouldn't be seen by hackers" for "… not hackers".)
const CLAIM_DENIES = new RegExp(String.raw`${NEGATION}((?:\s+\p{L}+){1,5})`, 'gu');
/** The same in a quote, with hyphens and the commas of a list ("not hackers, criminals, over-reaching …"). */
const QUOTE_DENIES_LIST = new RegExp(String.raw`${NEGATION}((?:\s+[\p{L}-]+,?){1,4})`, 'gu');

/** Whether each negation in the claim is one the quote makes too, of the same word ("no longer … identified"). */
export function deniedInQuote(lower: string, quote: string): boolean {
  const stems = (words: string) =>
    words
      .trim()
      .split(/\s+/u)
      .map((w) => w.slice(0, 4));
  const quoted = [
    ...[...quote.matchAll(QUOTE_DENIES)].flatMap((m) => stems(m[1] ?? '')),
    ...[...quote.matchAll(QUOTE_DENIES_RUN)]
      .filter((m) => (m[1] ?? '').includes(','))
      .flatMap((m) => stems((m[1] ?? '').replace(/,/gu, ' '))),
    ...[...quote.matchAll(UN_WORD)].flatMap((m) => stems(m[1] ?? '')),
  ];
  const denials = [...lower.matchAll(CLAIM_DENIES)];
  return (
    denials.length > 0 &&
    denials.every((m) => stems(m[1] ?? '').some((w) => w.length > 3 && quoted.includes(w)))
  );
}

const quoteTermsOf = new WeakMap<IndexedFact, ReadonlySet<string>>();

/** The (stemmed) terms of a fact's quote alone, read once per fact. */
export function quoteTerms(index: FactIndex, fact: IndexedFact): ReadonlySet<string> {
  let terms = quoteTermsOf.get(fact);
  if (!terms) {
    terms = new Set(analyseText(fact.fact.quote, index.vocab, false).terms);
    quoteTermsOf.set(fact, terms);
  }
  return terms;
}

const said = new WeakMap<IndexedFact, IndexedFact>();

/** The fact with only the words of its quote, title, statement and attribution (what the source says, and where), for statements. */
export function saidIn(index: FactIndex, fact: IndexedFact): IndexedFact {
  let only = said.get(fact);
  if (!only) {
    const text = `${fact.fact.quote} ${fact.fact.title} ${fact.fact.statement} ${fact.fact.attribution.source} ${fact.fact.attribution.reportedBy ?? ''}`;
    const analysis = analyseText(text, index.vocab, false);
    only = { ...fact, weights: new Map([...analysis.terms, ...analysis.optionalTerms].map((t) => [t, 1])) };
    said.set(fact, only);
  }
  return only;
}

/** Words that keep something out or away, which restate a denial without "not" ("keeping out hackers"). */
const EXCLUDES =
  /\b(?:keep(?:s|ing)? (?:\w+ )?out|kept (?:\w+ )?out|(?:safe|secure|protected|shielded|hidden) from|away from|without|stop(?:s|ped|ping)?|prevent\w*|block\w*|less|fewer|un\w+ed)\b/u;

/**
 * A denial the quote makes that the claim drops ("not hackers" said as "seen by hackers", "never reported" as
 * "always reported", "not fully comparable" as "fully comparable"): the quote's words after its "not", when the claim
 * uses one of them and denies or excludes nothing itself. Undefined when no denial is dropped.
 */
export function droppedDenial(lower: string, quote: string, negated: boolean): string | undefined {
  if (negated || EXCLUDES.test(lower)) return undefined;
  // (Whole stems: "governors" is no "governments".)
  const claimStems = new Set(
    lower
      .split(/[^\p{L}-]+/u)
      .filter((w) => w.length > 3)
      .map(stem),
  );
  for (const m of quote.matchAll(QUOTE_DENIES_LIST)) {
    const words = (m[1] ?? '').split(/[\s,]+/u).filter((w) => w.length > 3);
    if (words.some((w) => claimStems.has(stem(w)))) return m[0].trim().replace(/,$/u, '');
  }
  return undefined;
}
