// The stable JSON shape `npm run check -- --json` prints for one message (other tools depend on it).
import type { ClaimsReply, Verdict } from '../core/claims/index.js';
import { toReplyJson } from './reply-json.js';

export interface ClaimsJson {
  text: string;
  claims: Array<{
    claim: string;
    verdict: Verdict;
    claimed: string | null;
    sourceFigure: string | null;
    quote: string | null;
    factId: string | null;
    explanation: string;
  }>;
  /** Only when the message was not checked: `harmful`, `empty`, or `safeguarding` (with the help). */
  reason?: string;
  help?: ReturnType<typeof toReplyJson>['help'];
}

/** The contract object for one checked message. */
export function toClaimsJson(reply: ClaimsReply): ClaimsJson {
  if (reply.status === 'help') {
    const help = toReplyJson(reply.reply).help;
    return { text: reply.text, claims: [], reason: 'safeguarding', ...(help ? { help } : {}) };
  }
  if (reply.status === 'declined') return { text: reply.text, claims: [], reason: reply.reason };
  return {
    text: reply.text,
    claims: reply.claims.map((c) => ({
      claim: c.claim,
      verdict: c.verdict,
      claimed: c.claimed,
      sourceFigure: c.sourceFigure,
      quote: c.quote,
      factId: c.factId,
      explanation: c.explanation,
    })),
  };
}
