// What a question asks beyond what a fact reports, in any pack: what became of a plan or a call, how big a figure's
// base was, and a breakdown by areas the source never splits its figures into.
import { placeOf } from '../../pack/place.js';
import type { DeclineReason } from '../reply.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { countedThings } from '../retrieve/counted-things.js';
import { replyAsked } from './reply-asked.js';

type ScopeDecline = Extract<DeclineReason, { code: 'not_covered' }>;

/** A fact about an intention, not an outcome: a plan, a proposal, an announcement, a call or a demand. */
const INTENTION =
  /\b(?:plans?|planned|planning|propos(?:al|als|ed|es)|announc(?:ed|es|ement)|intends?|intention|call(?:s|ed)? (?:on|for)|urg(?:ed|es|ing)|demand(?:s|ed)?|pledg(?:ed|es)|promis(?:ed|es)|wants?|push(?:ed)? forward)\b/u;

/** Asking what became of it: passed, became law, went live, was finished ("did the bill actually pass?"). */
const OUTCOME =
  /\b(?:pass(?:ed)?|bec(?:o|a)me law|get (?:passed|through)|got (?:passed|through)|(?:come|came) into force|t(?:ake|ook) effect|enacted|finish(?:ed)?(?= \w+ing\b)|finished|completed|switch(?:ed)? (?:it )?on|turn(?:ed)? (?:it )?on|roll(?:ed)? (?:it )?out|go live|went live|implement(?:ed)?)\b/u;
/**
 * What became of it asked in so many words, whatever intention a clause names it by ("whether the Online Harms Bill
 * the NSPCC called for was ultimately passed by Parliament").
 */
const OUTCOME_STATED =
  /\b(?:was|were|has been|have been|had been|got)(?: (?!to\b)\w+){0,2} (?:passed|enacted|implemented|completed)\b|\b(?:became|has become|have become) law\b|\b(?:received|receive|got|given|granted) royal assent\b/u;
/** …or said so outright: "actually", "in the end", "eventually". */
const ACTUALLY = /\b(?:actually|eventually|in the end|finally|ever|yet)\b/u;
/** Asking about the intention itself: its announcement, the plan, what was wanted ("What did Wanless want passed?"). */
const ASKS_INTENTION =
  /\bannounc\w*|\bplan(?:s|ned)? to\b|\bpropos\w*|\bwant(?:s|ed)?\b|\burg(?:e|ed|es|ing)\b|\bcall(?:s|ed)? (?:for|on)\b|\bdemand\w*|\bask(?:s|ed|ing)? (?:for|the|to)\b|\bto (?:be|get) (?:passed|enacted|implemented)\b/u;
/** …or when it started, beside such a word ("when did Facebook actually start encrypting?"). */
const STARTED = /\b(?:start(?:ed)?|beg[ai]n|begun)\b/u;

/**
 * What became of a plan or a call the fact reports ("Did the Online Harms Bill actually pass?", "When did Facebook
 * actually switch on encryption?"): the source reports the intention, not what followed.
 */
export function laterOutcome(fact: IndexedFact, folded: string): ScopeDecline | undefined {
  const about = `${fact.fact.title} ${fact.fact.statement}`.toLowerCase();
  if (!INTENTION.test(about) || OUTCOME.test(about)) return undefined;
  const stated = OUTCOME_STATED.test(folded);
  const asks = stated || OUTCOME.test(folded) || (STARTED.test(folded) && ACTUALLY.test(folded));
  // ("When did Facebook's CEO actually announce the plans to start encrypting?" asks about the intention itself.)
  if (!asks || (ASKS_INTENTION.test(folded) && !stated)) return undefined;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: 'what happened afterwards',
    covered: [`only the intention: ${fact.fact.statement}`],
  };
}

/**
 * Data said to be there or missing, as what is asked ("was platform data actually available", "had data", "no platform
 * data"), not as the base of the share asked for ("Snap % of cases w/ data available?", "where data was available").
 */
const DATA_PRESENCE =
  /\b(?:was|were) (?:there )?(?:\w+ )?(?:data|information|info) (?:actually |even |really )?(?:available|known|missing|recorded|held)\b|(?<!\b(?:where|which|whom|with|w\/)\s(?:the )?(?:\w+ )?)\b(?:data|information|info) (?:was|were) (?:actually |even |really )?(?:available|known|missing|unavailable|recorded|lacking)\b|\b(?:no|without|lack(?:ed|ing)?|missing) (?:\w+ )?(?:data|information|info)\b|\bhad (?:\w+ )?(?:data|information|info)\b/u;
/** Asking for a share. */
const SHARE_ASKED = /\b(?:share|percentage|percent|proportion|fraction)\b|%/u;
/** Asking how many, or what share. */
const HOW_MUCH =
  /\bhow (?:many|much)\b|\bwhat (?:share|percentage|percent|proportion|fraction|number)\b|\bwhat %|% of\b/u;

/**
 * The size of a figure's base, when the base is part of the cases ("in what % of cases was platform data available?"
 * of a share of "instances for which data was available"): the source gives the share, not how big its base was.
 */
export function baseSizeAsked(
  index: FactIndex,
  fact: IndexedFact,
  folded: string,
  entities: readonly string[],
): ScopeDecline | undefined {
  const base = fact.fact.base ?? '';
  if (!/\b(?:data|information)\b/iu.test(base)) return undefined;
  if (!DATA_PRESENCE.test(folded) || !HOW_MUCH.test(folded)) return undefined;
  // A share asked of what the fact counts ("what share involved Snapchat, when data was available?") is its figure.
  const ownCounted = countedThings(index, entities).some((id) => fact.entities.has(id));
  if (ownCounted && SHARE_ASKED.test(folded)) return undefined;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: 'how many cases that base holds',
    covered: [`a share of ${base}, not the size of that base: ${fact.fact.statement}`],
  };
}

/** Areas below a source's own: police forces, regions, counties, towns, wards… */
const AREA = `(?:(?:police|local|county|regional) )?(?:forces?|regions?|areas?|counties|county|cit(?:y|ies)|towns?|districts?|boroughs?|constituenc(?:y|ies)|councils?|authorit(?:y|ies)|neighbourhoods?|postcodes?|wards?)`;
/** A question for the part of a region that stands out or that counted ("which police force recorded the most"). */
const SUB_AREA = new RegExp(String.raw`\b(?:which|what|whose) ${AREA}\b`, 'u');
/** …asked as a breakdown: which had the most, or which several recorded or had the figure. */
const RANKS = /\b(?:most|least|highest|lowest|biggest|largest|smallest|fewest|worst)\b/u;
const PLURAL_AREAS =
  /\b(?:forces|regions|areas|counties|cities|towns|districts|boroughs|constituencies|councils|authorities|neighbourhoods|postcodes|wards)\b/u;
const COUNTED_IN = /\b(?:recorded|record|logged|reported|had|saw|accounted for|made up)\b/u;
/**
 * A split by areas asked in so many words, the areas within a few words of the split: "the breakdown of the 1,220
 * cases by police force area", "broken down per region" (not "Instagram and Snapchat separately, in cases recorded by
 * police forces", where what is split is the platforms).
 */
const BY_AREA = new RegExp(
  String.raw`\b(?:break ?downs?|broken down|break (?:[\w,-]+ ){1,3}down|split)\b(?: [\w,'-]+){0,14}? (?:by|per|for each|in each) (${AREA}(?: areas?)?)\b`,
  'u',
);
/**
 * A breakdown by areas the source never names ("Which police force recorded the most grooming offences?", "which town
 * had the most casualties?"): no place of the pack below the fact's own is named, so no figure is given for one.
 */
export function subAreaBreakdown(
  index: FactIndex,
  fact: IndexedFact,
  folded: string,
  entities: readonly string[],
): ScopeDecline | undefined {
  const area = SUB_AREA.exec(folded);
  // ("Which police force records the collisions?" asks who counts; "across which area…?" and "which areas does the
  // 12,925 cover?" ask the fact's place; "records more injuries as serious" is no ranking of areas.)
  const ranked = area && (RANKS.test(folded) || (PLURAL_AREAS.test(area[0]) && COUNTED_IN.test(folded)));
  // "…the breakdown of the 1,220 cases by police force area?": a split by areas, asked in so many words (not "recorded
  // by police forces in England and Wales").
  const split = BY_AREA.exec(folded);
  if (!ranked && !split) return undefined;
  // A place the question names that the pack knows (a branch, a ward) may be what is asked about.
  if (entities.some((id) => index.entityKinds.get(id) === 'place' && !fact.places.has(id))) return undefined;
  const noun = ranked && area ? area[0].replace(/^(?:which|what|whose) /u, '') : (split?.[1] ?? 'area');
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `a breakdown by ${noun}`,
    covered: [`one figure for ${placeOf(fact.fact).name ?? 'the whole area'}: ${fact.fact.statement}`],
  };
}

/** A ranking or figure by a unit of time shorter than any the source counts by ("which month had the most…?"). */
const SUB_PERIOD =
  /\b(?:which|what) (?:single )?(?:month|week|day|fortnight)\b|\b(?:first|second|last|final|opening|busiest|worst) (?:week|weeks|fortnight|days?)\b/u;

/**
 * A breakdown by month, week or day ("Which month between April and June had the most grooming cases?", "How many
 * cases were recorded in the first week of lockdown?") of a fact whose period is longer: it gives one figure for it.
 */
export function subPeriodBreakdown(fact: IndexedFact, folded: string): ScopeDecline | undefined {
  const asked = SUB_PERIOD.exec(folded);
  const from = fact.fact.period?.from;
  const to = fact.fact.period?.to;
  if (!asked || !from || !to || fact.fact.figures.length === 0) return undefined;
  // (A fact of one month answers "which month…?": "in which month was encryption announced?".)
  if (from === to) return undefined;
  if (/\b(?:which|what) (?:single )?month\b/u.test(asked[0]) && !RANKS.test(folded)) return undefined;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `a figure for a single ${/week|fortnight/u.test(asked[0]) ? 'week' : /day/u.test(asked[0]) ? 'day' : 'month'}`,
    covered: [`one figure for ${fact.fact.period?.label ?? 'its whole period'}: ${fact.fact.statement}`],
  };
}

/** Asking which others, by name, of things the source only counts ("Which other organisations signed the letter?"). */
const WHICH_ONES =
  /\b(?:which|what) other ([a-z]{3,}s)\b|\bnames? of (?:the |all )?(?:other )?([a-z]{3,}s)\b|\bwho else (?:signed|was|were)\b/u;

/**
 * The names of things a fact only counts ("which other organisations signed the open letter?" of "More than 100
 * organisations signed…"): the source gives how many, not which.
 */
export function namesOfCounted(fact: IndexedFact, folded: string): ScopeDecline | undefined {
  const m = WHICH_ONES.exec(folded);
  if (!m) return undefined;
  const noun = (m[1] ?? m[2] ?? '').replace(/s$/u, '');
  const count = fact.fact.figures.find(
    (f) =>
      f.unit === 'count' &&
      (noun ? new RegExp(`\\b${noun}s?\\b`, 'iu').test(f.label) : /\bsign/iu.test(f.label)),
  );
  if (!count) return undefined;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `which ${noun ? `${noun}s` : 'ones'} they were`,
    covered: [`how many, not which: ${fact.fact.statement}`],
  };
}

/** The first of these that the question asks beyond what the fact reports. */
export function unreported(
  index: FactIndex,
  fact: IndexedFact,
  folded: string,
  entities: readonly string[],
): ScopeDecline | undefined {
  return (
    laterOutcome(fact, folded) ??
    replyAsked(index, fact, folded) ??
    baseSizeAsked(index, fact, folded, entities) ??
    subPeriodBreakdown(fact, folded) ??
    namesOfCounted(fact, folded) ??
    subAreaBreakdown(index, fact, folded, entities)
  );
}
