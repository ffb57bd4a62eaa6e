// Checks one clause that makes a claim: finds the fact it is about, reads its figure, and gives the verdict.

import { toCitation } from '../respond/views.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { type ScoredFact, scoreFacts } from '../retrieve/score.js';
import { type Analysis, analyseText } from '../understand/analyse.js';
import { GROUP, scopeShift } from './claim-scope.js';
import { contentFit, uncoveredTerms } from './content-fit.js';
import { explain } from './explain.js';
import { type ClaimedFigure, directionOf, readFigures } from './read-figure.js';
import { type FactFigure, factDirection, factFigures } from './source-figures.js';
import { creditsSpeaker, readSpeakers, type Speaker } from './speaker.js';
import { fitFigure } from './tolerance.js';
import type { ClaimCheck, Verdict } from './types.js';

/** Below this a fact is not what the claim is about. */
const TOPICAL = 0.3;
/** A claim with no figure must match its fact this well to be checked against it. */
const STATEMENT_MATCH = 0.5;

/** A claim with no figure and no speaker must be this close to the fact's words. */
const STATEMENT_FIT = 0.75;
/** A statement credited to someone must be mostly in the source's own words about it. */
const STATEMENT_SAID = 0.6;
/** A statement says something happened or is so (a verb), not just names a topic. */
const STATES =
  /\b(?:is|are|was|were|has|have|had|did|does|do|will|would|should|could|can|wants?|wanted|called|calls|urged?|urges|backs?|backed|says?|said|claims?|defends?|insists?|accused|accuses|warned|warns|announced|signed|led|found|stamps?|praised|criticised|gives?|gave|expect|expects|created?|creates)\b/u;
const NEGATED = /\b(?:not|n't|never|no longer|neither|nor)\b/u;

interface Reading {
  clause: string;
  lower: string;
  analysis: Analysis;
  figures: ClaimedFigure[];
  speakers: Speaker[];
  platforms: string[];
  ranked: ScoredFact[];
}

function verdict(
  reading: Reading,
  v: Verdict,
  explanation: string,
  fact?: IndexedFact,
  figure?: FactFigure,
  extra: Partial<ClaimCheck> = {},
): ClaimCheck {
  const citation = fact ? toCitation(fact) : undefined;
  return {
    claim: reading.clause,
    verdict: v,
    claimed: reading.figures[0]?.raw ?? null,
    sourceFigure: figure?.figure.display ?? fact?.fact.figures[0]?.display ?? null,
    quote: citation?.quote ?? null,
    packId: citation?.packId ?? null,
    factId: citation?.factId ?? null,
    attribution: citation?.attribution ?? null,
    explanation,
    ...extra,
  };
}

/** What the source has figures for, in words without numbers (every number said must be in a quote). */
function coverage(index: FactIndex): (extra: string) => string {
  const covers = index.packs.map((p) => p.pack.covers);
  const list = (items: string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  const platforms = list([...new Set(covers.flatMap((c) => c.platforms))]);
  const places = list([...new Set(covers.flatMap((c) => c.places))]);
  return () => `its figures are for ${platforms || 'the topics it covers'}${places ? `, in ${places}` : ''}.`;
}

/** Facts ranked for the claim by the words the packs know (a claim's wrong words are what is being checked). */
function rankFacts(index: FactIndex, analysis: Analysis, figures: readonly ClaimedFigure[]): ScoredFact[] {
  const known = { ...analysis, terms: analysis.terms.filter((t) => t.startsWith('@') || index.idf.has(t)) };
  const values = figures.map((f) => f.value).filter((v) => index.figureOwners.has(v));
  return scoreFacts(index, known, values);
}

function speakerVerdict(
  index: FactIndex,
  reading: Reading,
  fact: IndexedFact,
  figure?: FactFigure,
): ClaimCheck | undefined {
  for (const speaker of reading.speakers) {
    if (creditsSpeaker(index, fact, speaker) === false)
      return verdict(reading, 'contradicted', explain.wrongSpeaker(fact, speaker), fact, figure);
  }
  return undefined;
}

function scopeOf(index: FactIndex, reading: Reading, fact: IndexedFact) {
  const uncoveredPlace = reading.analysis.uncovered.find((u) => u.kind === 'place')?.name;
  return scopeShift(index, fact, reading.clause, {
    entities: reading.analysis.entities,
    platforms: reading.platforms,
    years: reading.analysis.years,
    ...(uncoveredPlace ? { uncoveredPlace } : {}),
  });
}

/** The verdict once the claim's figure agrees with a fact's: attribution, then scope, then supported. */
function agreeing(index: FactIndex, reading: Reading, fact: IndexedFact, figure: FactFigure): ClaimCheck {
  const said = factDirection(fact);
  const claimed = directionOf(reading.lower);
  if (said && claimed && said !== claimed && (figure.kind === 'duration' || figure.kind === 'change'))
    return verdict(reading, 'contradicted', explain.wrongDirection(fact, claimed, figure), fact, figure);
  const wrongSpeaker = speakerVerdict(index, reading, fact, figure);
  if (wrongSpeaker) return wrongSpeaker;
  const shift = scopeOf(index, reading, fact);
  if (shift)
    return verdict(reading, 'different_scope', explain.scope(shift, figure, fact), fact, figure, {
      dimension: shift.dimension,
    });
  // The figure is the fact's, but the claim talks about something else ("more than 100 countries").
  const counted = countedNoun(index, reading, fact);
  if (counted) {
    const people = PEOPLE_WORDS.test(counted);
    const shift = {
      dimension: people ? ('base' as const) : ('subject' as const),
      claimSays: counted,
      sourceSays: figure.figure.label,
    };
    return verdict(reading, 'different_scope', explain.scope(shift, figure, fact), fact, figure, {
      dimension: shift.dimension,
    });
  }
  if (contentFit(fact, reading.analysis) < CONTENT_FIT) {
    const claimed = reading.figures[0];
    if (claimed && (distinctive(claimed) || reading.ranked[0]?.fact === fact)) {
      const people = PEOPLE_WORDS.test(reading.lower);
      const shift = {
        dimension: people ? ('base' as const) : ('subject' as const),
        claimSays: people
          ? 'people rather than cases'
          : `what the claim describes (${uncoveredTerms(fact, reading.analysis).slice(0, 4).join(', ')})`,
        sourceSays: figure.figure.label,
      };
      return verdict(reading, 'different_scope', explain.scope(shift, figure, fact), fact, figure, {
        dimension: shift.dimension,
      });
    }
    return verdict(
      reading,
      'not_in_source',
      explain.notInSource('what this claim describes', coverage(index)('it covers: ')),
    );
  }
  if (NEGATED.test(reading.lower))
    return verdict(
      reading,
      'contradicted',
      `The source says the opposite: ${fact.fact.statement}`,
      fact,
      figure,
    );
  return verdict(
    reading,
    'supported',
    explain.supported(figure, fact, reading.figures[0]?.raw ?? null),
    fact,
    figure,
  );
}

/** Below this share of its topic words covered by the fact, a claim is about something else. */
const CONTENT_FIT = 0.5;
const PEOPLE_WORDS =
  /\b(?:children|kids|victims|young people|youngsters|teenagers|users|parents|offenders|groomers|perpetrators|people|adults|women|men|girls|boys)\b/u;

function sameKind(figure: ClaimedFigure, f: FactFigure): boolean {
  return f.kind === figure.kind;
}

function platformsOf(index: FactIndex, fact: IndexedFact): string[] {
  return [...fact.entities].filter((id) => index.entityKinds.get(id) === 'platform');
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === new Set(b).size && a.every((x) => b.includes(x));
}

/** The fact's platforms include every platform the claim names. */
function namesFit(index: FactIndex, fact: IndexedFact, platforms: readonly string[]): boolean {
  return platforms.every((id) => fact.entities.has(id) && index.entityKinds.get(id) === 'platform');
}

function checkFigure(index: FactIndex, reading: Reading, figure: ClaimedFigure): ClaimCheck {
  const { analysis, ranked, platforms } = reading;
  const cover = coverage(index);
  const uncoveredPlatform = analysis.uncovered.find((u) => u.kind === 'platform');
  const uncoveredPlace = analysis.uncovered.find((u) => u.kind === 'place');
  const owners = index.facts.flatMap((fact) =>
    factFigures(fact)
      .filter((f) => sameKind(figure, f) && fitFigure(figure, f) === 'match')
      .map((f) => ({ fact, figure: f })),
  );
  const topical = ranked.filter((s) => s.score >= TOPICAL);
  const withKind = topical.flatMap((s) =>
    factFigures(s.fact)
      .filter((f) => sameKind(figure, f))
      .map((f) => ({ fact: s.fact, figure: f, score: s.score })),
  );
  if (figure.kind === 'money')
    return verdict(
      reading,
      'not_in_source',
      explain.notInSource('money, fines or costs', cover('it covers: ')),
    );
  const measure =
    analysis.measures.find((m) => !topical[0]?.fact.weights.has(m.term)) ?? analysis.measures[0];
  if (measure && !owners.some((o) => topical.some((t) => t.fact === o.fact)))
    return verdict(reading, 'not_in_source', explain.notInSource(measure.topic, cover('it covers: ')));
  if (uncoveredPlatform) {
    const owner = owners.find((o) => topical.some((t) => t.fact === o.fact));
    if (owner)
      return verdict(
        reading,
        'different_scope',
        explain.scope(
          { dimension: 'subject', claimSays: uncoveredPlatform.name, sourceSays: owner.figure.figure.label },
          owner.figure,
          owner.fact,
        ),
        owner.fact,
        owner.figure,
        { dimension: 'subject' },
      );
    return verdict(
      reading,
      'not_in_source',
      explain.notInSource(
        uncoveredPlatform.name,
        `it covers ${index.packs.flatMap((p) => p.pack.covers.platforms).join(', ')}.`,
      ),
    );
  }
  // The fact the claim is about: one that names every platform the claim names, with a figure of the same kind.
  const named = withKind.filter((c) => namesFit(index, c.fact, platforms));
  // A platform with a figure of its own is checked against that figure, not the group's ("Instagram in half").
  const own = GROUP.test(reading.lower)
    ? []
    : named.filter(
        (c) =>
          platforms.length > 0 &&
          !GROUP.test(c.fact.fact.quote.toLowerCase()) &&
          sameSet(platformsOf(index, c.fact), platforms),
      );
  const fitting = own.length > 0 ? own : named;
  const agreeingCandidate = fitting.find((c) => fitFigure(figure, c.figure) === 'match');
  const best = fitting[0];
  if (agreeingCandidate && (!best || agreeingCandidate.score >= best.score - 0.25))
    return agreeing(index, reading, agreeingCandidate.fact, agreeingCandidate.figure);
  if (!best) {
    if (uncoveredPlace)
      return verdict(
        reading,
        'not_in_source',
        explain.notInSource(uncoveredPlace.name, cover('its figures are for: ')),
      );
    const near = topical[0];
    if (near && owners.length > 0) {
      const owner =
        owners.find((o) => o.fact === near.fact) ??
        owners.find((o) => topical.some((t) => t.fact === o.fact)) ??
        owners.find((o) => platforms.some((id) => o.fact.entities.has(id)));
      if (owner) return agreeing(index, reading, owner.fact, owner.figure);
    }
    // A fragment ("1.2k in apr-jun", "rose 10% during it"): a figure only one fact gives is about that fact.
    const lone = owners.length === 1 ? owners[0] : undefined;
    if (
      lone &&
      (distinctive(figure) || figure.kind === 'change') &&
      platforms.every((id) => lone.fact.entities.has(id))
    )
      return agreeing(index, reading, lone.fact, lone.figure);
    // A share read as a change or the other way ("one in ten children" for "a ten percent rise").
    const otherKind = topical.flatMap((t) =>
      factFigures(t.fact)
        .filter(
          (f) =>
            (f.kind === 'share' || f.kind === 'change') &&
            (figure.kind === 'share' || figure.kind === 'change'),
        )
        .filter((f) => f.kind !== figure.kind && fitFigure({ ...figure, qualifier: 'bare' }, f) === 'match')
        .map((f) => ({ fact: t.fact, figure: f })),
    )[0];
    if (otherKind)
      return verdict(
        reading,
        'different_scope',
        explain.scope(
          {
            dimension: 'base',
            claimSays: figure.kind === 'share' ? 'a share' : 'a change',
            sourceSays: otherKind.figure.figure.label,
          },
          otherKind.figure,
          otherKind.fact,
        ),
        otherKind.fact,
        otherKind.figure,
        { dimension: 'base' },
      );
    const what = near
      ? `this (it gives ${near.fact.fact.figures.map((f) => f.display).join(', ') || 'no figure'} on ${near.fact.fact.title.toLowerCase()})`
      : 'this';
    return verdict(reading, 'not_in_source', explain.notInSource(what, cover('it covers: ')), near?.fact);
  }
  // The figure is another fact's: the claim moved it ("12,925 cases between April and June").
  const owner = owners.find(
    (o) => o.fact !== best.fact && topical.some((t) => t.fact === o.fact) && distinctive(figure),
  );
  if (owner && platforms.length === 0) {
    const shift = scopeOf(index, reading, owner.fact);
    if (shift)
      return verdict(
        reading,
        'different_scope',
        explain.scope(shift, owner.figure, owner.fact),
        owner.fact,
        owner.figure,
        {
          dimension: shift.dimension,
        },
      );
  }
  if (uncoveredPlace)
    return verdict(
      reading,
      'not_in_source',
      explain.notInSource(uncoveredPlace.name, cover('its figures are for: ')),
    );
  // A different figure for a scope the source does not give ("a 30% rise in Wales"): nothing to check it against.
  const moved = scopeOf(index, reading, best.fact);
  if (moved && moved.dimension !== 'subject')
    return verdict(
      reading,
      'not_in_source',
      explain.notInSource(moved.claimSays, `it gives ${best.figure.figure.display} for ${moved.sourceSays}.`),
      best.fact,
      best.figure,
    );
  const counted = countedNoun(index, reading, best.fact);
  if (contentFit(best.fact, reading.analysis) < CONTENT_FIT || counted)
    return verdict(
      reading,
      'not_in_source',
      explain.notInSource(counted ?? 'what this claim describes', cover('it covers: ')),
    );
  if (
    figure.kind === 'change' &&
    figure.direction &&
    best.figure.direction &&
    figure.direction !== best.figure.direction
  )
    return verdict(
      reading,
      'contradicted',
      explain.wrongDirection(best.fact, figure.direction, best.figure),
      best.fact,
      best.figure,
    );
  const fit = fitFigure(figure, best.figure);
  return verdict(
    reading,
    'contradicted',
    explain.wrongFigure(figure, best.figure, fit === 'unsure'),
    best.fact,
    best.figure,
  );
}

const SKIP_AFTER = new Set([
  'per',
  'by',
  'from',
  'for',
  'to',
  'on',
  'at',
  'according',
  'during',
  'since',
  'between',
  'across',
  'was',
  'were',
  'is',
  'are',
  'and',
  'or',
  'teh',
  'grooming',
  'child',
  'of',
  'the',
  'all',
  'these',
  'those',
  'its',
  'their',
  'in',
  'a',
  'an',
  'rise',
  'increase',
  'jump',
  'surge',
  'more',
  'extra',
  'online',
  'recorded',
  'reported',
  'uk',
  'british',
  'total',
  'estimated',
  'criminal',
  'separate',
  'different',
  'new',
]);

/**
 * The thing a figure counts, when the fact never mentions it: "100 countries", "12k retweets", "a 10% rise in
 * adults". Undefined when the fact covers it or nothing is named.
 */
function countedNoun(index: FactIndex, reading: Reading, fact: IndexedFact): string | undefined {
  const figure = reading.figures[0];
  if (!figure) return undefined;
  const after = reading.lower.slice(figure.end).replace(/^[\s+]+/u, '');
  if (figure.kind === 'duration') return undefined;
  // A change names what changed before it ("targeting doubled"), unless it says "a 10% rise in adults".
  if (figure.kind === 'change' && !/^(?:(?:rise|increase|jump|surge|fall|drop) )?(?:in|of)\b/u.test(after))
    return undefined;
  const words = after.split(/[^\p{L}'-]+/u).filter(Boolean);
  const nouns = words.filter((w) => !SKIP_AFTER.has(w) && !MONTH_WORD.test(w));
  // "97% of grooming before it is reported": the modifier skipped is the thing counted after all.
  const at = nouns[0] ? words.indexOf(nouns[0]) : -1;
  if (
    at > 0 &&
    words[at - 1] === 'grooming' &&
    /^(?:before|after|that|which|it|on|online)$/u.test(nouns[0] ?? '')
  )
    nouns.unshift('grooming');
  const noun = nouns[0];
  if (!noun || words.indexOf(noun) > 3) return undefined;
  // Words any fact uses for what figures count (cases, offences, organisations…) are the fact's to judge.
  const countsCases = /\b(?:cases?|offen[cs]es?|crimes?|instances?)\b/iu.test(fact.fact.measure);
  // "1,220 children" for 1,220 cases, "a 10% rise in adults" for children: people the figure does not count.
  const labels = fact.fact.figures.map((f) => f.label).join(' ');
  if (PEOPLE_WORDS.test(noun) && !/\b(?:child|children|kids?|youngsters?|people|victims?)\b/iu.test(labels))
    return noun;
  if (
    PEOPLE_WORDS.test(noun) &&
    !/\b(?:children|kids|youngsters|young people|minors|teenagers)\b/u.test(noun)
  )
    return noun;
  const termsOf = (word: string) => {
    const analysis = analyseText(word, index.vocab, true);
    return analysis.entities.length > 0 ? undefined : [...analysis.terms, ...analysis.optionalTerms];
  };
  // What the figure counts is in its label, the fact's measure or base, not anywhere in the quote.
  const counts = new Set(
    analyseText(`${labels} ${fact.fact.measure} ${fact.fact.base ?? ''}`, index.vocab, false).terms,
  );
  const sameThing = (terms: readonly string[]) => countsCases && terms.some((t) => SAME_THING.has(t));
  const known = (terms: readonly string[]) =>
    terms.some((t) => counts.has(t) || KINDS_OF_BODY.has(t)) || sameThing(terms);
  const first = termsOf(noun);
  if (!first || first.length === 0 || known(first)) return undefined;
  // "lockdown cases": the thing counted is the second word.
  const second = nouns[1] ? termsOf(nouns[1]) : undefined;
  return second && sameThing(second) ? undefined : noun;
}

const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:-\w+)?$/u;

/** Organisations by other names: "100+ charities" signed what "more than 100 organisations" signed. */
const KINDS_OF_BODY = new Set(['organis', 'organ', 'org', 'chariti', 'group', 'bodi', 'ngo']);

/** Nouns that name the things the source's figures count, whatever fact they land on. */
const SAME_THING = new Set(['case', 'offenc', 'crime', 'instanc', 'incid', 'groom', 'onlin']);

/** A figure specific enough to trace to one fact: not a round share like 10% or a fifth. */
function distinctive(figure: ClaimedFigure): boolean {
  return figure.kind === 'count' ? figure.value >= 100 : figure.value % 5 !== 0;
}

function checkStatement(index: FactIndex, reading: Reading): ClaimCheck | undefined {
  const { ranked, lower } = reading;
  const best = ranked[0];
  const measure = reading.analysis.measures[0];
  if (measure && STAT_CUE.test(lower))
    return verdict(
      reading,
      'not_in_source',
      explain.notInSource(measure.topic, coverage(index)('it covers: ')),
    );
  if (best && best.score >= STATEMENT_MATCH && /\bby (?:19|20)\d\d\b/u.test(lower))
    return verdict(
      reading,
      'not_in_source',
      explain.notInSource('a target date', coverage(index)('it covers: ')),
    );
  const opposite = best && best.score >= STATEMENT_MATCH ? oppositeWord(lower, best.fact) : undefined;
  if (best && opposite)
    return verdict(
      reading,
      'contradicted',
      `The source says "${opposite}", not the opposite: ${best.fact.fact.statement}`,
      best.fact,
    );
  const direction = directionOf(lower);
  const negated = NEGATED.test(lower);
  if (direction) {
    const moving = ranked.find((s) => s.score >= TOPICAL && factDirection(s.fact));
    if (moving) {
      const said = factDirection(moving.fact);
      const claimed = negated ? (direction === 'rise' ? 'fall' : 'rise') : direction;
      const figure = factFigures(moving.fact).find((f) => f.direction) ?? factFigures(moving.fact)[0];
      if (said && claimed !== said)
        return verdict(
          reading,
          'contradicted',
          explain.wrongDirection(moving.fact, claimed, figure),
          moving.fact,
          figure,
        );
      const wrongSpeaker = speakerVerdict(index, reading, moving.fact, figure);
      if (wrongSpeaker) return wrongSpeaker;
      const shift = scopeOf(index, reading, moving.fact);
      if (shift)
        return verdict(
          reading,
          'different_scope',
          explain.scope(shift, figure, moving.fact),
          moving.fact,
          figure,
          {
            dimension: shift.dimension,
          },
        );
      if (moving.score >= STATEMENT_MATCH)
        return verdict(
          reading,
          'supported',
          explain.supported(undefined, moving.fact, null),
          moving.fact,
          figure,
        );
    }
  }
  if (!best || best.score < STATEMENT_MATCH) return undefined;
  const dated = factFigures(best.fact).find((f) => f.kind === 'date');
  const years = reading.analysis.years;
  if (dated && years.length > 0) {
    const from = best.fact.fact.period?.from ?? '';
    const month = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/u.exec(lower)?.[1];
    const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
    const monthRight = !month || `${String(months.indexOf(month) + 1).padStart(2, '0')}` === from.slice(5, 7);
    if (!years.includes(dated.value) || !monthRight)
      return verdict(
        reading,
        'contradicted',
        explain.wrongDate(best.fact, dated, years.join(', ')),
        best.fact,
        dated,
      );
  }
  const wrongSpeaker = speakerVerdict(index, reading, best.fact, dated);
  if (wrongSpeaker) return wrongSpeaker;
  const stranger = unknownName(index, reading.clause);
  if (stranger)
    return verdict(
      reading,
      'contradicted',
      `The source does not name ${stranger} here: ${best.fact.fact.statement}`,
      best.fact,
      dated,
    );
  // A statement must be in what the source says (its quote and our statement of it), not in the ways people ask.
  const fit = contentFit(saidIn(index, best.fact), reading.analysis);
  if (reading.speakers.length === 0 && !dated && (fit < STATEMENT_FIT || !STATES.test(reading.lower)))
    return undefined;
  if (fit < STATEMENT_SAID)
    return verdict(reading, 'not_in_source', `The source does not say this; ${coverage(index)('')}`);
  if (!dated && years.length > 0) {
    const shift = scopeOf(index, reading, best.fact);
    if (shift)
      return verdict(
        reading,
        'different_scope',
        explain.scope(shift, undefined, best.fact),
        best.fact,
        undefined,
        {
          dimension: shift.dimension,
        },
      );
  }
  if (negated)
    return verdict(reading, 'contradicted', `The source says: ${best.fact.fact.statement}`, best.fact, dated);
  return verdict(reading, 'supported', explain.supported(undefined, best.fact, null), best.fact, dated);
}

const STAT_CUE =
  /\b(?:most|majority|average|median|percent|per cent|%|times (?:more|less|as)|likely|in (?:ten|10|five|5|four|three)|aged?|between \d+ and \d+|\d+)\b/u;

/** Words a claim may use for the opposite of what the source says: the claim's word → the source's. */
const OPPOSITES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\bstop(?:s|ped|ping)?\b/u, /\bstart\b/u],
  [
    /\b(?:praised|praises|welcomed|welcomes|supported|supports|applauded|endorsed)\b/u,
    /\b(?:accused|derided|denounced)\b/u,
  ],
  [/\b(?:opposed|opposes|rejected|rejects|criticised|criticized)\b/u, /\bbacked\b/u],
  [/\b(?:backed|backs|favoured|favours|approved|approves)\b/u, /\b(?:derided|accused|denounced)\b/u],
  [
    /\b(?:abandon(?:ed|s)?|scrap(?:ped|s)?|drop(?:ped|s)?) (?:its |the |their )?plans?\b/u,
    /\bplans? to start\b/u,
  ],
];

/** The source's word when the claim says the opposite of it. */
function oppositeWord(lower: string, fact: IndexedFact): string | undefined {
  const quote = fact.fact.quote.toLowerCase();
  for (const [claim, source] of OPPOSITES) {
    const said = source.exec(quote);
    if (claim.test(lower) && said) return said[0];
  }
  return undefined;
}

/** A capitalised name the packs do not know ("Rishi Sunak"), not at the start of the clause. */
function unknownName(index: FactIndex, clause: string): string | undefined {
  for (const m of clause.matchAll(/(?<=\S\s+)([A-Z][a-z]+(?:\s+[A-Z][a-z]+)+)/gu)) {
    const name = m[1] ?? '';
    const known = analyseText(name, index.vocab, false);
    // A name the source itself uses ("Online Harms Bill") is the source's.
    if (index.packs.some((p) => p.sourceText.toLowerCase().includes(name.toLowerCase()))) continue;
    if (
      known.entities.length === 0 &&
      known.uncovered.length === 0 &&
      !/\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/u.test(
        name,
      )
    )
      return name;
  }
  return undefined;
}

const said = new WeakMap<IndexedFact, IndexedFact>();

/** The fact with only the words of its quote, title and statement (what the source says), for statements. */
function saidIn(index: FactIndex, fact: IndexedFact): IndexedFact {
  let only = said.get(fact);
  if (!only) {
    const text = `${fact.fact.quote} ${fact.fact.title} ${fact.fact.statement} ${fact.fact.attribution.source}`;
    const analysis = analyseText(text, index.vocab, false);
    only = { ...fact, weights: new Map([...analysis.terms, ...analysis.optionalTerms].map((t) => [t, 1])) };
    said.set(fact, only);
  }
  return only;
}

/**
 * The check of one clause, or undefined when it makes no statistical or attributed claim. `context` (the clause
 * before it) only helps find what a fragment is about; its figures and scope are the clause's own.
 */
export function checkClause(index: FactIndex, clause: string, context = ''): ClaimCheck | undefined {
  // A fragment ("rose 10% during it") is read with the clause before it for what it is about.
  const analysis = analyseText(context ? `${context} ${clause}` : clause, index.vocab, true);
  const figures = readFigures(clause);
  const reading: Reading = {
    clause,
    lower: clause.toLowerCase(),
    analysis,
    figures,
    speakers: readSpeakers(index, clause),
    platforms: analysis.entities.filter((id) => index.entityKinds.get(id) === 'platform'),
    ranked: rankFacts(index, analysis, figures),
  };
  const figure = figures.find((f) => f.kind !== 'duration') ?? figures[0];
  if (!figure) return checkStatement(index, reading);
  const topicalEnough =
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
  const first = checkFigure(
    index,
    { ...reading, figures: [figure, ...figures.filter((f) => f !== figure)] },
    figure,
  );
  // Every figure must hold: one wrong figure makes the clause wrong.
  if (first.verdict !== 'supported') return first;
  for (const other of figures.filter((f) => f !== figure && f.kind !== 'duration')) {
    const next = checkFigure(index, { ...reading, figures: [other] }, other);
    if (next.verdict !== 'supported') return { ...next, claimed: `${figure.raw}; ${other.raw}` };
  }
  return first;
}
