// Reads numbers written in words ("twelve thousand", "fifty-one", "a hundred") and fractions ("a fifth", "one in five").

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000, million: 1_000_000 };

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

/** A fraction of a whole: "a fifth", "two thirds", "one in five", "1 in 3" → percent. */
export const FRACTION =
  /\b(?:(a|one|two|three|four|1|2|3|4)[ -](half|halves|thirds?|quarters?|fifths?|sixth|tenths?)|(half)|(one|two|three|four|five|six|seven|eight|nine|a|\d) in (two|three|four|five|six|ten|2|3|4|5|6|10))\b/gu;

const SMALL: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4 };
const NUMERATORS: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const DENOMINATORS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  ten: 10,
};

/** The percent a FRACTION match stands for. */
export function fractionPercent(match: RegExpMatchArray): number | undefined {
  if (match[3]) return 50;
  if (match[2]) {
    const n = SMALL[match[1] ?? ''] ?? Number(match[1]);
    const share = FRACTIONS[match[2]];
    return share === undefined || !n ? undefined : n * share;
  }
  const d = DENOMINATORS[match[5] ?? ''] ?? Number(match[5]);
  const n = NUMERATORS[match[4] ?? ''] ?? Number(match[4]);
  return d && n ? (100 * n) / d : undefined;
}
