// A weak best match that only lacks words phrasing the ask: "So these 2023 numbers are final and wont change?",
// "what's lumped into 'other road users'?", "are the serious injury numbers inflated by the new reporting system?".
// Every word the pack knows is the fact's own, and the words it has never seen only phrase the ask; a noun the pack
// has never seen names what is asked ("penalties", "unemployment"), so it keeps the usual bar.
import { nounsOf } from '../claims/nouns.js';
import type { FactIndex } from '../retrieve/build-index.js';
import type { ScoredFact } from '../retrieve/score.js';
import { measureWords } from '../retrieve/topic-words.js';
import { type Analysis, stem } from '../understand/analyse.js';
import { readAnswerType } from '../understand/answer-type.js';
import { isEnglishWord } from '../understand/english-words.js';

/** The lowest score such a match may answer at. */
export const REPHRASED_THRESHOLD = 0.33;
/** How far it must lead the next allowed fact. */
const REPHRASED_LEAD = 0.1;
/** "how long", "how often", "how fast": an unknown word after "how" names the measure asked. */
const HOW_MEASURE = /\bhow ([a-z]+)\b/gu;
/** An ask for an amount: a count, a share or a sum. */
const ASKS_AMOUNT = /\bhow (?:much|many)\b|\b(?:share|proportion|percentage|fraction|number) of\b/u;
/** Units of a figure that gives an amount (not a year, a date or a rank). */
const AMOUNTS: ReadonlySet<string> = new Set(['count', 'percent', 'ratio', 'currency', 'rate']);
/** Kinds of entity that act: a word the pack lacks beside one may be their deed ("did Zuckerberg apologise?"). */
const ACTORS: ReadonlySet<string> = new Set(['person', 'organisation', 'platform']);
/** A question about what is to come ("will future lockdowns…", "next year"): a prediction, which no fact answers. */
const FUTURE =
  /\b(?:future|next (?:year|month|decade|time)|coming (?:years?|months?)|predict\w*|forecast\w*|projected)\b/u;
/** Prepositions of several words, whose noun only links ("with regard to the completeness"). */
const LINKING = /\b(?:with|in) (?:regard|respect|reference) to\b|\bin terms of\b/gu;

/**
 * Whether the best allowed fact, leading clearly, answers a question whose only words it lacks are words the pack
 * has never seen that only phrase the ask: English words, no nouns, nothing naming a measure ("how long") or a
 * figure ("20mph"), in a question that names no one who could have done what they say.
 */
export function rephrasedMatch(
  index: FactIndex,
  analysis: Analysis,
  folded: string,
  best: ScoredFact,
  allowed: readonly ScoredFact[],
): boolean {
  if (best.score < REPHRASED_THRESHOLD) return false;
  if (analysis.measures.length > 0 || analysis.uncovered.length > 0 || analysis.numbers.length > 0)
    return false;
  const next = allowed.find((s) => s !== best)?.score ?? 0;
  if (best.score - next < REPHRASED_LEAD) return false;
  const unseen = new Set(analysis.terms.filter((t) => !t.startsWith('@') && !index.idf.has(t)));
  if (unseen.size === 0) return false;
  // Every word the pack knows is this fact's own: a known word it lacks points at another fact, or at nothing.
  if (analysis.terms.some((t) => index.idf.has(t) && !best.fact.weights.has(t))) return false;
  // (So does a word about the asking that names one of the pack's measures: "inflated by reporting changes" of
  // cyclist casualties; "explain" does not.)
  const measures = measureWords(index, best.fact.pack);
  if (analysis.optionalTerms.some((t) => measures.has(t) && !best.fact.weights.has(t))) return false;
  if (analysis.entities.some((id) => ACTORS.has(index.entityKinds.get(id) ?? ''))) return false;
  const text = analysis.askedText ?? folded;
  if (FUTURE.test(text)) return false;
  // Only a question wanting an explanation ("what's…", "are…", "is…"), not a who, when or which.
  if (readAnswerType(text) !== 'any') return false;
  // An amount asked ("how much of this happens on…") wants a figure the fact must give.
  if (ASKS_AMOUNT.test(text) && !best.fact.fact.figures.some((f) => AMOUNTS.has(f.unit))) return false;
  for (const m of text.matchAll(HOW_MEASURE)) if (unseen.has(stem(m[1] ?? ''))) return false;
  // A word no English list holds is a name or jargon ("covid", "harnby"), or has digits ("20mph").
  const words = text.match(/[a-z0-9]+(?:'[a-z]+)?/gu) ?? [];
  for (const word of words) {
    const bare = word.replace(/'s$/u, '');
    if (unseen.has(stem(word)) && (/\d/u.test(bare) || !isEnglishWord(bare))) return false;
  }
  return !nounsOf(text.replace(LINKING, ' ')).some((noun) => unseen.has(stem(noun)));
}
