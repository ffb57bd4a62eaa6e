// Builds the words and phrases a set of packs understands: entity aliases, synonyms, uncovered names.

import type { Pack } from '../../pack/schema.js';
import { foldText, splitWords } from '../../text/normalise.js';
import { KNOWN_PLACES, KNOWN_PLATFORMS, NATION_NAMES, NATIONAL_PLACE, NATIONAL_WORDS } from './gazetteer.js';
import { STOPWORDS } from './lexicon.js';
import { createSpellingCorrector, type SpellingCorrector } from './typo.js';

/** What a recognised phrase stands for. */
export type PhraseTarget =
  | { type: 'entity'; id: string }
  | { type: 'synonym'; word: string }
  | { type: 'uncovered'; kind: 'platform' | 'place'; name: string };

/** A topic the packs say they have no figures for, recognised by its terms. */
export interface UncoveredMeasure {
  topic: string;
  packId: string;
}

/** Everything needed to turn text into terms. */
export interface Vocabulary {
  phrases: Map<string, PhraseTarget>;
  prefixes: Set<string>;
  maxPhraseWords: number;
  measures: Map<string, UncoveredMeasure>;
  corrector: SpellingCorrector;
  knownWords: Set<string>;
  /**
   * Chat abbreviations of the packs' own words ("inj" → injuries, "veh" → vehicle): a 2–5 letter start of pack
   * words of one family, mapped to the commonest of them; `null` where words of different families share it.
   */
  abbreviations: Map<string, string | null>;
  /**
   * Pack words written without their vowels, as chat does ("cnty" → county, "srs" → serious, "plc" → police): the
   * first letter and the consonants after it, doubled letters once, mapped to the commonest word of one family;
   * `null` where words of different families share it.
   */
  skeletons: Map<string, string | null>;
  /** The kind of each entity the packs name ("group", "platform", "place"…), by id. */
  entityKinds: Map<string, string>;
  /** Years that some fact's whole period lies in ("2023"), for reading "ksi 23?" as a year. */
  factYears: Set<number>;
  /** The first and last years of facts' periods that span several ("2017-2020" of April 2017–March 2020), for "17-20". */
  periodSpans: Set<string>;
  /** Words of the facts' own period labels ('"last year" (the article is undated)'): times a pack names as written. */
  periodLabelWords: Set<string>;
}

/** A phrase as the vocabulary keys it: folded, split into words, single-spaced. */
export function foldPhrase(text: string): string {
  return splitWords(foldText(text)).join(' ');
}

function addPhrase(vocab: Vocabulary, phrase: string, target: PhraseTarget, overwrite: boolean): void {
  const key = foldPhrase(phrase);
  if (!key || (!overwrite && vocab.phrases.has(key))) return;
  vocab.phrases.set(key, target);
  const words = key.split(' ');
  vocab.maxPhraseWords = Math.max(vocab.maxPhraseWords, words.length);
  for (let i = 1; i < words.length; i++) vocab.prefixes.add(words.slice(0, i).join(' '));
}

/**
 * A synonym of several words with its "and" read as "or" too, and the reverse: "killed and seriously injured" is
 * also written "killed or seriously injured". (Not for names: "England or Wales" is not "England and Wales".)
 */
function withOtherJoiner(variant: string): string[] {
  if (/ and /u.test(variant)) return [variant, variant.replace(/ and /gu, ' or ')];
  if (/ or /u.test(variant)) return [variant, variant.replace(/ or /gu, ' and ')];
  return [variant];
}

function packTexts(pack: Pack): string[] {
  return pack.facts.flatMap((f) => [
    f.title,
    f.statement,
    f.measure,
    f.quote,
    f.place ?? '',
    f.base ?? '',
    f.period?.label ?? '',
    f.attribution.source,
    ...f.questions,
    ...f.keywords,
    ...f.caveats,
  ]);
}

/** Builds the vocabulary of all packs; pack entities win over general knowledge of the same name. */
export function buildVocabulary(packs: readonly Pack[]): Vocabulary {
  const vocab: Vocabulary = {
    phrases: new Map(),
    prefixes: new Set(),
    maxPhraseWords: 1,
    measures: new Map(),
    corrector: createSpellingCorrector(new Map()),
    knownWords: new Set(STOPWORDS),
    abbreviations: new Map(),
    skeletons: new Map(),
    entityKinds: new Map(),
    factYears: new Set(),
    periodSpans: new Set(),
    periodLabelWords: new Set(),
  };
  for (const pack of packs) {
    for (const fact of pack.facts)
      for (const w of splitWords(foldText(fact.period?.label ?? ''))) vocab.periodLabelWords.add(w);
    for (const fact of pack.facts)
      for (const period of [fact.period, ...fact.figures.map((f) => f.period)]) {
        const from = Number(period?.from?.slice(0, 4));
        const to = Number(period?.to?.slice(0, 4));
        if (from && from === to) vocab.factYears.add(from);
        if (from && to && to > from) vocab.periodSpans.add(`${from}-${to}`);
      }
    for (const entity of pack.entities) {
      vocab.entityKinds.set(entity.id, entity.kind);
      for (const alias of [entity.name, ...entity.aliases])
        addPhrase(vocab, alias, { type: 'entity', id: entity.id }, true);
    }
    for (const [word, variants] of Object.entries(pack.synonyms)) {
      for (const variant of variants.flatMap(withOtherJoiner))
        addPhrase(vocab, variant, { type: 'synonym', word: foldPhrase(word) }, false);
    }
  }
  for (const pack of packs) {
    for (const name of pack.pack.notCovered?.platforms ?? [])
      addPhrase(vocab, name, { type: 'uncovered', kind: 'platform', name }, false);
    for (const name of pack.pack.notCovered?.places ?? [])
      addPhrase(vocab, name, { type: 'uncovered', kind: 'place', name }, false);
    // A pack about one county or town that has no figures for the nation ("England", "UK"): "the national average",
    // "nationally", "across the country" name that place too. (Not for a pack that covers a nation itself.)
    if (isLocal(pack))
      for (const word of NATIONAL_WORDS)
        addPhrase(vocab, word, { type: 'uncovered', kind: 'place', name: NATIONAL_PLACE }, false);
    for (const measure of pack.pack.notCovered?.measures ?? []) {
      for (const term of measure.terms)
        vocab.measures.set(foldPhrase(term), { topic: measure.topic, packId: pack.pack.id });
    }
  }
  for (const [key, name] of Object.entries(KNOWN_PLATFORMS))
    addPhrase(vocab, key, { type: 'uncovered', kind: 'platform', name }, false);
  for (const [key, name] of Object.entries(KNOWN_PLACES))
    addPhrase(vocab, key, { type: 'uncovered', kind: 'place', name }, false);

  const frequencies = new Map<string, number>();
  const count = (text: string) => {
    for (const w of splitWords(foldText(text))) frequencies.set(w, (frequencies.get(w) ?? 0) + 1);
  };
  for (const pack of packs) packTexts(pack).forEach(count);
  const packWords = new Set(frequencies.keys());
  // (The names a pack says it lacks are its own words too: "rblx" is the NSPCC article's uncovered Roblox.)
  for (const pack of packs)
    for (const name of [...(pack.pack.notCovered?.platforms ?? []), ...(pack.pack.notCovered?.places ?? [])])
      for (const w of splitWords(foldText(name))) packWords.add(w);
  for (const phrase of vocab.phrases.keys()) count(phrase);
  for (const phrase of vocab.measures.keys()) count(phrase);
  for (const w of frequencies.keys()) vocab.knownWords.add(w);
  vocab.corrector = createSpellingCorrector(frequencies);
  // Chat shortens a pack's own words ("inj", "cnty"); a name of general knowledge only by four letters or more
  // ("manc"), never by two or three: "sam" is no Samsung, nor "NI" Nigeria. (A word without vowels, "lndn", is no
  // such short word, and may be any name's.)
  const general = new Set(
    [...Object.keys(KNOWN_PLATFORMS), ...Object.keys(KNOWN_PLACES)].flatMap((k) => splitWords(foldText(k))),
  );
  const ownWords = new Map([...frequencies].filter(([w]) => !general.has(w) || packWords.has(w)));
  vocab.abbreviations = new Map([
    ...[...abbreviationsOf(frequencies)].filter(([start]) => start.length >= 4),
    ...abbreviationsOf(ownWords),
  ]);
  vocab.skeletons = skeletonsOf(frequencies);
  return vocab;
}

/** A pack whose places are no nation, and that says it has no figures for one. */
function isLocal(pack: Pack): boolean {
  const nation = (name: string) => NATION_NAMES.has(foldPhrase(name));
  return (pack.pack.notCovered?.places ?? []).some(nation) && !(pack.pack.covers?.places ?? []).some(nation);
}

/** Every 2–5 letter start of a pack word (longer than the start by two letters or more), as described above. */
function abbreviationsOf(frequencies: ReadonlyMap<string, number>): Map<string, string | null> {
  const found = new Map<string, { word: string; count: number } | null>();
  for (const [word, count] of frequencies) {
    if (!/^[a-z]{4,}$/u.test(word) || STOPWORDS.has(word)) continue;
    for (let n = 2; n <= 5 && n <= word.length - 2; n++) {
      const start = word.slice(0, n);
      const seen = found.get(start);
      if (seen === null) continue;
      // One family: the words agree for two letters past the start ("injuries", "injured"; not "occupants", "occurred").
      if (seen === undefined) found.set(start, { word, count });
      else if (seen.word.slice(0, n + 2) !== word.slice(0, n + 2)) found.set(start, null);
      else if (count > seen.count) found.set(start, { word, count });
    }
  }
  return new Map([...found].map(([start, w]) => [start, w ? w.word : null]));
}

/** A word as chat writes it without vowels: "county" → "cnty", "messages" → "msgs", "about" → "abt". */
export function skeletonOf(word: string): string {
  return (
    (word[0] ?? '') +
    word
      .slice(1)
      .replace(/[aeiou]/gu, '')
      .replace(/(.)\1+/gu, '$1')
  );
}

/** Every pack word's skeleton (words of four letters or more), as described above. */
function skeletonsOf(frequencies: ReadonlyMap<string, number>): Map<string, string | null> {
  // A skeleton a common word of chat shares is that word's ("mny" is many, not money; "frm" from, not form), or no
  // one's when two such words share it ("thr": there, their).
  const common = new Map<string, string | null>();
  for (const word of STOPWORDS) {
    const plain = word.replace(/'/gu, '');
    const key = skeletonOf(plain);
    if (/^[a-z]{4,}$/u.test(plain) && key.length >= 3) common.set(key, common.has(key) ? null : word);
  }
  const found = new Map<string, { word: string; count: number } | null>();
  for (const [word, count] of frequencies) {
    if (!/^[a-z]{4,}$/u.test(word) || STOPWORDS.has(word)) continue;
    const key = skeletonOf(word);
    if (key.length < 3 || key === word || common.has(key)) continue;
    const seen = found.get(key);
    if (seen === null) continue;
    if (seen === undefined) found.set(key, { word, count });
    else if (seen.word.slice(0, 4) !== word.slice(0, 4)) found.set(key, null);
    else if (count > seen.count) found.set(key, { word, count });
  }
  return new Map([
    ...common,
    ...[...found].map(([key, w]): [string, string | null] => [key, w ? w.word : null]),
  ]);
}
