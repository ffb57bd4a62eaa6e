// A comparison of another measure than the one asked ("were more pedestrians or cyclists killed?" of their
// casualties, all severities), and the fact that measures what is asked for the sides, when the pack has one.

import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import type { ScoredFact } from '../retrieve/score.js';
import { type Analysis, analyseText } from '../understand/analyse.js';
import { EVENTS, factsMeasuringBy, isMeasureWord, measureTermsOf } from './measure-elsewhere.js';

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

/** "or", "and" or "&" between two words. */
const JOINING = '(?:or|and|&)';
/** Two measures joined ("killed or injured", "killed and seriously injured"): together they measure neither alone. */
const JOINED_MEASURES = new RegExp(String.raw`\b([\p{L}-]+) ${JOINING} (?:[\p{L}-]+ )?([\p{L}-]+)\b`, 'gu');
const JOINING_WORD = new RegExp(`^${JOINING}$`, 'u');

/**
 * The measure word the question names ("killed") that no compared fact measures by, while another fact of the pack
 * does ("were more pedestrians or cyclists killed?" of their casualties, all severities): the comparison is of
 * another measure. (A word any compared fact measures by, "share" of shares, is what they compare.)
 */
function measureNotCompared(
  index: FactIndex,
  terms: readonly string[],
  facts: readonly IndexedFact[],
  folded: string,
): string | undefined {
  const first = facts[0];
  if (!first) return undefined;
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
      factsMeasuringBy(index, first, term).some((f) => !facts.includes(f)),
  );
}

const singleMeasures = new WeakMap<IndexedFact, ReadonlySet<string>>();

/**
 * A fact's measure words, less any it names only joined with another ("Pedestrians killed or injured"). Read once per
 * fact: every comparison asks it of each candidate.
 */
function singleMeasureTerms(index: FactIndex, fact: IndexedFact): ReadonlySet<string> {
  const known = singleMeasures.get(fact);
  if (known) return known;
  const joined = new Set<string>();
  for (const m of fact.fact.measure.toLowerCase().matchAll(JOINED_MEASURES))
    for (const word of [m[1], m[2]])
      if (word) for (const t of analyseText(word, index.vocab, false).terms) joined.add(t);
  const single = new Set([...measureTermsOf(index, fact)].filter((t) => !joined.has(t)));
  singleMeasures.set(fact, single);
  return single;
}

/** The measure words a question joins with "or" or "and" ("killed or injured", "killed or seriously hurt"). */
function joinedInQuestion(index: FactIndex, folded: string): Set<string> {
  const joined = new Set<string>();
  const words = folded.split(/[^\p{L}-]+/u).filter(Boolean);
  for (let i = 1; i < words.length - 1; i++) {
    if (!JOINING_WORD.test(words[i] ?? '')) continue;
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

/**
 * The fact that measures what the question asks, when the compared facts give another measure ("were more people
 * killed on rural or urban roads?" is no comparison of their casualties, all severities, but "14 of the 19 deaths
 * were on rural roads" answers it): one the guards allow that names one of the sides, or else one a comparison may
 * use that names only the sides.
 */
export function factMeasuringInstead(
  index: FactIndex,
  analysis: Analysis,
  folded: string,
  compared: readonly IndexedFact[],
  allowed: readonly ScoredFact[],
  comparable: readonly ScoredFact[],
): ScoredFact | undefined {
  const otherMeasure = measureNotCompared(index, analysis.terms, compared, folded);
  if (!otherMeasure) return undefined;
  const sharedByAll = (id: string) => compared.every((f) => f.entities.has(id));
  const named = new Set(
    compared
      .flatMap((f) => [...f.entities])
      .filter((id) => index.entityKinds.get(id) !== 'place' && !sharedByAll(id)),
  );
  // (It must also measure whatever else the question asks that the compared facts measure: "rural roads had fewer
  // casualties than urban ones but more of the deaths?" asks about both.)
  const alsoAsked = analysis.terms.filter(
    (t) => !t.startsWith('@') && compared.every((f) => singleMeasureTerms(index, f).has(t)),
  );
  // (…and be for the years asked: "were more pedestrians or cyclists killed in 2022?" is not 2023's deaths.)
  const measures = (s: ScoredFact) => {
    const own = singleMeasureTerms(index, s.fact);
    return (
      own.has(otherMeasure) &&
      alsoAsked.every((t) => own.has(t)) &&
      analysis.years.every((y) => s.fact.spans.some((span) => span.fromYear <= y && y <= span.toYear))
    );
  };
  const namesASide = (s: ScoredFact) => [...s.fact.entities].some((id) => named.has(id));
  return (
    allowed.find((s) => measures(s) && namesASide(s)) ??
    comparable.find(
      (s) =>
        measures(s) &&
        namesASide(s) &&
        [...s.fact.entities].every(
          (id) => named.has(id) || index.entityKinds.get(id) === 'place' || sharedByAll(id),
        ),
    )
  );
}
