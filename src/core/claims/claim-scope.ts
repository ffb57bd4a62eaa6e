// Whether a claim keeps a figure where the source puts it: the same period, place, base and subject.

import { placeIsInferred } from '../../pack/place.js';
import type { Period } from '../../pack/schema.js';
import { withCountryUS } from '../../text/normalise.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { periodShift } from './period-shift.js';
import type { ScopeDimension } from './types.js';

/** What a claim moved, in words: what the claim says and what the source gives. */
export interface ScopeShift {
  dimension: ScopeDimension;
  claimSays: string;
  sourceSays: string;
  /** Read from wording alone ("of cases"): it moves an agreeing figure, but does not make a wrong one unanswerable. */
  loose?: true;
}

const WORLD =
  /\b(?:(?:the )?(?:whole |entire )?world(?:wide)?|global(?:ly)?|internationally|across the globe|every country)\b/u;

/** Places the shared gazetteer cannot list safely ("us" is also a word). */
const ABROAD =
  /\b(?:in|across|throughout|for|from) (?:the )?(?:u\.s\.?a?\b|usa\b|states\b|america\b|u\.s\.)|\b(?:in|across|throughout|for|from) the us\b|\b(?:american|us-wide)\b/u;

/**
 * "in US", "across the US", "Over Half Of US Cases": the capitals say it is the country, not "us" (read
 * case-sensitively, on the clause, when it is not all capitals: `withCountryUS`).
 */
const usNamed = (clause: string) => (withCountryUS(clause) !== clause ? 'the US' : undefined);

const listNames = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

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
  const abroad = ABROAD.exec(lower);
  if (abroad) return { dimension: 'place', claimSays: abroad[0], sourceSays: place ?? 'no particular place' };
  if (uncoveredPlace)
    return { dimension: 'place', claimSays: uncoveredPlace, sourceSays: place ?? 'no particular place' };
  const places = entities.filter((id) => index.entityKinds.get(id) === 'place');
  if (places.length === 0) return undefined;
  // A place the pack infers ("England and Wales (inferred, …)") is not the source's to confirm.
  if (placeIsInferred(fact.fact))
    return {
      dimension: 'place',
      claimSays: listNames(places.map((id) => index.entityNames.get(id) ?? id)),
      sourceSays: 'no place stated for this figure',
    };
  // A place for a figure the source gives for none ("97% … in the UK"): the claim narrows it.
  if (!place)
    return {
      dimension: 'place',
      claimSays: listNames(places.map((id) => index.entityNames.get(id) ?? id)),
      sourceSays: 'no particular place',
    };
  const factPlaces = fact.places;
  const named = places.filter((id) => !factPlaces.has(id));
  const placeNames = places.map((id) => index.entityNames.get(id) ?? id);
  // One of England and Wales alone ("in Wales", "30% in Wales") narrows any figure for both or for the UK.
  const england = /\beng(?:land)?\b/u.test(lower);
  const wales = /\bwales\b/u.test(lower);
  // (Both, however "England" is spelt in chat: "englnd and wales", "eng & wales".)
  if (
    england !== wales &&
    !/\beng\p{L}{0,5} ?(?:and|&|\+|\/) ?wales\b|\bwales ?(?:and|&|\+|\/) ?eng/u.test(lower)
  )
    return { dimension: 'place', claimSays: `${england ? 'England' : 'Wales'} alone`, sourceSays: place };
  // A UK-wide claim for a figure the source gives for England and Wales (not the other way: the UK includes them).
  if (named.length > 0 && !(factPlaces.has('uk') && named.every((id) => id === 'england-and-wales')))
    return { dimension: 'place', claimSays: listNames(placeNames), sourceSays: place };
  return undefined;
}

const PEOPLE =
  /\b(?:(?:of|for) (?:all )?(?:the )?|(?:one|1|two|2|three|3|four|4|nine|9) in (?:every )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred) )(?:children|kids|victims|young people|youngsters|teenagers|teens|minors|users|parents|offenders|groomers|perpetrators|paedophiles|pedophiles|predators|abusers|people|girls|boys)\b|\b(?:children|kids|victims|young people|youngsters|teenagers|users|offenders|groomers|paedophiles|predators) (?:were|was|had been|have been)\b/u;
const ALL_CASES =
  /\b(?:all|every|total|overall|entire|whole)\b(?: (?:the|of the|online|grooming|recorded|reported|criminal|single))* (?:cases|instances|crimes|offences|incidents|grooming)\b|\bevery (?:single )?(?:case|instance|crime|offence|incident)\b|\bof all\b|\boverall\b/u;

/** Removal said as what the share measures: "removes 97% of…", "97% of … is removed", "takes down 97%". */
const REMOVAL_AS_MEASURE =
  /\b(?:remov(?:es?|ed|ing)|tak(?:es|ing|en) down|delet(?:es?|ed|ing)) (?:over |more than |nearly |almost |about |around |some |up to )?[\d.,]+ ?(?:%|per ?cent|pc)|(?:%|per ?cent|pc) of (?:[\w-]+ ){0,8}?(?:is|are|was|were|gets?|got|being|been) (?:\w+ )?(?:removed|taken down|deleted)\b/u;

/** A count said "one in N": "one in five cases", "1 in 10 children". */
const ONE_IN = String.raw`\b(?:one|1|two|2|three|3|four|4|nine|9) in (?:every )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred)`;

const OF_CASES = new RegExp(
  String.raw`(?:\bof (?:the )?(?:[\d,.]+ )?|${ONE_IN} )(?:(?:recorded|reported|online|grooming|child|criminal|police) )*(?:cases|crimes|offences|incidents)\b`,
  'u',
);

/** Crime at large, the mass noun ("of all online crime"): wider than any one kind of crime a share is of. */
const CRIME_AT_LARGE =
  /\b(?:of|in) (?:all )?(?:(?:the )?(?:uk'?s |country'?s )?)(?:(?:online|internet|cyber|recorded|reported|police-recorded) )*crime\b(?!s)/u;

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
  // "20% of cases" for a share of only the instances with data: the claim widens the base to every case.
  // "97% of child exploitation content online" for a share of only the content Facebook removes.
  // (A claim that it is caught, found or detected speaks of what is taken down, unless it counts cases or grooming
  // instead, or widens it to all content online.)
  // (Only beside its being reported: "Facebook catches 97% of child exploitation content" alone is a share of all
  // such content, not of what it removes.)
  const caught =
    /\b(?:catch|catches|caught|find|finds|found|detect\w*)\b/u.test(lower) &&
    /\breport/u.test(lower) &&
    !/\b(?:cases?|crimes?|offen[cs]es?|incidents?|groom\w*|online|all|every|entire|whole|total)\b/u.test(
      lower,
    );
  // (A claim naming nothing the share is of, "the 97% stat came from facebook", widens nothing.)
  const namesWhatOf =
    /\b(?:content|material|images?|pictures?|photos?|posts?|videos?|abuse|exploitation|of|across|internet|online|web|sites?|platforms?|whole|every|everywhere|all)\b/u.test(
      lower.replace(/\b(?:came|comes|is|was) from\b/gu, ''),
    );
  if (
    /\bremoves?\b/iu.test(base) &&
    !/\bremov|\btak(?:en|es?|ing) down\b|\bdelet/u.test(lower) &&
    !caught &&
    namesWhatOf
  )
    return {
      dimension: 'base',
      claimSays: 'all such content, not only what is removed',
      sourceSays: base,
      loose: true,
    };
  // "Facebook removes 97% of child exploitation content": what is removed is the source's base, and the claim makes
  // it the measure (a share of all such content removed), saying nothing of what the share of it is (found before
  // it is reported).
  if (
    /\bremoves?\b/iu.test(base) &&
    REMOVAL_AS_MEASURE.test(lower) &&
    !/\b(?:before|report\w*|flag\w*|proactiv\w*|found|finds?|detect\w*|spot\w*|catch\w*|caught|its own|itself)\b/u.test(
      lower,
    )
  )
    return {
      dimension: 'base',
      claimSays: 'the share of all such content removed',
      sourceSays: base,
      loose: true,
    };
  const cases = OF_CASES.exec(lower);
  // ("…of the cases where they knew the app" says which cases, as "for which data was available" does.)
  const whichKnown = /\b(?:where|when|in which|for which)\b[^.]{0,30}\b(?:knew|know|known)\b/u.test(lower);
  if (
    /for which data/iu.test(base) &&
    cases &&
    !whichKnown &&
    !/\b(?:data|instances?|known|available)\b/u.test(lower)
  )
    return { dimension: 'base', claimSays: cases[0], sourceSays: base, loose: true };
  // "51% of all online crime" for a share of one kind of crime ("online grooming cases"): the claim widens it to all.
  const kind = /\b([a-z]+) (?:cases|crimes|offences|instances|incidents)\b/u.exec(
    fact.fact.measure.toLowerCase(),
  )?.[1];
  const crime = CRIME_AT_LARGE.exec(lower);
  if (
    crime &&
    kind &&
    !['recorded', 'reported', 'criminal', 'online', 'police'].includes(kind) &&
    !lower.includes(kind.slice(0, 5))
  )
    return { dimension: 'base', claimSays: crime[0].replace(/^(?:of|in) /u, ''), sourceSays: base };
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
    period?: Period;
  },
): ScopeShift | undefined {
  const lower = clause.toLowerCase();
  return (
    subjectShift(index, fact, lower, found.platforms) ??
    periodShift(fact, lower, found.years, found.period) ??
    placeShift(index, fact, lower, found.entities, found.uncoveredPlace ?? usNamed(clause)) ??
    baseShift(fact, lower)
  );
}
