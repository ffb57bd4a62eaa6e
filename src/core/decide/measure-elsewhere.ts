// Declines a figure whose fact measures something else than the question names ("how many people were killed on
// A-roads?" of the A-road casualties, killed and injured together): the pack measures deaths in other facts.

import { lowerFirst } from '../../text/lower-first.js';
import type { DeclineReason } from '../reply.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { isTopicWide, oncePerPack } from '../retrieve/topic-words.js';
import { analyseText, stem } from '../understand/analyse.js';

type ScopeDecline = Extract<DeclineReason, { code: 'not_covered' }>;

/** A word at least this share of a pack's facts use names its topic, not one measure. */
const TOPIC_WIDE = 0.5;
/**
 * At least this many other facts must measure by the word (and say it in their quotes): then it names one of the
 * pack's measures ("killed", "seriously injured"), not a passing word of one measure's description.
 */
const MIN_MEASURES = 2;
/**
 * Only short questions: in a long request the words around the ask name measures it does not ask about. Measured on
 * the read question sets: 5 wrong answers fewer, 5 more declined right, 3 fewer answered right ("children hurt in
 * road collisions" of the child casualties, since read as a circumstance: `inCircumstance`; "cases with known
 * platform data" of Snapchat's share, since read as its base: `describesData`); with no word limit, 4 long requests
 * more were lost.
 */
const MAX_WORDS = 20;

/** Asking for a figure (what someone said is matched on its words alone). */
const ASKS_FIGURE =
  /\b(?:how (?:many|much)|what(?:'s|s| is| was| were| are)? (?:the )?(?:[\w-]+ )?(?:percentage|percent|share|proportion|fraction|number|rate|total|figure|average|avg|mean)|(?:number|count|total|rate) of)\b|%/u;

/** Words for whoever is counted: no measure of their own. */
const ANY_ONE: ReadonlySet<string> = new Set(['peopl', 'person', 'individu', 'folk']);

/** How a figure is given, not what it measures. */
const HOW_MEASURED: ReadonlySet<string> = new Set([
  'percent',
  'share',
  'proport',
  'rate',
  'number',
  'total',
  'averag',
  'figur',
  'count',
]);

/** Nouns that only say what is counted one by one ("offences" of a count of cases): never another measure. */
export const COUNTED_UNITS: ReadonlySet<string> = new Set([
  'case',
  'offenc',
  'crime',
  'instanc',
  'incid',
  'report',
  'record',
]);

/** Per index and pack: each fact's measure words, and for each word the facts that measure by it and say it. */
const packMeasures = oncePerPack((index, pack) => {
  const ofFact = new Map<IndexedFact, ReadonlySet<string>>();
  const byTerm = new Map<string, IndexedFact[]>();
  for (const fact of index.facts) {
    if (fact.pack !== pack) continue;
    const terms = new Set(
      analyseText(fact.fact.measure, index.vocab, false).terms.filter((t) => !t.startsWith('@')),
    );
    ofFact.set(fact, terms);
    for (const t of terms) if (fact.weights.has(t)) byTerm.set(t, [...(byTerm.get(t) ?? []), fact]);
  }
  return { ofFact, byTerm };
});

/** Whether a (stemmed) word is one some facts of the pack measure by (their `measure` says it) and others not. */
export function isMeasureWord(index: FactIndex, fact: IndexedFact, term: string): boolean {
  const { byTerm } = packMeasures(index, fact.pack);
  const owners = byTerm.get(term)?.length ?? 0;
  return (
    owners >= MIN_MEASURES && !isTopicWide(index, fact.pack, term, TOPIC_WIDE) && !COUNTED_UNITS.has(term)
  );
}

/** The (stemmed) words a fact's `measure` is written with. */
export function measureTermsOf(index: FactIndex, fact: IndexedFact): ReadonlySet<string> {
  return packMeasures(index, fact.pack).ofFact.get(fact) ?? new Set();
}

/**
 * The question names a word another fact of the same pack measures by (its `measure` says "killed"), which the best
 * fact nowhere uses: the best fact's figure is not what is asked.
 */
export function measuredElsewhere(
  index: FactIndex,
  best: IndexedFact,
  terms: readonly string[],
  folded: string,
): ScopeDecline | undefined {
  if (!ASKS_FIGURE.test(folded) || folded.split(' ').length > MAX_WORDS) return undefined;
  const { ofFact, byTerm } = packMeasures(index, best.pack);
  const own = ofFact.get(best);
  for (const term of terms) {
    // (A word only the fact's caveats use is not one it measures by: "many slight injuries are never reported".)
    const usesIt = best.weights.has(term) && !best.notedTerms.has(term);
    if (term.startsWith('@') || COUNTED_UNITS.has(term) || usesIt || own?.has(term)) continue;
    if (isTopicWide(index, best.pack, term, TOPIC_WIDE)) continue;
    // A word that says which data the base is ("cases with known platform data") when the fact's base is the cases
    // with data: it names the base, not another measure.
    if (describesData(index, folded, term) && /\bdata\b/iu.test(best.fact.base ?? best.fact.quote)) continue;
    // What the counted were hurt in ("children hurt in road collisions"): the circumstance, not another measure.
    if (inCircumstance(folded, term)) continue;
    const others = (byTerm.get(term) ?? []).filter((f) => f !== best);
    if (others.length < MIN_MEASURES) continue;
    return {
      code: 'not_covered',
      kind: 'scope',
      value: `${asTyped(index, folded, term, terms)} among ${lowerFirst(best.fact.measure)}`,
      covered: [best.fact.statement],
    };
  }
  return undefined;
}

/** Whether the word (as typed, or the pack word a synonym made of it) is right before "data" ("platform data"). */
function describesData(index: FactIndex, folded: string, term: string): boolean {
  const words = wordsOf(folded);
  return words.some(
    (w, i) =>
      words[i + 1] === 'data' &&
      (stem(w) === term || analyseText(w, index.vocab, false).terms.includes(term)),
  );
}

/** The words that named the measure, as typed ("“seriously injured”"), or "that measure" when a synonym did. */
function asTyped(index: FactIndex, folded: string, term: string, terms: readonly string[]): string {
  const words = wordsOf(folded);
  // (Or the word a synonym made the pack's: "slight" read as "slightly".)
  const at = words.findIndex(
    (w) => stem(w) === term || analyseText(w, index.vocab, false).terms.includes(term),
  );
  if (at < 0) return 'that measure';
  const next = words[at + 1];
  return `“${words[at]}${next && terms.includes(stem(next)) ? ` ${next}` : ''}”`;
}

/** Words for the event itself, which people are hurt in: "collisions", "crashes", "accidents". */
const EVENTS: ReadonlySet<string> = new Set(['collis', 'crash', 'accid', 'incid', 'smash']);

/**
 * Whether the word names the event and is said after "in" ("hurt in road collisions", "killed in crashes"), at most
 * one word between. (Not a measure: "casualties in KSI", "hurt in fatal collisions".)
 */
function inCircumstance(folded: string, term: string): boolean {
  if (!EVENTS.has(term)) return false;
  const words = wordsOf(folded);
  return words.some(
    (w, i) =>
      stem(w) === term &&
      (words[i - 1] === 'in' ||
        (words[i - 2] === 'in' &&
          /^(?:road|traffic|car|vehicle|motor|the|these|those)$/u.test(words[i - 1] ?? ''))),
  );
}

/** The words of a (folded) question, as the checks above read them. */
function wordsOf(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
}

/**
 * The measure word the question names ("killed") that no compared fact measures by, while another fact of the pack
 * does ("were more pedestrians or cyclists killed?" of their casualties, all severities): the comparison is of
 * another measure. (A word any compared fact measures by, "share" of shares, is what they compare.)
 */
export function measureNotCompared(
  index: FactIndex,
  terms: readonly string[],
  facts: readonly IndexedFact[],
  folded = '',
): string | undefined {
  const pack = facts[0]?.pack;
  if (!pack) return undefined;
  const { byTerm } = packMeasures(index, pack);
  const joinedAsked = joinedInQuestion(index, folded);
  return terms.find(
    (term) =>
      !term.startsWith('@') &&
      // (Nor measures the question joins, "killed or injured", nor the event people are hurt in, "collisions".)
      !joinedAsked.has(term) &&
      !EVENTS.has(term) &&
      // ("people" counts whoever a fact counts; "share" or "total" says how, not what.)
      !ANY_ONE.has(term) &&
      !HOW_MEASURED.has(term) &&
      facts.some((f) => isMeasureWord(index, f, term)) &&
      facts.every((f) => !singleMeasureTerms(index, f).has(term)) &&
      (byTerm.get(term) ?? []).some((f) => !facts.includes(f)),
  );
}

/** Two measures joined ("killed or injured", "killed and seriously injured"): together they measure neither alone. */
const JOINED_MEASURES = /\b([\p{L}-]+) (?:or|and|&) (?:[\p{L}-]+ )?([\p{L}-]+)\b/gu;

/** A fact's measure words, less any it names only joined with another ("Pedestrians killed or injured"). */
export function singleMeasureTerms(index: FactIndex, fact: IndexedFact): ReadonlySet<string> {
  const joined = new Set<string>();
  for (const m of fact.fact.measure.toLowerCase().matchAll(JOINED_MEASURES))
    for (const word of [m[1], m[2]])
      if (word) for (const t of analyseText(word, index.vocab, false).terms) joined.add(t);
  return new Set([...measureTermsOf(index, fact)].filter((t) => !joined.has(t)));
}

/** The measure words a question joins with "or" or "and" ("killed or injured", "killed or seriously hurt"). */
function joinedInQuestion(index: FactIndex, folded: string): Set<string> {
  const joined = new Set<string>();
  const words = folded.split(/[^\p{L}-]+/u).filter(Boolean);
  for (let i = 1; i < words.length - 1; i++) {
    if (!/^(?:or|and|&)$/u.test(words[i] ?? '')) continue;
    const left = analyseText(words[i - 1] ?? '', index.vocab, false);
    for (const next of [words[i + 1], words[i + 2]]) {
      const right = analyseText(next ?? '', index.vocab, false);
      // (Names set side by side, "pedestrians or cyclists", are the sides, not a measure.)
      if ([left, right].some((a) => a.entities.length > 0 || a.terms.length === 0)) continue;
      for (const t of [...left.terms, ...right.terms]) joined.add(t);
    }
  }
  return joined;
}
