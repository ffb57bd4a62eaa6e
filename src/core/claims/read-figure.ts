// Reads the figures a claim states, as written: the value, what kind of figure it is, its qualifier and how
// precisely it is written ("13k" is rounded to the thousand, "12,925" is exact, "a fifth" is a share).
import { SCALE_VALUES } from '../../text/numbers.js';
import { FRACTION, fractionPercent, readWordNumber, WORD_NUMBER } from './number-words.js';
import { type Qualifier, qualifierAfter, qualifierBefore } from './qualifiers.js';

/** What a figure measures, as far as its wording tells. */
export type FigureKind = 'share' | 'change' | 'count' | 'duration' | 'money';

/** One figure a claim states. */
export interface ClaimedFigure {
  /** As written in the message, with its qualifier ("about half", "13k", "a 25% rise"). */
  raw: string;
  /** The number itself: a percent for shares and changes. */
  value: number;
  kind: FigureKind;
  qualifier: Qualifier;
  /** Half the rounding step the writing implies: 500 for "13,000", 0 for "12,925", 2.5 points for "half". */
  rounding: number;
  /** For a change: which way ("fell by 10%", "a 25% rise", "doubled"). */
  direction?: 'rise' | 'fall';
  /** Where the figure (with its qualifier) sits in the clause. */
  start: number;
  end: number;
}

/** A count of people or cases, and what happened to them, after a number: "two children died", "three cyclists were". */
const COUNTED_PEOPLE_AFTER =
  /^\s+(?:[a-z]+\s+)?(?:children|kids|people|adults|pedestrians|cyclists|motorcyclists|drivers|riders|passengers|deaths|fatalities|casualties|cases|offences|crimes|victims)\s+(?:died|were|was|have|had|got|are|lost)\b/u;

/** Words right after a percentage that make it a change: "10% more kids", "18% below the average". */
const MORE_WORDS = 'more|extra|additional|higher|above';
const FEWER_WORDS = 'fewer|less|lower|below';
/** Right after a percentage (a lookbehind). */
const PERCENT_THEN = String.raw`(?<=(?:%|per\s*cent|percent|pc)\s+)`;
/** A hedge before how much something moved: "up like 25%", "down about a third". */
const ROUGHLY = '(?:like|about|around|roughly|nearly|almost|approx\\.?|some|over|under|~)';
/** A fraction a count moved by: "up a tenth", "down by a third", "up by half". */
const FRACTION_MOVED = String.raw`(?:(?:a|one)[ -])?(?:half|third|quarter|fifth|tenth)\b`;
const RISE = new RegExp(
  String.raw`\b(?:ris(?:e|es|en|ing)|rose|increas(?:e|es|ed|ing)|(?:went|gone|go|going|goes) up|jump(?:s|ed)?|surg(?:e|es|ed|ing)|gr[eo]w(?:n|th|s)?|climb(?:s|ed)?|spik(?:e|es|ed)|soar(?:s|ed|ing)?|sho(?:t|ots|oting) up|rocket(?:s|ed)?|skyrocket(?:s|ed)?|balloon(?:s|ed)?|hike|boost|upsurge|uptick|${PERCENT_THEN}(?:${MORE_WORDS})|up(?=\s+(?:by\s+)?(?:${ROUGHLY}\s+)?(?:(?:\d[\d.]*|ten|five|twenty)\s*(?:%|per\s*cent|percent)|${FRACTION_MOVED})))\b`,
  'u',
);
const FALL = new RegExp(
  String.raw`\b(?:fall(?:s|en|ing)?|fell|drop(?:s|ped|ping)?|decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|(?:went|gone|go|going|goes) down|reduc(?:tion|ed|e)|dip(?:s|ped)?|plummet(?:s|ed|ing)?|plung(?:e|es|ed|ing)|slump(?:s|ed)?|tumbl(?:e|es|ed)|shr[ua]nk|${PERCENT_THEN}(?:${FEWER_WORDS})|down(?=\s+(?:by\s+)?(?:${ROUGHLY}\s+)?(?:(?:\d[\d.]*|ten|five|twenty)\s*(?:%|per\s*cent|percent)|${FRACTION_MOVED})))\b`,
  'u',
);
/** Neither up nor down: "stayed flat", "unchanged". */
export const FLAT =
  /\b(?:(?:stayed|remained|stays|remains|held|holding|was|were|been)(?: (?!hardly|barely|scarcely)\w+ly)? (?:flat|level|stable|steady|the same)|flatlined|plateau(?:ed|s)?|levell?ed off|unchanged|(?:did not|didn't|never) (?:change|rise|increase|go up))\b/u;

const MULTIPLIERS: ReadonlyArray<readonly [RegExp, number, 'rise' | 'fall']> = [
  [/\b(?:doubl(?:e|ed|ing)|twice as (?:many|much|high|common))\b/u, 100, 'rise'],
  [/\b(?:tripl(?:e|ed|ing)|trebl(?:e|ed|ing)|three times as (?:many|much))\b/u, 200, 'rise'],
  [/\b(?:quadrupl(?:e|ed|ing)|four times as (?:many|much))\b/u, 300, 'rise'],
  [/\b(?:halv(?:e|ed|ing)|cut in half|fell by half|dropped by half)\b/u, 50, 'fall'],
];

/** The words that say which way something moved ("soar", "shot up", "fell"), each as written. */
export function directionWords(text: string): string[] {
  const words: string[] = [];
  for (const pattern of [RISE, FALL])
    for (const m of text.matchAll(new RegExp(pattern.source, 'gu'))) words.push(...m[0].split(/\s+/u));
  return words.filter((w) => /^\p{L}+$/u.test(w));
}

/** The way a clause says something moved, if it does. */
export function directionOf(text: string): 'rise' | 'fall' | undefined {
  const rise = RISE.exec(text);
  const fall = FALL.exec(text);
  if (rise && fall) return rise.index < fall.index ? 'rise' : 'fall';
  return rise ? 'rise' : fall ? 'fall' : undefined;
}

const PERCENT_AFTER = /^\s*(?:%|per\s*cent\b|percent\b|pc\b|pct\b|percentage points?\b|points?\b)/u;
const SCALE_AFTER = /^\s*(k|thousand|m|mn|million|bn|billion)(?![\p{L}\p{N}/])/u;
const DIGITS = /(?<![\p{L}\p{N}_.,\-/:]|\p{L}-)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\p{N}]|\/\d)/gu;
const MONTH_BEFORE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$/u;
const MONTH_AFTER =
  /^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/u;
/**
 * Before a small number, a level a count moved to, from or stands at ("deaths fell to 21", "cases reached 40", "road
 * deaths were 21", "…, down from 23", "compared with 488"): a statistic, though no counted noun follows it.
 */
const LEVEL_BEFORE =
  /\b(?:(?:fell|fallen|dropped|rose|risen|increased|decreased|declined|climbed|jumped|grew|went (?:up|down)|came down|shot up) (?:to|from)|(?:up|down) (?:from|on)|compared (?:with|to)|(?:reached|hit|totall?ed|numbered|stood at)|(?:deaths|casualties|cases|offences|crimes|injuries|fatalities|killed|died|ksi|figure|number|total|count|tally) (?:was|were|is|are|stood at|came to|of))\s*(?:just |only |about |around |roughly |nearly |almost |over |under )?$/u;

/** After a small number, what statistics count ("5 pedestrian deaths", "3 serious injuries"): a figure. */
const STAT_NOUN_AFTER =
  /^\s+(?:of (?:the|these|those|all)\s+[\d,.]+k?\s+)?(?:[a-z-]+\s+)?(?:deaths|casualties|fatalities|injuries|cases|offences|crimes|victims|incidents|collisions|killed|people (?:killed|who died|hurt|injured))\b/u;

/**
 * Before a small number in its clause, an average it gives: "the average groomer targets 8 children" (not the writer's
 * own, "on average my 2 kids…").
 */
const AVERAGE_BEFORE = /\b(?:average|median)\b(?:(?!\b(?:my|our|i|me|we|us)\b)[^.?!,;:]){0,40}$/iu;

/** After a number, the group it is a part of ("12 of them", "90 of these"). */
const PART_OF_GROUP_AFTER = /^\s+of (?:them|these|those)\b/u;

/**
 * Before a number under 100 (from ten), a bound or a stress that makes it a quantity claimed ("more than 40 MPs backed
 * it", "fewer than 20 charities"): a figure. Not "over"/"under" (ages, pages), nor a handful the writer saw ("only 2 of
 * us went", "at least 3 people asked me", "just 3 apps accounted for 51%": the share is the claim).
 */
const BOUND_BEFORE =
  /\b(?:more than|fewer than|less than|at least|at most|nearly|almost|only|just|as many as|as few as|no more than|no fewer than)\s*$/iu;

/** What a bounded number counts: a word, not a span of time ("in just 3 months", "over 2 years"). */
const BOUNDED_COUNT_AFTER =
  /^\s+(?!(?:weeks?|days?|months?|hours?|minutes?|seconds?|mins?|secs?|hrs?|wks?|times|years?|yrs?|decades?|quarters?|olds?|am|pm|o'clock|of|things?|people|ppl|mates?|friends?|apps?|pages?|kids|children|us|you|them|yo)\b)\p{L}/iu;

/** "my 2 kids", "their 12 cases": someone's own, not a statistic. */
const POSSESSIVE_BEFORE = /\b(?:my|our|his|her|their|your)\s*$/iu;

/** After a number: it is an age, a time, a date or a rank, not a statistic. */
const NOT_A_STATISTIC_AFTER =
  /^(?:\s*-?\s*(?:years?|yrs?)[\s-]*olds?\b|\s*y\/?o\b|s\b|\s*(?:am|pm)\b|:\d|(?:st|nd|rd|th)\b|\s+(?:years? of age)\b)/u;
// ("cases top 1,500": after a plural subject "top" is the verb, exceeds; "the top 3 apps" is a rank.)
const NOT_A_STATISTIC_BEFORE =
  /(?:#|\b(?:aged?|ages)[\s-]|\b(?:under|over)-|\b(?:covid|no\.?|number|page|section|item|point|step|phase|tier|level|q|version|v|(?<!\p{L}s )top)\s*)$/u;
const AGE_WORDS_AFTER =
  /^\s*(?:-?\s*years?|yrs?)\b(?!\s*(?:ago|before|prior|earlier|later|running|in a row))/u;

function percentRounding(value: number, decimals: number): number {
  if (decimals > 0) return 0.5 * 10 ** -decimals;
  // "50%" is a round figure (it may stand for 51); "51%" is not.
  return value % 10 === 0 && value > 0 ? 2.5 : 0.5;
}

function countRounding(value: number, step: number): number {
  // The step the writing implies, but never more than 5% of the figure ("10,000" is not "12,925").
  return step <= 1 ? 0 : Math.min(step / 2, value * 0.05);
}

function trailingStep(digits: string): number {
  const zeros = /0*$/u.exec(digits.replace(/,/gu, ''))?.[0].length ?? 0;
  return 10 ** zeros;
}

interface Found {
  start: number;
  end: number;
  value: number;
  percent: boolean;
  rounding: number;
  durationUnit?: boolean;
  money?: boolean;
  share?: boolean;
  /** A qualifier glued between the number and "percent" ("51-plus percent"). */
  glued?: string;
}

/**
 * What a count of ten or more counts, right after it ("40 signatories", "43 police forces"): a plural noun that is
 * not a unit of time or age.
 */
const COUNTED_AFTER =
  /^\s+(?:\p{L}+ )?(?:(?!(?:weeks|days|months|hours|minutes|seconds|mins|secs|hrs|wks|times|years|yrs|olds)\b)\p{L}{2,}(?:[^siu\s]s|ies)|people|folk|children|men|women)\b/iu;

/** A count said to have died, been killed or been hurt: "pedestrians were killed", "cyclists died". */
const HARMED_AFTER =
  /^\s+(?:\p{L}+\s+){1,2}(?:were|was|have been|had been)?\s*(?:killed|died|injured|hurt|seriously injured|slightly injured)\b|^\s+\p{L}+\s+(?:died|killed)\b/u;

/** Before a number, a word that makes it an amount: "around 2000 cases", "over 2000 offences". */
const AMOUNT_BEFORE =
  /\b(?:about|around|roughly|approximately|approx\.?|some|nearly|almost|over|under|more than|fewer than|less than|just|only|like|circa)\s*$|~\s*$/u;

/** A number shaped like a year that counts something: an amount word before it, a counted noun after it. */
function yearShapedCount(before: string, after: string): boolean {
  if (AMOUNT_BEFORE.test(before) && (STAT_NOUN_AFTER.test(after) || COUNTED_AFTER.test(after))) return true;
  // …or a deed of counting before it, the counted noun right after: "police logged 2000 cases".
  return (
    COUNTED_BY.test(before) &&
    /^\s+(?:cases|offences|crimes|victims|incidents|deaths|casualties)\b/u.test(after)
  );
}

/** A verb of counting right before a number: "logged 2000", "recorded 2019". */
const COUNTED_BY =
  /\b(?:logged|recorded|reported|counted|registered|saw|had|found|made|totalled|totaled|hit|reached)\s+$/iu;

function digitFigures(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const start = m.index ?? 0;
    let end = start + m[0].length;
    const before = text.slice(0, start);
    // "51-plus percent": a qualifier glued between the number and its percent.
    const glued = /^(?:\s*-\s*(?:plus|odd|ish)\b|\+)/u.exec(text.slice(end));
    const gluedPercent = glued !== null && PERCENT_AFTER.test(text.slice(end + glued[0].length));
    if (glued && gluedPercent) end += glued[0].length;
    const after = text.slice(end);
    const whole = m[1] ?? '';
    const decimals = (m[2] ?? '').length > 0 ? (m[2] ?? '').length - 1 : 0;
    let value = Number(whole.replace(/,/gu, '') + (m[2] ?? ''));
    // A year (2019, "March 2019") is a date, read with the period; a list number ("1.") is not a figure.
    if (
      /^(?:19|20)\d\d$/u.test(whole) &&
      !m[2] &&
      !PERCENT_AFTER.test(after) &&
      !SCALE_AFTER.test(after) &&
      !yearShapedCount(before, after)
    )
      continue;
    // (A day of the month has no decimals, scale or percent: "apr-jun 1.2k" and "june 20%" are figures.)
    const dayShaped = value <= 31 && !m[2] && !SCALE_AFTER.test(after) && !PERCENT_AFTER.test(after);
    if (MONTH_BEFORE.test(before) && dayShaped) continue;
    if (MONTH_AFTER.test(after) && dayShaped) continue;
    // A small bare number is not a statistic ("my 2 kids", "room 2.14"), except a span of years; nor is a phone number.
    if (
      !PERCENT_AFTER.test(after) &&
      !SCALE_AFTER.test(after) &&
      value < 100 &&
      !/^\s*(?:years?|yrs?)\b/u.test(after) &&
      !(value >= 10 && COUNTED_AFTER.test(after) && !POSSESSIVE_BEFORE.test(before)) &&
      // (…and a small count of people said to have been killed or hurt: "8 pedestrians were killed", not "my 2 kids".)
      !(
        value >= 2 &&
        COUNTED_AFTER.test(after) &&
        HARMED_AFTER.test(after) &&
        !POSSESSIVE_BEFORE.test(before)
      ) &&
      !(value >= 2 && LEVEL_BEFORE.test(before)) &&
      // (…and an average: "on average each offender contacted 8 children".)
      !(value >= 2 && AVERAGE_BEFORE.test(before) && !POSSESSIVE_BEFORE.test(before)) &&
      // A part of a group the claim counts: "only 12 of them were tech companies", "around 90 of these".
      !(value >= 2 && PART_OF_GROUP_AFTER.test(after) && !POSSESSIVE_BEFORE.test(before)) &&
      !(value >= 2 && STAT_NOUN_AFTER.test(after) && !POSSESSIVE_BEFORE.test(before)) &&
      !(
        value >= 10 &&
        BOUND_BEFORE.test(before) &&
        BOUNDED_COUNT_AFTER.test(after) &&
        !POSSESSIVE_BEFORE.test(before)
      )
    )
      continue;
    if (/^0\d/u.test(whole) || /^\s\d{3,4}\b/u.test(after) || /\b0\d{2,4}\s(?:\d{3,4}\s)?$/u.test(before))
      continue;
    if (/^\s*$/u.test(before) && /^[.)]\s/u.test(after)) continue;
    if (NOT_A_STATISTIC_AFTER.test(after) && !/^s\b/u.test(after)) continue;
    if (/^s\b/u.test(after) && /^(?:19|20)\d0$/u.test(whole)) continue; // "the 2010s"
    if (NOT_A_STATISTIC_BEFORE.test(before) && !PERCENT_AFTER.test(after)) continue;
    if (AGE_WORDS_AFTER.test(after) && value > 12) continue;
    const money = /[£$€]\s*$/u.test(before);
    let rounding: number;
    let percent = false;
    const scale = SCALE_AFTER.exec(after);
    if (scale) {
      const factor = SCALE_VALUES[scale[1] ?? ''] ?? 1;
      const step = factor * 10 ** -decimals * (decimals === 0 ? trailingStep(whole) : 1);
      value *= factor;
      rounding = countRounding(value, Math.max(step, factor * 10 ** -decimals));
      end += scale[0].length;
    } else {
      const pct = PERCENT_AFTER.exec(after);
      if (pct) {
        percent = true;
        rounding = percentRounding(value, decimals);
        end += pct[0].length;
      } else rounding = decimals > 0 ? 0 : countRounding(value, trailingStep(whole));
    }
    const durationUnit = !percent && /^\s*(?:years?|yrs?)\b/u.test(text.slice(end));
    found.push({
      start,
      end,
      value,
      percent,
      rounding,
      durationUnit,
      money,
      ...(glued && gluedPercent ? { glued: glued[0] } : {}),
    });
  }
  return found;
}

/**
 * A vague multiple of a scale: "a couple of hundred", "a few thousand", "several hundred", and "hundreds of" (two hundred
 * or more: "hundreds of organisations" does not restate "more than 100"; "thousands of offences" does 12,925).
 */
const VAGUE_SCALE =
  /\b(?:(a couple(?: of)?|a few|several) (hundred|thousand|million)\b|(hundreds|thousands|millions) of\b)/gu;
const VAGUE_TIMES: Readonly<Record<string, number>> = {
  'a couple': 2,
  'a couple of': 2,
  'a few': 3,
  several: 4,
};
const SCALE_OF: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000, million: 1_000_000 };

function wordFigures(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(FRACTION)) {
    const value = fractionPercent(m);
    if (value === undefined) continue;
    const start = m.index ?? 0;
    // "half of" and "a fifth" are shares, rounded to about 2.5 points.
    found.push({ start, end: start + m[0].length, value, percent: true, rounding: 2.5, share: true });
  }
  for (const m of text.matchAll(/(?<![\p{N}.,/])([1-4])\/(2|3|4|5|10)(?![\p{N}/])/gu)) {
    const start = m.index ?? 0;
    const value = (100 * Number(m[1])) / Number(m[2]);
    found.push({ start, end: start + m[0].length, value, percent: true, rounding: 2.5, share: true });
  }
  // "a few hundred", "several thousand", "hundreds of": a vague count of that scale, never the bare scale ("100").
  for (const m of text.matchAll(VAGUE_SCALE)) {
    const plural = m[3];
    const scale = SCALE_OF[(plural ?? m[2] ?? '').replace(/s$/u, '')] ?? 1;
    // ("Hundreds of" is anything from two hundred to about two thousand; "a few hundred" about three hundred.)
    const value = plural ? 11 * scale : (VAGUE_TIMES[m[1] ?? ''] ?? 2) * scale;
    const start = m.index ?? 0;
    found.push({
      start,
      end: start + m[0].length,
      value,
      percent: false,
      rounding: plural ? 9 * scale : value / 3,
    });
  }
  for (const m of text.matchAll(WORD_NUMBER)) {
    // "a ten percent rise": the article is not part of the figure.
    const lead = /^(?:a|one) (?!hundred|thousand|million)/u.exec(m[0])?.[0].length ?? 0;
    const start = (m.index ?? 0) + lead;
    let end = (m.index ?? 0) + m[0].length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    const read = readWordNumber(m[0].slice(lead));
    if (!read || (read.value === 1 && !/\d/u.test(m[0]) && /^(?:a |one )?one$/u.test(m[0].trim()))) continue;
    const after = text.slice(end);
    if (NOT_A_STATISTIC_AFTER.test(after) || AGE_WORDS_AFTER.test(after)) {
      if (!/^\s*(?:years?|yrs?)\b/u.test(after) || /olds?\b/u.test(after.slice(0, 12))) continue;
    }
    const pct = PERCENT_AFTER.exec(after);
    if (pct) end += pct[0].length;
    const durationUnit = !pct && /^\s*(?:years?|yrs?)\b/u.test(after);
    // Small numbers in words ("two apps", "three years") are figures only as durations or percents, or as a count of
    // people or cases said to have died, been hurt or been recorded ("two children died").
    if (!pct && !durationUnit && read.value < 100 && !COUNTED_PEOPLE_AFTER.test(after)) continue;
    const rounding = pct
      ? read.precision >= 10 && read.value % 10 === 0
        ? 2.5
        : 0.5
      : countRounding(read.value, read.precision);
    found.push({ start, end, value: read.value, percent: Boolean(pct), rounding, durationUnit });
  }
  const special: ReadonlyArray<readonly [RegExp, number, number]> = [
    [
      /\b(?:the )?vast majority\b|\b(?:nearly|almost|virtually|practically) (?:all\b|every (?:single )?(?:case|instance|offence|crime|incident|one)s?\b)/gu,
      90,
      0,
    ],
    [
      // (…and "mostly on Snapchat", "mainly via Facebook apps": most of what the claim counts.)
      /\b(?:the |a )?majority\b|\bmost\b(?= (?:of|cases|crimes|offences|grooming|online|instances|incidents))|\b(?:mostly|mainly|largely|predominantly)\b(?= (?:on|via|through|using) )/gu,
      50,
      0,
    ],
  ];
  for (const [pattern, value] of special) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      if (found.some((f) => start < f.end && start + m[0].length > f.start)) continue;
      found.push({ start, end: start + m[0].length, value, percent: true, rounding: 0, share: true });
    }
  }
  return found;
}

/** Every statistic a clause states (not dates, ages, times or list numbers), in order. */
export function readFigures(clause: string): ClaimedFigure[] {
  const text = clause.toLowerCase();
  // A fraction ("1 in 5", "1/3") wins over the digits in it; digits win over a number word beside them ("15 million").
  const words = wordFigures(text);
  const overlaps = (a: Found, b: Found) => a.start < b.end && a.end > b.start;
  const digits = digitFigures(text).filter((d) => !words.some((w) => w.share && overlaps(d, w)));
  const found = [...digits, ...words.filter((w) => w.share || !digits.some((d) => overlaps(d, w)))].sort(
    (a, b) => a.start - b.start,
  );
  const direction = directionOf(text);
  const figures: ClaimedFigure[] = [];
  for (const f of found) {
    const before = text.slice(0, f.start);
    // (A sum's qualifier sits before its currency sign: "about £96m".)
    let { qualifier, phrase } = qualifierBefore(f.money ? before.replace(/\s*[£$€]\s*$/u, '') : before);
    if (/vast majority|all$/u.test(text.slice(f.start, f.end))) qualifier = 'at_least';
    else if (/majority|most|mainly|largely|predominantly/u.test(text.slice(f.start, f.end)))
      qualifier = 'over';
    const after = qualifierAfter(f.glued ?? text.slice(f.end));
    if (after && qualifier === 'bare') qualifier = after;
    const start = phrase ? f.start - before.length + before.lastIndexOf(phrase) : f.start;
    const kind: FigureKind = f.money
      ? 'money'
      : f.durationUnit
        ? 'duration'
        : f.percent
          ? changeNear(text, f)
            ? 'change'
            : 'share'
          : 'count';
    figures.push({
      raw: clause.slice(start, f.end).trim(),
      value: f.value,
      kind,
      qualifier,
      rounding: f.rounding,
      ...(kind === 'change' && direction ? { direction } : {}),
      start,
      end: f.end,
    });
  }
  for (const [pattern, value, dir] of MULTIPLIERS) {
    const m = pattern.exec(text);
    if (m && !figures.some((f) => f.kind === 'change'))
      figures.push({
        raw: clause.slice(m.index, m.index + m[0].length),
        value,
        kind: 'change',
        qualifier: 'bare',
        rounding: 0,
        direction: dir,
        start: m.index,
        end: m.index + m[0].length,
      });
  }
  return figures;
}

/** A percent is a change when a word of movement sits next to it ("a 25% rise", "rose by 10 percent"). */
/** A share of more or fewer things is a change: "10% more kids were targeted", "20 per cent fewer offences". */
const MORE_OR_FEWER_AFTER = new RegExp(String.raw`^\s*(?:${MORE_WORDS}|${FEWER_WORDS})\b`, 'u');

/** A clause whose subject is a change, up to its figure: "the lockdown rise in kids being targeted online was like". */
const CHANGE_IS =
  /^\s*(?:the|a|an|that|this)\s+(?:[\w'’-]+\s+){0,3}?(?:rise|increase|jump|fall|drop|decrease|decline|growth|surge|spike)\b[^.;!?]{0,80}?\b(?:was|were|is|are|of|came to|amounted to)\s+(?:(?:like|about|around|roughly|nearly|almost|over|just|only|some)\s+)?$/u;

function changeNear(text: string, f: Found): boolean {
  if (MORE_OR_FEWER_AFTER.test(text.slice(f.end))) return true;
  if (CHANGE_IS.test(text.slice(0, f.start))) return true;
  const window = text.slice(Math.max(0, f.start - 40), Math.min(text.length, f.end + 25));
  if (/\bof\b/u.test(text.slice(f.end, f.end + 5)) && !/\b(?:by|a|an)\s*$/u.test(text.slice(0, f.start)))
    return false;
  return RISE.test(window) || FALL.test(window) ? !/\bmore than\s*$/u.test(text.slice(0, f.start)) : false;
}

/** Whether a text states a figure proper: a count, a share, a change (not only a span of time). */
export function statesFigure(text: string): boolean {
  return readFigures(text).some((f) => f.kind !== 'duration');
}
