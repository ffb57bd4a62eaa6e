// Names the kind of a message before anything answers it; each kind has one handler (src/core/handlers/).
import type { Screening } from '../../safety/screen.js';
import { foldText } from '../../text/normalise.js';
import { asksOpinion, checksClaim } from './intent.js';
import { isGreeting, isHelpRequest } from './lexicon.js';

/** The kinds of message the core tells apart, in the order they are tried. */
export const QUESTION_KINDS = [
  'empty',
  'safeguarding',
  'harmful',
  'greeting',
  'help',
  'off-topic',
  'opinion',
  'follow-up',
  'claim',
  'figure',
] as const;

export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** What the kind is read from: the folded text, the safety reading and whether a prior turn exists. */
export interface KindClues {
  folded: string;
  screening: Screening;
  /** The message asks how to reach a help service a pack lists ("whats childline number"). */
  asksForHelpService: boolean;
  hasPrior: boolean;
}

/** The kind of a message. Safety comes first: a concern is help whatever else the message asks. */
export function readKind({ folded, screening, asksForHelpService, hasPrior }: KindClues): QuestionKind {
  if (!/[\p{L}\p{N}]/u.test(folded)) return 'empty';
  if (screening.safeguarding || asksForHelpService) return 'safeguarding';
  if (screening.harmful) return 'harmful';
  if (isGreeting(folded)) return 'greeting';
  if (isHelpRequest(folded)) return 'help';
  if (isArithmetic(folded)) return 'off-topic';
  if (asksOpinion(folded)) return 'opinion';
  if (hasPrior) return 'follow-up';
  return readsAsClaim(folded, screening.harmDoubt) ? 'claim' : 'figure';
}

/** A question that checks someone's claim, unless the safety reading has doubts about the message. */
export function readsAsClaim(text: string, cautious: boolean): boolean {
  return !cautious && checksClaim(foldText(text).replace(/\s+/gu, ' ').trim());
}

/** A sum to work out ("whats 17 x 23", "12925/3"): its numbers are not the packs' figures. */
const ARITHMETIC =
  /^(?:(?:what(?:'s| is)|whats|calculate|compute|work out|solve)\s+)?[\d.,]+\s*(?:x|\*|×|\+|-|−|\/|÷|plus|minus|times|multiplied by|divided by|over)\s*[\d.,]+(?:\s*(?:=|equals)\s*\??)?\s*\??$/u;

/** True when the whole message is a sum to work out. */
export function isArithmetic(folded: string): boolean {
  const text = folded.trim();
  // "2017-2020?" is a period, not a subtraction.
  return ARITHMETIC.test(text) && !/^\D*(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\D*$/u.test(text);
}
