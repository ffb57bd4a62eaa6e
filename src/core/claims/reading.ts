// What every verdict on a clause starts from: the clause read once, the ranked facts, and the shared checks
// (attribution, scope) and thresholds the figure and statement checks both use.

import { toCitation } from '../respond/views.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { type ScoredFact, scoreFacts } from '../retrieve/score.js';
import type { Analysis } from '../understand/analyse.js';
import { yearsForScope } from './baseline-years.js';
import { type ScopeShift, scopeShift } from './claim-scope.js';
import { explain } from './explain.js';
import type { ClaimedFigure } from './read-figure.js';
import { wrongBody, wrongRole, wrongTitle } from './roles.js';
import type { FactFigure } from './source-figures.js';
import { creditsSpeaker, type Speaker } from './speaker.js';
import type { ClaimCheck, Verdict } from './types.js';
import { otherSide } from './who-said.js';

/** Below this a fact is not what the claim is about. */
export const TOPICAL = 0.3;
/** A claim that denies what it states. */
export const NEGATED =
  /(?:n't|\bnot|\bcannot|\bnt|\b(?:did|were|do|does|has|have|had|wo|ca|could|would|should)nt|\b(?:was|is|are)nt(?! (?:it|that|this|there)\b)|\bnvr)\b(?! (?:that |very |really |so |at all |be |have )?(?:happy|pleased|impressed|keen|thrilled|amused|surprising|surprise[sd]?|shocking|shock|unexpected|a (?:surprise|shock)|news|new|great|good|ok|okay|fair|unusual|clear|sure|bad|believe|realise[sd]?|realize[sd]?|know|knew|forget|expect(?:ed)?|imagine|wonder|think|thought)\b)|\b(?:never|no longer|neither|nor)\b|\b(?:has|have|had|gives?|gave|got|offers?) no\b(?! (?:more|fewer|less) than\b)|\bthere (?:was|were|is|are|has been|have been) no\b(?! (?:more|fewer|less) than\b)|\b(?:said|says|say|that|thinks?|thought|claims?|claimed|insists?|insisted|argued|argues|believes?|believed) no\b(?! (?:more|fewer|less) than\b| doubt\b)|\b(?:it is|it's|its) (?:false|untrue) that\b/u;
/** Below this share of its topic words covered by the fact, a claim is about something else. */
export const CONTENT_FIT = 0.5;
/** Words for people, which the source's figures (cases, offences) do not count. */
export const PEOPLE_WORDS =
  /\b(?:children|kids|victims|young people|youngsters|teenagers|users|parents|offenders|groomers|perpetrators|people|adults|women|men|girls|boys)\b/u;

/** A clause read once: its words, figures, speakers and platforms, and the facts ranked for it. */
export interface Reading {
  clause: string;
  lower: string;
  analysis: Analysis;
  figures: ClaimedFigure[];
  speakers: Speaker[];
  platforms: string[];
  ranked: ScoredFact[];
}

/** A different-scope verdict: what moved (the dimension), explained against the fact's figure. */
export function scopeVerdict(
  reading: Reading,
  shift: ScopeShift,
  fact: IndexedFact,
  figure?: FactFigure,
): ClaimCheck {
  return verdict(reading, 'different_scope', explain.scope(shift, figure, fact), fact, figure, {
    dimension: shift.dimension,
  });
}

/** The check of the reading's clause: this verdict, cited to this fact and figure when there is one. */
export function verdict(
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

/** A `not_in_source` check that cites nothing: the claim (and anything else `from` gives) with no figure or fact. */
export function uncitedCheck(
  from: Pick<ClaimCheck, 'claim'> & Partial<ClaimCheck>,
  explanation: string,
): ClaimCheck {
  return {
    ...from,
    verdict: 'not_in_source',
    claimed: null,
    sourceFigure: null,
    quote: null,
    packId: null,
    factId: null,
    attribution: null,
    explanation,
  };
}

const coverages = new WeakMap<FactIndex, string>();

/**
 * What the source has figures for, in words without numbers (every number said must be in a quote): "its figures
 * are for …". Worked out once per index.
 */
export function coverageOf(index: FactIndex): string {
  let sentence = coverages.get(index);
  if (sentence === undefined) {
    const covers = index.packs.map((p) => p.pack.covers);
    const list = (items: string[]) =>
      items.length <= 1
        ? (items[0] ?? '')
        : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
    const platforms = list([...new Set(covers.flatMap((c) => c.platforms))]);
    const places = list([...new Set(covers.flatMap((c) => c.places))]);
    sentence = `its figures are for ${platforms || 'the topics it covers'}${places ? `, in ${places}` : ''}.`;
    coverages.set(index, sentence);
  }
  return sentence;
}

/** Facts ranked for the claim by the words the packs know (a claim's wrong words are what is being checked). */
export function rankFacts(
  index: FactIndex,
  analysis: Analysis,
  figures: readonly ClaimedFigure[],
): ScoredFact[] {
  const known = { ...analysis, terms: analysis.terms.filter((t) => t.startsWith('@') || index.idf.has(t)) };
  const values = figures.map((f) => f.value).filter((v) => index.figureOwners.has(v));
  return scoreFacts(index, known, values);
}

/** `contradicted` when the claim credits the fact's words to someone the source does not. */
export function speakerVerdict(
  index: FactIndex,
  reading: Reading,
  fact: IndexedFact,
  figure?: FactFigure,
): ClaimCheck | undefined {
  // A role or a title the source gives no one ("Peter Wanless, Facebook's chief executive", "NSPCC chair Wanless").
  const role = wrongRole(index, reading.clause) ?? wrongBody(index, reading.clause);
  const titled = role ? undefined : wrongTitle(index, reading.clause);
  const called = role
    ? { person: role.person, as: role.role }
    : titled && { person: titled.person, as: titled.title };
  if (called)
    return verdict(reading, 'contradicted', explain.notCalled(called.person, called.as, fact), fact, figure);
  // A spokesperson credited with words the source gives to someone named ("A Facebook spokesman wrote that people
  // expect…" of Zuckerberg's words).
  if (
    // (Not one the claim rules out: "it was Zuckerberg who wrote that…, not the Facebook spokesman".)
    /\bspokes(?:man|woman|person|people)\b/u.test(
      reading.lower.replace(
        /\b(?:not|rather than|instead of) (?:the |a |an )?(?:[\w'’]+ ){0,2}spokes\w*/gu,
        '',
      ),
    ) &&
    !/\bspokes/iu.test(fact.fact.attribution.source) &&
    reading.speakers.length > 0
  )
    return verdict(
      reading,
      'contradicted',
      `The source gives these words to ${fact.fact.attribution.source}, not to a spokesperson.`,
      fact,
      figure,
    );
  for (const speaker of reading.speakers) {
    if (creditsSpeaker(index, fact, speaker) === false)
      return verdict(reading, 'contradicted', explain.wrongSpeaker(fact, speaker), fact, figure);
    const other = speaker.id ? otherSide(index, fact, speaker.id, reading.analysis.terms) : undefined;
    if (other)
      return verdict(
        reading,
        'contradicted',
        `The source gives these words to ${other}, not to ${speaker.name}.`,
        fact,
        figure,
      );
  }
  return undefined;
}

/** How the claim moves the fact's figure (period, place, base, subject), if it does. */
export function scopeOf(index: FactIndex, reading: Reading, fact: IndexedFact, figure?: FactFigure) {
  const uncoveredPlace = reading.analysis.uncovered.find((u) => u.kind === 'place')?.name;
  return scopeShift(index, fact, reading.clause, {
    entities: reading.analysis.entities,
    platforms: reading.platforms,
    years: yearsForScope(reading.lower, reading.analysis.years, fact, figure?.figure),
    ...(uncoveredPlace ? { uncoveredPlace } : {}),
    // A figure for a period of its own (the 2022 rate a 2023 fact compares with) is checked against that period.
    ...(figure?.figure.period ? { period: figure.figure.period } : {}),
  });
}

/** A figure specific enough to trace to one fact: not a round share like 10% or a fifth. */
export function distinctive(figure: ClaimedFigure): boolean {
  return figure.kind === 'count' ? figure.value >= 100 : figure.value % 5 !== 0;
}
