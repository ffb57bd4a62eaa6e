// Checks one clause that makes a claim: reads it, then hands it to the figure or the statement check.

import { escapeRegExp } from '../../text/escape-regexp.js';
import type { FactIndex } from '../retrieve/build-index.js';
import { type Analysis, analyseText } from '../understand/analyse.js';
import { checkComparison } from './check-comparison.js';
import { checkFigure } from './check-figure.js';
import { checkStatement } from './check-statement.js';
import { type ClaimedFigure, readFigures } from './read-figure.js';
import { distinctive, PEOPLE_WORDS, type Reading, rankFacts, TOPICAL } from './reading.js';
import { checkShareOfBase } from './share-of-base.js';
import { factFigures } from './source-figures.js';
import { readSpeakers, type Speaker } from './speaker.js';
import { fitFigure } from './tolerance.js';
import type { ClaimCheck } from './types.js';

/** A base a share follows ("Of the 1,220 cases, …"): not a year ("Within 2023"), nor a change's start ("From 1,146…"). */
const SHARE_BASE_FIRST =
  /^\s*(?:across|of|among|amongst|out of|within) (?:the |all |those |these )?(?!(?:19|20)\d\d\b)(?:[\d,.]+k?|\w+ thousand)\b/iu;

/**
 * The check of one clause, or undefined when it makes no statistical or attributed claim. `context` (the clause
 * before it) helps find what a fragment is about ("…1,220 cases in 2020, with Instagram in over a third of them" is
 * of 2020's cases); `datedAlone` dates it by the clause alone ("…in March 2019. It was announced in March 2020.").
 */
export function checkClause(
  index: FactIndex,
  clause: string,
  context = '',
  onTopic = false,
  datedAlone = false,
): ClaimCheck | undefined {
  // A fragment ("rose 10% during it") is read with the clause before it for what it is about.
  const text = context ? `${context} ${clause}` : clause;
  const figures = readFigures(clause);
  const read = analyseText(text, index.vocab, true);
  const analysis = withoutCountedYears(datedAlone ? ownDates(read, clause, context, index) : read, figures);
  const speakers = readSpeakers(index, clause);
  const reading: Reading = {
    clause,
    lower: withThemNamed(clause.toLowerCase(), context.toLowerCase()),
    analysis,
    figures,
    speakers,
    platforms: analysis.entities.filter((id) => index.entityKinds.get(id) === 'platform'),
    ranked: rankFacts(index, withoutOutletNames(index, text, speakers) ?? analysis, figures),
  };
  // "Of the 1,220 cases…, 51 percent involved…": the share after the base is what the clause claims.
  const counted = figures.filter((f) => f.kind !== 'duration');
  const shareOfBase = SHARE_BASE_FIRST.test(clause) && counted.length >= 2 ? counted[1] : undefined;
  const figure = shareOfBase ?? counted[0] ?? figures[0];
  if (!figure) {
    const compared = checkComparison(index, reading);
    return compared === undefined ? checkStatement(index, reading) : (compared ?? undefined);
  }
  const topicalEnough =
    onTopic ||
    (reading.ranked[0]?.score ?? 0) >= TOPICAL * 0.5 ||
    analysis.uncovered.length > 0 ||
    analysis.measures.length > 0 ||
    ((figure.kind === 'share' || figure.kind === 'change') && PEOPLE_WORDS.test(reading.lower));
  const traceable =
    distinctive(figure) &&
    index.facts.some((f) =>
      factFigures(f).some((g) => g.kind === figure.kind && fitFigure(figure, g) === 'match'),
    );
  if (!topicalEnough && !traceable) return undefined;
  const base = shareOfBase ? counted[0] : undefined;
  if (shareOfBase && base) return checkShareOfBase(index, reading, shareOfBase, base);
  const first = againstTheOther(
    index,
    reading,
    figure,
    checkFigure(index, { ...reading, figures: [figure, ...figures.filter((f) => f !== figure)] }, figure),
  );
  // Every figure must hold: one wrong figure makes the clause wrong.
  if (first.verdict !== 'supported') return first;
  for (const other of figures.filter((f) => f !== figure && f.kind !== 'duration')) {
    const next = checkFigure(index, { ...reading, figures: [other] }, other);
    if (next.verdict !== 'supported') return { ...next, claimed: `${figure.raw}; ${other.raw}` };
  }
  return first;
}

/**
 * The analysis of a clause read with the one before, dated by the clause alone: "…in March 2019. It was announced in
 * March 2020." claims 2020, which the year before must not make right.
 */
function ownDates(analysis: Analysis, clause: string, context: string, index: FactIndex): Analysis {
  if (!context) return analysis;
  const own = analyseText(clause, index.vocab, true);
  return {
    ...analysis,
    years: own.years,
    yearsApart: own.yearsApart,
    yearGroups: own.yearGroups,
    yearAndNext: own.yearAndNext,
    openFrom: own.openFrom,
    monthYears: own.monthYears,
    askedYears: own.askedYears,
  };
}

/** The analysis without a year-shaped number the clause counts with ("around 2000 cases"): no period. */
function withoutCountedYears(
  analysis: Analysis,
  figures: readonly { kind: string; value: number }[],
): Analysis {
  const counted = figures.filter((f) => f.kind === 'count' && f.value >= 1900 && f.value < 2100);
  if (counted.length === 0) return analysis;
  return { ...analysis, years: analysis.years.filter((y) => !counted.some((f) => f.value === y)) };
}

/** The word after the first figure of the clause before, which may name people: "1,220 children were groomed". */
const COUNTED_BEFORE = /\b\d[\d,.]*k?\s+([a-z]+)\b/u;
/** Fractions a share of a group is given in: "half", "a third", "two fifths". */
export const FRACTIONS = 'half|third|quarter|fifth|tenth';
/** A share of "them", "those" or "these", the share captured: "a third of them". */
const SHARE_WORDS_OF_THEM = new RegExp(
  String.raw`\b((?:${FRACTIONS}|%|per ?cent)s?) of (?:them|those|these)\b`,
  'u',
);

/**
 * "…1,220 children were groomed online, more than a third of them via Instagram": "them" are the people the clause
 * before counts, which the share is then of ("a third of children").
 */
function withThemNamed(lower: string, context: string): string {
  const people = COUNTED_BEFORE.exec(context)?.[1];
  if (!people || !PEOPLE_WORDS.test(people)) return lower;
  // (Only a share of them: "10 of them car occupants" is a part of the group, read as such.)
  return lower.replace(SHARE_WORDS_OF_THEM, `$1 of ${people}`);
}

/**
 * The clause read without the names of news outlets the packs do not know ("cited by The Independent"): which outlet
 * reported it is the speaker check's to judge, and an outlet's name is no topic to match facts on.
 */
function withoutOutletNames(
  index: FactIndex,
  text: string,
  speakers: readonly Speaker[],
): Analysis | undefined {
  const names = speakers
    .filter((s) => s.outlet && s.id === undefined)
    .map((s) => s.name.replace(/^the\s+/iu, ''));
  if (names.length === 0) return undefined;
  const left = names.reduce(
    (t, name) => t.replace(new RegExp(String.raw`\b(?:the\s+)?${escapeRegExp(name)}\b`, 'giu'), ' '),
    text,
  );
  return analyseText(left, index.vocab, true);
}

/** A platform the figure is set against, after it ("…, more than insta even", "worse than Instagram", "ahead of FB"). */
const SET_AGAINST = /\b(?:than|ahead of|behind|compared (?:to|with)|vs\.?|versus)\s+([^,.;!?]{1,40})/gu;

/**
 * A figure said of one platform and set against another ("snapchat was used in like 40% of grooming cases, more than
 * insta even") is checked as said of the first, when no fact names both: a wrong figure, or one moved, is so whatever
 * the comparison says. (Never found supported this way: the comparison would then be a claim of its own, unchecked.)
 */
function againstTheOther(
  index: FactIndex,
  reading: Reading,
  figure: ClaimedFigure,
  first: ClaimCheck,
): ClaimCheck {
  if (first.verdict !== 'not_in_source' || reading.platforms.length < 2) return first;
  const tails = [...reading.lower.matchAll(SET_AGAINST)];
  const before = reading.lower.slice(0, tails[0]?.index ?? reading.lower.length);
  const against = new Set(tails.flatMap((m) => analyseText(m[1] ?? '', index.vocab, true).entities));
  const own = reading.platforms.filter((id) => !against.has(id));
  const named = analyseText(before, index.vocab, true).entities;
  if (own.length === 0 || own.length === reading.platforms.length || !own.every((id) => named.includes(id)))
    return first;
  const again = checkFigure(index, { ...reading, platforms: own }, figure);
  return again.verdict === 'contradicted' || again.verdict === 'different_scope' ? again : first;
}
