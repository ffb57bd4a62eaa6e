// Reads the figures a sentence states, for a draft fact: value, a unit guess and the display text as written.
import { extractNumbers, type FoundNumber, SCALE_WORD_VALUES } from '../../text/numbers.js';
import type { FIGURE_UNITS } from '../schema.js';

/** A figure as pack:new drafts it; the author checks the unit and writes the label. */
export interface DraftFigure {
  value: number;
  unit: (typeof FIGURE_UNITS)[number];
  display: string;
  qualifier?: string;
}

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

const QUALIFIERS =
  /\b(an estimated|estimated at|a total of|more than|over|nearly|almost|about|around|roughly|approximately|at least|up to|under|fewer than|less than|just under)\s+(?:a\s+)?$/iu;
const SCALE = /^\s+(thousand|million|billion)\b/iu;
const FRACTIONS = new Set(['half', 'third', 'quarter']);
const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];
/** A rank as written: "the third lowest", "second highest", "5th largest". */
const RANK =
  /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(\d+)(?:st|nd|rd|th))\s+(?:highest|lowest|largest|smallest|biggest|most|least|best|worst|busiest)\b/giu;

/** A four-digit calendar year written as a plain number (not 2,020 nor 2020%). */
export function isYear(n: FoundNumber): boolean {
  return /^\d{4}s?$/u.test(n.raw) && n.value >= 1800 && n.value <= 2100 && !n.isPercent;
}

interface Located extends FoundNumber {
  at: number;
}

/** extractNumbers with where each number starts in the sentence. */
function locate(sentence: string): Located[] {
  let from = 0;
  return extractNumbers(sentence).map((n) => {
    const at = sentence.indexOf(n.raw, from);
    from = at + n.raw.length;
    return { ...n, at };
  });
}

function draftOne(sentence: string, n: Located): DraftFigure {
  const before = sentence.slice(0, n.at);
  const after = sentence.slice(n.at + n.raw.length);
  const currency = /[£$€]$/u.exec(before)?.[0] ?? '';
  const scale = /^\d/u.test(n.raw) ? SCALE.exec(after) : null;
  const multiplier = scale ? (SCALE_WORD_VALUES[scale[1]?.toLowerCase() ?? ''] ?? 1e9) : 1;
  const display = `${currency}${n.raw}${scale?.[0] ?? ''}`;
  const word = n.raw.toLowerCase();
  const unit = currency
    ? 'currency'
    : n.isPercent || FRACTIONS.has(word)
      ? 'percent'
      : /\d(?:st|nd|rd|th)$/u.test(n.raw)
        ? 'rank'
        : 'count';
  const value = Number((n.value * multiplier).toPrecision(12));
  const qualifier = QUALIFIERS.exec(before.slice(0, before.length - currency.length))?.[1]?.toLowerCase();
  return { value, unit, display, ...(qualifier ? { qualifier } : {}) };
}

/**
 * The figures a sentence states. Years are left to the period (they become figures only in a sentence that states
 * nothing else); a day before a month ("14 March") and scale words after a number ("4.6 million") are not figures
 * of their own.
 */
export function draftFigures(sentence: string): DraftFigure[] {
  const found = locate(sentence).filter((n) => {
    const after = sentence.slice(n.at + n.raw.length).toLowerCase();
    const day = /^\d{1,2}$/u.test(n.raw) && MONTHS.some((m) => after.trimStart().startsWith(m));
    const yearEnd = /\d{4}[-–/]$/u.test(sentence.slice(0, n.at)); // the "23" of "2022-23"
    return !day && !yearEnd && !(n.raw.toLowerCase() in SCALE_WORD_VALUES);
  });
  const ranks = [...sentence.matchAll(RANK)].map((m) => ({
    at: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    figure: {
      value: m[2] ? Number(m[2]) : ORDINALS.indexOf((m[1] ?? '').toLowerCase()) + 1,
      unit: 'rank' as const,
      display: m[0],
    },
  }));
  const others = found.filter((n) => !isYear(n) && !ranks.some((r) => n.at >= r.at && n.at < r.end));
  if (others.length === 0 && ranks.length === 0)
    return found.map((n) => ({ value: n.value, unit: 'year' as const, display: n.raw }));
  return [...others.map((n) => ({ at: n.at, figure: draftOne(sentence, n) })), ...ranks]
    .sort((a, b) => a.at - b.at)
    .map((f) => f.figure);
}
