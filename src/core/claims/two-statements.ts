// Two statements in one sentence, with or without figures: "wanless wants the pm to make tech firms criminally liable,
// met police backed it", "the police chiefs council backed the nspcc call, and 43 forces signed up to it".
import { wordCount } from '../../text/whitespace.js';

/**
 * Someone taking a side on something, with no figure needed: "met police backed it", "NSPCC backed move", "Police
 * Chiefs back call", "43 forces signed up to it". (Not a passive, "the call backed by…", nor "led to a rise".)
 */
export const STANCE =
  /^(?!(?:it|its|it's|this|that|which|there|these|those|they|we|you|i|so|then|and|but|or|who|what)\b)(?:(?:the|a|an)\s+)?(?:[\p{L}\d'’.&+-]+\s+){1,4}?(?:back|backs|backed|support|supports|supported|endorse|endorses|endorsed|welcome|welcomes|welcomed|reject|rejects|rejected|oppose|opposes|opposed|slam|slams|slammed|praise|praises|praised|criticise|criticises|criticised|criticize|criticizes|criticized|deride|derides|derided|condemn|condemns|condemned|sign|signs|signed|lead|leads|led(?!\s+to\b))(?:\s+up(?:\s+to)?)?\s+(?!by\b)\S/iu;

/**
 * The joins between two statements: "and" (the caller reads "n" and "&" as "and"), "while", each after a comma or not;
 * a comma; a dash.
 */
const STATEMENT_JOIN = /^(?:,?\s+(?:and|while|whilst|whereas)\s+|,\s+|\s+[-–—]+\s+)$/iu;

/**
 * What is said opening on where or when ("The NSPCC said that in Scotland, …"): the lead of the clause after it, not
 * a statement of its own.
 */
const SAYS_A_LEAD =
  /\b(?:(?:says|said|warns|warned|reports|claims|claimed)\s+(?:that\s+)?|(?:found|finds|reported)\s+that\s+)(?:in|during|across|for|from|between|since|over|among|amongst|of|within|at|on|by|after|before|according)\s+[^,]{1,40}$/iu;

/** A side ending on where, when or of whom ("…backed the NSPCC call in Scotland"): it may be the scope of what follows. */
const ENDS_ON_SCOPE =
  /\b(?:in|during|across|for|from|over|since|between|among|amongst|within|throughout|outside|of)\s+(?:the\s+)?[\p{L}\d'’-]+(?:\s+[\p{L}\d'’-]+){0,2}$/iu;

/** How a side of the sentence is read. */
export interface SideReading {
  /** A figure, a movement or a deed credited to someone the packs know. */
  states: (text: string) => boolean;
  /** A clause opening on a name the packs know, its verb and what it says. */
  named: (text: string) => boolean;
  /** A subject and a verb of its own. */
  ownClause: (text: string) => boolean;
  /** A finite verb. */
  hasVerb: (text: string) => boolean;
  /** Words pointing back to the claim before. */
  pointsBack: (text: string) => boolean;
}

/**
 * Whether the sentence splits at a join between two statements, each a claim of its own: the side before states
 * something (a figure, a deed, or a name and what it says) with a verb of its own (or, in a headline, a figure), and
 * the side after is a name and what it says or a side taken — or, after "and", "while" or a dash, any clause with a
 * subject that states something. After a bare comma, a clause with only a figure follows a side taken ("Police chiefs
 * back NSPCC call, 12,925 offences recorded…"), never a statement that may be its lead.
 */
export function twoStatements(left: string, joiner: string, right: string, read: SideReading): boolean {
  if (!STATEMENT_JOIN.test(joiner) || wordCount(left) < 3 || wordCount(right) < 2) return false;
  // (After ", and" or ", while" any clause with a subject and verb of its own states something: "Barnardo's chief
  // Peter Wanless called for new laws, and Ofcom backed the call".)
  const leftStates =
    read.states(left) ||
    read.named(left) ||
    STANCE.test(left) ||
    (/^,\s+\S+\s+$/u.test(joiner) && read.ownClause(left));
  if (!leftStates || SAYS_A_LEAD.test(left)) return false;
  if (!(read.hasVerb(left) || STANCE.test(left) || (read.states(left) && wordCount(left) >= 4))) return false;
  const stance = STANCE.test(right);
  if (read.pointsBack(right) && !stance) return false;
  if (stance || read.named(right)) return true;
  if (/^,\s+$/u.test(joiner))
    return (
      STANCE.test(left) && !ENDS_ON_SCOPE.test(left.trim()) && read.states(right) && wordCount(right) >= 3
    );
  return read.ownClause(right) && read.states(right);
}
