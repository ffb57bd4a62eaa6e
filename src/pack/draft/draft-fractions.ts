// Reads fractions as a source writes them ("nearly three quarters", "a tenth", "just under half") for pack:new.
import { FRACTION_WORD_VALUES, NUMBER_WORD_VALUES } from '../../text/numbers.js';

/** A fraction found in a sentence: where it is, and the figure it drafts (a percent, qualifier included). */
export interface FoundFraction {
  at: number;
  end: number;
  value: number;
  display: string;
  qualifier?: string;
}

const COUNTS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, ...NUMBER_WORD_VALUES };
const QUALIFIER =
  'an estimated|a total of|more than|over|nearly|almost|about|around|roughly|approximately|at least|up to|just under|just over|under|less than|fewer than';
const FRACTION = new RegExp(
  `\\b(?:(${QUALIFIER})\\s+)?(?:(${Object.keys(COUNTS).join('|')})[\\s-]+(${Object.keys(FRACTION_WORD_VALUES).join('|')})|(half))\\b`,
  'giu',
);

/** Every fraction of a whole in `sentence`, as a percent: "nearly three quarters" is 75, "a seventh" 14.3. */
export function findFractions(sentence: string): FoundFraction[] {
  return [...sentence.matchAll(FRACTION)].map((m) => {
    const count = m[4] ? 1 : (COUNTS[(m[2] ?? '').toLowerCase()] ?? 1);
    const per = FRACTION_WORD_VALUES[(m[3] ?? m[4] ?? '').toLowerCase()] ?? 0;
    const qualifier = m[1]?.toLowerCase();
    const at = m.index ?? 0;
    return {
      at,
      end: at + m[0].length,
      value: Math.round(count * per * 10) / 10,
      display: m[0],
      ...(qualifier ? { qualifier } : {}),
    };
  });
}
