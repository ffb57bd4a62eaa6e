// What a statement names or says that the source never does: a name it does not know ("Rishi Sunak", "Google"),
// or a word of content the source never uses ("met"), either of which keeps the statement from being supported.
import { MONTH_NAMES } from '../../text/months.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { type Analysis, analyseText } from '../understand/analyse.js';
import { editDistance } from '../understand/typo.js';
import { foldPhrase } from '../understand/vocabulary.js';
import { CHAT, uncoveredTerms } from './content-fit.js';
import { paraphrases } from './paraphrases.js';
import { sourceUses } from './source-text.js';
import { RELAY } from './speaker.js';

const MONTH = new RegExp(
  `^(?:${MONTH_NAMES.map((m) => m.charAt(0).toUpperCase() + m.slice(1)).join('|')})$`,
  'u',
);
const DAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|Yesterday)$/u;

/**
 * Verbs of saying, wanting and asking (how a claim reports a statement, not what it says), and a few words for
 * what the source names otherwise ("messaging" for its messenger programmes).
 */
const REPORTING = new Set(
  'want wish defend insist maintain contend assert warn wrote write reveal tell told stress argu note add state believ held hold think fear demand urg ask push press back support make made act messag exec cite frame present portrai portray depict pitch describ characteris characteriz'.split(
    ' ',
  ),
);

const sourceWords = new WeakMap<FactIndex, Set<string>>();

/** Every term the packs' source texts use, in any fact. */
function termsOfSources(index: FactIndex): Set<string> {
  let terms = sourceWords.get(index);
  if (!terms) {
    const text = index.packs.map((p) => p.sourceText).join(' ');
    const analysis = analyseText(text, index.vocab, false);
    terms = new Set([...analysis.terms, ...analysis.optionalTerms]);
    sourceWords.set(index, terms);
  }
  return terms;
}

/** A month's name, or a misspelling of a long one ("Februray", "Septmber"). */
function monthLike(word: string): boolean {
  const lower = word.toLowerCase();
  return MONTH.test(word) || MONTH_NAMES.some((m) => m.length >= 5 && editDistance(lower, m) <= 2);
}

/**
 * A name the packs do not know, capitalised after the clause's first word: of two words or more ("Rishi Sunak"),
 * or also of one ("Google") when `single`.
 */
export function unknownName(index: FactIndex, clause: string, single = false): string | undefined {
  const words = clause.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  // A headline in title case capitalises every word: capitals there name nothing.
  const capitals = words.filter((w) => /^["“‘'(]?\p{Lu}/u.test(w)).length;
  const titleCase = words.length >= 4 && capitals >= words.length * 0.6;
  for (const m of clause.matchAll(/(?<=\S\s+)(\p{Lu}[\p{Ll}'’]+(?:\s+\p{Lu}[\p{Ll}'’]+)*)(?=(\s*\d)?)/gu)) {
    const name = (m[1] ?? '').replace(/['’]s?$/u, '');
    if (titleCase || (!single && !/\s/u.test(name)) || DAY.test(name)) continue;
    // "May 2020" is a date; "Theresa May" a name.
    if (name.split(/\s+/u).every(monthLike) || (monthLike(name.split(/\s+/u).pop() ?? '') && m[2])) continue;
    // A name the source itself uses ("Online Harms Bill") is the source's; someone in the room passing a figure
    // on ("said Cllr Ray" in minutes) names no one the claim is about.
    if (sourceUses(index, name) || RELAY.test(name)) continue;
    // A pack's word for what the source names otherwise ("Covid" of the coronavirus) names no one new.
    if (index.vocab.phrases.get(foldPhrase(name))?.type === 'synonym') continue;
    const known = analyseText(name, index.vocab, false);
    if (known.entities.length === 0 && known.uncovered.length === 0) return name;
  }
  return undefined;
}

/**
 * How steadily something rose or fell ("rose steadily year on year"): said by a source that has it rise every year,
 * not by one giving a single rise.
 */
export const MANNER_OF_CHANGE: ReadonlySet<string> = new Set([
  'steadili',
  'steadi',
  'consist',
  'gradual',
  'continu',
]);
const EVERY_YEAR = /\b(?:every year|each year|annually|year on year|year-on-year)\b/iu;

/** Whether a fact's words say its change went on year after year, as a "steady" rise claims. */
export function changesEveryYear(fact: IndexedFact): boolean {
  return EVERY_YEAR.test(fact.fact.statement) || EVERY_YEAR.test(fact.fact.quote);
}

/** Words of content the statement uses that no source text does ("met", "fined"), beyond verbs of reporting. */
export function unsaidWords(index: FactIndex, terms: readonly string[]): string[] {
  const source = termsOfSources(index);
  return terms.filter(
    (t) =>
      !t.startsWith('@') &&
      !/^\d/u.test(t) &&
      t.length > 2 &&
      !source.has(t) &&
      !REPORTING.has(t) &&
      !comparativeOfSaid(t, source),
  );
}

/** "tougher" of the source's "tough": a comparative or superlative of a word the source uses is no new word. */
function comparativeOfSaid(term: string, source: ReadonlySet<string>): boolean {
  const plain = /^(\p{L}{3,}?)(?:er|est)$/u.exec(term)?.[1];
  return plain !== undefined && (source.has(plain) || source.has(`${plain}e`));
}

/** "Peter Wanless has led…", "boris apparently agreed…": a clause that opens on a name and says what they did. */
const DID = String.raw`(?:\s+\p{L}+ly)?\s+(?!(?:claimed|warned|added|stated|reported|tweeted|noted|argued|insisted|admitted|revealed|suggested|explained|declared|urged|backed)\b)(?:(?:has|had|have|was|were|is|will|would|did)\s+(?:\p{L}+ly\s+)?\p{L}+|\p{L}+ed)\b`;

/**
 * A headline's deed in the present tense ("Police chiefs back NSPCC call", "NSPCC boss urges PM to act", "Charity
 * slams Facebook"): a verb of backing, urging, demanding or criticising, then what it is done to.
 */
const HEADLINE_DEED = String.raw`\s+(?:backs?|endorses?|supports?|urges?|demands?|slams?|blasts?|accuses?|criticises?|criticizes?|condemns?|welcomes?|rejects?|denies|announces?|calls (?:for|on))\s+\p{L}`;

/** A clause that is only a deed credited to someone ("backed by the National Police Chiefs' Council"). */
const PASSIVE_DEED =
  /^(?:and |but )?(?:(?:was|were) )?(?:backed|supported|endorsed|led|organi[sz]ed|signed|written|sent|coordinated) by ((?:the )?[\p{L}'’#@.&-]+(?:\s+[\p{L}'’.&-]+){0,4})\s*[.!?]*$/iu;
/** A clause's opening words that may be a name: up to four, captured. */
const NAME_OPENING = String.raw`(?:the\s+)?((?:[\p{L}'’#@.&-]+\s+){0,3}[\p{L}'’#@.&-]+?)`;
/** A clause opening on a name, then `DID`. */
const OPENS_ON_DEED = new RegExp(`^${NAME_OPENING}${DID}`, 'iu');
/** …or then a headline's deed, in a clause that opens on no modal or auxiliary ("Would Facebook welcome the law?"). */
const OPENS_ON_HEADLINE_DEED = new RegExp(
  String.raw`^(?!(?:would|will|could|can|should|does|do|did|might|may|must|shall|is|are|was|were|has|have|had)\b)${NAME_OPENING}${HEADLINE_DEED}`,
  'iu',
);

/**
 * Whether the clause asserts something a named person, body or platform did: it opens on their name and goes on
 * with a verb that reports a deed or a state, not a wish or advice ("facebook needs to do better").
 */
export function assertsDeed(index: FactIndex, clause: string): boolean {
  // "…, backed by the National Police Chiefs' Council" closing a sentence: a deed credited to someone the packs know.
  const trimmed = clause.trim();
  const by = PASSIVE_DEED.exec(trimmed);
  if (by?.[1] && analyseText(by[1], index.vocab, false).entities.length > 0) return true;
  const m = OPENS_ON_DEED.exec(trimmed) ?? OPENS_ON_HEADLINE_DEED.exec(trimmed);
  if (!m?.[1]) return false;
  const named = analyseText(m[1], index.vocab, false).entities;
  return named.some((id) => ['person', 'organisation', 'platform'].includes(index.entityKinds.get(id) ?? ''));
}

/** The topic and what is said of it are the fact's; these words any statement on it may add. */
const ANY_STATEMENT = new Set(
  'firm groom onlin child clear safeguard out crisi user share legisl new liabl bring fuel'.split(' '),
);

/**
 * Speaking to someone ("Wanless, speaking to The Telegraph, called…") reports a statement as other verbs of reporting
 * do; speaking for someone ("speaking on behalf of the police chiefs") says whose statement it is.
 */
const SPOKE_TO = /\b(?:speaking|speaks|spoke|talking|talked|talks) (?:to|with)\b/u;
const SPOKE_TO_STEMS: ReadonlySet<string> = new Set(['speak', 'spoke', 'talk']);

/** Words of the statement the fact never uses, beyond verbs of reporting (they are the source's, but elsewhere). */
export function foreignWords(fact: IndexedFact, analysis: Analysis, lower?: string): string[] {
  return uncoveredTerms(fact, analysis).filter(
    (t) =>
      !t.startsWith('@') &&
      !REPORTING.has(t) &&
      !(SPOKE_TO_STEMS.has(t) && lower !== undefined && SPOKE_TO.test(lower)) &&
      !ANY_STATEMENT.has(t) &&
      !CHAT.has(t) &&
      !sameWordOtherwiseStemmed(t, fact, lower),
  );
}

/** The comparative stands before a noun it describes ("a tougher bill"), not before "than", "to", "on"… */
function describesNoun(term: string, lower: string): boolean {
  return new RegExp(
    String.raw`\b${term}\s+(?!(?:than|to|on|for|at|in|with|about|now|already|still|too|yet|and|or|but)\b)\p{L}`,
    'u',
  ).test(lower);
}

/** Shortest stem read as one word with a longer one it begins ("intensif" of "intensifi"). */
const SHARED_STEM = 6;

/** The fact uses the word in another form the stemmer cuts differently ("intensification" and "intensifies"). */
function sameWordOtherwiseStemmed(term: string, fact: IndexedFact, lower?: string): boolean {
  // A comparative of the fact's own adjective: "tougher laws" of laws "tough on online crimes". Only before what it
  // describes: "tougher to regulate", "laws tougher on children", "tougher than needed" compare, which the fact never does.
  const plain = /^(\p{L}{4,}?)(?:er|est)$/u.exec(term)?.[1];
  if (plain && fact.weights.has(plain) && (lower === undefined || describesNoun(term, lower))) return true;
  // A word of reporting for the fact's own: "introduce" for "push forward", "intended" for "plans".
  if (paraphrases(term, fact.weights, lower)) return true;
  if (term.length < SHARED_STEM) return false;
  for (const own of fact.weights.keys())
    if (own.length >= SHARED_STEM && (own.startsWith(term) || term.startsWith(own))) return true;
  return false;
}
