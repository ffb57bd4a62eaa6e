// Reads the figures a sentence states, for a draft fact: value, a unit guess and the display text as written.
import { MONTH_NAMES as MONTHS } from '../../text/months.js';
import { extractNumbers, type FoundNumber, SCALE_WORD_VALUES } from '../../text/numbers.js';
import type { FIGURE_UNITS } from '../schema.js';
import { findFractions } from './draft-fractions.js';

/** A figure as pack:new drafts it; the author checks the unit and writes the label. */
export interface DraftFigure {
  value: number;
  unit: (typeof FIGURE_UNITS)[number];
  display: string;
  qualifier?: string;
}

const QUALIFIERS =
  /\b(an estimated|estimated at|a total of|more than|over|nearly|almost|about|around|roughly|approximately|at least|up to|under|fewer than|less than|just under)\s+(?:a\s+)?$/iu;
const SCALE = /^\s+(thousand|million|billion)\b/iu;
/** A speed or another "so many per so many" written after the number ("40 mph", "504 per billion vehicle miles"). */
const RATE_AFTER = /^\s*(mph|km\/h|kph|miles per hour|per\b)/iu;
/** A bound written after a speed ("40 mph or less"). */
const RATE_BOUND = /^\s*(?:mph|km\/h|kph)\s+or\s+(less|under|below|lower|more|over|above|higher)\b/iu;
/** An age: "children under 16", "aged 65 and over". */
const AGE_BEFORE =
  /(?:\bage[ds]?\s+(?:under\s+|over\s+)?|\b(?:children|child|people|pupils|adults|those|drivers|riders)\s+(?:aged\s+)?(?:under|over|below)\s+)$/iu;
/** A licence or a version ("CC0 1.0", "OGL version 3"): not a statistic. */
const LICENCE_BEFORE =
  /\b(?:CC0|CC[ -]BY(?:[ -](?:SA|NC|ND))*|OGL|GPL|LGPL|Apache|licen[cs]e|version|v)\s*$/iu;
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
  const rate = !currency && !n.isPercent && RATE_AFTER.exec(after);
  const speed = rate && !/^per$/iu.test(rate[1] ?? '');
  const unit = currency
    ? 'currency'
    : n.isPercent
      ? 'percent'
      : /\d(?:st|nd|rd|th)$/u.test(n.raw)
        ? 'rank'
        : rate
          ? 'rate'
          : AGE_BEFORE.test(before)
            ? 'years'
            : 'count';
  const value = Number((n.value * multiplier).toPrecision(12));
  const bound = RATE_BOUND.exec(after)?.[1]?.toLowerCase();
  const qualifier = bound
    ? /less|under|below|lower/u.test(bound)
      ? 'at most'
      : 'at least'
    : QUALIFIERS.exec(before.slice(0, before.length - currency.length))?.[1]?.toLowerCase();
  return {
    value,
    unit,
    display: speed ? `${display}${rate[0]}` : display,
    ...(qualifier ? { qualifier } : {}),
  };
}

/**
 * The figures a sentence states. Years are left to the period (they become figures only in a sentence that states
 * nothing else); a day before a month ("14 March"), scale words after a number ("4.6 million") and a licence's
 * version ("CC0 1.0") are not figures of their own. A fraction is a percent with its qualifier in its display
 * ("nearly three quarters" is 75), as the source writes it.
 */
export function draftFigures(sentence: string): DraftFigure[] {
  const fractions = findFractions(sentence).map((f) => ({
    at: f.at,
    end: f.end,
    figure: {
      value: f.value,
      unit: 'percent' as const,
      display: f.display,
      ...(f.qualifier ? { qualifier: f.qualifier } : {}),
    },
  }));
  const found = locate(sentence).filter((n) => {
    const after = sentence.slice(n.at + n.raw.length).toLowerCase();
    const day = /^\d{1,2}$/u.test(n.raw) && MONTHS.some((m) => after.trimStart().startsWith(m));
    const yearEnd = /\d{4}[-–/]$/u.test(sentence.slice(0, n.at)); // the "23" of "2022-23"
    const licence = LICENCE_BEFORE.test(sentence.slice(0, n.at));
    const inFraction = fractions.some((f) => n.at >= f.at && n.at < f.end);
    return !day && !yearEnd && !licence && !inFraction && !(n.raw.toLowerCase() in SCALE_WORD_VALUES);
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
  // "One child was killed.": a count of one opens the sentence (lower-case "one" is too often no figure).
  const one = /^One\s+(?!of\b|in\b|another\b|way\b|day\b|reason\b)\p{L}/u.test(sentence)
    ? [{ at: 0, figure: { value: 1, unit: 'count' as const, display: 'One' } }]
    : [];
  if (others.length === 0 && ranks.length === 0 && fractions.length === 0 && one.length === 0)
    return found.map((n) => ({ value: n.value, unit: 'year' as const, display: n.raw }));
  return [...one, ...others.map((n) => ({ at: n.at, figure: draftOne(sentence, n) })), ...ranks, ...fractions]
    .sort((a, b) => a.at - b.at)
    .map((f) => f.figure);
}
