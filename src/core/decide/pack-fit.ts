// How well a question fits each loaded pack beyond its facts' words: the share of its words a pack knows, and the
// kind of document it names ("this article", "the release").
import type { Pack } from '../../pack/schema.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { foldText, splitWords } from '../../text/normalise.js';
import type { FactIndex } from '../retrieve/build-index.js';
import type { Analysis } from '../understand/analyse.js';
import { mediumFrame } from '../understand/heard-on.js';
import { STOPWORDS } from '../understand/lexicon.js';

/** Share (0–1) of the question's words and figures a pack knows: its words, its entities and the stated figures named. */
export function knownShare(part: FactIndex, analysis: Analysis, matched: readonly number[]): number {
  const { terms, numbers } = analysis;
  const all = terms.length + numbers.length;
  if (all === 0) return 0;
  const known = terms.filter((t) => t.startsWith('@') || part.idf.has(t)).length + matched.length;
  return known / all;
}

/**
 * How many of a message's words (`terms`, read with this pack's words) this pack knows and none of `others` does: a
 * word or a name of its own.
 */
export function knownOnlyTo(part: FactIndex, terms: readonly string[], others: readonly FactIndex[]): number {
  const knows = (p: FactIndex, t: string) =>
    t.startsWith('@') ? p.entityKinds.has(t.slice(1)) : p.idf.has(t);
  return terms.filter((t) => knows(part, t) && others.every((o) => !knows(o, t))).length;
}

/** A kind of document after "the", "this", "your"… ("this article", "the annual report"), not a word of a longer name. */
const documentKind = (kinds: string) =>
  new RegExp(
    String.raw`\b(?:the|this|that|your|its|their|which|what)\s+(?:(?:news|press|statistical|stats|latest|new|same|original|full|whole|annual|official)\s+)?(${kinds})s?\b(?!\s+(?:the|a|an|its|their|his|her|figures?|data|numbers?|statistics|stats|details?)\b)`,
    'gu',
  );

/**
 * Words that name a kind of document: a question naming one is about the packs whose source is one. (People call any
 * source a "report" or "study", so those words say nothing here: see `LOOSE_DOCUMENT_KIND`.)
 */
const DOCUMENT_KIND = documentKind('article|story|release|bulletin');
/** Loose names of a source ("the report", "this study"): too common to choose a pack by, enough to settle a tie. */
const LOOSE_DOCUMENT_KIND = documentKind('report|study|survey|paper|research');

/** Whether a pack's own description (short name, title, description) names one of these document kinds. */
function describesAs(pack: Pack, kinds: readonly string[]): boolean {
  const own = new Set(
    splitWords(foldText(`${pack.pack.shortName ?? ''} ${pack.pack.title} ${pack.pack.description}`)),
  );
  return kinds.some((k) => own.has(k));
}

/** The packs described as a kind of document the text names by `pattern`; none when it names none. */
function packsDescribed(parts: readonly FactIndex[], folded: string, pattern: RegExp): FactIndex[] {
  const kinds = [...folded.matchAll(pattern)].map((m) => m[1] ?? '');
  return kinds.length === 0 ? [] : parts.filter((p) => p.packs.some((pack) => describesAs(pack, kinds)));
}

/**
 * The packs a question's named document kind points to ("when was this article published?" is about the pack
 * whose source is an article): all of them when it names none, or when no pack is described so.
 */
export function packsNamedByKind(parts: readonly FactIndex[], folded: string): Set<FactIndex> {
  const fit = packsDescribed(parts, folded, DOCUMENT_KIND);
  return new Set(fit.length === 0 ? parts : fit);
}

/** The packs described as a kind of document the question calls its source loosely ("the report"); none if it calls none. */
export function packsCalledLoosely(parts: readonly FactIndex[], folded: string): Set<FactIndex> {
  return new Set(packsDescribed(parts, folded, LOOSE_DOCUMENT_KIND));
}

/** Kinds of name that belong to one source, and which a message gives as a name: a place, a person, an organisation. */
const PROPER_NAME_KINDS: ReadonlySet<string> = new Set(['person', 'organisation', 'place']);

/**
 * Kinds of named thing another pack's answer may not be about: those, and a platform (unless it is named only as where
 * a claim was met, `mediumFrame`: "someone on Facebook says…").
 */
const OWN_NAME_KINDS: ReadonlySet<string> = new Set([...PROPER_NAME_KINDS, 'platform']);

/**
 * A name the question gives that another loaded pack knows and this one does not ("…grooming offences in Eastmoor",
 * where only the roads pack knows Eastmoor) and none it knows: this pack's facts are not about it, so it must not
 * answer. `entities` are read with every pack's words.
 */
export function foreignName(
  index: FactIndex,
  part: FactIndex,
  entities: readonly string[],
  folded: string,
): { id: string; kind: string } | undefined {
  // (Not when the question also names something of this pack's own: "a regional newspaper … in Eastmoor" is the
  // roads release's Eastmoor, whatever newspaper the NSPCC article names.)
  if (entities.some((id) => part.entityKinds.has(id))) return undefined;
  // (Nor a platform named only as where a claim was met: "someone on the village facebook group says total casualties
  // fell last year".)
  const frame = mediumFrame(folded);
  const named = frame ? folded.replace(frame.frame, ' ') : folded;
  for (const id of entities) {
    const kind = index.entityKinds.get(id);
    if (
      kind &&
      OWN_NAME_KINDS.has(kind) &&
      !part.entityKinds.has(id) &&
      namedInWordsUnknownTo(index, part, id, named)
    )
      return { id, kind };
  }
  return undefined;
}

/**
 * Whether the message names a person, organisation or place that this pack alone of those loaded knows, by a name
 * written as one (with a capital: "the NSPCC", "Eastmoor"), not by a word for a role ("the spokesperson").
 */
export function ownsNamed(
  index: FactIndex,
  part: FactIndex,
  entities: readonly string[],
  text: string,
  answeredAbout: ReadonlySet<string>,
): boolean {
  const others = (index.parts ?? []).filter((p) => p !== part);
  // (A platform counts only when this pack's answer is about it: "my mate on Facebook says road deaths went up" is
  // not the NSPCC article's for naming Facebook.)
  const ownKind = (id: string) => {
    const kind = index.entityKinds.get(id) ?? '';
    return PROPER_NAME_KINDS.has(kind) || (kind === 'platform' && answeredAbout.has(id));
  };
  const own = entities.filter(
    (id) => ownKind(id) && part.entityKinds.has(id) && others.every((p) => !p.entityKinds.has(id)),
  );
  if (own.length === 0) return false;
  // (A platform named only as where a claim was met says nothing of the claim's topic.)
  const frame = mediumFrame(text);
  const named = frame ? text.replace(frame.frame, ' ') : text;
  for (const [phrase, target] of index.vocab.phrases) {
    if (target.type !== 'entity' || !own.includes(target.id)) continue;
    const at = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(phrase)}(?![\p{L}\p{N}])`, 'iu').exec(
      named,
    );
    if (at && /\p{Lu}/u.test(at[0])) return true;
  }
  return false;
}

/**
 * Whether the question names the entity in a word this pack never uses ("Eastmoor"), not in words of its own ("the
 * charity", "the spokesman": another pack's alias for its own charity or spokesman, which this pack also speaks of).
 */
function namedInWordsUnknownTo(index: FactIndex, part: FactIndex, id: string, folded: string): boolean {
  const words = ` ${splitWords(folded).join(' ')} `;
  for (const [phrase, target] of index.vocab.phrases) {
    if (target.type !== 'entity' || target.id !== id || !words.includes(` ${phrase} `)) continue;
    if (phrase.split(' ').some((w) => !STOPWORDS.has(w) && !part.vocab.knownWords.has(w))) return true;
  }
  return false;
}
