// Whether a claim keeps a figure where the source puts it: the same period, place, base and subject.
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { comparePeriods, readAskedPeriod } from '../understand/period.js';
import type { ScopeDimension } from './types.js';

/** What a claim moved, in words: what the claim says and what the source gives. */
export interface ScopeShift {
  dimension: ScopeDimension;
  claimSays: string;
  sourceSays: string;
}

const PER_UNIT =
  /\b(?:(?:first|last|final|opening|single|one) (?:week|fortnight|month|day|days|weeks|months)|a fortnight|whole of (?:19|20)\d\d|all of (?:19|20)\d\d|throughout (?:19|20)\d\d|(?:19|20)\d\d as a whole|(?:a|per|each|every) (?:single )?(?:year|month|week|day)|annually|annual|yearly|monthly|weekly|daily|in (?:a|one) (?:single )?(?:year|month|week|day)|a year|year on year)\b/u;
const DURING_LOCKDOWN =
  /\b(?:during|in|throughout|amid|since|over) (?:the )?(?:first )?(?:(?:coronavirus|covid(?:-19)?|pandemic|national) )?(?:lockdowns?|pandemic|covid(?:-19)?|coronavirus)\b/u;
const BEFORE_LOCKDOWN =
  /\b(?:before|prior to|pre|ahead of|leading up to|in the (?:run-up|years?) (?:to|before))[- ](?:the )?(?:first )?(?:lockdowns?|pandemic|covid(?:-19)?|coronavirus)\b/u;
const SINCE_LOCKDOWN = /\b(?:after|since|post)[- ](?:the )?(?:lockdowns?|pandemic)\b/u;
const LOOSE_PERIOD =
  /\b(?:last year|this year|past year|previous year|in (?:the )?(?:last|past) (?:\d+|two|three|four|five|ten) (?:years|months)|(?:last|past) decade|over a decade|in a decade)\b/u;

const WORLD =
  /\b(?:(?:the )?(?:whole |entire )?world(?:wide)?|global(?:ly)?|internationally|across the globe|every country)\b/u;

const listNames = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

function periodShift(fact: IndexedFact, lower: string, years: readonly number[]): ScopeShift | undefined {
  const period = fact.fact.period;
  const label = period?.label ?? 'no particular period';
  const shift = (claimSays: string): ScopeShift => ({ dimension: 'period', claimSays, sourceSays: label });
  const from = period?.from;
  const to = period?.to;
  const spanMonths =
    from && to
      ? Number(to.slice(0, 4)) * 12 +
        Number(to.slice(5)) -
        (Number(from.slice(0, 4)) * 12 + Number(from.slice(5))) +
        1
      : 0;
  const perUnit = PER_UNIT.exec(lower);
  // "Increased annually" is what one fact says; "12,925 a year" moves a three-year total to one year.
  if (perUnit && !/annually|each year|every year/iu.test(`${fact.fact.statement} ${fact.fact.quote}`))
    return shift(perUnit[0]);
  const isDuring = /lockdown|pandemic/iu.test(label) && !/before|prior/iu.test(label);
  const isBefore = /before|prior/iu.test(label) || (to !== undefined && to <= '2020-03' && spanMonths > 12);
  if (isBefore && DURING_LOCKDOWN.test(lower) && !BEFORE_LOCKDOWN.test(lower))
    return shift(DURING_LOCKDOWN.exec(lower)?.[0] ?? 'during lockdown');
  if (isDuring && BEFORE_LOCKDOWN.test(lower))
    return shift(BEFORE_LOCKDOWN.exec(lower)?.[0] ?? 'before lockdown');
  if ((isDuring || isBefore) && SINCE_LOCKDOWN.test(lower))
    return shift(SINCE_LOCKDOWN.exec(lower)?.[0] ?? 'after lockdown');
  const loose = LOOSE_PERIOD.exec(lower);
  if (loose && spanMonths !== 12) return shift(loose[0]);
  if (years.length > 0) {
    const lo = Math.min(...years);
    const hi = Math.max(...years);
    const claimSays = lo === hi ? String(lo) : `${lo} to ${hi}`;
    if (!from || !to) return shift(claimSays);
    const fy = Number(from.slice(0, 4));
    const ty = Number(to.slice(0, 4));
    if (hi < fy || lo > ty) return shift(claimSays);
    // Several years for a figure of a few months ("between 2017 and 2020" for April to June).
    if (lo !== hi && spanMonths > 0 && spanMonths < 12) return shift(claimSays);
    // One year of a span of several ("12,925 offences in 2020 alone").
    if (lo === hi && fy !== ty && !/\b(?:since|from|between|to|until|through)\b/u.test(lower))
      return shift(claimSays);
  }
  const asked = readAskedPeriod(lower);
  if (asked && from && to) {
    const fit = comparePeriods(asked, from, to);
    if (fit !== 'fits') return shift(asked.label);
  }
  return undefined;
}

function placeShift(
  index: FactIndex,
  fact: IndexedFact,
  lower: string,
  entities: readonly string[],
  uncoveredPlace: string | undefined,
): ScopeShift | undefined {
  const place = fact.fact.place;
  const world = WORLD.exec(lower);
  if (world) return { dimension: 'place', claimSays: world[0], sourceSays: place ?? 'no particular place' };
  if (uncoveredPlace)
    return { dimension: 'place', claimSays: uncoveredPlace, sourceSays: place ?? 'no particular place' };
  if (!place) return undefined;
  const places = entities.filter((id) => index.entityKinds.get(id) === 'place');
  if (places.length === 0) return undefined;
  const factPlaces = fact.places;
  const named = places.filter((id) => !factPlaces.has(id));
  const placeNames = places.map((id) => index.entityNames.get(id) ?? id);
  // One of England and Wales alone ("in Wales", "30% in Wales") narrows any figure for both or for the UK.
  const england = /\beng(?:land)?\b/u.test(lower);
  const wales = /\bwales\b/u.test(lower);
  if (england !== wales && !/\bengland (?:and|&|\+) wales\b|\bwales ?(?:and|&|\+) ?eng/u.test(lower))
    return { dimension: 'place', claimSays: `${england ? 'England' : 'Wales'} alone`, sourceSays: place };
  // A UK-wide claim for a figure the source gives for England and Wales (not the other way: the UK includes them).
  if (named.length > 0 && !(factPlaces.has('uk') && named.every((id) => id === 'england-and-wales')))
    return { dimension: 'place', claimSays: listNames(placeNames), sourceSays: place };
  return undefined;
}

const PEOPLE =
  /\b(?:of|for) (?:all )?(?:the )?(?:children|kids|victims|young people|youngsters|teenagers|teens|minors|users|parents|offenders|groomers|perpetrators|paedophiles|pedophiles|predators|abusers|people|girls|boys)\b|\b(?:children|kids|victims|young people|youngsters|teenagers|users|offenders|groomers|paedophiles|predators) (?:were|was|had been|have been)\b/u;
const ALL_CASES =
  /\b(?:all|every|total|overall|entire|whole)\b(?: (?:the|of the|online|grooming|recorded|reported|criminal))* (?:cases|instances|crimes|offences|incidents|grooming)\b|\bof all\b|\boverall\b/u;

function baseShift(fact: IndexedFact, lower: string): ScopeShift | undefined {
  const base = fact.fact.base ?? fact.fact.measure;
  const shares = fact.fact.figures.some((f) => f.unit === 'percent');
  if (!shares) return undefined;
  // The source's share is of some of the cases ("instances for which data was available"), the claim's of all.
  if (
    /\bnot all\b|for which data|\bremoves?\b/iu.test(base) &&
    (ALL_CASES.test(lower) || /\ball\b/u.test(lower))
  )
    return { dimension: 'base', claimSays: ALL_CASES.exec(lower)?.[0] ?? 'all cases', sourceSays: base };
  const people = PEOPLE.exec(lower);
  if (people && !/children|kids|youngsters|people/iu.test(base) && !/targeted/iu.test(fact.fact.statement))
    return { dimension: 'base', claimSays: people[0], sourceSays: base };
  return undefined;
}

/** Names a group of apps, not one app: "Facebook-owned apps", "Meta's platforms", "Facebook's family of apps". */
export const GROUP =
  /\b(?:faceb\w*|meta|fb)(?:[- ]owned|'s|s)?(?: own)? (?:apps|platforms|services|family|products|sites|companies|brands)\b|\bowned by (?:facebook|meta)\b|\b(?:facebook|meta) (?:and its|and their) (?:apps|platforms|services)\b|\bfacebook[- ]owned\b|\bmeta[- ]owned\b/u;

function subjectShift(
  index: FactIndex,
  fact: IndexedFact,
  lower: string,
  platforms: readonly string[],
): ScopeShift | undefined {
  const factPlatforms = [...fact.entities].filter((id) => index.entityKinds.get(id) === 'platform');
  const names = (ids: readonly string[]) => listNames(ids.map((id) => index.entityNames.get(id) ?? id));
  // Platforms named for a figure the source gives for no platform ("12,925 offences on Facebook-owned platforms").
  if (platforms.length > 0 && factPlatforms.length === 0 && fact.fact.figures.some((f) => f.unit === 'count'))
    return { dimension: 'subject', claimSays: names(platforms), sourceSays: 'all platforms together' };
  if (platforms.length === 0) return undefined;
  // A platform the fact does not name ("Instagram finds 97%" of what Facebook says it finds).
  const others = platforms.filter((id) => !fact.entities.has(id));
  if (others.length > 0)
    return {
      dimension: 'subject',
      claimSays: names(others),
      sourceSays: names(factPlatforms) || 'no platform',
    };
  if (GROUP.test(lower)) return undefined;
  // "Facebook" for a figure the source gives for Facebook-owned apps is the one app, not the group.
  if (
    GROUP.test(fact.fact.quote.toLowerCase()) &&
    factPlatforms.length === 1 &&
    platforms.includes('facebook')
  )
    return { dimension: 'subject', claimSays: 'Facebook alone', sourceSays: 'Facebook-owned apps' };
  if (factPlatforms.length < 2) return undefined;
  const all = factPlatforms.filter((id) => id !== 'messenger');
  if (all.every((id) => platforms.includes(id))) return undefined;
  return {
    dimension: 'subject',
    claimSays: `${names(platforms)} alone`,
    sourceSays: `${names(all)} together`,
  };
}

/** The first way a claim moves the fact's figure, or undefined when it keeps its scope. */
export function scopeShift(
  index: FactIndex,
  fact: IndexedFact,
  clause: string,
  found: {
    entities: readonly string[];
    platforms: readonly string[];
    years: readonly number[];
    uncoveredPlace?: string;
  },
): ScopeShift | undefined {
  const lower = clause.toLowerCase();
  return (
    subjectShift(index, fact, lower, found.platforms) ??
    periodShift(fact, lower, found.years) ??
    placeShift(index, fact, lower, found.entities, found.uncoveredPlace) ??
    baseShift(fact, lower)
  );
}
