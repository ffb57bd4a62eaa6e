// A count said of a narrower measure than the figure's own: "1,214 road deaths" of the 1,214 killed or injured,
// "121 motorcyclists were killed" of the 121 motorcyclist casualties.
import { isMeasureWord } from '../decide/measure-elsewhere.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { analyseText } from '../understand/analyse.js';
import type { FactFigure } from './source-figures.js';

/**
 * What a count counts, in the words right after it up to where its scope starts: "road deaths" of "1,214 road deaths
 * in 2023", "motorcyclists were killed" of "121 motorcyclists were killed in 2023" (not "police" of "police record
 * 1,220 crimes").
 */
function countedAfter(after: string): string {
  return (
    /^[^.;,:!?]*?(?=\s+(?:in|on|of|at|during|between|from|since|across|by|for|over|under|to|than|and|but|with|while|when|as)\b|[.;,:!?]|$)/u.exec(
      after,
    )?.[0] ?? ''
  )
    .trim()
    .split(/\s+/u)
    .slice(0, 6)
    .join(' ');
}

/** Two measures a label counts together: "killed or injured", "killed or seriously injured". */
const EITHER = /\b([\p{L}-]+) or ((?:[\p{L}-]+ )?[\p{L}-]+)\b/u;

/**
 * The word the claim counts by that the figure's label does not, or counts only as one of two ("killed" of "killed
 * or injured"): a word some of the pack's facts measure by. Undefined when the claim keeps the figure's measure.
 */
export function narrowedMeasure(
  index: FactIndex,
  fact: IndexedFact,
  figure: FactFigure,
  after: string,
): string | undefined {
  if (figure.kind !== 'count') return undefined;
  const termsOf = (text: string) =>
    analyseText(text, index.vocab, false).terms.filter((t) => !t.startsWith('@'));
  const claimTerms = termsOf(countedAfter(after));
  const label = new Set(termsOf(figure.figure.label));
  const either = EITHER.exec(figure.figure.label);
  const other = either ? termsOf(either[2] ?? '') : [];
  const first = either ? termsOf(either[1] ?? '') : [];
  // ("People" are whoever the figure counts: "14 people died" of the road deaths.)
  const people = new Set(termsOf('people persons folk'));
  const narrowed = claimTerms.filter(
    (t) =>
      !people.has(t) &&
      isMeasureWord(index, fact, t) &&
      (!label.has(t) || (first.includes(t) && !other.some((o) => claimTerms.includes(o)))),
  );
  return narrowed[0];
}

/** The word of the clause that gave a term, as typed ("deaths" for "killed"); the term when none did. */
export function typedWord(index: FactIndex, lower: string, term: string): string {
  const words = lower.match(/[\p{L}-]+/gu) ?? [];
  return words.find((w) => analyseText(w, index.vocab, false).terms.includes(term)) ?? term;
}
