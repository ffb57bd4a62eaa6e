// "Of the car occupant casualties, how many were drivers vs passengers?": two names of one group the pack counts as a
// whole, set against each other. The pack has no figure for each part, only the group's together.

import { escapeRegExp } from '../../text/escape-regexp.js';
import { lowerFirst } from '../../text/lower-first.js';
import type { DeclineReason } from '../reply.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { analyseText, stem } from '../understand/analyse.js';

type ScopeDecline = Extract<DeclineReason, { code: 'not_covered' }>;

/**
 * Two names set against each other ("drivers vs passengers"), or joined by "or" or "and" in a question that asks for
 * each apart ("which was higher, drivers or passengers?"): "car drivers and passengers" alone is the whole group.
 */
const PAIR =
  /\b([a-z][a-z-]*(?: [a-z][a-z-]*)?) (vs\.?|versus|v|or|and|compared (?:with|to)) ([a-z][a-z-]*(?: [a-z][a-z-]*)?)\b/gu;
/** Words that ask for each name apart: a split, each one. */
const APART_WORDS = 'split|broken down|break ?down|separately|each|respectively|individually';
/** Each name asked for apart. */
const EACH_APART = new RegExp(String.raw`\b(?:${APART_WORDS})\b`, 'u');
/** Asking for the parts apart: a split, each one, or which is more. */
const ASKS_APART = new RegExp(
  String.raw`\b(?:${APART_WORDS}|which (?:was|were|is|are|had|has|group)\b.*\b(?:more|most|higher|highest|bigger|lower|fewer))\b`,
  'u',
);
/** Asking for a figure. */
const ASKS_FIGURE = /\b(?:how many|how much|what (?:share|proportion|percentage|number)|number of|which)\b/u;

/** The one entity a short phrase names, and its words as the pack reads them, or undefined. */
function oneEntity(index: FactIndex, phrase: string): { id: string; stems: Set<string> } | undefined {
  const read = analyseText(phrase, index.vocab, false);
  if (read.entities.length !== 1 || read.terms.some((t) => !t.startsWith('@'))) return undefined;
  const id = read.entities[0] as string;
  return { id, stems: new Set(phrase.split(/\s+/u).map((w) => stem(w))) };
}

/**
 * The decline when the question sets two different names of one group against each other (each names only that
 * group, with no word in common) and the best fact does not itself name both: the parts are counted together.
 */
export function splitOfOneGroup(
  index: FactIndex,
  folded: string,
  best: IndexedFact | undefined,
): ScopeDecline | undefined {
  if (!best || !ASKS_FIGURE.test(folded)) return undefined;
  const words = folded.replace(/[^\p{L}\s-]+/gu, ' ').replace(/\s+/gu, ' ');
  for (const m of words.matchAll(PAIR)) {
    const [left, joint, right] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
    if ((joint === 'or' || joint === 'and') && !ASKS_APART.test(folded)) continue;
    // "A and B" is the pair together unless each is asked for apart ("which had more, drivers and passengers or
    // pedestrians?" sets the pair against another side); "each year" asks for years, not the names.
    if (joint === 'and' && !EACH_APART.test(folded.replace(/\beach (?:year|month|week|day)\b/gu, '')))
      continue;
    // Each side as one word or two: "car drivers vs passengers", "drivers vs car passengers".
    for (const a of [left, left.split(' ').at(-1) ?? '']) {
      for (const b of [right, right.split(' ')[0] ?? '']) {
        const x = oneEntity(index, a);
        const y = oneEntity(index, b);
        if (!x || !y || x.id !== y.id || [...x.stems].some((s) => y.stems.has(s))) continue;
        // A name of the group itself ("motorcyclists vs bikers", "insta vs instagram") or the pair as one name
        // ("england and wales") is no split.
        const groupName = index.entityNames.get(x.id);
        const nameStems = stemsOf((groupName ?? '').replace(/\(.*\)/gu, ''));
        const [ta, tb] = [trim(a), trim(b)];
        if (stemsOf(ta) === nameStems || stemsOf(tb) === nameStems) continue;
        if (shortFor(ta, tb)) continue;
        if ((groupName ?? '').toLowerCase().startsWith(`${ta} ${joint} ${tb}`)) continue;
        if (!best.entities.has(x.id)) continue;
        const quote = best.fact.quote.toLowerCase();
        // (Whole words: "van" is not in "advance".)
        if (saysWord(quote, a) && saysWord(quote, b)) continue;
        return {
          code: 'not_covered',
          kind: 'scope',
          value: `${ta} and ${tb} separately`,
          covered: [`only ${lowerFirst(groupName ?? x.id)} together: ${best.fact.statement}`],
        };
      }
    }
  }
  return undefined;
}

/** One name a short form of the other ("insta" and "instagram", "peds" and "pedestrians"). */
function shortFor(a: string, b: string): boolean {
  const [sa, sb] = [stem(a), stem(b)];
  return a.startsWith(b) || b.startsWith(a) || sa.startsWith(sb) || sb.startsWith(sa);
}
/** Whether text says a phrase as whole words. */
function saysWord(text: string, phrase: string): boolean {
  return new RegExp(`\\b${escapeRegExp(phrase)}\\b`, 'u').test(text);
}
/** A phrase's words, stemmed. */
function stemsOf(phrase: string): string {
  return phrase
    .toLowerCase()
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .map((w) => stem(w))
    .join(' ');
}
/** Words beside a name that name nothing: "how many", "were", "the". */
const SIDE_FILLER =
  /^(?:many|much|were|was|is|are|more|on|in|the|for|of|or|and|each|respectively|how|what)$/u;
/** The phrase less words around it that name nothing ("many drivers" → "drivers"). */
function trim(phrase: string): string {
  const words = phrase.split(' ');
  while (words.length > 1 && SIDE_FILLER.test(words[0] ?? '')) words.shift();
  while (words.length > 1 && SIDE_FILLER.test(words.at(-1) ?? '')) words.pop();
  return words.join(' ');
}
