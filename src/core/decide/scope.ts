// Checks that a fact answers what the question pins down, beyond its words: one part of an aggregate (WhatsApp
// alone, Wales alone), a count where the source gives a share, a figure per year, part of a period or another one.

import { isChangeFigure } from '../../pack/change.js';
import { placeIsInferred, placeOf } from '../../pack/place.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { lowerFirst } from '../../text/lower-first.js';
import { MONTH_WORD } from '../../text/months.js';
import { NUMBER_WORD_VALUES } from '../../text/numbers.js';
import type { DeclineReason } from '../reply.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { countedThings } from '../retrieve/counted-things.js';
import { ASKS_INCLUSION, analyseText } from '../understand/analyse.js';
import {
  type AnswerType,
  RAW_COUNT_ASKED,
  readAnswerType,
  SHARE_OF_WHOLE,
} from '../understand/answer-type.js';
import { ALONE, asksPerYearFigure, wantsCount } from '../understand/intent.js';
import { type AskedPeriod, comparePeriods, readAskedPeriod, spanMonths } from '../understand/period.js';
import { fitsAnswerType, givesShareOfWhole } from './answer-type-fit.js';
import { complementAsked } from './complement-asked.js';
import { HEAD_OF, namesHeadOf } from './head-of.js';
import { COUNTED_UNITS } from './measure-elsewhere.js';

/** Asking for a share or a count of something named. */
const ASKS_SHARE =
  /\b(?:how (?:many|much|often|common|frequently)|what (?:percentage|percent|share|proportion|fraction|%)|which (?:percentage|share)|(?:percentage|share|proportion) of|(?:what'?s|whats|what is|what was|give me|tell me) (?:the |its |their )?(?:\w+(?:'s)? )?(?:percentage|percent|share|proportion))\b|%/u;
/** Words that make a platform's name stand for the group it owns ("Facebook-owned apps", "Facebook's family"). */
const OWNED_GROUP = /\b(?:owned|apps|family|platforms|services|products|companies|firms)\b/u;
/**
 * Words that set one part against the group it belongs to ("Instagram on its own vs the whole Facebook family",
 * "was the Facebook-owned apps' share bigger than Instagram's alone?"): a comparison, not a figure asked of the part.
 */
const SETS_PART_AGAINST =
  /\b(?:vs\.?|versus|v|compared?|compares|bigger|smaller|larger|higher|lower|more|less|fewer|greater|gap|difference|both|two (?:numbers|figures|shares))\b|\bor\b[^?]*\b(?:alone|on (?:its|their) own|by itself)\b/u;

type ScopeDecline = Extract<DeclineReason, { code: 'not_covered' }>;

export const listNames = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

function figuresOf(fact: IndexedFact): string {
  return fact.fact.figures.map((f) => f.display).join(', ');
}

/** What the source does give when it counts things together: "one figure for England and Wales together (12,925)". */
function countedTogether(names: string, fact: IndexedFact): string {
  const figure = figuresOf(fact);
  return `one figure for ${names} together${figure ? ` (${figure})` : ''}`;
}

/** The platforms a fact is about. */
function platformsOf(index: FactIndex, fact: IndexedFact): string[] {
  return [...fact.entities].filter((id) => index.entityKinds.get(id) === 'platform');
}

/**
 * Platforms compared by name where one has no figure of its own, only a share in a group ("WhatsApp or Instagram
 * — which was used more?" when WhatsApp is counted only with Facebook and Instagram).
 */
export function comparedPartMismatch(
  index: FactIndex,
  entities: readonly string[],
  comparing: boolean,
): ScopeDecline | undefined {
  const asked = entities.filter((id) => index.entityKinds.get(id) === 'platform');
  if (!comparing || asked.length < 2) return undefined;
  for (const id of asked) {
    const owners = index.facts.filter((f) => platformsOf(index, f).includes(id));
    const own = owners.some((f) => platformsOf(index, f).length === 1);
    const group = owners.find((f) => platformsOf(index, f).length > 1);
    // The whole group named ("Facebook, WhatsApp or Instagram") asks for the group's figure.
    if (own || !group || platformsOf(index, group).every((p) => asked.includes(p))) continue;
    const nameOf = (p: string) => index.entityNames.get(p) ?? p;
    return {
      code: 'not_covered',
      kind: 'scope',
      value: `${nameOf(id)} alone`,
      covered: [countedTogether(listNames(platformsOf(index, group).map(nameOf)), group)],
    };
  }
  return undefined;
}

/**
 * A platform or group the question compares that none of the compared facts gives a figure for ("… with
 * Messenger's?", "children hurt on urban or rural roads?" when the road-type figures are for all ages).
 */
export function comparedWithoutFigure(
  index: FactIndex,
  entities: readonly string[],
  compared: readonly IndexedFact[],
): ScopeDecline | undefined {
  const missing = countedThings(index, entities).find((id) => !compared.some((f) => f.entities.has(id)));
  if (!missing) return undefined;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: index.entityNames.get(missing) ?? missing,
    covered: [`only these figures: ${compared.map((f) => f.fact.title).join('; ')}`],
  };
}

/**
 * One platform of several the source counts together: asked alone, or asked its share by name ("what % used
 * WhatsApp?"), unless the question speaks of the group ("apps owned by Facebook").
 */
export function groupPartMismatch(
  index: FactIndex,
  fact: IndexedFact,
  folded: string,
  entities: readonly string[],
): ScopeDecline | undefined {
  const kindOf = (id: string) => index.entityKinds.get(id);
  const nameOf = (id: string) => index.entityNames.get(id) ?? id;
  const factPlatforms = platformsOf(index, fact);
  const askedPlatforms = entities.filter((id) => kindOf(id) === 'platform');
  if (
    askedPlatforms.length > 0 &&
    askedPlatforms.length < factPlatforms.length &&
    askedPlatforms.every((id) => factPlatforms.includes(id)) &&
    ((ALONE.test(folded) && !(setsPartAgainstGroup(folded) && partHasOwnFigure(index, fact, folded))) ||
      (ASKS_SHARE.test(folded) && !OWNED_GROUP.test(folded)))
  ) {
    return {
      code: 'not_covered',
      kind: 'scope',
      value: `${listNames(askedPlatforms.map(nameOf))} alone`,
      covered: [countedTogether(listNames(factPlatforms.map(nameOf)), fact)],
    };
  }
  return undefined;
}

/**
 * How a group's figure splits between its members ("within the 51%, how were cases split between Facebook, WhatsApp
 * and Instagram?"): the source counts them together.
 */
export function splitOfGroup(
  index: FactIndex,
  fact: IndexedFact,
  folded: string,
  entities: readonly string[],
): ScopeDecline | undefined {
  const nameOf = (id: string) => index.entityNames.get(id) ?? id;
  const factPlatforms = platformsOf(index, fact);
  const askedPlatforms = entities.filter((id) => index.entityKinds.get(id) === 'platform');
  if (
    askedPlatforms.length >= 2 &&
    factPlatforms.length >= 2 &&
    askedPlatforms.every((id) => factPlatforms.includes(id)) &&
    BREAKDOWN.test(folded)
  )
    return {
      code: 'not_covered',
      kind: 'scope',
      value: `the split between ${listNames(askedPlatforms.map(nameOf))}`,
      covered: [countedTogether(listNames(factPlatforms.map(nameOf)), fact)],
    };
  return undefined;
}

/** Asking how a figure divides between its parts. */
const BREAKDOWN =
  /\b(?:split (?:between|among|across|by)|broken down|break(?:s)? ?down|divided (?:between|among|up)|each (?:of (?:them|those|the (?:three|apps|platforms)) )?(?:accounted|account|had|contributed|made up)|for each (?:app|platform|one)|individually|separately|respectively|(?:how|what) (?:much|many) (?:each|of (?:those|them|these) (?:each|was|were)))\b/u;

/** Words of the group and of setting a part against it: a comparison, not a figure asked of the part alone. */
function setsPartAgainstGroup(folded: string): boolean {
  return OWNED_GROUP.test(folded) && SETS_PART_AGAINST.test(folded);
}

/**
 * Whether the platform said to be alone ("Instagram on its own", "Instagram's alone": the last one named in the few
 * words before "alone") has a figure of its own, in a fact about it and no other platform.
 */
function partHasOwnFigure(index: FactIndex, group: IndexedFact, folded: string): boolean {
  const at = folded.search(ALONE);
  const before = folded.slice(Math.max(0, at - 40), at);
  const part = analyseText(before, index.vocab, false)
    .entities.filter((id) => index.entityKinds.get(id) === 'platform')
    .at(-1);
  return (
    part !== undefined &&
    index.facts.some((f) => f !== group && f.fact.figures.length > 0 && platformsOf(index, f).join() === part)
  );
}

/** A figure asked for by name ("pedestrian ksi number for 2023?", "cyclist casualty total"). */
const FIGURE_WORD = /\b(?:number|numbers|total|totals|figure|figures|count|stats?|statistics)\b/u;

/**
 * A figure asked of counted things its fact does not count ("how many cyclists were killed on rural roads?" of a
 * councillor's comment that names cyclists and rural roads but counts road deaths; "child pedestrians" of child
 * casualties): each counted thing asked must be in what the fact's figures or measure count, not only in its title.
 * (Not when the question sets them against each other, which the comparison reads.)
 */
export function countedElsewhere(
  index: FactIndex,
  fact: IndexedFact,
  folded: string,
  entities: readonly string[],
): ScopeDecline | undefined {
  const asked = countedThings(index, new Set(entities));
  if (asked.length === 0 || fact.fact.figures.length === 0) return undefined;
  // (A thing only the fact's caveats name is not what it counts, however the figure is asked: "pedestrian KSI?" of
  // child casualties, whose caveat says children are counted within the pedestrians.)
  const noted = asked.some((id) => fact.notedOnly.has(id));
  // (…unless it asks whether the figure counts them in, which is what that caveat says: "are children counted in the
  // pedestrian figures or separately?")
  if (noted && ASKS_INCLUSION.test(folded)) return undefined;
  // (Setting apart needs two things: "killed or seriously injured" sets nothing apart.)
  if (!noted && !(ASKS_SHARE.test(folded) || FIGURE_WORD.test(folded) || wantsCount(folded)))
    return undefined;
  if (asked.length > 1 && SETS_APART.test(folded)) return undefined;
  // Whether one is counted inside the other ("are the child casualties on top of the car/pedestrian numbers or
  // included in them?") asks how the figures are counted, which the fact's statement says, not a figure of both.
  if (asked.length > 1 && ASKS_INCLUSION.test(folded)) return undefined;
  const counts = new Set(
    analyseText([fact.fact.measure, ...fact.fact.figures.map((f) => f.label)].join('. '), index.vocab, false)
      .entities,
  );
  const apart = asked.filter((id) => !counts.has(id));
  if (apart.length === 0) return undefined;
  const nameOf = (id: string) => index.entityNames.get(id) ?? id;
  const figure = figuresOf(fact);
  return {
    code: 'not_covered',
    kind: 'scope',
    value:
      asked.length > 1
        ? `${listNames(asked.map(nameOf))} together`
        : `${nameOf(asked[0] ?? '')} in what this figure counts`,
    covered: [`${fact.fact.statement}${figure ? ` (${figure})` : ''}`],
  };
}

/** "Of the 598 casualties on A-roads, how many…", "how many of the 12,925…": a part of a figure the question names. */
const PART_OF_FIGURE =
  /\b(?:(?:of|out of|among|within) (?:the|those|these|that) (?:[\w'-]+ )?([\d][\d,.]*k?)\b[^?]*?\b(?:how many|what (?:share|proportion|percentage|number|fraction)|what %)|how many (?:of|out of) (?:the|those|these) (?:[\w'-]+ )?([\d][\d,.]*k?)\b)/u;

/**
 * A part of a figure the question names ("of the 67 'other road users', how many were bus passengers?", "of the
 * 12,925 offences how many were in Wales?"), from a fact that gives no other figure for that period to answer it
 * with: the source does not break it down.
 */
export function partOfNamedFigure(
  fact: IndexedFact,
  folded: string,
  named: readonly number[],
): ScopeDecline | undefined {
  const asked = PART_OF_FIGURE.exec(folded);
  if (!asked) return undefined;
  const own = fact.fact.figures.find((f) => named.includes(f.value));
  if (!own) return undefined;
  const share = /\b(?:share|proportion|percentage|fraction)\b|%/u.test(asked[0]);
  const others = fact.fact.figures.filter(
    (f) =>
      f !== own &&
      !isChangeFigure(f) &&
      !f.period &&
      (share ? f.unit === 'percent' || f.unit === 'count' : f.unit === 'count'),
  );
  if (others.length > 0) return undefined;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `a breakdown of the ${lowerFirst(own.display)}`,
    covered: [fact.fact.statement],
  };
}

/** Asking how often two things occur together ("cases that involved both Snapchat and Instagram"). */
const BOTH_TOGETHER =
  /\b(?:involv(?:e|ed|ing)|us(?:e|ed|ing)) both\b|\bboth\b(?: [\w'-]+){1,4} (?:(?:were|was|are|got) )?(?:used|involved)\b|\b(?:used|involved|appeared|seen) together\b|\b(?:at the same time|in the same (?:case|cases|instance|instances))\b/u;

/**
 * How often two compared things go together, where the source gives each one's figure on its own ("how many cases
 * involved both Snapchat and Instagram?" of the separate Snapchat and Instagram shares): no figure answers it.
 */
export function togetherAsked(
  index: FactIndex,
  entities: readonly string[],
  compared: readonly IndexedFact[],
  folded: string,
): ScopeDecline | undefined {
  const things = countedThings(index, new Set(entities));
  if (things.length < 2 || compared.length < 2 || !BOTH_TOGETHER.test(folded)) return undefined;
  if (compared.some((f) => things.every((id) => f.entities.has(id)))) return undefined;
  const names = things.map((id) => index.entityNames.get(id) ?? id);
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `${listNames(names)} together in the same cases`,
    covered: [
      `only a figure for each on its own: ${compared.map((f) => f.fact.statement.replace(/\.$/u, '')).join('; ')}`,
    ],
  };
}

/** The noun a "how many" question counts ("how many offenders were behind…" counts offenders). */
const HOW_MANY_NOUN =
  /\bhow many (?:(?:more|fewer|different|separate|individual|actual|real) )?((?:[a-z][a-z'-]+)(?: [a-z][a-z'-]+){0,2})/u;
/** Counted nouns that name no thing of their own: people are whatever the fact counts. */
const ANY_ONE = /^(?:people|persons|ppl|individuals|folk|folks|of)\b/u;

/**
 * A count of a thing the pack speaks of elsewhere but this fact does not count ("how many offenders were behind the
 * 1,220 cases?" of a count of cases; the pack names offenders in another fact): the fact answers another question.
 * Only a counting fact, and only a noun some other fact of the pack uses and this one does not (its quote, measure
 * and figure labels, read with the pack's synonyms).
 */
export function countsAnotherNoun(
  index: FactIndex,
  fact: IndexedFact,
  folded: string,
): ScopeDecline | undefined {
  const phrase = HOW_MANY_NOUN.exec(folded)?.[1];
  if (!phrase || ANY_ONE.test(phrase) || !fact.fact.figures.some((f) => f.unit === 'count')) return undefined;
  // The counted noun is the phrase's first word, or the words up to it ("road deaths"): any of them the fact uses
  // ties the count to it.
  const read = analyseText(phrase, index.vocab, false);
  const noun = phrase.split(' ')[0] ?? '';
  const term = analyseText(noun, index.vocab, false).terms[0];
  if (read.entities.length > 0 || !term || COUNTED_UNITS.has(term)) return undefined;
  if (read.terms.some((t) => fact.weights.has(t))) return undefined;
  if (!index.postings.has(term)) return undefined;
  const figure = figuresOf(fact);
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `a count of ${noun}`,
    covered: [`${fact.fact.statement}${figure ? ` (${figure})` : ''}`],
  };
}

/** Asking how big a change was: "how much did offences rise…", "by how much did it fall". */
const SIZE_OF_CHANGE =
  /\bhow much (?:did|has|have|had|does|do|was|were) (?:[\w'-]+ ){0,5}?(?:rise|rose|risen|increase|increased|grow|grew|go up|gone up|went up|fall|fell|fallen|drop|dropped|decrease|decreased|decline|declined)\b|\bby how much\b|\b(?:bigger|larger|greater|smaller|steeper|sharper|faster|slower)\b[^?]{0,40}\bthan (?:the |those |any |each of the )?(?:[\w'-]+ ){0,3}?(?:increases|rises|jumps|growth)\b/u;

/** A change asked as a count: "by how many cases did it go up", "how many more cases during lockdown than before". */
const COUNT_OF_CHANGE =
  /\bby how many\b(?: [\w'-]+){0,8}? (?:go up|gone up|went up|goes up|rise|rose|risen|increase|increased|grow|grew|fall|fell|drop|dropped|decrease|decreased|jump|jumped|climb|climbed)\b|\bhow many more\b(?: [\w'-]+){0,6}? (?:than|during|since|after|in lockdown)\b/u;

/** Two asks in one ("how many in England and how many in Wales?", "…, and what about Wales?"). */
const EACH_ASKED = /\bhow (?:many|much)\b.*\b(?:and|,) (?:how (?:many|much)|what about|then)\b/u;
/** Words that set two named things against each other. */
const SETS_APART = /\b(?:or|vs\.?|versus|compared?|comparison|than|between|which (?:had|has|was|is))\b/u;

/** Asking for the exact figure or day: "the exact percentage", "exactly how many", "on what exact date". */
const EXACT_FIGURE =
  /\b(?:exact|precise|actual)(?: [\w']+){0,2} (?:percentage|percent|figure|number|count|total|share|proportion)\b|\b(?:the|its|their|[\w]+'s) (?:exact|precise)(?: [\w']+){0,2} ?%|\b(?:the|its|their|[\w]+'s) (?:exact|precise|actual) %|\bexactly how (?:many|much)\b|\bhow (?:many|much)(?! of\b)(?:,? [\w']+){0,8},? exactly\b|\bexactly (?:what|which) (?:(?:percentage|percent|share|proportion|number|figure)\b|%)|\bnot (?:the|an|just (?:the|an)) estimate\b/u;
/** Insisting on more than an estimate: "exactly", "precisely", "not the estimate" (an "actual number" asks the figure). */
const BEYOND_ESTIMATE = /\bexact(?:ly)?\b|\bprecise(?:ly)?\b|\bnot (?:the|an|just (?:the|an)) estimate\b/u;
/** An estimate, which answers "the actual number" with its qualifier, not "exactly how many". */
const ESTIMATED = /^(?:an estimated|estimated|an estimate of)$/iu;
/** Asking whether the figure is exact ("is the 1,220 an exact count or an estimate?"): its fact says. */
const ASKS_IF_EXACT =
  /\b(?:exact|precise|actual|real) (?:count|figure|number|total)s? or\b|\bor (?:an? )?(?:estimate|estimated|rounded|approximat)|\b(?:is|was) (?:it|that|this|the [\w,.]+(?: \w+)?) (?:an? )?(?:exact|precise)\b/u;
const EXACT_DAY = /\b(?:exact|precise|specific) (?:date|day)\b|\b(?:what|which) day\b/u;
/**
 * Qualifiers that make a figure a bound, a rounding or an estimate, not the exact value ("over a third", "more than
 * 100", "an estimated 1,220").
 */
const QUALIFIERS_AT_LEAST = 'over|more than|just over|well over|at least';
const QUALIFIERS_AT_MOST = 'almost|nearly|under|less than|fewer than|just under|up to';
const QUALIFIERS_ABOUT = 'about|around|roughly|approximately|some';
const whole = (alternatives: string) => new RegExp(`^(?:${alternatives})$`, 'iu');
const APPROXIMATE = whole(
  `${QUALIFIERS_AT_LEAST}|${QUALIFIERS_AT_MOST}|${QUALIFIERS_ABOUT}|an estimated|estimated|an estimate of`,
);
const AT_LEAST = whole(QUALIFIERS_AT_LEAST);
const AT_MOST = whole(QUALIFIERS_AT_MOST);
const ABOUT = whole(QUALIFIERS_ABOUT);
const DAY_IN_TEXT = new RegExp(
  `\\b(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?: of)? ${MONTH_WORD}\\b|\\b${MONTH_WORD} (?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\b`,
  'iu',
);

/** Parts of a date a question may ask for, and how a quote would give them. */
const DATE_PARTS = [
  { value: 'the exact day', asked: EXACT_DAY, inQuote: DAY_IN_TEXT },
  {
    value: 'the month',
    asked: /\b(?:which|what|in what|in which) month\b/u,
    inQuote: new RegExp(`\\b${MONTH_WORD}\\b`, 'iu'),
  },
];

/** How far a bound or a rounding reaches, as a share of its value: "over half" is no 70 percent. */
const BOUND_REACH = 0.25;

/** Whether an exact value is one a bound or rounding of `bound` stands for ("51" behind "over half"). */
function standsBehind(value: number, bound: number, qualifier: string): boolean {
  const reach = bound * BOUND_REACH;
  if (AT_LEAST.test(qualifier)) return value >= bound && value <= bound + reach;
  if (AT_MOST.test(qualifier)) return value <= bound && value >= bound - reach;
  if (ABOUT.test(qualifier)) return Math.abs(value - bound) <= reach / 2;
  return false;
}

/**
 * The exact figure behind a rounded one, where the exact figure is asked ("what's the actual number behind the 'over
 * half' line?"): a related fact of the same pack whose figure of the same unit is stated exactly and within the
 * rounding's reach (the 51 percent behind "over half").
 */
export function exactFigureBehind(
  index: FactIndex,
  fact: IndexedFact,
  folded: string,
): IndexedFact | undefined {
  const rounded = fact.fact.figures;
  if (!EXACT_FIGURE.test(folded) || ASKS_IF_EXACT.test(folded) || rounded.length !== 1) return undefined;
  const [figure] = rounded;
  if (!figure || !APPROXIMATE.test(figure.qualifier ?? '') || ESTIMATED.test(figure.qualifier ?? ''))
    return undefined;
  const related = new Set(fact.fact.related);
  return index.facts.find(
    (f) =>
      f.pack === fact.pack &&
      related.has(f.fact.id) &&
      f.fact.figures.some(
        (g) =>
          g.unit === figure.unit &&
          !APPROXIMATE.test(g.qualifier ?? '') &&
          standsBehind(g.value, figure.value, figure.qualifier ?? ''),
      ),
  );
}

/** The decline when a question wants the exact figure or day and the fact gives only a bound, a rounding or a month. */
function roundedWhereExactAsked(
  fact: IndexedFact,
  folded: string,
  figure: string | undefined,
): ScopeDecline | undefined {
  const figures = fact.fact.figures;
  if (
    EXACT_FIGURE.test(folded) &&
    !ASKS_IF_EXACT.test(folded) &&
    figures.length > 0 &&
    figures.every((f) => APPROXIMATE.test(f.qualifier ?? '')) &&
    (BEYOND_ESTIMATE.test(folded) || !figures.every((f) => ESTIMATED.test(f.qualifier ?? '')))
  )
    return {
      code: 'not_covered',
      kind: 'scope',
      value: 'an exact figure',
      covered: [`only ${figure ? `"${figure}"` : 'a rounded figure'}: ${fact.fact.statement}`],
    };
  const period = fact.fact.period;
  // The exact day, or the month ("Which month did the NSPCC make the accusation?" of a quote that says only "last
  // year"), where the quote gives none.
  const unstated = period && DATE_PARTS.find((p) => p.asked.test(folded) && !p.inQuote.test(fact.fact.quote));
  return period && unstated
    ? {
        code: 'not_covered',
        kind: 'scope',
        value: unstated.value,
        covered: [`only ${period.label}: ${fact.fact.statement}`],
      }
    : undefined;
}

/**
 * A count asked in so many words of figures set side by side that are all shares ("In raw numbers, how many of the
 * cases were on Snapchat versus Instagram?"): the source gives no count to compare.
 */
export function countOfShares(folded: string, facts: readonly IndexedFact[]): ScopeDecline | undefined {
  const sharesOnly = (f: IndexedFact) =>
    f.fact.figures.length > 0 && f.fact.figures.every((g) => g.unit === 'percent');
  // ("How many times more common…" asks a ratio, which shares give.)
  const ratio = /\bhow many times\b/u.test(folded);
  if (facts.length === 0 || !facts.every(sharesOnly) || ratio || !RAW_NUMBER.test(folded)) return undefined;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: 'a count',
    covered: facts.map((f) => `a share (${figuresOf(f)}): ${f.fact.statement}`),
  };
}

/** Asking for a share. */
const ASKS_A_SHARE =
  /\b(?:what (?:share|percentage|proportion|%|fraction)|percent|percentage|%|proportion|share)\b/u;

/**
 * A figure asked for a place when the source gives that figure no place at all, where its other figures have one
 * ("What proportion of content removed from UK users does Facebook detect…?" of a company's own share, stated for no
 * country): the source does not say the figure is for that place.
 */
function placeNotGiven(
  index: FactIndex,
  fact: IndexedFact,
  folded: string,
  entities: readonly string[],
): ScopeDecline | undefined {
  const places = entities.filter((id) => index.entityKinds.get(id) === 'place');
  if (places.length === 0 || fact.fact.place || fact.places.size > 0) return undefined;
  // (A share asked of a share: a place that only describes someone, "the UK charity", asks no figure for it.)
  const share = fact.fact.figures.some((f) => f.unit === 'percent');
  const placedElsewhere = index.facts.some((f) => f.pack === fact.pack && f !== fact && f.fact.place);
  if (!share || !placedElsewhere || !ASKS_A_SHARE.test(folded)) return undefined;
  const figure = figuresOf(fact);
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `${listNames(places.map((id) => index.entityNames.get(id) ?? id))} specifically`,
    covered: [`${figure ? `${figure}, ` : ''}for no place the source names: ${fact.fact.statement}`],
  };
}

/** Whether the fact can give the name, count, share or sum the question wants (true when it wants none of them). */
export function givesWantedAnswer(
  index: FactIndex,
  fact: IndexedFact,
  folded: string,
  entities: readonly string[],
  wanted: AnswerType = readAnswerType(folded),
): boolean {
  if (!VETOED_TYPES.has(wanted)) return true;
  // (A share of cases answers "how many cases…" loosely, not when a raw number is asked: "number wise", "in actual
  // numbers".)
  const countsCases =
    /\bhow many (?:\w+ )?(?:cases|offences|offenses|crimes|instances|incidents)\b/u.test(folded) &&
    !RAW_NUMBER.test(folded);
  if (wanted === 'share' && SHARE_OF_WHOLE.test(folded) && !givesShareOfWhole(fact)) return false;
  if (wanted === 'person' && HEAD_OF.test(folded) && !namesHeadOf(index, fact, entities)) return false;
  // "How many of the people killed were in cars?": a fact that counts each part of the whole gives it as a count.
  if (wanted === 'share' && /\bhow many of\b/u.test(folded) && countsParts(fact)) return true;
  return fitsAnswerType(index, fact, wanted, entities, countsCases);
}

/** A fact that counts several parts of a whole ("8 were car occupants, 5 were motorcyclists…"). */
function countsParts(fact: IndexedFact): boolean {
  return fact.fact.figures.filter((f) => f.unit === 'count').length >= 2;
}

/**
 * Asking for a raw number, not a share: "number wise", "in actual numbers", "as a raw count", "number not %". ("The
 * actual number behind the 'over half' line" asks the figure behind a rounding.)
 */
const RAW_NUMBER = new RegExp(
  String.raw`\bnumbers?[- ]?wise\b|\bin (?:actual|real|raw|absolute) (?:numbers|terms)\b|\bas an? (?:raw |actual |absolute )?(?:number|count)\b|\bthe (?:actual|exact|raw) number\b(?! behind\b)|${RAW_COUNT_ASKED.source}`,
  'u',
);

/** The kinds of answer a fact must be able to give, and how a decline names what is missing. */
const VETOED_TYPES: ReadonlyMap<AnswerType, string> = new Map([
  ['person', 'the name of that person'],
  ['count', 'a count of that'],
  ['share', 'a share of that'],
  ['count-or-share', 'a count or share of that'],
  ['money', 'an amount of money'],
  ['change', 'the size of that change'],
]);

/** Asking what a figure takes in: "does it include Wales", "whether it relates to England alone". */
const COVERS_WHAT = /\b(?:includes?|including|covers?|covering|relates? to|applies to|refers? to)\b/u;
/** Setting the parts against each other by size: "higher in England or Wales?", "mostly England, or Wales?". */
const RANKS_PARTS =
  /\b(?:more|most|mostly|less|fewer|higher|lower|bigger|larger|smaller|greater|than|compared?|comparison|versus|vs\.?|which)\b/u;

/**
 * Parts asked of a whole named whole: "split between England and Wales", "divided among…", "how are they distributed
 * across…". ("Shared" or "distributed" asks parts only when it asks how: "the offences shared across England and
 * Wales" is the whole.)
 */
const SPLIT_BETWEEN =
  /\b(?:split|splits|divided|divide|broken down|break down|breakdown)\b(?: [\w'-]+){0,3}? (?:between|among|across)\b|\bhow (?:are|were|is|was|do|does|did)\b.*\b(?:shared|distributed)\b(?: [\w'-]+){0,3}? (?:between|among|across)\b/u;

/** A count asked in one part of a place: "how many … in Wales", "what was the total for England?". */
const IN_PART = /\bhow (?:many|much)\b|\bnumber of\b|\bwhat (?:was|is) the (?:total|figure|number|count)\b/u;

/** A yes/no question about the figure itself: "are those figures…", "is the total…", "does it cover…". */
const ABOUT_THE_FIGURE =
  /^\W*(?:are|is|were|was|do|does|did)\s+(?:the|those|these|that|this|they|it)\b(?:\s+(?:police|official|[\d,]+))?(?:\s+(?:figures?|numbers?|stats?|statistics|data|totals?|counts?|offences|cases))?\b/u;

/**
 * One part of a place the source counts together ("Wales alone" of a figure for England and Wales), or its parts set
 * against each other ("England or Wales?", "how many in England and how many in Wales?").
 */
export function placeSplitAsked(fact: IndexedFact, folded: string): ScopeDecline | undefined {
  // One part of a place the source counts together ("Wales alone" of a figure for England and Wales).
  // (A note in brackets, "England and Wales (inferred, …)", is about the place, not part of it.)
  const place = placeOf(fact.fact).name ?? '';
  const parts = place.split(/\s+(?:and|&)\s+/u).map((p) => p.trim());
  const named = parts.filter((p) => new RegExp(`\\b${escapeRegExp(p.toLowerCase())}\\b`, 'u').test(folded));
  // …or both parts set against each other ("England or Wales?", "Wales compared with England"), or one set aside
  // ("England only, not Wales"). (One part named without "alone" is answered with the whole: "how many offences were
  // reported in England?" wants the total.)
  const together = new RegExp(
    `\\b${escapeRegExp(place.toLowerCase()).replace(/\s+and\s+/gu, '\\s*(?:and|&|\\+)\\s*')}\\b`,
    'u',
  ).test(folded);
  // (A question about what the figure covers, "are those figures England only, not Wales too?", is answered.)
  // (Nor "…whether the three-year total includes Wales or relates to England alone?".)
  const asksCover =
    (ABOUT_THE_FIGURE.test(folded) || COVERS_WHAT.test(folded)) && !/\bhow many\b/u.test(folded);
  const split =
    named.length === 1
      ? (ALONE.test(folded) && !ABOUT_THE_FIGURE.test(folded)) ||
        (!together && !asksCover && IN_PART.test(folded))
      : named.length > 1 &&
        !together &&
        (BREAKDOWN.test(folded) ||
          EACH_ASKED.test(folded) ||
          // (What it covers is asked only when the parts are not also ranked: "is the 12,925 higher in England
          // or Wales?" still sets them apart.)
          ((SETS_APART.test(folded) || ALONE.test(folded)) && !(asksCover && !RANKS_PARTS.test(folded))));
  // ("How is the 12,925 split between England and Wales?" names the place whole, and asks its parts.)
  if (parts.length > 1 && (split || (named.length > 1 && SPLIT_BETWEEN.test(folded))))
    return {
      code: 'not_covered',
      kind: 'scope',
      value: named.length === 1 ? `${named[0]} alone` : `${listNames(named)} separately`,
      covered: [countedTogether(place, fact)],
    };
  return undefined;
}

/** A span of several years asked: "over 5 years", "in the last ten years", "across the past 3 yrs". */
const SPAN_ASKED =
  /\b(?:over|in|across|during|for|within)\s+(?:the\s+)?(?:last|past|previous)?\s*(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s*(?:years|yrs)\b/u;

const SPAN_ASKED_SHORT =
  /\b(?:over|in|across|during|for|within)\s+(?:the\s+)?(?:last|past|previous|first|same)?\s*(\d{1,3}|one|a|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|sixty|ninety)\s+(months?|mths|weeks?|wks|days?)\b/u;

/** A length of months, weeks or days a question asks a figure for ("in six months", "over 2 weeks"), in months. */
function spanAskedInMonths(folded: string): { months: number; label: string } | undefined {
  const m = SPAN_ASKED_SHORT.exec(folded);
  if (!m) return undefined;
  const word = m[1] ?? '';
  const n = word === 'one' || word === 'a' ? 1 : (NUMBER_WORD_VALUES[word] ?? Number(word));
  if (!(n > 0)) return undefined;
  const unit = m[2] ?? '';
  const months = unit.startsWith('m') ? n : unit.startsWith('w') ? n / 4.345 : n / 30.4;
  return { months, label: `${word} ${unit}` };
}

function spanAskedInYears(folded: string): number | undefined {
  const word = SPAN_ASKED.exec(folded)?.[1];
  if (!word) return undefined;
  const n = NUMBER_WORD_VALUES[word] ?? Number(word);
  return n >= 2 ? n : undefined;
}

/** Asking what a date stands for ("what's the significance of April 2017?", "why does the article mention…"). */
const ASKS_MEANING =
  /\b(?:significance|significant|signif(?:y|ies)|refers? to|referring to|means?|meaning|stands? for|why (?:does|do|did|is) (?:the |this )?(?:article|source|report|piece|release) (?:mention|say|cite|start|begin|use))\b/u;

/**
 * A month asked about for what it stands for, where a fact's period begins or ends on it: the figure the month bounds
 * answers ("what's the significance of April 2017?" of the offences from April 2017 to March 2020), not a figure for
 * that month alone.
 */
function asksWhatBoundMeans(asked: AskedPeriod, fact: IndexedFact, folded: string): boolean {
  if (!ASKS_MEANING.test(folded) || asked.fromYear === undefined || asked.fromMonth !== asked.toMonth)
    return false;
  const month = `${asked.fromYear}-${String(asked.fromMonth).padStart(2, '0')}`;
  return fact.fact.period?.from === month || fact.fact.period?.to === month;
}

/** "What % of grooming does Facebook detect…": the words a share is asked of, up to the verb. */
const SHARE_OF =
  /\b(?:what|which) (?:%|percent(?:age)?|share|proportion|fraction)\s+of\s+(?:the |all |those |these )?([a-z][a-z'-]+(?: [a-z][a-z'-]+){0,2})/u;
const SHARE_OF_END =
  /\s(?:does|did|do|is|was|were|are|that|which|by|on|in|has|have|had|gets?|got|goes|go|went|can|could|would|will)\b.*$/u;

/** A fact's base, as terms without names (what its share is of). */
function baseTerms(index: FactIndex, fact: IndexedFact): string[] {
  return fact.fact.base
    ? analyseText(fact.fact.base, index.vocab, false).terms.filter((t) => !t.startsWith('@'))
    : [];
}

/**
 * A share asked of what the pack counts elsewhere, of a fact whose base is its own ("what % of grooming does Facebook
 * detect before it's reported?" of the share of child exploitation content Facebook removes): the fact answers for
 * another base. Only a base no other fact of the pack shares (a share of cases is asked of "grooming cases" in many
 * words).
 */
export function shareOfAnotherBase(
  index: FactIndex,
  fact: IndexedFact,
  folded: string,
): ScopeDecline | undefined {
  const phrase = SHARE_OF.exec(folded)?.[1]?.replace(SHARE_OF_END, '');
  const own = baseTerms(index, fact);
  if (!phrase || own.length === 0) return undefined;
  const asked = analyseText(phrase, index.vocab, false).terms.filter((t) => !t.startsWith('@'));
  if (asked.length === 0 || asked.some((t) => own.includes(t))) return undefined;
  const others = new Set(
    index.facts.filter((f) => f.pack === fact.pack && f !== fact).flatMap((f) => baseTerms(index, f)),
  );
  if (own.some((t) => others.has(t)) || !asked.some((t) => others.has(t))) return undefined;
  const figure = figuresOf(fact);
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `a share of ${phrase}`,
    covered: [`${figure ? `${figure} of ` : 'a figure for '}${fact.fact.base}`],
  };
}

/** A count asked where the fact gives only a share ("the raw increase behind the ten percent rise"). */
export function countOfShare(fact: IndexedFact, folded: string): ScopeDecline | undefined {
  const units = fact.fact.figures.map((f) => f.unit);
  if (units.length === 0 || !units.every((u) => u === 'percent') || !wantsCount(folded)) return undefined;
  const figure = figuresOf(fact);
  return {
    code: 'not_covered',
    kind: 'scope',
    value: 'a count',
    covered: [`a share${figure ? ` (${figure})` : ''}: ${fact.fact.statement}`],
  };
}

/** Why `fact` does not answer the question's scope, or undefined when it does. */
export function scopeMismatch(
  index: FactIndex,
  fact: IndexedFact,
  folded: string,
  entities: readonly string[],
): ScopeDecline | undefined {
  const figure = figuresOf(fact);
  const part =
    groupPartMismatch(index, fact, folded, entities) ??
    countedElsewhere(index, fact, folded, entities) ??
    countsAnotherNoun(index, fact, folded);
  if (part) return part;
  const complement = complementAsked(fact, folded);
  if (complement) return complement;
  const placePart = placeSplitAsked(fact, folded) ?? placeNotGiven(index, fact, folded, entities);
  if (placePart) return placePart;
  // The size of a change where the source gives none ("how much did offences rise in 2019/20 compared with
  // 2018/19?" of "offences rose each year").
  // (Only a fact with no count or share at all: one giving two levels, or a change not labelled as one, may answer.)
  if (
    SIZE_OF_CHANGE.test(folded) &&
    !fact.fact.figures.some((f) => isChangeFigure(f) || f.unit === 'count' || f.unit === 'percent')
  ) {
    return {
      code: 'not_covered',
      kind: 'scope',
      value: 'the size of that change',
      covered: [fact.fact.statement],
    };
  }
  // A change asked as a count ("by how many cases did grooming go up during lockdown?") of a fact giving one level
  // and no change: the 1,220 cases are no increase.
  if (
    COUNT_OF_CHANGE.test(folded) &&
    !fact.fact.figures.some(isChangeFigure) &&
    fact.fact.figures.filter((f) => f.unit === 'count').length === 1
  ) {
    return {
      code: 'not_covered',
      kind: 'scope',
      value: 'the size of that change',
      covered: [`${figure ? `${figure}: ` : ''}${fact.fact.statement}`],
    };
  }
  const count = countOfShare(fact, folded) ?? shareOfAnotherBase(index, fact, folded);
  if (count) return count;
  // A share of part of the cases (those with data) asked of all of them ("including those with no data"). ("Is the
  // 20% out of all cases or only some?", "does it cover every case?" ask what the base is, which the reply says.)
  if (
    fact.fact.base &&
    PART_BASE.test(fact.fact.base) &&
    WHOLE_BASE.test(folded) &&
    !WHICH_BASE.test(folded)
  ) {
    return {
      code: 'not_covered',
      kind: 'scope',
      value: 'a share of all the cases, those without data included',
      covered: [`${figure ? `${figure} of ` : 'a figure for '}${fact.fact.base}`],
    };
  }
  // The cases with no data asked of a figure for cases with data ("what share of instances had no platform info at
  // all?"): the source would have to say how many lacked it.
  if (
    MISSING_DATA.test(folded) &&
    !WHOLE_BASE.test(folded) &&
    (ASKS_SHARE.test(folded) || wantsCount(folded)) &&
    !MISSING_DATA_STATED.test(fact.fact.quote)
  ) {
    return {
      code: 'not_covered',
      kind: 'scope',
      value: 'the cases with no data',
      covered: [`${figure ? `${figure}: ` : ''}${fact.fact.statement}`],
    };
  }
  const rounded = roundedWhereExactAsked(fact, folded, figure);
  if (rounded) return rounded;
  // A name, a count, a share or a sum of money the fact does not give ("the name of the spokesman", "how many
  // suspected paedophiles"). (Dates, places and "who" are left to the match: vetoing them lost more right answers
  // than it saved on the blind sets.)
  const wanted = readAnswerType(folded);
  const wantedWords = VETOED_TYPES.get(wanted);
  if (wantedWords && !givesWantedAnswer(index, fact, folded, entities, wanted)) {
    return {
      code: 'not_covered',
      kind: 'scope',
      value: wantedWords,
      covered: [`${figure ? `${figure}: ` : ''}${fact.fact.statement}`],
    };
  }
  const from = fact.fact.period?.from;
  const to = fact.fact.period?.to;
  // A total over several years asked of a figure for fewer ("how many deaths over 5 years?" of 2023's).
  const span = spanAskedInYears(folded);
  if (span && from && to && spanMonths(from, to) < span * 12 - 1) {
    const spanned = fact.fact.figures.some((f) => {
      const p = f.period;
      return p?.from && p.to ? spanMonths(p.from, p.to) >= span * 12 - 1 : false;
    });
    if (!spanned)
      return {
        code: 'not_covered',
        kind: 'scope',
        value: `a total over ${span} years`,
        covered: [`${figure ? `${figure}: ` : ''}${fact.fact.statement}`],
      };
  }
  const multiYear = from && to && spanMonths(from, to) > 12;
  if (
    (multiYear || /each year|annually|every year/iu.test(fact.fact.statement)) &&
    asksPerYearFigure(folded)
  ) {
    return {
      code: 'not_covered',
      kind: 'scope',
      value: 'each year separately',
      covered: [
        `${figure ? `${figure} for ` : 'a statement about '}${fact.fact.period?.label ?? 'the whole period'}`,
      ],
    };
  }
  const asked = readAskedPeriod(folded);
  if (asked && fact.spans.length > 0) {
    // The fact fits when one of the periods it gives a figure for fits (its own, or a compared figure's).
    const fits = fact.spans.map((span) => comparePeriods(asked, span.from, span.to));
    const fit = fits.includes('fits') ? 'fits' : fits.includes('narrower') ? 'narrower' : 'different';
    if (fit === 'narrower' && !asksWhatBoundMeans(asked, fact, folded))
      return {
        code: 'not_covered',
        kind: 'scope',
        value: `${asked.label} alone`,
        covered: [
          `one figure for ${fact.fact.period?.label ?? 'a longer period'}${figure ? ` (${figure})` : ''}`,
        ],
      };
    if (fit === 'different')
      return {
        code: 'not_covered',
        kind: 'year',
        value: asked.label,
        covered: index.packs.flatMap((p) => p.pack.covers.periods),
      };
  }
  // A length in months, weeks or days asked of a figure for another length ("how many cases in six months?" of April to
  // June's 1,220, "in the twelve months before lockdown" of three years' offences).
  const short = spanAskedInMonths(folded);
  if (short && from && to && Math.abs(spanMonths(from, to) - short.months) > 0.5) {
    const spanned = fact.fact.figures.some((f) => {
      const p = f.period;
      return p?.from && p.to ? Math.abs(spanMonths(p.from, p.to) - short.months) <= 0.5 : false;
    });
    if (!spanned)
      return {
        code: 'not_covered',
        kind: 'scope',
        value: `a figure for ${short.label}`,
        covered: [`${figure ? `${figure}: ` : ''}${fact.fact.statement}`],
      };
  }
  return undefined;
}

/**
 * A place the question names that the pack only infers for the fact ("Is the 1,220 for England and Wales?"): the
 * source does not say where, so the answer must not seem to confirm it.
 */
export function inferredPlaceAsked(
  index: FactIndex,
  fact: IndexedFact,
  entities: readonly string[],
): ScopeDecline | undefined {
  if (!placeIsInferred(fact.fact)) return undefined;
  const asked = entities.find((id) => index.entityKinds.get(id) === 'place');
  if (!asked) return undefined;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `${index.entityNames.get(asked) ?? asked} as this figure's place`,
    covered: [
      `${fact.fact.figures.map((g) => g.display).join(', ') || 'this figure'} without saying where (${placeOf(fact.fact).name ?? 'the place'} is ${placeOf(fact.fact).note ?? 'inferred'})`,
    ],
  };
}

/**
 * A place asked of a figure the question names, where the source gives it no place ("Is Facebook's 97% a UK figure or
 * global?"): the source does not say where it applies. (Only of a named figure: a place the asker is in, "a student
 * in the UK … when did Zuckerberg announce…", is no place asked of the figure.)
 */
export function placeNotStated(
  index: FactIndex,
  fact: IndexedFact,
  entities: readonly string[],
  uncovered: ReadonlyArray<{ kind: string; name: string }>,
  folded: string,
): ScopeDecline | undefined {
  if (fact.fact.place || fact.fact.figures.length === 0) return undefined;
  const named = entities.find((id) => index.entityKinds.get(id) === 'place');
  const other = uncovered.find((u) => u.kind === 'place');
  const asked = named ? (index.entityNames.get(named) ?? named) : other?.name;
  if (!asked || !placeAskedOfFigure(folded, asked)) return undefined;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `${asked} as this figure's place`,
    covered: [`${fact.fact.figures.map((g) => g.display).join(', ')} without saying where it applies`],
  };
}

/**
 * A place the packs have no figures for, asked as where most of a figure lies ("which areas did the 1,220 come from?
 * is it mostly london?"): the figure gives no such part, whatever it covers.
 */
export function placePartAsked(
  fact: IndexedFact,
  uncovered: ReadonlyArray<{ kind: string; name: string }>,
  folded: string,
): ScopeDecline | undefined {
  const asked = uncovered
    .filter((u) => u.kind === 'place')
    .find((u) =>
      new RegExp(
        String.raw`\b(?:(?:mostly|mainly|largely|predominantly|chiefly|primarily) (?:in |from )?|most (?:of (?:them|it|those|these|the \w+) )?(?:were |was |came |come )?(?:in|from) )(?:the )?${escapeRegExp(u.name.toLowerCase().replace(/^the /u, ''))}\b`,
        'u',
      ).test(folded),
    );
  if (!asked || fact.fact.figures.length === 0) return undefined;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `how much of it was in ${asked.name}`,
    covered: [
      `${fact.fact.figures.map((g) => g.display).join(', ')} for ${fact.fact.place ?? 'the whole it counts'} only`,
    ],
  };
}

/** Where the asker is or works, said of themselves: "I'm a teacher in England, …", "we're a charity based in Wales". */
const ASKER_PLACE =
  /\b(?:i'?m|i am|im|we'?re|we are|i work|we work|i live|we live|i teach|we teach|i'?m based|we'?re based|based)\b[^,.?!;:]*(?:[,.?!;:]|$)/gu;
/** The place asked of the figure itself, not only of the asker ("I'm a teacher in England, what does the 97% measure?"). */
function placeAskedOfFigure(folded: string, asked: string): boolean {
  const rest = folded.replace(ASKER_PLACE, ' ');
  if (/\b(?:where|country|countries|nation|global|globally|worldwide|international)\b/u.test(rest))
    return true;
  return asked
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1 && w !== 'and' && w !== 'the')
    .some((w) => new RegExp(`\\b${w}`, 'u').test(rest));
}

/** A base that is part of the whole: "instances for which data was available (not all cases)". */
const PART_BASE = /\b(?:not all|for which|only (?:those|the ones|cases|instances))\b/u;
/** Asking for a share of the whole: "what percentage of all cases…", "…including those with no platform data". */
const WHOLE_BASE =
  /\b(?:(?:percentage|percent|per cent|share|proportion|fraction|%) of (?:all|every)\b|including (?:those|the ones|cases|instances|ones)\b.{0,30}\b(?:no|without|missing|lacking|unknown|not recorded|wasn'?t recorded))/u;

/** Asking about the cases a figure's data did not cover: "no platform info", "without data", "unknown platform". */
const MISSING_DATA =
  /\b(?:no|without|missing|lacking|lacked|unknown)(?: [\w-]+)? (?:data|records?)\b|\b(?:no|without|missing|unknown) (?:platform|app) (?:info|information|details|data)\b|\b(?:had|have|has) no (?:info|information|details)\b|\b(?:no|without) (?:info|information|details) (?:on|about|of|for) (?:the |which )?(?:apps?|platforms?)\b|\b(?:platform|app) (?:was |is )?(?:unknown|not (?:known|recorded|given))\b|\bno (?:platform|app) (?:was |is )?(?:recorded|known|logged)\b|\b(?:data|info|information)(?: \w+){0,2} (?:(?:was|were|is|are)(?: not| never|n'?t)|not|never) (?:available|recorded|known)\b|\b(?:was|were|is)(?:n'?t)? (?:the )?(?:(?:platform|app) )?(?:data|info|information)(?: (?:on|about) the (?:platform|app))? (?:actually |really |even )?available\b/u;
/** A quote that itself counts what is missing or unknown. */
const MISSING_DATA_STATED = /\b(?:no data|unknown|not known|missing|not recorded)\b/iu;

/** Asking which base it is: "…of all cases or only some of them?", "…or just a subset?". */
const WHICH_BASE = /\bor (?:only |just |merely )?(?:some|part|a (?:subset|part|portion)|not|what)\b/u;

/** Asking what a change is measured against: "compared with which period?", "what's the baseline?". */
const ASKS_BASELINE =
  /\b(?:compared? (?:with|to|against) (?:what|which)|baseline|measured against|relative to what|against what|from what (?:base|level|figure|number)|compared? (?:with|to) (?:the )?(?:same (?:quarter|period|months?|time|three months)|(?:quarter|period|months?|three months) (?:right |just |immediately )?before|(?:previous|prior|preceding) (?:quarter|period|three months))|or (?:the|on the) (?:(?:previous|prior|preceding) (?:quarter|period|three months)|(?:quarter|period|three months) (?:right |just |immediately )?before))\b/u;
/** Asking a figure's period or year: "what period does the 97 percent relate to?", "which year is that from?". */
const ASKS_PERIOD = /\b(?:what|which) (?:period|year|years|time ?frame|time period|dates?|months?)\b/u;

/**
 * What the source does not give about a figure that the question asks for: the baseline of a change with no
 * figure for the earlier period, or the period of a figure the source gives no period for.
 */
export function unstatedAbout(fact: IndexedFact, folded: string): ScopeDecline | undefined {
  const change = fact.fact.figures.find(isChangeFigure);
  if (change && ASKS_BASELINE.test(folded) && fact.spans.length < 2)
    return {
      code: 'not_covered',
      kind: 'scope',
      value: 'what the change is measured against',
      covered: [
        `only ${change.display}, with no earlier period or figure it is compared with: ${fact.fact.statement}`,
      ],
    };
  // (Only of a count or share: a fact about years themselves, "not comparable with years before 2019", answers it.)
  if (!fact.fact.period && fact.fact.figures.some((f) => f.unit !== 'year') && ASKS_PERIOD.test(folded))
    return {
      code: 'not_covered',
      kind: 'scope',
      value: 'the period of this figure',
      covered: [`no period for it: ${fact.fact.statement}`],
    };
  return undefined;
}
