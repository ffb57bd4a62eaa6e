// What a question sets aside: "Facebook itself, not Instagram or WhatsApp", "separate from insta and whatsapp",
// "excluding Snapchat". Those names are not what it asks about; a fact that counts them in does not answer it.
import { type Analysis, analyseText } from './analyse.js';
import type { Vocabulary } from './vocabulary.js';

/** Times, which the period checks read: "setting lockdown aside", "not counting 2020". */
const TIME_WORDS =
  /\b(?:lockdown|pandemic|covid|coronavirus|(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december|years?|months?)\b/u;

/** Kinds of names a figure may count together. */
const COUNTED_TOGETHER = new Set(['platform', 'group', 'product']);

/** A word that sets what follows aside, and the few words after it (up to a stop). */
const SETS_ASIDE =
  /(?:(?:[,(;—–?]|\s-|\bbut)\s*not(?!\s+(?:just|only|merely|simply|even|quite|exactly)\b)|\bseparate(?:ly)? from|\bexcluding|\bexcept(?: for)?|\bapart from|\bother than|\bleaving out|\bnot counting|\bnot including|\bwithout counting)\s+((?:[\w'’/&-]+\s*){1,5})/gu;

/** A name set aside between two words: "leaving Facebook out", "putting WhatsApp aside". */
const SETS_ASIDE_AROUND =
  /\b(?:leaving|leave)\s+((?:[\w'’/&-]+\s+){1,3}?)out\b|\b(?:setting|set|putting|put|leaving|leave)\s+((?:[\w'’/&-]+\s+){1,3}?)aside\b/gu;

/**
 * The alternative a question offers after a set-aside ("counted separately from the road user groups or inside them?"):
 * it asks whether the figure takes them in, and sets nothing aside.
 */
const OR_TAKEN_IN =
  /^[^?.!]*?\bor\s+(?:[\w'’-]+\s+){0,3}?(?:inside|included|includes?|within|part of|among|counted (?:in|with|among)|in them|on top)\b/u;

/** The raw spans a (folded) question sets aside, in the order its cues appear in each form. */
function setAsideSpans(folded: string): string[] {
  return [...folded.matchAll(SETS_ASIDE), ...folded.matchAll(SETS_ASIDE_AROUND)]
    .filter((m) => !OR_TAKEN_IN.test(folded.slice(m.index ?? 0)))
    .map((m) => m[1] ?? m[2] ?? '');
}

/**
 * Ids of the entities a (folded) question names only to set aside: named in such a span and nowhere else in it.
 * Places are left to the place checks ("England only, excluding Wales").
 */
export function excludedEntities(
  folded: string,
  vocab: Vocabulary,
  kindOf: (id: string) => string | undefined,
): string[] {
  const ids = new Set<string>();
  let rest = folded;
  for (const raw of setAsideSpans(folded)) {
    const span = raw.split(/[?.!)]/u)[0] ?? '';
    for (const id of analyseText(span.replace(/\//gu, ' or '), vocab, false).entities) ids.add(id);
    rest = rest.replace(span, ' ');
  }
  if (ids.size === 0) return [];
  const elsewhere = new Set(analyseText(rest, vocab, false).entities);
  // Only what a figure counts together: platforms, groups, products (not the organisation that counted them).
  return [...ids].filter((id) => !elsewhere.has(id) && COUNTED_TOGETHER.has(kindOf(id) ?? ''));
}

/**
 * What else a question sets aside, as typed, with its terms: "collisions (not casualties)" sets casualties aside.
 * Only words named nowhere else in the question, and no names (those are `excludedEntities`).
 */
export function excludedWords(folded: string, vocab: Vocabulary): Array<{ words: string; terms: string[] }> {
  const spans = setAsideSpans(folded)
    .map((raw) => (raw.split(/[?.!),;]/u)[0] ?? '').trim())
    .filter(Boolean);
  if (spans.length === 0) return [];
  let rest = folded;
  for (const span of spans) rest = rest.replace(span, ' ');
  const elsewhere = new Set(analyseText(rest, vocab, false).terms);
  const found: Array<{ words: string; terms: string[] }> = [];
  for (const span of spans) {
    const analysis = analyseText(span, vocab, false);
    const terms = analysis.terms.filter((t) => !t.startsWith('@') && !elsewhere.has(t));
    // A time set aside ("setting lockdown aside") is read by the period checks.
    if (terms.length > 0 && analysis.entities.length === 0 && !TIME_WORDS.test(span))
      found.push({ words: span, terms });
  }
  return found;
}

/** "not just child exploitation", "not only Facebook": the question asks for more than what follows. */
const WIDENS =
  /\bnot (?:just|only|merely|simply|solely)\s+((?:[\w'’/&-]+\s*){1,4}?)(?=[?.!),;]|$|\s(?:does|do|did|is|are|was|were|has|have|that|which|how|what)\b)(?!.*\bbut\b)/gu;

const FIGURE_WORDS = /['"‘’“”\d%]|\b(?:half|third|quarter|fifth|percent|per cent)\b/u;

/**
 * What a question says it wants more than, with its terms: "all harmful content, not just child exploitation" asks
 * beyond child exploitation content, which a figure for that content alone does not answer.
 */
export function widenedWords(folded: string, vocab: Vocabulary): Array<{ words: string; terms: string[] }> {
  return (
    [...folded.matchAll(WIDENS)]
      .map((m) => (m[1] ?? '').trim())
      // (A figure as quoted, "not just 'over a third'", asks for an exact figure: the scope checks read that.)
      .filter((words) => words !== '' && !FIGURE_WORDS.test(words))
      .map((words) => ({ words, terms: analyseText(words, vocab, false).terms }))
      .filter((w) => w.terms.length > 0)
  );
}

/** The analysis without some of its entities (and their `@id` terms): names set aside are not what is asked. */
export function withoutEntities(analysis: Analysis, ids: Iterable<string>): Analysis {
  const out = new Set(ids);
  return {
    ...analysis,
    entities: analysis.entities.filter((id) => !out.has(id)),
    terms: analysis.terms.filter((t) => !(t.startsWith('@') && out.has(t.slice(1)))),
  };
}
