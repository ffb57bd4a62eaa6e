// A message to check, read for safety first: a concern gets the help reply, a harmful ask no figure, the rest
// its claims checked. The value every surface (CLI, Slack, Discord, console) renders.

import type { Screening } from '../../safety/screen.js';
import { answerQuestion, screenQuestion } from '../answer-question.js';
import type { Reply } from '../reply.js';
import type { FactIndex } from '../retrieve/build-index.js';
import { checkClaims } from './check-claims.js';
import type { ClaimCheck } from './types.js';

/** What checking a message gives: its claims (perhaps none), the help, or a decline with a stable code. */
export type ClaimsReply =
  | { status: 'checked'; text: string; claims: ClaimCheck[]; turnId?: string }
  | { status: 'help'; text: string; reply: Reply }
  | { status: 'declined'; text: string; reason: 'empty' | 'harmful' }
  | { status: 'declined'; text: string; reason: 'rate_limited'; retryAfterSeconds: number };

/** Checks a message's claims after the safety reading (made here unless the caller made it). Pure. */
export function checkMessage(
  text: string,
  index: FactIndex,
  screening: Screening = screenQuestion(text),
): ClaimsReply {
  if (!/[\p{L}\p{N}]/u.test(text)) return { status: 'declined', text, reason: 'empty' };
  // A child may be at risk: the help reply, exactly as a question would get it (never a verdict instead).
  if (screening.safeguarding)
    return { status: 'help', text, reply: answerQuestion(text, index, { screening }) };
  if (screening.harmful) return { status: 'declined', text, reason: 'harmful' };
  return { status: 'checked', text, claims: checkClaims(text, index) };
}
