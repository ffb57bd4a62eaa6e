// The thing a claim's figure counts ("100 countries", "1,220 children"), when the fact never counts it.

import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { analyseText } from '../understand/analyse.js';
import { STOPWORDS } from '../understand/lexicon.js';
import { CASE_NOUNS, RESTATING } from './content-fit.js';
import { MONTH_STEM_PATTERN } from './month-words.js';
import { PEOPLE_WORDS, type Reading } from './reading.js';

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
  'additional',
  'fewer',
  'less',
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
  // When, not what: "up 10% in lockdown", "in 3 yrs" (and "the first lockdown", below).
  'lockdown',
  'lockdowns',
  'pandemic',
  'covid',
  'coronavirus',
  'year',
  'years',
  'yr',
  'yrs',
  'months',
  'weeks',
  'spring',
  'summer',
  'autumn',
  'winter',
  'quarter',
  // How sure, not what: "suspected paedophiles".
  'suspected',
  'alleged',
  // What the figure is, not what it counts: "the 1,220 is an estimate", "the 1,214 total is provisional".
  'an',
  'estimate',
  'estimated',
  'estimates',
  'approximation',
  'guess',
  'provisional',
  'final',
  'official',
  'total',
  'figure',
  'number',
  'stat',
  'statistic',
  // Which ones, not what: "99 per cent of such content".
  'such',
  'any',
  'some',
  'that',
  'this',
  'which',
]);

/**
 * The thing a figure counts, when the fact never mentions it: "100 countries", "12k retweets", "a 10% rise in
 * adults". Undefined when the fact covers it or nothing is named.
 */
export function countedNoun(index: FactIndex, reading: Reading, fact: IndexedFact): string | undefined {
  const figure = reading.figures[0];
  if (!figure) return undefined;
  const after = reading.lower
    .slice(figure.end)
    // A qualifier written after the figure ("100-plus groups", "13,000-odd offences") is not what it counts.
    .replace(/^(?:[\s+]|-?(?:plus|odd|ish)\b|or (?:more|so)\b)+/u, '')
    .replace(/\byoung people\b/gu, 'youngsters')
    // Where the figure comes from, not what it counts: "the 20% figure is from police data".
    .replace(
      /\b(?:from|based on|drawn from)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+)?(?:data|figures|records|statistics|stats|research|analysis)\b/gu,
      ' ',
    )
    // …nor is whom it came from: "the 97% stat came from facebook".
    .replace(/\b(?:came|comes|come|is|was|are|were) (?:from|by)\b.*$/u, ' ')
    // "1,220 in three months" is how long, not what is counted (the period check reads the span).
    .replace(
      /^(?:in|over|within|during|across) (?:the )?(?:(?:first|last|past|same) )?(?:\d+|one|two|three|four|five|six|nine|twelve|a few) (?:months?|years?|weeks?|days?|quarters?)\b/u,
      '',
    )
    // "in the first lockdown" is when; "the first year's cases" stays what is counted.
    .replace(/\b(?:first|second|third|initial|early|last) (?=lo?c?k ?d|pandemic|covid)/gu, '')
    // "The 1,220 figure counts children": what the figure is said to count comes after the verb.
    .replace(
      /^(?:figure|number|total|stat(?:istic)?s?)\s+(?:counts?|measures?|refers to|is (?:a |the )?(?:count|number|tally) of)\s+/u,
      '',
    )
    // "The ten per cent increase refers to the number of suspected paedophiles": a change in what follows.
    .replace(
      /^(?:rise|increase|jump|surge|fall|drop|growth)\s+(?:refers to|measures|counts|represents|relates to|describes|is (?:about|for))\s+(?:the\s+)?(?:(?:number|count|tally|amount)\s+of\s+)?/u,
      'in ',
    );
  if (figure.kind === 'duration') return undefined;
  // "the number of online offenders went up 10%": people a change is said of, before it, that the fact does not count.
  const labels = fact.fact.figures.map((f) => withoutAgent(f.label)).join(' ');
  const moved =
    figure.kind === 'change' ? CHANGE_SUBJECT.exec(reading.lower.slice(0, figure.start))?.[1] : undefined;
  if (
    moved &&
    ((PEOPLE_WORDS.test(moved) &&
      !COUNTED_PEOPLE.test(moved) &&
      !new RegExp(`\\b${moved}\\b`, 'iu').test(labels)) ||
      // …or a thing no pack speaks of at all ("childline calls up 20%").
      unknownToPacks(index, moved))
  )
    return moved;
  // A change names what changed before it ("targeting doubled"), unless it says "a 10% rise in adults".
  // ("10% more suspected paedophiles" says what rose after it, as "a 10% rise in" does.)
  if (
    figure.kind === 'change' &&
    !/^(?:(?:rise|increase|jump|surge|fall|drop) )?(?:in|of)\b|^(?:more|extra|additional|fewer|less)\b/u.test(
      after,
    )
  )
    return undefined;
  // What a figure counts is in its own clause: "20 per cent in lockdown, warns NSPCC boss" counts no warnings.
  const words = (after.split(/[,;:!?()–—]|\.(?:\s|$)/u)[0] ?? '').split(/[^\p{L}'-]+/u).filter(Boolean);
  const nouns = words.filter((w) => !SKIP_AFTER.has(w) && !MONTH_WORD.test(w) && !TIME_TYPO.test(w));
  // "97% of grooming before it is reported": the modifier skipped is the thing counted after all.
  const at = nouns[0] ? words.indexOf(nouns[0]) : -1;
  if (
    at > 0 &&
    words[at - 1] === 'grooming' &&
    /^(?:before|after|that|which|it|on|online)$/u.test(nouns[0] ?? '')
  )
    nouns.unshift('grooming');
  // Words any fact uses for what figures count (cases, offences, organisations…) are the fact's to judge.
  const countsCases = CASE_NOUNS.test(fact.fact.measure);
  // "97% of grooming on Facebook": grooming itself is counted, which a share of removed content does not count.
  const of = words.filter((w) => !['of', 'the', 'all', 'online', 'child'].includes(w));
  if (!countsCases && of[0] === 'grooming' && !/^(?:content|material|messages?|images?)$/u.test(of[1] ?? ''))
    return 'grooming';
  const noun = nouns[0];
  if (!noun || words.indexOf(noun) > 3) return undefined;
  // "People" of deaths, casualties, the killed or injured is what they count: "14 people died" of 14 road deaths.
  // (Not of a figure for some of them: "21 people were killed" is not the 21 children killed or seriously injured.)
  if (noun === 'people' && BEFELL_PEOPLE.test(labels) && !SOME_PEOPLE.test(labels)) return undefined;
  // "1,220 children" for 1,220 cases, "a 10% rise in adults" for children: people the figure does not count.
  if (PEOPLE_WORDS.test(noun) && !/\b(?:child|children|kids?|youngsters?|people|victims?)\b/iu.test(labels))
    return noun;
  if (PEOPLE_WORDS.test(noun) && !YOUNG_NOUN.test(noun)) return noun;
  const termsOf = (word: string) => {
    const analysis = analyseText(word, index.vocab, true);
    return analysis.entities.length > 0 ? undefined : [...analysis.terms, ...analysis.optionalTerms];
  };
  // What the figure counts is in its label, the fact's measure or base, not anywhere in the quote.
  const counts = new Set(
    analyseText(`${labels} ${withoutAgent(fact.fact.measure)} ${fact.fact.base ?? ''}`, index.vocab, false)
      .terms,
  );
  const sameThing = (terms: readonly string[]) => countsCases && terms.some((t) => SAME_THING.has(t));
  const known = (terms: readonly string[]) =>
    terms.some((t) => counts.has(t) || KINDS_OF_BODY.has(t)) || sameThing(terms);
  let first = termsOf(noun);
  if (first && known(first)) return undefined;
  // "19 road deaths", "2.41 billion vehicle miles": a noun that is the first word of a phrase the pack reads as one
  // thing counts that thing, which its fact may count.
  if (first && phraseCounts(termsOf, words.slice(at), first, known)) return undefined;
  // "the child abuse content": a word that restates the source's ("abuse" for exploitation) is not what is
  // counted; the noun after it is.
  if (first?.length && first.every((t) => RESTATING.has(t))) {
    nouns.shift();
    first = nouns[0] ? termsOf(nouns[0]) : undefined;
  }
  if (!first || first.length === 0 || known(first)) return undefined;
  const counted = nouns[0] ?? noun;
  // "lockdown cases": the thing counted is the second word.
  const second = nouns[1] ? termsOf(nouns[1]) : undefined;
  return second && sameThing(second) ? undefined : counted;
}

/** Words read together after a figure for a phrase the pack knows as one term: "killed or seriously injured". */
const PHRASE_WORDS = 4;

/**
 * Whether the noun and the words after it read as a phrase of the pack's ("road deaths" read as deaths, "vehicle miles"
 * as traffic) whose own term, not the noun's, is one the fact counts.
 */
function phraseCounts(
  termsOf: (words: string) => string[] | undefined,
  from: readonly string[],
  own: readonly string[],
  known: (terms: readonly string[]) => boolean,
): boolean {
  for (let n = 2; n <= Math.min(PHRASE_WORDS, from.length); n++) {
    const terms = termsOf(from.slice(0, n).join(' '));
    if (terms && !own.some((t) => terms.includes(t)) && known(terms)) return true;
  }
  return false;
}

/**
 * What a figure counts, without who did it: "children targeted online by suspected paedophiles" counts children, not
 * suspected paedophiles.
 */
export function withoutAgent(label: string): string {
  return label.replace(/\s+by\s+.*$/u, '');
}

/** The word a change is said of, right before it: "offenders went up", "the number of groomers rose by". */
const CHANGE_SUBJECT =
  /(?:^|\s)([a-z]+)\s+(?:have\s+|has\s+|had\s+)?(?:went up|gone up|go up|sho(?:t|ots|oting) up|rose|risen|increased|grew|jumped|climbed|surged|soared|spiked|rocketed|skyrocketed|fell|dropped|declined|decreased|(?:(?:were|was|are|is) )?(?:up|down))(?:\s+by)?\s*(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?$/u;
/** What befalls people that a figure counts: deaths, casualties, the killed or injured. */
const BEFELL_PEOPLE = /\b(?:deaths?|died|killed|fatalit(?:y|ies)|casualt(?:y|ies)|injured|injuries)\b/iu;
/** Words for some people rather than everyone: children, a kind of road user. */
const SOME_PEOPLE =
  /\b(?:child|children|kids?|youngsters?|teenagers?|pedestrians?|cyclists?|motorcyclists?|occupants?|riders?|drivers?|passengers?|users?)\b/iu;
/** The young, by the words claims use for them. */
export const YOUNG_PEOPLE = 'children|kids|youngsters|young people|minors|teenagers';
const YOUNG_NOUN = new RegExp(String.raw`\b(?:${YOUNG_PEOPLE})\b`, 'u');
/** People the source's changes count: children, the young, victims. */
const COUNTED_PEOPLE = new RegExp(`^(?:${YOUNG_PEOPLE}|victims)$`, 'u');

/** "lockdwn", "lockdoen", "lokdown": the lockdown misspelt is still when, not what. */
const TIME_TYPO = /^lo?c?k ?d\w{0,3}n\w?$/u;

const MONTH_WORD = new RegExp(String.raw`^(?:${MONTH_STEM_PATTERN})[a-z]*(?:-\w+)?$`, 'u');

/** Organisations by other names: "100+ charities" signed what "more than 100 organisations" signed. */
const KINDS_OF_BODY = new Set(['organis', 'organ', 'org', 'chariti', 'group', 'bodi', 'ngo']);

/** Nouns that name the things the source's figures count, whatever fact they land on. */
const SAME_THING = new Set(['case', 'offenc', 'crime', 'instanc', 'incid', 'groom', 'onlin']);

const NOT_A_NOUN =
  /^(?:nt|not|never|also|still|just|only|even|both|each|again|were|wasn'?t|weren'?t|isn'?t|aren'?t)$/u;

/** A word no pack uses and no pack names ("calls", "referrals"): the packs count nothing of it. */
function unknownToPacks(index: FactIndex, word: string): boolean {
  // (Not a word of the asking: "wer nt up", "also up", "was up".)
  if (word.length < 4 || STOPWORDS.has(word) || NOT_A_NOUN.test(word)) return false;
  const read = analyseText(word, index.vocab, false);
  return read.entities.length === 0 && read.terms.length > 0 && read.terms.every((t) => !index.idf.has(t));
}
