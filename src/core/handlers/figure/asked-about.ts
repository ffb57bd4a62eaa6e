// Questions about one thing the source states, named by its figure or by a phrase quoted from it: "Does the 12,925
// figure include Scotland?", "what does 'over half' refer to?". Its fact answers: the reply gives its period, place
// and base.
import { placeIsInferred } from '../../../pack/place.js';
import { SHARE_UNITS } from '../../../pack/schema.js';
import { scopeMismatch } from '../../decide/scope.js';
import { speakerMismatch } from '../../decide/speaker.js';
import type { FactIndex, IndexedFact } from '../../retrieve/build-index.js';
import { factsQuoted } from '../../retrieve/quoted-phrases.js';
import { type Analysis, analyseText } from '../../understand/analyse.js';
import { alternativesSettled, headOfListed } from './settled-alternatives.js';

/** Words asking where a figure is for. */
const PLACE_WORDS = String.raw`include[sd]?|including|which (?:part|parts|area|areas|region|regions|countr(?:y|ies)|nations?)|what (?:part|parts|area|region)|the whole (?:of the )?\w+|where|[a-z]+-wide|nationwide|(?:just |only )?(?:some|part) of (?:it|the \w+)`;
const ASKS_PLACE = new RegExp(String.raw`\b(?:${PLACE_WORDS})\b`, 'u');
/** Words asking what a figure covers: its span of time, its place, its base, where it comes from. */
const ASKS_SCOPE = new RegExp(
  String.raw`\b(?:${PLACE_WORDS}|cover(?:s|ed|ing)?|time ?span|span|(?:time )?period|time ?frame|date range|stretch of time|time window|window|months|dates|over what|base[sd]?|based on|measured|comes? from|source|whole year|full year|(?:a|one|single|just one|one single) (?:year|quarter|month)(?!['’]s\b| (?:before|after|earlier|later|ago|on)\b)|which (?:ones|years|months)(?: exactly)?|(?:age )?cut-?off|age range)\b`,
  'u',
);
/** Words asking for a new figure (a part, a count, a share) rather than the scope of the one named. */
const ASKS_NEW_FIGURE =
  /\b(?:how many|how much|what (?:share|percentage|proportion|number)|what %|how often|number of|actual (?:number|figure|count)|baseline|before the)\b/u;
/** Asking what a phrase of the source is about ("what does 'over half' refer to?", "which platform accounts for…"). */
const ASKS_WHAT_IT_IS =
  /\b(?:refers?|referring|mean|means|stand for|stands for|about|attached|accounts? for|relates?|significance|what is|what'?s (?:that|this|it)|what (?:was|is) (?:that|this|it)|represents?|measur(?:e|es|ing)|counting|who (?:gave|gives|said|says|reported|reports|provided|provides|claimed|claims|came up with|is behind|was behind)|which (?:platform|app|figure|number|fact|group|organi[sz]ation))\b/u;

/**
 * "what's the 702?", "what's the 702 figure in the road-user section", "what's the 1,214 figure everyone keeps quoting?":
 * a figure asked about by itself, with at most where it was seen after it. Never a year, and nothing more asked of it
 * (`MORE_ASKED_OF_NUMBER`: "what's the 1,220 for Scotland?", "what's the 12,925 per year?", "what's the 731 as a
 * percentage of the total?").
 */
const ASKS_WHAT_NUMBER_IS =
  /\bwhat'?s (?:the )?(?:number |figure )?(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)*%?(?<tail>.*)$/u;
/** …with nothing more asked of it after it: a place, a part, a unit, a base, another figure or a time. */
const MORE_ASKED_OF_NUMBER =
  /\b(?:for|per|by|as|split|each|every|average|avg|compared?|vs|versus|than|of|percentage|share|proportion|rate|years?|yrs?|months?|weeks?|days?|quarters?|olds?|miles?|mph|in (?!(?:the|that|this|your|its|their)\b)\w+)\b/u;

/** "what's the N", with nothing more asked of N after it. */
function asksWhatNumberIs(folded: string): boolean {
  const tail = ASKS_WHAT_NUMBER_IS.exec(folded)?.groups?.tail;
  return tail !== undefined && !MORE_ASKED_OF_NUMBER.test(tail);
}

/** Words setting one figure against another's. */
const SETS_AGAINST =
  /\b(?:compared?|compares|comparison|comparing|versus|vs|(?<!rather )than|equivalent|corresponding|counterpart|stack up|side by side)\b/u;

/** Years of a fact's period, when it has one. */
function yearsOf(fact: IndexedFact): [number, number] | undefined {
  const { from, to } = fact.fact.period ?? {};
  return from && to ? [Number(from.slice(0, 4)), Number(to.slice(0, 4))] : undefined;
}

/**
 * Whether the question keeps to what the fact states: no platform or topic the packs lack, no year outside its
 * period, no part of its place or group ("Wales alone"), no place the pack only infers, and no other speaker.
 */
function keepsToFact(
  index: FactIndex,
  fact: IndexedFact,
  folded: string,
  analysis: Analysis,
  settled: boolean,
): boolean {
  // (Alternatives the fact's words settle may name what the packs lack: "offences or child victims?"; what comes before
  // alternatives listed as questions may not: "tiktok's 20%: cases? instances?", "scotland's 12,925: offences?".)
  if (!settled && (analysis.uncovered.some((u) => u.kind !== 'place') || analysis.measures.length > 0))
    return false;
  const head = settled ? headOfListed(folded) : undefined;
  if (head !== undefined) {
    const read = analyseText(head, index.vocab, true);
    if (read.uncovered.length > 0 || read.measures.length > 0) return false;
  }
  // A place the packs lack that the figure is set against asks for that place's figure ("how do the 12,925 compare
  // with the equivalent figure for Scotland?"), not what the named one covers.
  if (analysis.uncovered.some((u) => u.kind === 'place') && SETS_AGAINST.test(folded)) return false;
  const span = yearsOf(fact);
  if (analysis.years.some((y) => !span || y < span[0] || y > span[1])) return false;
  if (ASKS_PLACE.test(folded) && placeIsInferred(fact.fact)) return false;
  // Nor what someone the fact does not quote said of it ("What did Snapchat say about the 20 percent figure?").
  return (
    (settled || scopeMismatch(index, fact, folded, analysis.entities) === undefined) &&
    speakerMismatch(index, fact, folded) === undefined
  );
}

/** The one fact stating the figure a question names, when the question asks only what that figure covers. */
function factOfNamedFigure(
  index: FactIndex,
  folded: string,
  named: readonly number[],
  mayWeighAlternatives: boolean,
): { fact: IndexedFact; settled: boolean } | undefined {
  if (named.length !== 1 || ASKS_NEW_FIGURE.test(folded)) return undefined;
  const owners = index.figureOwners.get(named[0] ?? Number.NaN) ?? [];
  const fact = owners.length === 1 ? owners[0] : undefined;
  if (!fact) return undefined;
  // What it covers ("Does the 12,925 include Scotland?"), or what it is ("What is the 598 in the road type section?").
  if (
    ASKS_SCOPE.test(folded) ||
    asksWhatNumberIs(folded) ||
    (ASKS_WHAT_IT_IS.test(folded) && folded.split(' ').length <= 16)
  )
    return { fact, settled: false };
  // Which of some alternatives it is, when its own words settle them.
  return mayWeighAlternatives && alternativesSettled(fact, folded) ? { fact, settled: true } : undefined;
}

/** The one fact whose quote holds the phrase a short question quotes and asks about. */
function factOfQuotedPhrase(index: FactIndex, question: string, folded: string): IndexedFact | undefined {
  if (!ASKS_WHAT_IT_IS.test(folded) || folded.split(' ').length > 16) return undefined;
  const quoted = [...factsQuoted(index, question)];
  return quoted.length === 1 ? quoted[0] : undefined;
}

/** Asking what a year the source names is about: the words above, and "why is 2020 mentioned?", "what happened in 1979?", "why does 1979 come up?". */
const ASKS_WHAT_A_YEAR_IS =
  /\b(?:mention(?:s|ed)?|happened|cited|given|used)\b|\b(?:19|20)\d\d (?:(?:come|comes|came|crop|crops|cropped|show|shows|showed) up|(?:appear|appears|appeared|feature|features|featured)\b(?! (?:in|on|for|as)\b))/u;

/**
 * The one fact whose quote names the year a short question asks about as a figure of the source ("what does 1979
 * refer to?", "why is 2020 mentioned?"): a year the source gives (records began in 1979; only 2020 was lower), not
 * a figure's period asked. (A year many quotes name, "2023" in a 2023 release, is no one fact's.)
 */
function factOfNamedYear(index: FactIndex, folded: string, analysis: Analysis): IndexedFact | undefined {
  const [year, ...others] = analysis.years;
  if (year === undefined || others.length > 0 || analysis.numbers.length > 0) return undefined;
  if (!(ASKS_WHAT_IT_IS.test(folded) || ASKS_WHAT_A_YEAR_IS.test(folded)) || folded.split(' ').length > 12)
    return undefined;
  if (ASKS_NEW_FIGURE.test(folded)) return undefined;
  const names = new RegExp(String.raw`\b${year}\b`, 'u');
  const quoting = index.facts.filter((f) => names.test(f.fact.quote));
  return quoting.length === 1 ? quoting[0] : undefined;
}

/** The fact a question asks about by its figure or a quoted phrase, when the question keeps to what it states. */
export function factAskedAbout(
  index: FactIndex,
  question: string,
  folded: string,
  analysis: Analysis,
  named: readonly number[],
  clearOfHarm = false,
): IndexedFact | undefined {
  // (Alternatives are weighed only for a message the safety reading has no doubt about.)
  const ofFigure = factOfNamedFigure(index, folded, named, clearOfHarm);
  const fact = ofFigure?.fact ?? factOfQuotedPhrase(index, question, folded);
  if (fact) return keepsToFact(index, fact, folded, analysis, ofFigure?.settled === true) ? fact : undefined;
  if (named.length > 0) return undefined;
  // A year asked about as the source gives it: the year itself is then no period the fact must cover.
  const ofYear = factOfNamedYear(index, folded, analysis);
  return ofYear && keepsToFact(index, ofYear, folded, { ...analysis, years: [] }, false) ? ofYear : undefined;
}

/**
 * Whether the question names a figure of the fact as the fact states it: a percentage as a percentage, a count as a
 * plain number, never an age or a measure of its own ("my 11 year old" names no 11 percent, "21 year olds" no 21).
 */
export function namesFigureAsStated(
  fact: IndexedFact,
  analysis: Analysis,
  named: readonly number[],
  folded: string,
): boolean {
  return analysis.numbers.some(
    (n) =>
      named.includes(n.value) &&
      !n.measured &&
      !new RegExp(String.raw`\b${n.raw.replace(/[.]/gu, '\\.')}[- ]?(?:years?|yrs?)[- ]?olds?\b`, 'u').test(
        folded,
      ) &&
      fact.fact.figures.some((f) => f.value === n.value && SHARE_UNITS.has(f.unit) === n.isPercent),
  );
}
