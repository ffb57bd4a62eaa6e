// How much of what a claim talks about the fact covers: a claim that reuses a figure for something else
// ("half of 10-year-olds own a smartphone", "more than 100 countries") is not supported by it.
import { MONTH_NAMES } from '../../text/months.js';
import type { IndexedFact } from '../retrieve/build-index.js';
import { type Analysis, stem } from '../understand/analyse.js';

/** Words that carry no topic in a claim (how it is phrased, not what it is about). */
export const FILLER = new Set([
  'actual',
  'actually',
  'apparent',
  'appar',
  'lol',
  // Chat address and shorthand: "bro", "abt" (about), "ngl".
  'bro',
  'fam',
  'dude',
  'abt',
  'ngl',
  'tbh',
  'imo',
  'fyi',
  'btw',
  'wow',
  'wtf',
  'omg',
  'like',
  'just',
  'onli',
  'realli',
  'total',
  'figur',
  'number',
  'stat',
  'statist',
  'data',
  'show',
  'found',
  'find',
  'say',
  'said',
  // A headline's reporting verb ("…, NSPCC Warns") and a qualifier's noun ("in excess of", "upwards of").
  'warn',
  'excess',
  'upward',
  'claim',
  'accord',
  // "acc to" (according to), and what kind of work reported it ("according to NSPCC research …"): who said it is the
  // speaker check's, not a topic.
  'acc',
  'research',
  'studi',
  'analysi',
  'report',
  'recent',
  'new',
  'now',
  'back',
  'account',
  'involv',
  'use',
  'happen',
  'took',
  'place',
  'made',
  'hit',
  'whop',
  'stagger',
  'reckon',
  'heard',
  'read',
  'told',
  // Numbers, qualifiers and time words: the figure and its scope are checked on their own.
  'one',
  'two',
  'three',
  'four',
  'five',
  'ten',
  'twelv',
  'thirteen',
  'twenti',
  'hundr',
  'thousand',
  'million',
  'half',
  'third',
  'quarter',
  'fifth',
  'tenth',
  'nearli',
  'almost',
  'fewer',
  'less',
  'more',
  'over',
  'under',
  'about',
  'around',
  'approxim',
  'roughli',
  'exactli',
  'least',
  'some',
  'between',
  'sinc',
  'across',
  'per',
  'alon',
  'singl',
  'past',
  'last',
  'decad',
  'full',
  'week',
  'month',
  'year',
  'day',
  'whole',
  'entir',
  'all',
  'apr',
  'jun',
  'eng',
  'teh',
  'person',
  'known',
]);

/** Share (0–1) of the claim's topic words that the fact uses anywhere; named things count too. */
export function contentFit(
  fact: IndexedFact,
  analysis: Analysis,
  ignore: ReadonlySet<string> = new Set(),
): number {
  const terms = analysis.terms.filter(
    (t) =>
      !FILLER.has(t) &&
      !PARAPHRASE.has(t) &&
      !ignore.has(t) &&
      !/^\d/u.test(t) &&
      (t.startsWith('@') || t.length > 2),
  );
  if (terms.length === 0) return 1;
  const covered = terms.filter((t) =>
    t.startsWith('@') ? fact.entities.has(t.slice(1)) || fact.weights.has(t) : fact.weights.has(t),
  );
  return covered.length / terms.length;
}

/** The claim's topic words the fact does not use (for explanations and tuning). */
export function uncoveredTerms(fact: IndexedFact, analysis: Analysis): string[] {
  return analysis.terms.filter(
    (t) => !FILLER.has(t) && !/^\d/u.test(t) && t.length > 2 && !fact.weights.has(t),
  );
}

/** "young people" for children, "at their head" for led by, "100+ charities demand action" for urging. */
const PARAPHRASE = new Set(['young', 'head', 'demand', 'action', 'chariti']);

/**
 * Words a careful writer uses to restate a figure without changing what it counts ("featured in", "police
 * forces", "Meta's apps"), and the paraphrases: they need not be in the fact.
 */
export const RESTATING = new Set([
  'featur',
  'forc',
  'app',
  'appear',
  'link',
  'connect',
  'behind',
  'tie',
  'mention',
  'overal',
  ...PARAPHRASE,
]);

/** Cases, offences and crimes are one thing, for a fact that counts any of them (not for removed content). */
export const CASE_WORDS = new Set(['offenc', 'crime', 'case', 'incid', 'instanc']);

/** A word before a word for cases: "grooming cases", "online grooming crimes". */
const CASES_OF = /\b([a-z]{4,}) (?:cases?|offen[cs]es?|crimes?|incidents?)\b/gu;

/** Words before "cases" that say which cases or where, not what they are: "online crime", "recorded offences". */
const NOT_WHAT_OF: ReadonlySet<string> = new Set([
  'online',
  'internet',
  'cyber',
  'recorded',
  'reported',
  'police',
  'criminal',
  'total',
  'other',
  'similar',
  'such',
  'these',
  'those',
  'more',
  'fewer',
  'new',
]);

/** Words for what figures count as cases: cases, offences, crimes, instances. */
export const CASE_NOUNS = /\b(?:cases?|offen[cs]es?|crimes?|instances?)\b/iu;

/** Whether the fact's figures count cases, offences or crimes. */
export function countsCases(fact: IndexedFact): boolean {
  return CASE_NOUNS.test(`${fact.fact.measure} ${fact.fact.figures.map((f) => f.label).join(' ')}`);
}

/**
 * The claim's topic words the fact does not use at all, beyond restating words: a claim that agrees on the figure
 * but adds one ("sextortion cases", "in Cardiff", "to the government") is not supported by it. Named things are
 * left to the speaker and scope checks.
 */
export function strayTerms(
  fact: IndexedFact,
  analysis: Analysis,
  nouns: ReadonlySet<string>,
  text = '',
): string[] {
  // "grooming cases rose 10%": cases of what the fact is about are that thing, however it is counted.
  const casesOfIt =
    !/\b(?:offline|in[- ]person|face[- ]to[- ]face|in real life|irl)\b/u.test(text.toLowerCase()) &&
    [...text.toLowerCase().matchAll(CASES_OF)].some(
      (m) => !NOT_WHAT_OF.has(m[1] ?? '') && fact.weights.has(stem(m[1] ?? '')),
    );
  const doers = doersOfItsDeed(fact, text);
  return uncoveredTerms(fact, analysis).filter(
    (t) =>
      nouns.has(t) &&
      !doers.has(t) &&
      !t.startsWith('@') &&
      !RESTATING.has(t) &&
      !(CASE_WORDS.has(t) && (countsCases(fact) || casesOfIt)) &&
      !CHAT.has(t) &&
      !MONTH_TERMS.has(t),
  );
}

/** "…before users report it": who does a deed done to what is counted ("report it", "flag them"). */
const DOER_OF_IT = /\b([a-z]+)\s+(?:the\s+|any\s+)?([a-z]{3,})\s+([a-z]{3,})\s+(?:it|them)\b/gu;

/**
 * Who does a deed the fact states without a doer ("found before it's reported", "…before users report it"): the claim
 * only says who does what the source leaves to anyone. Words that name who is counted are the fact's own to check.
 */
function doersOfItsDeed(fact: IndexedFact, text: string): ReadonlySet<string> {
  const doers = new Set<string>();
  for (const m of text.toLowerCase().matchAll(DOER_OF_IT)) {
    const [, when = '', doer = '', deed = ''] = m;
    // (Only at the same point as the source's: "before users report it" of "before it's reported", not "once users
    // report it" or "after users report it", which turn it.)
    if (fact.weights.has(stem(deed)) && PASSIVE_OF(deed, when).test(fact.fact.quote)) doers.add(stem(doer));
  }
  return doers;
}

/** The deed said without its doer in a quote: "it's reported", "is reported", "was found", "being reported". */
const PASSIVE_OF = (deed: string, when: string) =>
  new RegExp(
    String.raw`\b${when}\s+(?:(?:it|they|this|that)\s+)?(?:is|are|was|were|been|being|it's|it’s|gets?|got)\s+${stem(deed)}\w*`,
    'iu',
  );

/** Months, written out or shortened ("Apr 2017–Mar 2020"): the period check reads them, they add no topic. */
const MONTH_TERMS: ReadonlySet<string> = new Set(
  [...MONTH_NAMES, ...MONTH_NAMES.map((m) => m.slice(0, 3)), 'sept'].map((m) => stem(m)),
);

/** Chat asides that say nothing about the figure. */
export const CHAT: ReadonlySet<string> = new Set([
  'iirc',
  'afaik',
  'idk',
  'tbf',
  'lol',
  'smh',
  'tbh',
  'ngl',
  'imo',
  'imho',
  'fyi',
  'btw',
  'lmao',
  'yikes',
  'crazi',
  'insan',
  'shock',
  'wild',
  'yike',
  'bruh',
  'omg',
  'wtf',
  'tho',
  'fwiw',
  'acc',
  'innit',
  'fr',
  'frfr',
  'istg',
  'deadass',
  // (…and "own", which only stresses whose it is: "by the police's own figures".)
  'own',
]);
