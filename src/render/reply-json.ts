// The stable JSON shape of a reply that `npm run ask -- --json` prints (other tools depend on it).
import type { ClaimVerdict, Explanation, Reply } from '../core/reply.js';
import { renderPlainText } from './plain-text.js';

export interface ReplyJson {
  question: string;
  status: Reply['status'];
  text: string;
  confidence: number;
  citations: Array<{ factId: string; packId: string; quote: string; attribution: string }>;
  suggestions: Array<{ factId: string; question: string }>;
  reason?: string;
  /** When the message says a child may be at risk: who the help is worded for, and the services, in order. */
  help?: { audience: string; resources: Array<{ name: string; phone?: string; web?: string }> };
  /** When the question made a claim: the verdict on it (the text leads with it too). */
  verdict?: ClaimVerdict;
  /** With `--explain`: the kind the question was read as, what was understood, and why this reply. */
  explain?: Explanation;
}

/** The contract object for one reply. */
export function toReplyJson(reply: Reply): ReplyJson {
  return {
    question: reply.question,
    status: reply.status,
    text: renderPlainText(reply),
    confidence: Math.round(reply.confidence * 1000) / 1000,
    citations: reply.citations.map((c) => ({
      factId: c.factId,
      packId: c.packId,
      quote: c.quote,
      attribution: c.attribution,
    })),
    suggestions: reply.suggestions.map((s) => ({ factId: s.factId, question: s.question })),
    ...(reply.status === 'abstained' ? { reason: reply.reason.code } : {}),
    ...(reply.help?.[0]
      ? {
          help: {
            audience: reply.help[0].audience,
            resources: reply.help
              .flatMap((h) => h.resources)
              .map((r) => ({
                name: r.name,
                ...(r.phone ? { phone: r.phone } : {}),
                ...(r.web ? { web: r.web } : {}),
              })),
          },
        }
      : {}),
    ...(reply.status === 'answered' && reply.kind === 'fact' && reply.verdict
      ? { verdict: reply.verdict }
      : {}),
    ...(reply.explain ? { explain: reply.explain } : {}),
  };
}
