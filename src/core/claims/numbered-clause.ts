// A closing clause with a number of its own: "…, with the average victim aged 13", "…as arrests climb 25%", "…and most
// victims are 12 to 15". However the figure reader reads the number (an age, a span, a range), the clause claims it.

import { wordCount as words } from '../../text/whitespace.js';
import { statesFigure as figureIn } from './read-figure.js';
import { STANCE } from './two-statements.js';

/** Digits standing as a number of their own (not inside a word: "under-11s" still holds 11). */
export const NUMBER = /(?<![\p{L}\d])\d[\d,.]*/u;

/** The joins after which a clause with a number may close a sentence. */
const NUMBER_JOIN = /^(?:,?\s+(?:and|with|as|while|whilst|whereas|plus)\s+|\s+[-–—]+\s+(?:and\s+)?)$/iu;

/** How a side of the sentence is read. */
export interface NumberedReading {
  /** A figure, a movement or a deed credited to someone the packs know. */
  states: (text: string) => boolean;
  /** A finite verb. */
  hasVerb: (text: string) => boolean;
  /** Words pointing back to the claim before ("and that was over the whole of 2020"). */
  pointsBack: (text: string) => boolean;
  /** A name the packs know ("WhatsApp" of "Facebook, WhatsApp and Instagram were used in 51%"). */
  isName: (phrase: string) => boolean;
}

/** A side opening on a verb, its subject the one before: "…and signed by more than 100", "…& removes 79% of…". */
const NO_SUBJECT =
  /^(?:\p{L}+ly\s+)?(?:was|were|is|are|has|have|had|did|does|do|been|being|\p{L}{3,}(?:ed|es|s|ing))\b/iu;

/**
 * What opens no clause of its own: words pointing back ("…, and that it was in 2022" says when the claim before
 * happened), or what "as" opens as a preposition ("as a whole", "as a result", "as of 2020").
 */
const NOT_A_CLAUSE =
  /^(?:that\s+(?:it|its|it's|this|that|these|those|was|is|were|are)\b|(?:which|there)\b|a whole|a result|a share|a proportion|a percentage|well|such|of|per|part|if|though|usual)\b/iu;

/** Where the side after ends: the next join. */
const NEXT_JOIN = /,\s+|\s+(?:and|n|&|but|while|whilst|whereas|with|plus|as)\s+|\s+[-–—]+\s+/iu;

/**
 * Whether the sentence splits before a closing clause with a number of its own: the side before says something (a
 * figure, a deed, a verb) in three words or more, and the side after, three words or more, states its number with a
 * verb, as a figure or an age, or opening on it ("…fines of up to £18m and 2 years jail for bosses").
 */
export function numberedClause(left: string, joiner: string, rest: string, read: NumberedReading): boolean {
  // (Only the side up to the next join: "…financially and criminally responsible, and that the NSPCC has 500 staff"
  // does not split at "financially and".)
  const right = rest.split(NEXT_JOIN)[0] ?? '';
  if (!NUMBER_JOIN.test(joiner) || words(left) < 3 || words(right) < 3) return false;
  if (!NUMBER.test(right) && !figureIn(right)) return false;
  // ("as" opens a clause only with a figure: "…as arrests climb 25%", not "defended encryption as vital…, 2018".)
  if (/^\s+as\s+$/iu.test(joiner) && !figureIn(right)) return false;
  // ("with" after a deed is its object: "offenders charged with online grooming…", "compared with 2019".)
  if (
    /\bwith\s+$/iu.test(joiner) &&
    /(?:\p{L}{2,}ed|\b(?:along|together|deal|do|did|done))$/iu.test(left.trim())
  )
    return false;
  // (Not within a list of names, "Facebook, WhatsApp and Instagram were…", nor a side going on with the subject
  // before it or pointing back to it.)
  const lastWord = /[\p{L}'’]+$/u.exec(left.trim())?.[0];
  if (lastWord && read.isName(lastWord) && /^\s+and\s+$/iu.test(joiner)) return false;
  if (NO_SUBJECT.test(right.trim()) || read.pointsBack(right) || NOT_A_CLAUSE.test(right.trim()))
    return false;
  // (The side before says something, with a verb or a figure of its own: "Across the United Kingdom as a whole, …" is
  // a lead.)
  if (!(read.hasVerb(left) || STANCE.test(left) || figureIn(left))) return false;
  return (
    read.states(right) ||
    read.hasVerb(right) ||
    // (An age said with "aged": "…, with the average victim aged 13".)
    /\bage[ds]?\s+(?:of\s+)?\d/iu.test(right) ||
    (/^\d/u.test(right.trim()) && read.states(left))
  );
}
