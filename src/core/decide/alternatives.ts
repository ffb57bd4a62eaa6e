// A question offering two alternatives ("police or hospitals?", "per 100k people or per vehicle miles?", "the calendar
// year or the financial year?"): the source answers it by stating one of them, so each is asked on its own.

/** Words at which the first alternative starts, read back from its "or" (kept in the question). */
const OPENS_ALTERNATIVE = new Set(
  'is are was were it that this the a an by from in on of per for at include includes including cover covers count counts counted mean means based just only'.split(
    ' ',
  ),
);
/** Words that only qualify the second alternative ("or just public roads"). */
const QUALIFIES = /^(?:just|only|simply|rather|maybe|perhaps|instead|also|even)\s+/u;
/** A clause after the second alternative that both share ("…that reported it", "…who said it"). */
const CLAUSE = /\s(?:that|which|who|whose|where|when)\s/u;
/** Longest alternative, in words. */
const MOST_WORDS = 5;

export interface Alternatives {
  /** The question asking only the first alternative, and only the second. */
  first: string;
  second: string;
  /** Each alternative's words. */
  firstWords: string;
  secondWords: string;
  /** The question without its alternatives. */
  asked: string;
}

/**
 * A question asked to be told which ("is it…", "does the figure include…", "the rate - is that per…"), not how many
 * ("how many were killed or seriously injured?").
 */
const ASKS_WHICH =
  /^(?:is|are|was|were|does|do|did|has|have|had)\b|\b(?:is|are|was|were) (?:that|it|this|these|those|they)\b/u;
/** Alternatives that judge, rank or give a direction ("good or bad", "better or worse", "up or down"): no fact states one. */
const JUDGES =
  /\b(?:good|bad|right|wrong|better|worse|more|less|fewer|higher|lower|bigger|smaller|true|false|fair|unfair|real|accurate|overblown|exaggerated|justified|up|down|increase[sd]?|decrease[sd]?|rise|rose|fall|fell|grow|grew|shrink|shrank)\b/u;

/** The two alternatives of a one-"or" question, each asked alone; undefined when it offers none. */
export function alternativesOf(folded: string): Alternatives | undefined {
  const sentence = folded.replace(/[?!.\s]+$/u, '');
  if (!ASKS_WHICH.test(sentence) || JUDGES.test(sentence)) return undefined;
  const parts = sentence.split(/\s+or\s+/u);
  if (parts.length !== 2) return undefined;
  const [before = '', rest = ''] = parts;
  // The second alternative runs to the end of the question (a few words) or to a clause both share ("…or the bbc that
  // reported it?"), the first back to a word that opens it.
  const clause = CLAUSE.exec(rest);
  const after = clause ? rest.slice(0, clause.index) : rest;
  const tail = clause ? ` ${rest.slice(clause.index).trim()}` : '';
  const second = after.replace(QUALIFIES, '').trim();
  if (second.length === 0 || second.split(/\s+/u).length > MOST_WORDS || /[,;:]/u.test(second))
    return undefined;
  const words = before.split(/\s+/u);
  // (A word with the punctuation after it taken off: "that -" opens as "that" does.)
  const bare = (at: number) => (words[at] ?? '').replace(/[,:;—–-]+$/u, '');
  let start = words.length;
  while (start > 0 && words.length - start < MOST_WORDS) {
    if (OPENS_ALTERNATIVE.has(bare(start - 1)) || /[,:;—–]$/u.test(words[start - 1] ?? '')) break;
    start--;
  }
  if (start === words.length || start === 0) return undefined;
  const prefix = words.slice(0, start).join(' ');
  const firstWords = words.slice(start).join(' ');
  const opener = bare(start - 1);
  const parallel = second.startsWith(`${opener} `);
  const secondAsked = parallel ? second.slice(opener.length + 1) : second;
  const wordsOf = (text: string) => text.replace(/^(?:the|a|an) /u, '').split(/\s+/u).length;
  // Alternatives of a size ("police or hospitals", "the calendar year or the financial year"): a longer first one has
  // taken in what the question asks about ("is the 97 percent detection rate facebook or whatsapp?")…
  if (wordsOf(firstWords) > wordsOf(secondAsked) + 1) return undefined;
  // …as has a first one led by a figure the second does not answer to ("is the 40% facebook or instagram?"; not "per
  // 100k people or per vehicle miles").
  if (/^\d/u.test(firstWords) && !parallel && !/\d/u.test(secondAsked)) return undefined;
  return {
    first: `${prefix} ${firstWords}${tail}?`,
    second: `${prefix} ${secondAsked}${tail}?`,
    firstWords,
    secondWords: secondAsked,
    asked: `${prefix}${tail}`,
  };
}
