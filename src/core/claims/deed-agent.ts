// Who did a deed: "The NSPCC backed the police chiefs' call" gives the backing to the NSPCC where the source says the
// call "was backed by" the police chiefs. A claim that names another doer than the source is contradicted.
import { type FactIndex, factKey } from '../retrieve/build-index.js';
import { analyseText } from '../understand/analyse.js';
import { bodyOf } from './roles.js';
import type { ClaimCheck } from './types.js';

/** Verbs of a deed one party does to another, by the stem both forms share ("backed", "backs" → "back"). */
const DEED =
  /\b(back(?:ed|s|ing)?|support(?:ed|s|ing)?|endors(?:ed|es|ing)|sign(?:ed|s|ing)?|led|leads|accus(?:ed|es|ing)|urg(?:ed|es|ing)|announc(?:ed|es|ing)|denounc(?:ed|es|ing)|criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|slam(?:med|s)?|condemn(?:ed|s|ing)?)\b/iu;

/** Where or by whom something was said or printed: "quoted in The Telegraph", "according to the NSPCC". */
const SAID_WHERE =
  /\b(?:in|by|from|to|with|per|according to|told|cited by|quoted in|quoted by)\s+(?:the\s+)?[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of))*/gu;

/** The words after a deed's "by": who did it ("was backed by the NPCC"). */
const BY_DOER = /^\s+by\s+(.{1,60})/iu;

/** Every deed verb of a text (`matchAll` reads it from the start each time). */
const DEEDS = new RegExp(DEED.source, 'giu');

/** A verb's stem, so that "backed" and "backs" are one deed, and "led" is "lead". */
function deedStem(verb: string): string {
  const lower = verb.toLowerCase();
  if (lower === 'led') return 'lead';
  return lower.replace(/(?:med|ed|es|s|ing)$/u, '').replace(/criticiz/u, 'criticis');
}

/** The people and bodies a stretch of text names (not places or platforms' apps). */
function doersIn(index: FactIndex, text: string): string[] {
  return analyseText(text, index.vocab, false).entities.filter((id) =>
    ['person', 'organisation', 'platform'].includes(index.entityKinds.get(id) ?? ''),
  );
}

/** Who does the deed in a text: the name after "by" ("was backed by the NPCC", "led by the NSPCC"), else before it. */
function doerOf(index: FactIndex, text: string, stem: string): string[] | undefined {
  for (const m of text.matchAll(DEEDS)) {
    if (deedStem(m[1] ?? '') !== stem) continue;
    const at = m.index ?? 0;
    const after = text.slice(at + m[0].length);
    const by = BY_DOER.exec(after);
    // (The name right after "by", up to the next comma or clause.)
    if (by) return doersIn(index, (by[1] ?? '').split(/[,;.]|\s(?:and|to|for|in|on)\s/iu)[0] ?? '');
    // Active: the names before the verb, but not one met in a phrase of where or by whom it was said ("Wanless was
    // quoted in the Telegraph urging…").
    const named = doersIn(index, text.slice(0, at).replace(SAID_WHERE, ' '));
    return named.length > 0 ? named : undefined;
  }
  return undefined;
}

/** Words that name no doer after "by": "by over 100 organisations", "by then", "by far". */
const NO_DOER =
  /^(?:the\s+)?(?:\d|over\b|more\b|about\b|around\b|nearly\b|then\b|far\b|now\b|itself\b|themselves\b|hand\b|law\b|default\b)/iu;

/** The words of a name or a text as names are compared: lower case, without a closing "'s". */
function nameWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}'’]+/u)
    .map((w) => w.replace(/['’]s?$/u, ''));
}

/** A subject singled out: "(wait) it was Sheryl Sandberg who (announced…)", "X was the one who". */
const CLEFT = /^(?:.*?\bit was\s+)?(.+?)\s+(?:who|that|was the one who|were the ones who)$/iu;
/** Words before a subject that are no part of it: "apparently the home office…", "so the Met…". */
const LEADING_FILLER =
  /^(?:(?:so|and|but|also|apparently|actually|reportedly|then|now|even)\s+)*(?:the\s+)?/iu;
/**
 * A subject of one to four words with no figure or pronoun, naming one body ("the Met Police", "Barnardo's", "home
 * office"), not a kind of many ("charities", "campaigners" may be among those the source counts).
 */
const ACTIVE_SUBJECT =
  /^(?!(?:it|its|they|he|she|we|i|you|this|that|these|those|which|who|there|someone|somebody|everyone|people|nobody|no one)\b)(?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]+$(?<![^s'’]s)/iu;

/**
 * The doer named after "by" of a deed when no pack knows it ("led by the children's commissioner", "by the Home
 * Office"), or before it ("the Met Police backed his call"), unless the source's words hold every word of it.
 */
function unknownDoer(clause: string, stem: string, sourceText: string): string | undefined {
  for (const m of clause.matchAll(DEEDS)) {
    if (deedStem(m[1] ?? '') !== stem) continue;
    const by = BY_DOER.exec(clause.slice((m.index ?? 0) + m[0].length));
    // (Active: the words before the verb, when they are a short name with no figure: "home office backed the call".)
    const before = clause
      .slice(0, m.index ?? 0)
      .trim()
      .replace(CLEFT, '$1')
      .replace(LEADING_FILLER, '');
    const subject = !by && ACTIVE_SUBJECT.test(before) ? before : undefined;
    if (!by && !subject) continue;
    const phrase =
      subject ??
      (by?.[1] ?? '')
        .split(/[,;.!?]|\s(?:and|to|for|in|on|urging|calling|asking|who|which|that)\s/iu)[0]
        ?.trim() ??
      '';
    if (!phrase || NO_DOER.test(phrase) || phrase.split(/\s+/u).length > 6) return undefined;
    const words = nameWords(phrase).filter(
      (w) => w.length > 2 && !/^(?:the|and|its|his|her|their)$/u.test(w),
    );
    const source = new Set(nameWords(sourceText));
    if (words.length === 0 || words.every((w) => source.has(w))) return undefined;
    return phrase;
  }
  return undefined;
}

/** Two doers are one when they are the same, or one is the head of the other ("Wanless" for "the NSPCC"). */
function sameDoer(index: FactIndex, a: string, b: string): boolean {
  return a === b || bodyOf(index, a) === b || bodyOf(index, b) === a;
}

/**
 * The doer a claim gives a deed and the one the source gives it, when they differ: the claim's deed must be the
 * source's in the fact's statement or quote, with a doer named on both sides.
 */
export function wrongDoer(
  index: FactIndex,
  clause: string,
  source: { statement: string; quote: string },
): { claimed: string; source: string; deed: string } | undefined {
  const verb = DEED.exec(clause)?.[1];
  if (!verb) return undefined;
  const stem = deedStem(verb);
  const claimed = doerOf(index, clause, stem);
  const sourced = doerOf(index, source.statement, stem) ?? doerOf(index, source.quote, stem);
  if (!sourced?.length) return undefined;
  const name = (id: string) => index.entityNames.get(id) ?? id;
  // (The source's doer named by the person its statement names, when it names one: "Mark Zuckerberg", not
  // "Facebook", announced it.)
  const doer =
    sourced.find(
      (id) =>
        index.entityKinds.get(id) === 'person' &&
        source.statement.toLowerCase().includes(name(id).toLowerCase()),
    ) ??
    sourced[0] ??
    '';
  // A doer the packs know nothing of, after "by" ("led by the children's commissioner"): another doer than the
  // source's, unless the source's own words name it.
  const unknown = claimed?.length
    ? undefined
    : unknownDoer(clause, stem, `${source.statement} ${source.quote}`);
  if (unknown) return { claimed: unknown, source: name(doer), deed: verb.toLowerCase() };
  if (!claimed?.length) return undefined;
  if (claimed.some((c) => sourced.some((s) => sameDoer(index, c, s)))) return undefined;
  return { claimed: name(claimed[0] ?? ''), source: name(doer), deed: verb.toLowerCase() };
}

/** Whether a deed's fact is about what the clause before names: the same or a related fact, or words they share. */
export function deedFitsBefore(
  index: FactIndex,
  check: ClaimCheck,
  before: string,
  beforeCheck: ClaimCheck | undefined,
): boolean {
  const fact =
    check.packId && check.factId ? index.byKey.get(factKey(check.packId, check.factId)) : undefined;
  if (!fact) return true;
  const earlier =
    beforeCheck?.packId && beforeCheck.factId
      ? index.byKey.get(factKey(beforeCheck.packId, beforeCheck.factId))
      : undefined;
  if (
    earlier &&
    (earlier === fact ||
      (fact.fact.related ?? []).includes(earlier.fact.id) ||
      (earlier.fact.related ?? []).includes(fact.fact.id))
  )
    return true;
  const words = (text: string) =>
    analyseText(text, index.vocab, false).terms.filter((t) => !t.startsWith('@'));
  const own = new Set(words(`${fact.fact.statement} ${fact.fact.quote}`));
  return words(before).some((t) => own.has(t));
}

/** A call on someone to act: the verb, then whom it is addressed to, up to "to" ("urged Keir Starmer to…"). */
const URGED =
  /\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? on|press(?:es|ed|ing)?|push(?:es|ed|ing)?)\s+((?:[\p{L}'’.-]+\s+){1,4}?)to\b/iu;
/** Words naming an addressee by role, which any name may fill: "the Prime Minister", "ministers", "the government". */
const ROLE_WORDS = new Set(
  'the a an uk british prime minister pm ministers minister government govt parliament mps mp tech firms companies bosses social media sites platforms them him her it people parents'.split(
    ' ',
  ),
);

/**
 * The addressee a claim gives a call to act, when the source addresses the same call to someone named and the claim
 * names someone the source never does: "NSPCC Chief Urges Keir Starmer To…" of "urged Prime Minister Boris Johnson".
 */
export function wrongAddressee(
  clause: string,
  source: { statement: string; quote: string },
): { claimed: string; source: string } | undefined {
  const claimed = URGED.exec(clause)?.[1]?.trim();
  const sourced = URGED.exec(source.statement)?.[1]?.trim() ?? URGED.exec(source.quote)?.[1]?.trim();
  if (!claimed || !sourced) return undefined;
  const named = nameWords(claimed).filter((w) => w.length > 1 && !ROLE_WORDS.has(w));
  const sourceWords = new Set(nameWords(`${source.statement} ${source.quote}`));
  if (named.length === 0 || named.every((w) => sourceWords.has(w))) return undefined;
  return { claimed, source: sourced };
}
