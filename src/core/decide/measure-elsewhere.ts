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

/** People of an age: a group of its own, not whoever a fact counts. */
const AGED_PEOPLE = /\b(?:young|younger|old|older|elderly)\s+(?:people|persons|folks?)\b/u;

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

/** The facts of the fact's pack that measure by a (stemmed) word. */
export function factsMeasuringBy(index: FactIndex, fact: IndexedFact, term: string): readonly IndexedFact[] {
  return packMeasures(index, fact.pack).byTerm.get(term) ?? [];
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
    // "People" ("persons", "folk") are whoever the fact counts ("what proportion of persons were slightly injured"),
    // unless an age names a group of them ("young people").
    if (term === 'peopl' && !AGED_PEOPLE.test(folded)) continue;
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
export const EVENTS: ReadonlySet<string> = new Set(['collis', 'crash', 'accid', 'incid', 'smash']);

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
