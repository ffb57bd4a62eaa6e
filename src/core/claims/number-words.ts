// Reads numbers written in words ("twelve thousand", "fifty-one", "a hundred") and fractions ("a fifth", "one in five").
import { NUMBER_WORD_VALUES, SCALE_WORD_VALUES } from '../../text/numbers.js';
import { editDistance } from '../understand/typo.js';

// "one" and "zero" are words here (a claim may say "one in five"); "fourty" is a common misspelling.
const UNITS: Readonly<Record<string, number>> = { zero: 0, one: 1, ...NUMBER_WORD_VALUES, fourty: 40 };
const SCALES = SCALE_WORD_VALUES;

/** Share (percent) named by a fraction word, singular or plural. */
export const FRACTIONS: Readonly<Record<string, number>> = {
  half: 50,
  halves: 50,
  third: 100 / 3,
  thirds: 100 / 3,
  quarter: 25,
  quarters: 25,
  fifth: 20,
  fifths: 20,
  sixth: 100 / 6,
  tenth: 10,
  tenths: 10,
  // (…and in digits, before "of": "over a 3rd of cases", "two 3rds of them".)
  '3rd': 100 / 3,
  '3rds': 100 / 3,
  '4th': 25,
  '4ths': 25,
  '5th': 20,
  '5ths': 20,
  '10th': 10,
  '10ths': 10,
};

/** The words a spelled-out number is made of, for building patterns. */
export const NUMBER_WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(SCALES)].join('|')})`;

/** A run of number words: "twelve thousand nine hundred and twenty-five", "a hundred", "fifty one". */
export const WORD_NUMBER = new RegExp(
  String.raw`\b(?:a |one )?${NUMBER_WORD}(?:(?:[ -]|\s+and\s+)${NUMBER_WORD})*\b`,
  'gu',
);

/** The value and precision (place value of its last non-zero part) of a run of number words, if it is one. */
export function readWordNumber(words: string): { value: number; precision: number } | undefined {
  const parts = words
    .toLowerCase()
    .split(/[\s-]+/u)
    .filter((w) => w && w !== 'and');
  let total = 0;
  let current = 0;
  let precision = 1;
  let seen = false;
  for (const [i, part] of parts.entries()) {
    if (part === 'a' && i === 0) {
      if (SCALES[parts[1] ?? ''] !== undefined) current = 1;
      continue;
    }
    if (part === 'one' && i === 0 && SCALES[parts[1] ?? ''] !== undefined) {
      current = 1;
      continue;
    }
    const unit = UNITS[part];
    const scale = SCALES[part];
    if (unit !== undefined) {
      current += unit;
      precision = unit % 10 === 0 && unit > 0 ? 10 : 1;
      seen = true;
    } else if (scale !== undefined) {
      current = (current || 1) * scale;
      precision = scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
      seen = true;
    } else return undefined;
  }
  if (!seen) return undefined;
  // "ten" or "fifty" alone is a round number written out; its precision is that of the digits it stands for.
  return { value: total + current, precision };
}

/** A fraction of a whole: "a fifth", "two thirds", "a 3rd of", "one in five", "1 in 3", "3 out of 4 cases" → percent
 * ("out of" only before what is counted: "2 out of 10 for effort" and "I'd give it 2 out of 10" are ratings). */
export const FRACTION =
  /\b(?:(a|one|two|three|four|1|2|3|4)[ -](half|halves|thirds?|quarters?|fifths?|sixth|tenths?|(?:3rd|4th|5th|10th)s?(?=\s+of\b))|(half)|(one|two|three|four|five|six|seven|eight|nine|a|\d) (?:in|out of(?=\s+\S+\s+(?!(?:for|stars?|points?|overall|on|in|at)\b)\p{L})) (two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|[2-9]|10|12|20|25|50|100))\b/gu;

/** A word of a fraction (FRACTION allows only small ones): "a" is one, the rest read as units. */
const fractionWord = (word: string | undefined): number | undefined =>
  word === 'a' ? 1 : (UNITS[word ?? ''] ?? (Number(word) || undefined));

/** The percent a FRACTION match stands for. */
export function fractionPercent(match: RegExpMatchArray): number | undefined {
  if (match[3]) return 50;
  if (match[2]) {
    const n = fractionWord(match[1]);
    const share = FRACTIONS[match[2]];
    return share === undefined || !n ? undefined : n * share;
  }
  const d = fractionWord(match[5]);
  const n = fractionWord(match[4]);
  return d && n ? (100 * n) / d : undefined;
}

/** Words one letter from a fraction word that are words of their own. */
const REAL_NEAR_FRACTIONS: ReadonlySet<string> = new Set(
  'quartet quartets quarters hall halls halo halt halve halves calf tent tenth tents tenths thirst fifty fifth filth fit fits'.split(
    ' ',
  ),
);

/** The fraction words a chat misspelling is read as ("a thrid of", "a quater of", "a fith of"). */
const FRACTION_WORDS = ['half', 'third', 'quarter', 'fifth', 'tenth'];
/**
 * A misspelt fraction word before "of" read as the word ("snapchat was in a thrid of cases" claims a third, not
 * nothing the statement checks could wrongly support): only after "a", "one", "two" or "three", in a word of four
 * letters or more that is no fraction word itself. Each reading is pushed to `read` as [read as, written].
 */
export function withFractionTypos(text: string, read?: Array<[string, string]>): string {
  return text.replace(
    /\b(a|one|two|three|about a|around a|over a|under a|nearly a|almost a|like a)\s+(\p{L}{4,})(s?)\s+of\b/giu,
    (whole, before: string, word: string, plural: string) => {
      const lower = word.toLowerCase();
      if (FRACTIONS[lower] !== undefined || FRACTIONS[`${lower}${plural}`] !== undefined) return whole;
      // (A real word is no misspelling: "a quartet of charities", "a hall of shame", "a tent of".)
      if (REAL_NEAR_FRACTIONS.has(`${lower}${plural}`)) return whole;
      const written = `${lower}${plural}`;
      const single = FRACTION_WORDS.find((f) => editDistance(written, f) <= 1);
      const many = single ? undefined : FRACTION_WORDS.find((f) => editDistance(written, `${f}s`) <= 1);
      const fraction = single ?? (many ? `${many}s` : undefined);
      if (!fraction) return whole;
      // (What it was read as, beside what was written, so that the claim is shown as the user wrote it.)
      const asRead = `${before} ${fraction} of`;
      read?.push([asRead, whole]);
      return asRead;
    },
  );
}
