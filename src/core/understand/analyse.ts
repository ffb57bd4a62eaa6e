// Turns text into the terms the matcher compares: phrases resolved, typos corrected, words stemmed.

import { stemmer } from 'stemmer';
import { MONTH_NAMES } from '../../text/months.js';
import { foldText, splitWords } from '../../text/normalise.js';
import { extractNumbers, type FoundNumber, NUMBER_WORD_VALUES } from '../../text/numbers.js';
import { commonnessOf, isEnglishWord } from './english-words.js';
import {
  ASKS_WHICH_SCOPE,
  ASKS_WHICH_WAY,
  COMPARISON_WORDS,
  DIFFERENCE_BETWEEN_SOURCE,
  FUNCTION_WORDS,
  META_WORDS,
  plainIdioms,
  RANKING_WORDS,
  REVERSE_LOOKUP_WORDS,
  SHORTHAND,
  STOPWORDS,
  SUPERLATIVE_FOLLOWERS,
  VIEW_VERB_SOURCE,
  WEAK_COMPARISON_WORDS,
} from './lexicon.js';
import { nearCommonWord } from './near-stopword.js';
import { withFullYears, withoutNextYearTails, yearsAndNext } from './period.js';
import type { PhraseTarget, UncoveredMeasure, Vocabulary } from './vocabulary.js';

/** Words that place a year relative to now or to another ("last year", "the previous year"). */
const RELATIVE_YEAR_WORDS: ReadonlySet<string> = new Set(['last', 'previous', 'past', 'prior', 'preceding']);

/** What the matcher knows about one piece of text. */
export interface Analysis {
  /** Unique terms: stemmed words, and `@id` for entities. */
  terms: string[];
  /** Words as typed where a synonym replaced them: they count only where the packs use them too. */
  optionalTerms: string[];
  entities: string[];
  uncovered: Array<{ kind: 'platform' | 'place'; name: string }>;
  /** Uncovered topics the question names, with the (stemmed) term that named them. */
  measures: Array<UncoveredMeasure & { term: string }>;
  years: number[];
  numbers: FoundNumber[];
  /** Values the question sets a figure against ("was the rise more than 5%?"): no figure it names. */
  thresholds?: number[];
  /** "strong": asks to compare by itself; "weak": only if two things are named. */
  comparison: 'strong' | 'weak' | undefined;
  /** Asks which of a group ranks first or last ("used most", "the biggest"), not how two things compare. */
  ranks?: boolean;
  reverseLookup: boolean;
  /** Words that were corrected: typed → meant. */
  corrections: Array<[string, string]>;
  /** Years named one by one ("in 2023 and in 2022", "2022, 2023"), each asked about, not a range between them. */
  yearsApart?: boolean;
  /**
   * The periods a question names apart from each other, when it names two or more ("in 2023, together with how that
   * compares with the 2015 to 2019 average"): each a year or a span of years, [first, last]. A fact answers only with
   * a figure for each.
   */
  yearGroups?: Array<[number, number]>;
  /**
   * A year and the next, cut short ("2020-21", "2022/23"): a financial year or two calendar years, so a figure for
   * that span or one for each year answers it.
   */
  yearAndNext?: boolean;
  /**
   * The one year named as the start of a time running on, to no year named ("since 2017", "from spring 2017 up to
   * the start of lockdown", "from April 2017 onwards"): a figure for a span that starts that year answers it.
   */
  openFrom?: number;
  /**
   * Months named with their year ("March 2020", "6 Feb 2020"), as `YYYY-MM`: a fact whose period starts or ends
   * there is what the question names ("Does the total run up to March 2020?"), not another year's figure.
   */
  monthYears?: string[];
  /**
   * The years the ask itself names, where a preamble names others ("I am reviewing the 2023 figures … what caveat does
   * the release attach to slight injuries?"): only these turn away a fact with no period. Absent: all of `years`.
   */
  askedYears?: number[];
  /**
   * The ask itself (folded), when it stands on its own beside a preamble: what the scope checks read, so the time
   * and place a preamble says of the asker ("an INSET session on online safety after lockdown", "a school in the UK")
   * do not move what is asked. Absent: the whole message.
   */
  askedText?: string;
  /** A year names a document ("the 2023 report", "the 2023 road casualties release"), not only a figure's period. */
  documentYear?: boolean;
  /** Terms (stems) of everyday English words no pack uses: framing more often than a topic the packs lack. */
  everyday?: string[];
  /**
   * A yes-or-no ask whether one group is counted inside others ("are the child casualties on top of the car and
   * pedestrian numbers or included in them?"): the others are what it is set against, not what is counted.
   */
  asksInclusion?: boolean;
  /** Singles one thing out of a group: "Instagram alone", "on its own", "by itself" (words the terms drop). */
  singledOut?: boolean;
  /** Names a group as one side: "the combined figure", "Facebook-owned apps", "the whole family", "all three". */
  namesGroup?: boolean;
  /** A yes-or-no ask of what place a figure covers (`ASKS_PLACE_COVERED`). */
  asksPlaceCovered?: boolean;
  /**
   * Asks how a figure changed ("by how much did deaths fall between 2022 and 2023?", "% change 2022 to 2023"): two
   * years joined as a span are then the two ends of the change, not one period.
   */
  asksChange?: boolean;
}

/** A ranking of years ("which year had…", "the year with…", "on record"), not of the groups a comparison sets side by side. */
const RANKS_YEARS =
  /\b(?:(?:which|what) years?|the years? (?:with|when|that|in which))\b|\bon record\b|\bsince records\b/u;

/** Words that say how much before a comparison ("way ahead", "far more"): no topic of their own. */
const INTENSIFIERS: ReadonlySet<string> = new Set(['way', 'far', 'miles', 'much', 'lot', 'loads']);

const YEAR = /^(19|20)\d\d$/u;
/**
 * A year before the name of a document ("the 2023 road casualty report"), or asked of as the kind of year it is ("is
 * 2023 here the calendar year or the financial year?"): the year the document covers, not a figure's.
 */
const DOCUMENT_YEAR =
  /\b(?:19|20)\d\d(?:\s+[\w-]+){0,3}?\s+(?:report|release|publication|bulletin|document|edition)s?\b|\bthe (?:19|20)\d\d (?:figures|statistics|stats|numbers|data|results)\b|\b(?:19|20)\d\d\b[^?.!]{0,25}\b(?:calendar|financial|fiscal) year\b/u;
/** What follows "during" when it only dates the ask ("during 2023", "during March", "during the year"). */
const DURING_A_DATE = new RegExp(
  `^(?:(?:19|20)\\d\\d|${MONTH_NAMES.map((m) => m.slice(0, 3)).join('|')}|the year|this year|last year|that year)`,
  'u',
);
/** A month, in full or cut short, then its year, a day between them or not: "march 2020", "feb 6, 2020". */
const MONTH_YEAR = new RegExp(
  String.raw`\b(${MONTH_NAMES.map((m) => m.slice(0, 3)).join('|')})[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)\b`,
  'gu',
);

/** The months a (folded) text names with their year, as `YYYY-MM` (`monthYears`). */
function monthYearsOf(folded: string): { monthYears?: string[] } {
  const found = [...folded.matchAll(MONTH_YEAR)].map((m) => {
    const month = MONTH_NAMES.findIndex((name) => name.startsWith(m[1] ?? '')) + 1;
    return `${m[2]}-${String(month).padStart(2, '0')}`;
  });
  return found.length > 0 ? { monthYears: [...new Set(found)] } : {};
}

/** The second year of every "2020-21" a text names: it asks about that year too, however the span is read. */
function secondYears(folded: string): number[] {
  return yearsAndNext(folded).map((m) => Number(m[1]) + 1);
}
/** Two years named one by one: "in 2023 and in 2022", "2022 & 2023", "2022, 2023" (not "between 2017 and 2020"). */
const YEARS_APART =
  /(?<!\b(?:between|from)\s)\b(?:19|20)\d\d\s*(?:,|&|\band\b|\bor\b)\s*(?:in\s+)?(?:19|20)\d\d\b/u;
/** A month written out or cut short, and the space after it ("march ", "mar. "): what may stand before a year. */
const MONTH_BEFORE_YEAR = String.raw`(?:(?:${MONTH_NAMES.map((m) => m.slice(0, 3)).join('|')})[a-z]*\.?\s+)?`;
/** What joins two years into one span: "2015 to 2019", "2015-2019", "2017 through 2020", "2017 to March 2020". */
const SPAN_JOIN = new RegExp(
  String.raw`^\s*(?:-|–|/|to(?: and including)?|through(?: to)?|thru|until|till|up (?:to|until)(?: and including)?)\s*(?:(?:the )?(?:end|start|mid|early|late)(?: of)?\s+)?${MONTH_BEFORE_YEAR}$`,
  'u',
);
/** "… and", "… & march": the end of a span "between" or "from" opened. */
const SPAN_AND = new RegExp(String.raw`^\s*(?:and|&)\s*${MONTH_BEFORE_YEAR}$`, 'u');

/**
 * A year as the start of a time running on: "since 2017", "from (spring|April|the start of) 2017 (up to|until…)" with
 * no year after it, "2017 onwards".
 */
const OPEN_FROM = new RegExp(
  String.raw`\b(?:since|from|starting(?: in| from)?|beginning(?: in)?)\s+(?:(?:the\s+)?(?:start|beginning|spring|summer|autumn|winter|end)\s+(?:of\s+)?|${MONTH_BEFORE_YEAR})((?:19|20)\d\d)\b(?![\s,]*(?:-|–|\/|and|or|to|through|till|until|vs?\.?|versus)\s*(?:(?:the\s+)?(?:start|end|spring|summer|autumn|winter)\s+(?:of\s+)?)?(?:[a-z]+\.?\s+)?(?:19|20)?\d\d\b)|\b((?:19|20)\d\d)\s+(?:onwards?|and (?:after|since|later))\b`,
  'u',
);
function openFromOf(fullYears: string, years: readonly number[]): { openFrom?: number } {
  if (years.length !== 1) return {};
  const m = OPEN_FROM.exec(fullYears);
  const year = Number(m?.[1] ?? m?.[2]);
  return year === years[0] ? { openFrom: year } : {};
}
/** What "since" names as the start of a time: a year, a month or a season ("since 2017", "since april"). */
const SINCE_A_DATE = new RegExp(
  String.raw`^(?:(?:19|20)\d\d|${MONTH_NAMES.map((m) => m.slice(0, 3)).join('|')}|spring|summer|autumn|winter)`,
  'u',
);
/** "between 2017 and 2020", "from 2017 to 2020", "between april 2017 & march 2020": a span. */
const SPAN_OPEN = new RegExp(String.raw`\b(?:between|from)\s+${MONTH_BEFORE_YEAR}$`, 'u');

/**
 * The periods a text names one by one (as `Analysis.yearGroups`), or none when it names at most one: years joined by
 * "to", a dash or "between … and" make one span; other years stand apart.
 */
function yearGroupsOf(folded: string, years: ReadonlySet<number>): Array<[number, number]> | undefined {
  const groups: Array<[number, number]> = [];
  let end = 0;
  let opened = false;
  for (const m of folded.matchAll(/\b(?:19|20)\d\d\b(?![\d%])/gu)) {
    const year = Number(m[0]);
    // (Only the years the question names as years: not "2000 casualties".)
    if (!years.has(year)) continue;
    const last = groups.at(-1);
    const between = folded.slice(end, m.index);
    if (last && last[0] === last[1] && (SPAN_JOIN.test(between) || (opened && SPAN_AND.test(between))))
      last[1] = year;
    else if (!last || last[0] !== year || last[1] !== year) groups.push([year, year]);
    opened = SPAN_OPEN.test(folded.slice(Math.max(0, m.index - 30), m.index));
    end = m.index + m[0].length;
  }
  return groups.length > 1 ? groups : undefined;
}

/**
 * In a long ask (this many words or more: a formal request with its framing, "Good afternoon. I am preparing an
 * article for a regional newspaper … could you tell me the total number of reported road casualties in 2023"), an
 * everyday English word no pack uses (SCOWL size 35 or less: "afternoon", "article", "grateful") frames the ask more
 * often than it names a topic the packs lack; retrieval weighs it less (`Analysis.everyday`). Measured on the read
 * question sets: from 25 words, 16 more long questions answered right, none fewer declined, no more wrong; from 15 or
 * 20 words, more were answered but 7 to 11 more were wrong. The words counted are the whole message's (`messageWords`),
 * not only its ask's, whose framing is just as long: on the read sets of the sixth 2026-11-30 session, 31 more right,
 * 8 more "wrong" (6 of them a neighbouring fact giving the same figure or statement, 2 real); 30 words gained fewer.
 */
const EVERYDAY_MIN_WORDS = 25;
/**
 * …and the ask itself this long: a short ask after a long preamble ("… could you tell me how many tractor drivers were
 * killed?") names what it wants with its everyday words, which must keep their weight (a review found such asks
 * answered with a neighbouring fact). Measured on the read sets: as many right answers as with no floor.
 */
const EVERYDAY_MIN_ASK_WORDS = 10;
const EVERYDAY_TIER = 35;
/** An age as a bound on who is counted ("under 12", "aged 13 and over", "younger than 10"), not "my 11-year-old". */
/** An age bound ("under 13", "aged 9"); a share ("under 10%") or a count ("over 13,000", "over 13k") is no age. */
const AGE =
  /\b(?:under|over|aged|ages|younger than|older than)[- ](?:1\d|[4-9])s?\b(?![.,]?\d|\s*(?:%|percent|per ?cent|pc\b|k\b|thousand|000))|\b(?:1\d|[4-9])(?: ?(?:-|to|and) ?(?:1\d|[4-9]))?[- ]?(?:year|yr)s?[- ]?olds\b|\bu ?1\ds\b/u;
/** Ages as typed: "11-13 year olds", "a 15-year-old", "14 yr olds", "aged 11 to 13". */
const AGES =
  /\b(?:1\d|[1-9])(?: ?(?:-|to|and) ?(?:1\d|[1-9]))?[- ]?(?:year|yr)s?[- ]?olds?\b|\baged (?:1\d|[1-9])(?: ?(?:-|to|and) ?(?:1\d|[1-9]))?\b/gu;
const MONTH_NAME = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const DAY_OF_MONTH = new RegExp(
  String.raw`\b(${MONTH_NAME}) (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|per cent)|[.,]\d)|\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)? (?:of )?(${MONTH_NAME})\b`,
  'gu',
);
/** Verbs of holding a view (`VIEW_VERB_SOURCE`). */
const VIEW_VERBS: ReadonlySet<string> = new Set(VIEW_VERB_SOURCE.split('|'));
/** Who may hold a view the packs quote: a person or a body, not a group of people ("what do drivers think"). */
const SPEAKER_KINDS: ReadonlySet<string> = new Set(['person', 'organisation', 'platform']);

/**
 * Whether the view verb at `at` is held by someone the packs name, named before it ("does Wanless think", "did the
 * NSPCC boss think"), and not by "you", "I" or "people" ("Wanless — do you think he is right?").
 */
function viewOfSpeaker(
  words: readonly string[],
  at: number,
  entities: ReadonlySet<string>,
  vocab: Vocabulary,
): boolean {
  if (/^(?:you|u|ya|i|we|people|parents|they|everyone|anyone)$/u.test(words[at - 1] ?? '')) return false;
  return [...entities].some((id) => SPEAKER_KINDS.has(vocab.entityKinds.get(id) ?? ''));
}

/** Units of a length of time shorter than a year. */
const SHORT_SPAN = /^(?:months?|weeks?|days?|quarters?)$/u;
const stemCache = new Map<string, string>();
/** Words the Porter stemmer folds into another word: "founded" is not "found". */
const STEM_EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ['founded', 'founded'],
  ['founding', 'founded'],
  ['founder', 'founder'],
  ['founders', 'founder'],
  // Porter stems "response" and "responsible" alike: "Facebook's response" is no question of who is responsible.
  ['responsible', 'responsibl'],
  ['responsibly', 'responsibl'],
  ['responsibility', 'responsibl'],
  ['responsibilities', 'responsibl'],
  // Irregular past forms read as their verb ("the people they send them to" is the source's "they've sent them to").
  ['sent', 'send'],
  ['wrote', 'write'],
  ['written', 'write'],
  ['told', 'tell'],
  ['spoke', 'speak'],
  ['spoken', 'speak'],
  ['took', 'take'],
  ['taken', 'take'],
  ['chose', 'choos'],
  ['chosen', 'choos'],
  // ("when did records begin?" is the source's "since records began")
  ['began', 'begin'],
  ['begun', 'begin'],
  // ("who does Wanless want held responsible?" is the source's "hold tech companies … responsible")
  ['held', 'hold'],
  ['holds', 'hold'],
  ['holding', 'hold'],
  ['brought', 'bring'],
  ['kept', 'keep'],
  ['grew', 'grow'],
  ['grown', 'grow'],
  ['paid', 'pai'],
  ['sold', 'sell'],
  ['spent', 'spend'],
  ['stood', 'stand'],
  ['understood', 'understand'],
]);

/** Porter stem of a word, cached (the vocabulary is small and words repeat). */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = STEM_EXCEPTIONS.get(word) ?? (word.includes(' ') || word.includes('-') ? word : fullStem(word));
    if (stemCache.size < 50_000) stemCache.set(word, s);
  }
  return s;
}

/**
 * Porter's stem, kept to three letters: it cuts "suing" and "sued" to "su", "died" to "di", which the claim checks
 * then drop as too short to be a word of content ("the NSPCC is suing Facebook" said nothing but names). The cut
 * verb's "e" comes back ("sue", "die", "use"), the same for every form that was cut, when that is a word ("going"
 * keeps "go", a verb of movement the checks read apart).
 */
function fullStem(word: string): string {
  const s = stemmer(word);
  if (s.length >= 3 || word.length < 3 || !/^\p{L}+$/u.test(s)) return s;
  return isEnglishWord(`${s}e`) && stemmer(`${s}e`) !== s ? `${s}e` : s;
}

const DIFFERENCE_BETWEEN = new RegExp(DIFFERENCE_BETWEEN_SOURCE, 'u');

/** Comparison words that set two things against each other rather than rank a group ("vs", "compared"). */
const SETS_TWO: ReadonlySet<string> = new Set([
  'compare',
  'compares',
  'compared',
  'comparison',
  'comparing',
  'versus',
  'vs',
]);

/**
 * "vs", or "compare(d)" setting one thing against another ("compare with 2022", "how do slight injuries compare to
 * serious"): a comparison, no topic. ("can serious injury numbers be compared fairly?" asks about comparability.)
 */
function setsTwoApart(words: readonly string[], at: number): boolean {
  const word = words[at] ?? '';
  if (word === 'vs' || word === 'versus') return true;
  // "can … be compared with earlier years" asks whether they can be.
  if (words.slice(Math.max(0, at - 3), at).some((w) => w === 'be' || w === 'can' || w === 'could'))
    return false;
  return words.slice(at + 1, at + 4).some((w) => w === 'with' || w === 'to' || w === 'against');
}

/** "used the most", "most often", "most?" are superlatives; "most cases", "most offenders" are not. */
function isSuperlativeMost(words: readonly string[], at: number): boolean {
  const next = words[at + 1];
  return next === undefined || words[at - 1] === 'the' || SUPERLATIVE_FOLLOWERS.has(next);
}

/** A fraction a figure is given as ("half", "a third", "one in five"). */
const FRACTION_WORD = /^(?:half|halves|thirds?|quarters?|fifths?|tenths?)$/u;

/**
 * "more than half", "less than 20%", "fewer than 1,000": how a figure is bounded, not two things set against each
 * other ("was instagram used in more than half of cases?" asks of Instagram's one share).
 */
function qualifiesFigure(words: readonly string[], at: number): boolean {
  if (!/^(?:more|less|fewer)$/u.test(words[at] ?? '') || words[at + 1] !== 'than') return false;
  const next = words[at + 2] ?? '';
  const after = words[at + 3] ?? '';
  return (
    isNumeric(next) ||
    FRACTION_WORD.test(next) ||
    (/^(?:a|an|one|two|three)$/u.test(next) && (FRACTION_WORD.test(after) || after === 'in'))
  );
}

/** Words that bound a figure by themselves when a number follows ("above 300", "exceeded 1,000"). */
const BOUND_WORDS = /^(?:above|below|exceeds?|exceeded|exceeding)$/u;

/**
 * "is KSI above 300?", "did casualties exceed 1,000?": the word sets the figure against a value (`thresholds`), no
 * topic; as a term it pulled to any fact whose text says "the groups above".
 */
function boundsFigure(words: readonly string[], at: number): boolean {
  if (!BOUND_WORDS.test(words[at] ?? '')) return false;
  const next = /^(?:about|around|roughly)$/u.test(words[at + 1] ?? '') ? words[at + 2] : words[at + 1];
  return isNumeric(next ?? '') && /\d/u.test(next ?? '');
}

/** Digits, with a scale written after them ("13k", "96.4m") or not. */
function isNumeric(word: string): boolean {
  return /^[\d.,%]+(?:k|m|mn|bn)?$/u.test(word);
}

/** "april-june" → "april", "june" unless the pack knows the compound ("facebook-owned", "covid-19"). */
function splitUnknownCompounds(words: readonly string[], vocab: Vocabulary): string[] {
  return words.flatMap((w) =>
    w.includes('-') && !vocab.knownWords.has(w) && !vocab.phrases.has(w) && !termOfArt(w, vocab)
      ? w.split('-')
      : [w],
  );
}

/**
 * A letter and a word ("p-value", "t-test", "x-ray") that no pack writes in any number: one term of its own, not the
 * pack's "value" or "test". (A pack's own "b-roads" still reads "b-road" as the road.)
 */
function termOfArt(word: string, vocab: Vocabulary): boolean {
  if (!/^\p{L}-\p{L}{2,}$/u.test(word)) return false;
  const known = (w: string) => vocab.knownWords.has(w) || vocab.phrases.has(w);
  return !known(`${word}s`) && !known(word.replace(/s$/u, '')) && !known(word.replace(/es$/u, ''));
}

/**
 * The pack word a chat abbreviation stands for ("inj", "veh", "vols" for volunteers, "lib"), if it is one: no
 * everyday English word is read as an abbreviation ("nos", "stats" stay as typed).
 */
function abbreviationOf(word: string, vocab: Vocabulary): string | undefined {
  if (word.length > 6) return undefined;
  const size = commonnessOf(word);
  if (size !== undefined && size < 40) return undefined;
  const plural = word.endsWith('s') ? vocab.abbreviations.get(word.slice(0, -1)) : undefined;
  const start = vocab.abbreviations.get(word) ?? (plural ? `${plural.replace(/s$/u, '')}s` : undefined);
  if (start) return start;
  // Written without vowels ("cnty", "srs", "plc"): only a word with no vowel of its own.
  return /[aeiou]/u.test(word) ? undefined : (vocab.skeletons.get(word) ?? undefined);
}

/**
 * A value a figure is set against: "more than 5%", "higher then 95 percent", "exceed 10,000", "more cases than
 * 20%". ("Over half", "under a third" are how sources state figures, so "over" and "under" set nothing; a fraction
 * set against, "more than a fifth", was tried: "is 51% more than half? …" then lost its figure after the help.)
 */
const THRESHOLD =
  /\b(?:(?:more|bigger|higher|greater|larger|less|lower|fewer|smaller)(?: [a-z]+){0,2}? th[ae]n|exceed(?:s|ed|ing)?|above|below|at least|at most|in excess of)\s+(?:about |around |roughly )?(\d[\d.,]*(?:\s?(?:%|percent|per ?cent|k\b|m\b|million|thousand))?)/gu;

/** The thresholds of text with its idioms already read ("more or less than 20" sets nothing against 20). */
function thresholdsOf(plain: string): { thresholds?: number[] } {
  const found = [...plain.matchAll(THRESHOLD)].flatMap((m) =>
    extractNumbers(m[1] ?? '')
      .slice(0, 1)
      .map((n) => n.value),
  );
  return found.length > 0 ? { thresholds: found } : {};
}

/** The longest phrase the packs know at `at` (one word or several), and how many words it takes. */
function longestPhrase(
  words: readonly string[],
  at: number,
  vocab: Vocabulary,
): { target: PhraseTarget | undefined; matched: number } {
  let phrase = words[at] ?? '';
  let target = vocab.phrases.get(phrase) ?? singularPhrase(phrase, vocab);
  let matched = target ? 1 : 0;
  for (let j = at + 1; j < words.length && vocab.prefixes.has(phrase) && j - at < vocab.maxPhraseWords; j++) {
    phrase = `${phrase} ${words[j]}`;
    const longer = vocab.phrases.get(phrase);
    if (longer) {
      target = longer;
      matched = j - at + 1;
    }
  }
  return { target, matched };
}

/** The one pack word a typed word is a synonym of ("hurt" → injured), if it is one. */
function singleWordSynonym(word: string, vocab: Vocabulary): string | undefined {
  const target = vocab.phrases.get(word);
  return target?.type === 'synonym' && !target.word.includes(' ') ? target.word : undefined;
}

/**
 * The pack phrase a plural stands for when the pack lists only its singular ("fatals" of "fatal", a synonym of
 * killed): never for a word the packs know as it is. "-es" comes off only where "-s" leaves no word ("crashes",
 * "buses"): "cases" is the plural of "case", not of the roads pack's "cas".
 */
function singularPhrase(word: string, vocab: Vocabulary) {
  if (word.length < 4 || !word.endsWith('s') || vocab.knownWords.has(word)) return undefined;
  const single = word.slice(0, -1);
  return (
    vocab.phrases.get(single) ??
    (word.endsWith('es') && !isEnglishWord(single) ? vocab.phrases.get(word.slice(0, -2)) : undefined)
  );
}

/** A word with its chat shorthand read, a hyphenated one part by part ("3-yr" is 3-year, "a-rd" a-road). */
function shorthandOf(word: string): string {
  const whole = SHORTHAND.get(word);
  if (whole) return whole;
  if (!word.includes('-')) return word;
  const parts = word.split('-');
  return parts.some((p) => SHORTHAND.has(p)) ? parts.map((p) => SHORTHAND.get(p) ?? p).join('-') : word;
}

/**
 * A mistyped word that asks nothing ("wer", "meny", "thier", "dont"): no English word and no word of the packs, one
 * edit from a stopword. Which stopword does not matter: none is a term.
 */
function nearStopword(word: string, vocab: Vocabulary): string | undefined {
  if (vocab.phrases.has(word) || vocab.prefixes.has(word) || isEnglishWord(word)) return undefined;
  return nearCommonWord(word, true);
}

function isEverydayUnknown(word: string, vocab: Vocabulary): boolean {
  const size = commonnessOf(word);
  return size !== undefined && size <= EVERYDAY_TIER && !vocab.knownWords.has(word);
}

/** A yes-or-no question whether a group is counted inside others or apart from them. */
export const ASKS_INCLUSION =
  /^\W*(?:are|is|do|does|were|was)\b[^?]*\b(?:within|inside|included|separately|separate|on top of|in addition to|double[- ]?count\w*)\b/u;

/** Words naming a group as a whole. */
const NAMES_GROUP =
  /\b(?:combined|together|collectively|all three|(?:the )?whole (?:\w+ )?family|family of|(?:owned|'s) (?:apps|platforms|services|brands)|(?!(?:the|which|what|these|those|other|all|both|two|named|messaging|media|different|many|some|any|popular|such|most|main|chat|social|its|their|his|her|our|your|my)\b)[\w-]+ apps|\w+-apps?)\b/u;

/** Words singling one thing out of a group. */
const SINGLES_OUT =
  /\b(?:alone|on (?:its|their) own|by (?:itself|themselves)|solely|individually|specifically|separately|the (?:main|flagship|core) (?!app\b)[\w'-]+ (?:app|platform|site|service))\b/u;

/**
 * A yes-or-no ask of what place a figure covers, the figure its subject ("Do the 2017–2020 figures cover the whole UK?",
 * "is that total UK-wide?"): the place named is what is asked about, which the figure's own place answers, not a place
 * it must have. (Not "does the report include a UK total?", nor a bound on the figure: "were the figures covering the
 * UK above 12,000?")
 */
export const ASKS_PLACE_COVERED =
  /^\W*(?:so\W+)?(?:do|does|did|is|are|was|were)\s+(?:(?:they|it)|(?:the|those|these|that|this|its|their)(?:\s+[\w%,.–-]+){0,3}?\s+(?:figures?|numbers?|stats?|statistics|data|totals?|counts?|percentages?|shares?|rates?))\s+(?:cover(?:s|ed|ing)?|include[sd]?|including|apply to|applies to|relate to|relates to|(?:uk|nation|country)[- ]wide|nationwide)\b(?![^?]*\b(?:how (?:many|much)|above|below|over|under|more than|fewer than|less than|at least|exceed\w*)\b)/u;

/** Words asking how a figure changed: a rise, a fall, a change, a difference. */
export const ASKS_CHANGE =
  /\b(?:ris(?:e|es|en|ing)|rose|f[ae]ll(?:s|en|ing)?|drop(?:s|ped|ping)?|(?:in|de)creas(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|chg|(?:went|gone|go|going|goes) (?:up|down)|up or down|gr(?:ew|ow|owing|own|owth)|declin(?:e|ed|ing)|climb(?:ed|ing)?|jump(?:ed|s)?|differen(?:ce|t)|differ|compar(?:e|ed|es|ing|ison)|mov(?:e|ed|es|ing) (?:from|between)|shift(?:ed|s)? (?:from|between)|trend(?:ed)? (?:from|between))\b/u;

/** Words that set one name apart from its group, right after it. */
const PART_AFTER_NAME = /^(?:alone|solely|individually)$/u;
/**
 * …and after the name of a platform, which a pack may count within a group of apps ("Instagram specifically"). (After
 * a group of people, a kind of road or a place — "bus passengers specifically", "rural A-roads specifically" — it
 * narrows to what may have no figure of its own, and stays a word: tried for groups too, it answered those with the
 * figure they are counted within.)
 */
const PART_AFTER_PLATFORM = /^(?:specifically|separately)$/u;

/** Asking what a figure is: "is that…", "is it a count of…", "refer to", "what's the base". */
const ASKS_WHICH_IT_IS =
  /\b(?:is|are|was|were) (?:that|it|this|these|those|they|the \d[\d,.]*|the figure|the number|the stat)\b|\brefers? to\b|\bcount(?:s|ing)? of\b|\bwhat(?:'s| is) (?:it )?(?:actually )?counting\b|\bbase\b|\bmeasur\w*\b/u;
/** Asking for a count: "how many…", "number of…". */
const COUNTS_THEM = /^\W*(?:how many|how much|number of|no\. of)\b/u;
/** Words offered as alternatives: "offences or victims", "crimes, victims, or offenders". */
const ALTERNATIVES = /\b[\w'-]+(?:,\s*[\w'-]+)*,?\s+or\s+[\w'-]+\b/gu;

/**
 * A measure the packs lack offered as one alternative beside a word they know ("the 12,925 - is that offences or
 * victims?", "the 'over half' — crimes, victims, or offenders?"): the asker wants to know which it is, not the measure.
 * Only when the question asks what a figure is. (A count of them, "how many victims or offenders were there?", asks
 * for each; "casualties for each district or town" asks for both.)
 */
function offeredBeside(
  folded: string,
  term: string,
  known: ReadonlySet<string>,
  measures: ReadonlyArray<{ term: string }>,
): boolean {
  if (COUNTS_THEM.test(folded) || !ASKS_WHICH_IT_IS.test(folded)) return false;
  for (const list of folded.matchAll(ALTERNATIVES)) {
    const stems = list[0]
      .split(/[\s,]+/u)
      .filter((w) => w !== 'or')
      .map(stem);
    if (
      stems.includes(term) &&
      stems.some((w) => w !== term && known.has(w) && !measures.some((m) => m.term === w))
    )
      return true;
  }
  return false;
}

/**
 * Analyses text; `correct` turns on spelling correction (for questions, not for pack text); `framing` marks the
 * everyday words of a long ask (`Analysis.everyday`), for a message the safety reading has no doubt about, counting
 * `messageWords` (the whole message's length) when longer than the text read; `question` drops the prepositions no
 * pack uses (`FUNCTION_WORDS`), which a claim keeps ("has led the NSPCC since 2013" says something the source does
 * not).
 */
export function analyseText(
  text: string,
  vocab: Vocabulary,
  correct: boolean,
  options: { framing?: boolean; messageWords?: number; question?: boolean } = {},
): Analysis {
  // A question's years as typed ("Apr '17", "2015-19") read as full years; pack text is read as written.
  const folded = correct ? withFullYears(foldText(text)) : foldText(text);
  const plain = plainIdioms(folded, correct);
  const raw = splitWords(plain).flatMap((w) => shorthandOf(w).split(' '));
  const corrections: Array<[string, string]> = [];
  const words = correct
    ? splitUnknownCompounds(raw, vocab).map((w) => {
        if (vocab.knownWords.has(w) || isNumeric(w)) return w;
        // A chat abbreviation of a pack word ("inj", "veh", "occ") that is no English word itself.
        const expanded = abbreviationOf(w, vocab);
        if (expanded) {
          corrections.push([w, expanded]);
          return expanded;
        }
        // A dropped g ("gettin", "talkin", "targetin"): the word with it.
        if (/^[a-z]{3,}in$/u.test(w) && !isEnglishWord(w) && isEnglishWord(`${w}g`)) {
          corrections.push([w, `${w}g`]);
          return `${w}g`;
        }
        const fixed = vocab.corrector.correct(w);
        // Only words that are not words get corrected: "span" must not become Spain, nor "time" tide. (The word
        // list is consulted only when there is a correction to make, so most questions never load it.)
        if (!fixed) {
          const near = nearStopword(w, vocab);
          if (near) corrections.push([w, near]);
          return near ?? w;
        }
        if (isEnglishWord(w)) return w;
        corrections.push([w, fixed]);
        return fixed;
      })
    : raw;

  const terms = new Set<string>();
  const optional = new Set<string>();
  const entities = new Set<string>();
  const uncovered: Analysis['uncovered'] = [];
  const measures: Analysis['measures'] = [];
  let comparison: Analysis['comparison'];
  let reverseLookup = false;
  let ranks = false;
  const everyday = new Set<string>();
  // (Its "or" no longer says so once the words are read as one: `plainIdioms`.)
  if (correct && ASKS_WHICH_WAY.test(folded)) comparison = 'weak';
  // "the difference between the 51% and Snapchat's share", "the gap between urban and rural": two things set apart.
  const asksDifference = options.question === true && DIFFERENCE_BETWEEN.test(folded);
  if (asksDifference) comparison = 'strong';
  const scopeAsked = options.question === true && ASKS_WHICH_SCOPE.test(folded);

  // Each word as the one pack word it is a synonym of ("badly" → seriously, "hurt" → injured), for the phrases a
  // pack lists only in its own words.
  const canonical = options.question ? words.map((w) => singleWordSynonym(w, vocab) ?? w) : undefined;
  for (let i = 0; i < words.length; ) {
    let { target, matched } = longestPhrase(words, i, vocab);
    // "killed or badly hurt" is the pack's "killed or seriously injured" (KSI): a phrase of two words or more made of
    // synonyms, where the words as typed make none.
    if (canonical && matched < 2) {
      const own = longestPhrase(canonical, i, vocab);
      if (own.matched >= 2) ({ target, matched } = own);
    }
    const phraseAt = words.slice(i, i + Math.max(matched, 1)).join(' ');
    // A not-covered term of several words ("number of collisions") matches as typed, known phrase or not.
    const measureTerm =
      [5, 4, 3, 2]
        .map((n) => words.slice(i, i + n).join(' '))
        .find((w) => w.includes(' ') && vocab.measures.has(w)) ??
      (vocab.measures.has(phraseAt) ? phraseAt : (words[i] ?? ''));
    const measure = vocab.measures.get(measureTerm);
    if (measure) measures.push({ ...measure, term: stem(measureTerm) });
    if (target && matched > 0) {
      if (target.type === 'entity') {
        entities.add(target.id);
        terms.add(`@${target.id}`);
        // "Instagram alone": one name set apart, which the scope reading weighs (decide/scope.ts); as a word it would
        // pull to a fact whose notes say what it gives no figure for alone.
        const after = words[i + matched] ?? '';
        if (
          options.question &&
          (PART_AFTER_NAME.test(after) ||
            (PART_AFTER_PLATFORM.test(after) && vocab.entityKinds.get(target.id) === 'platform'))
        )
          i++;
      } else if (target.type === 'uncovered') {
        uncovered.push({ kind: target.kind, name: target.name });
      } else {
        // A synonym adds the pack's word and keeps the typed one ("reported" is also "recorded").
        for (const w of target.word.split(' ')) if (!STOPWORDS.has(w)) terms.add(stem(w));
        const typed = words[i] ?? '';
        if (matched === 1 && !STOPWORDS.has(typed)) optional.add(stem(typed));
      }
      i += matched;
      continue;
    }
    const word = words[i] ?? '';
    i++;
    // "who runs the NSPCC these days?": now, as "nowadays" is, no topic of days.
    if (word === 'days' && words[i - 2] === 'these') continue;
    // "way ahead", "far more", "miles bigger": how much, before a word of comparison.
    if (INTENSIFIERS.has(word)) {
      const nextWord = words[i] ?? '';
      if (WEAK_COMPARISON_WORDS.has(nextWord) || COMPARISON_WORDS.has(nextWord)) continue;
      // ("way ahead", "miles behind": a comparison, both words.)
      if (/^(?:ahead|behind)$/u.test(nextWord)) {
        i++;
        comparison ??= 'weak';
        continue;
      }
    }
    // "at least 10%", "at most": a bound the figure reading takes, neither a ranking nor a topic.
    if (options.question && words[i - 2] === 'at' && (word === 'least' || word === 'most')) continue;
    // "Which year had the fewest deaths?", "the year with the fewest deaths": a ranking of years, which no comparison of
    // groups answers; "fewest" is then a word of the question ("the year with the fewest deaths" was answered with the
    // 2023 counts side by side).
    const ranksYears = word === 'fewest' && RANKS_YEARS.test(words.join(' '));
    if (!ranksYears && COMPARISON_WORDS.has(word) && (word !== 'most' || isSuperlativeMost(words, i - 1))) {
      comparison = 'strong';
      if (!SETS_TWO.has(word)) ranks = true;
      // In a question a ranking word ("least", "smallest") no pack uses asks which one, not a topic: optional. (Where
      // a pack uses it, as the roads release's "second lowest on record", it stays a word of the question: optional,
      // "so 2023 was the lowest year for road deaths since records began?" was answered with all three 2023 counts.)
      if (
        options.question &&
        RANKING_WORDS.has(word) &&
        !vocab.knownWords.has(word) &&
        !vocab.phrases.has(word)
      ) {
        optional.add(stem(word));
        continue;
      }
    } else if (WEAK_COMPARISON_WORDS.has(word) && !(word === 'or' && scopeAsked)) {
      const bound = qualifiesFigure(words, word === 'than' ? i - 2 : i - 1);
      if (!comparison && !bound) comparison = 'weak';
      // "which one shows up less?": the way a comparison goes, a topic only where a pack uses the word. (Reading it then
      // at half weight, "fewer deaths than the average?", was tried: "why did grooming get worse during covid" lost the
      // perfect storm to the rise.)
      // A bound on a figure ("were fewer than 25 killed?") is no topic even where a pack uses the word: as a term,
      // "fewer" pulled to "rural roads saw fewer casualties".
      if (options.question && (bound || !vocab.knownWords.has(word))) continue;
    }
    if (REVERSE_LOOKUP_WORDS.has(word)) {
      reverseLookup = true;
      continue;
    }
    // ("the difference between A and B": the comparison read above, no topic.)
    if (asksDifference && /^(?:between|gap|diff|difference)$/u.test(word)) continue;
    // "What does Wanless think the PM should do?", "does Marsh think things are getting better?": what someone the
    // packs quote thinks is what they said, so the verb names no topic; only where a pack uses it does it count.
    // (Measured on the read sets: 7 more answered right, 2 answered with Wanless's other words on the Prime Minister
    // where the excerpt named the first; speaker.ts then declines "what the police chiefs think about encryption".)
    if (options.question && VIEW_VERBS.has(word) && viewOfSpeaker(words, i - 1, entities, vocab)) {
      optional.add(stem(word));
      continue;
    }
    if (STOPWORDS.has(word) || isNumeric(word) || word.length < 2) continue;
    if (options.question && boundsFigure(words, i - 1)) continue;
    // A number word counting months, weeks or days ("which three months…") is a length of time, not the "three" of a
    // pack's "three years".
    if (word in NUMBER_WORD_VALUES && SHORT_SPAN.test(words[i] ?? '')) continue;
    // "last year", "the previous year": a time the period reading places, not words a fact's text must share — both
    // words, or "year" alone pulls to any fact that says "years" ("serious injuries last year?" got the note on
    // comparability with years before 2019). Not where any period label of the pack uses the word: the NSPCC article
    // is undated, and its "Last year, the UK's child protection charity accused Facebook…" is what "what happened last
    // year…" asks.
    if (
      options.question &&
      RELATIVE_YEAR_WORDS.has(word) &&
      /^years?$/u.test(words[i] ?? '') &&
      !vocab.periodLabelWords.has(word)
    ) {
      i++;
      continue;
    }
    // "year on year" (and "yoy"): asks for the change, which `asksChange` and the handlers read; as a word, "year"
    // pulled "casualties yoy?" to every fact that says "calendar year" or "a year".
    if (options.question && word === 'year' && words[i] === 'on' && words[i + 1] === 'year') {
      i += 2;
      continue;
    }
    // "since 2017", "since April 2017": the start of the time asked (read as `openFrom`), no word to match.
    if (options.question && word === 'since' && SINCE_A_DATE.test(words[i] ?? '')) continue;
    if (
      options.question &&
      FUNCTION_WORDS.has(word) &&
      !vocab.knownWords.has(word) &&
      (word !== 'during' || DURING_A_DATE.test(words.slice(i, i + 2).join(' ')))
    )
      continue;
    // "compare … with", "vs": the question's comparison is read above; as a word it must not pull towards the facts
    // whose phrasings happen to say "compare".
    if (SETS_TWO.has(word) && setsTwoApart(words, i - 1)) continue;
    // A word about the asking ("what period does it cover?") counts only where a pack uses it.
    if (META_WORDS.has(word)) {
      optional.add(stem(word));
      continue;
    }
    terms.add(stem(word));
    if (
      options.framing &&
      (words.length >= EVERYDAY_MIN_WORDS ||
        (words.length >= EVERYDAY_MIN_ASK_WORDS && (options.messageWords ?? 0) >= EVERYDAY_MIN_WORDS)) &&
      isEverydayUnknown(word, vocab)
    )
      everyday.add(stem(word));
  }

  // An age bound ("under 12", "aged 13") asks about age: the measure a pack files under "age", if it has one.
  const ageMeasure = AGE.test(folded) ? vocab.measures.get('age') : undefined;
  if (ageMeasure && !measures.some((m) => m.term === 'ag'))
    measures.push({ ...ageMeasure, term: stem('age') });
  const fullYears = withFullYears(folded);
  // The day of a date ("February 6, 2020", "6th of February") is not a figure anyone quotes; nor is the "20" of the
  // financial year "2019-20" (its year is read by `secondYears`), nor an age ("11-13 year olds", "aged 14 to 17").
  const found = extractNumbers(
    withoutNextYearTails(fullYears)
      .replace(DAY_OF_MONTH, (_, before?: string, after?: string) => before ?? after ?? '')
      .replace(AGES, ' '),
  );
  for (const t of terms) optional.delete(t);
  const second = secondYears(folded);
  const years = [
    ...new Set([...found.filter((n) => !n.isPercent && YEAR.test(n.raw)).map((n) => n.value), ...second]),
  ];
  const groups = yearGroupsOf(fullYears, new Set(years));
  return {
    terms: [...terms],
    optionalTerms: [...optional],
    entities: [...entities],
    uncovered,
    measures: measures.filter((m) => !offeredBeside(folded, m.term, terms, measures)),
    years,
    numbers: found.filter((n) => n.isPercent || !YEAR.test(n.raw)),
    ...thresholdsOf(plain),
    comparison,
    ...(ranks ? { ranks } : {}),
    reverseLookup,
    corrections,
    ...(YEARS_APART.test(folded) ? { yearsApart: true } : {}),
    ...(groups ? { yearGroups: groups } : {}),
    ...(second.length > 0 ? { yearAndNext: true } : {}),
    ...openFromOf(fullYears, years),
    ...monthYearsOf(fullYears),
    ...(DOCUMENT_YEAR.test(folded) ? { documentYear: true } : {}),
    ...(ASKS_INCLUSION.test(folded) ? { asksInclusion: true } : {}),
    ...(ASKS_PLACE_COVERED.test(folded) ? { asksPlaceCovered: true } : {}),
    ...(SINGLES_OUT.test(folded) ? { singledOut: true } : {}),
    ...(NAMES_GROUP.test(folded) ? { namesGroup: true } : {}),
    ...(ASKS_CHANGE.test(folded) ? { asksChange: true } : {}),
    ...(everyday.size > 0 ? { everyday: [...everyday] } : {}),
  };
}
