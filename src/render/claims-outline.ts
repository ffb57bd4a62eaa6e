// The outline every claims-check renderer follows: help first when the message raised a concern, a one-line note
// for a check that was declined or found nothing, else the heading and one verdict per claim (badge, claim,
// figures, explanation, quote with attribution). A renderer maps the parts to its markup.
import type { ClaimsReply, Verdict } from '../core/claims/index.js';
import type { Reply } from '../core/reply.js';
import {
  CHECK_HEADING,
  describeClaimsDecline,
  figuresLine,
  NO_CLAIMS,
  VERDICT_BADGES,
} from './claims-wording.js';

/** One claim's verdict as every platform shows it. Texts are unescaped: each renderer escapes them. */
export interface VerdictOutline {
  verdict: Verdict;
  /** An emoji and words, so it reads without colour. */
  badge: string;
  claim: string;
  /** "Claimed: 13k · Source: 12,925", when either is known. */
  figures?: string;
  explanation: string;
  /** The source's verbatim quote on one line, with its attribution, when the claim is about a fact. */
  quote?: { text: string; attribution: string };
}

export type ClaimsOutline =
  /** The message said a child may be at risk: the help reply, rendered as any reply. */
  | { kind: 'help'; reply: Reply }
  /** A check that was declined, or that found no statistic. */
  | { kind: 'note'; text: string }
  | {
      kind: 'verdicts';
      heading: string;
      /** The checked message, on one line. */
      text: string;
      claims: VerdictOutline[];
      /** The checked turn that 👍 / 👎 rate. */
      feedback?: string;
    };

const oneLine = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The outline of a claims check. */
export function outlineClaims(reply: ClaimsReply): ClaimsOutline {
  if (reply.status === 'help') return { kind: 'help', reply: reply.reply };
  if (reply.status === 'declined') return { kind: 'note', text: describeClaimsDecline(reply) };
  if (reply.claims.length === 0) return { kind: 'note', text: NO_CLAIMS };
  return {
    kind: 'verdicts',
    heading: CHECK_HEADING,
    text: oneLine(reply.text),
    claims: reply.claims.map((check) => {
      const figures = figuresLine(check);
      return {
        verdict: check.verdict,
        badge: VERDICT_BADGES[check.verdict],
        claim: check.claim,
        ...(figures ? { figures } : {}),
        explanation: check.explanation,
        ...(check.quote
          ? { quote: { text: oneLine(check.quote), attribution: check.attribution ?? 'the source' } }
          : {}),
      };
    }),
    ...(reply.turnId ? { feedback: reply.turnId } : {}),
  };
}

/** Said under the last verdict shown when the rest did not fit in one message. */
export function moreClaimsNote(notShown: number): string {
  return `${notShown} more claims did not fit in one message.`;
}
