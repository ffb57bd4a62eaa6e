// Short clauses closing a sentence that lean on the clause before it: "…over a third of cases, and snapchat way more"
// sets another named thing against what that clause counts; "…rose 10% in lockdown, for adults too" says the same
// of something else. Each is a claim of its own, read with the clause before.

import type { FactIndex } from '../retrieve/build-index.js';
import { countedThings } from '../retrieve/counted-things.js';
import { analyseText } from '../understand/analyse.js';

/** Words that open no named thing: "…, probably more", "…, if not more", "…, the real number is far higher". */
const NOT_A_THING = String.raw`(?:the|a|an|it|its|it's|they|them|this|that|these|those|there|which|maybe|probably|prob|possibly|perhaps|likely|surely|if|or|and|but|much|way|even|far|loads|lots|not|no|so|then|now|still|and|many|some|most|numbers?|figures?|cases)\b`;
/** How much more, or how sure: "way", "even", "probably". */
const INTENSIFIER = `(?:way|even|much|far|a lot|a bit|loads|lots|slightly|probably|prob|possibly|likely|defo|definitely|def|surely|apparently)`;
/** Chat closing the clause: "tho", "fr", "innit". */
const FILLER = `(?:tho|though|lol|fr|innit|tbh|ngl|apparently|i think|i reckon)`;

/**
 * "snapchat way more", "and instagram even less tho", "TikTok probably loads more": a named thing (group 1), a word or
 * two, and a comparative (group 2) with no "than" and no figure.
 */
export const ELLIPTICAL_COMPARISON = new RegExp(
  String.raw`^(?:(?:and|but|while|whereas)\s+)?(?!${NOT_A_THING})([\p{L}'’-]+)\s+(?:(?!than\b)[\p{L}'’-]+\s+){0,2}?(?:${INTENSIFIER}\s+)*(more|less|fewer|higher|lower|bigger|smaller)(?:\s+${FILLER})*[\s.!?]*$`,
  'iu',
);

/** "for adults too", "and across Europe too", "on TikTok as well": the same said of another scope (group 1). */
export const ADDED_SCOPE =
  /^(?:(?:and|but)\s+)?((?:for|in|on|across|among|amongst|with|at)\s+(?:the\s+|all\s+)?(?!(?:me|us|you|them|him|her|it|this|that)\b)[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})\s+(?:too|as well|also)[\s.!?]*$/iu;

/** Whether `right` is a short clause leaning on `left`, which makes a claim, after a comma, "and" or "but". */
export function leansOnClauseBefore(
  left: string,
  joiner: string,
  right: string,
  claims: (text: string) => boolean,
  namesThing: (phrase: string) => boolean,
): boolean {
  if (!/^(?:,?\s+(?:and|but)\s+|,\s+|\s+[-–—]+\s+(?:(?:and|but)\s+)?)$/iu.test(joiner)) return false;
  if (left.trim().split(/\s+/u).length < 2 || !claims(left)) return false;
  if (ADDED_SCOPE.test(right)) return true;
  const thing = ELLIPTICAL_COMPARISON.exec(right)?.[1];
  return thing !== undefined && namesThing(thing);
}

/**
 * What a leaning clause says in full: the clause before with the added scope ("…rose 10% in lockdown for adults"),
 * or the comparison with what the clause before counts ("snapchat way more than Instagram"). Undefined for any other
 * clause, or a comparison whose clause before counts no one named thing.
 */
export function leaningReading(index: FactIndex, clause: string, previous: string): string | undefined {
  const before = previous.trim().replace(/[.!?]+$/u, '');
  const scope = ADDED_SCOPE.exec(clause.trim())?.[1];
  if (scope) return `${before} ${scope}`;
  const text = clause.trim();
  const compared = ELLIPTICAL_COMPARISON.exec(text);
  if (!compared?.[2]) return undefined;
  const counted = countedThings(index, analyseText(before, index.vocab, true).entities);
  const own = countedThings(index, analyseText(text, index.vocab, true).entities);
  const other = counted.length === 1 ? counted[0] : undefined;
  if (!other || own.includes(other)) return undefined;
  // (The words up to the comparative, without the chat after it: "snapchat way less tho" reads "snapchat way less".)
  const upTo = text.slice(0, text.search(/\b(?:more|less|fewer|higher|lower|bigger|smaller)\b/iu));
  return `${upTo}${compared[2]} than ${index.entityNames.get(other) ?? other}`;
}
