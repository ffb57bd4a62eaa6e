// Checking a message's claims for the service: safety first, the shared rate limit, and the gaps log of
// `not_in_source` claims under the same keep-rules as declined questions.
import { screenQuestion } from '../core/answer-question.js';
import { type ClaimsReply, checkMessage } from '../core/claims/index.js';
import type { FactIndex } from '../core/retrieve/build-index.js';
import type { GapEntry } from '../gaps/gaps-store.js';
import { mayKeepQuestion } from '../gaps/keep-question.js';
import type { Screening } from '../safety/screen.js';
import type { RateLimiter } from './rate-limit.js';
import type { AskContext } from './statbot-service.js';

export interface CheckDeps {
  index: FactIndex;
  limiter?: RateLimiter;
  /** Counts the safety decision (never the text). */
  recordScreening(screening: Screening): void;
  /** Keeps a gap (the service redacts it and writes it after the reply). */
  keepGap(entry: GapEntry): void;
  /** Remembers a checked message for a 👍/👎; returns the turn id. */
  newTurn(turn: { question: string; packId: string; factId: string }): string;
}

/** The service's `check`: one message in, its claims (or the help, or a decline) out. */
export function createCheck(deps: CheckDeps): (text: string, context: AskContext) => Promise<ClaimsReply> {
  return async (text, context) => {
    const screening = screenQuestion(text);
    deps.recordScreening(screening);
    // Help is never rate limited, and the operator's own terminal is not a chat user.
    const limiter = screening.safeguarding || context.platform === 'console' ? undefined : deps.limiter;
    const verdict = limiter ? await limiter.consume(context.userKey) : { allowed: true as const };
    if (!verdict.allowed)
      return {
        status: 'declined',
        text,
        reason: 'rate_limited',
        retryAfterSeconds: verdict.retryAfterSeconds,
      };
    const reply = checkMessage(text, deps.index, screening);
    if (reply.status !== 'checked' || reply.claims.length === 0) return reply;
    // A claim the source has no figure for is a gap a pack author may fill: kept like a declined question.
    const keep = mayKeepQuestion(screening, true);
    const packId = deps.index.packs[0]?.pack.id ?? '';
    for (const claim of reply.claims)
      if (keep && claim.verdict === 'not_in_source')
        deps.keepGap({
          question: claim.claim.trim(),
          platform: context.platform,
          packId: claim.packId ?? packId,
          topFactId: claim.factId ?? '',
          status: 'abstained',
          reason: 'claim/not_in_source',
        });
    const first = reply.claims.find((c) => c.factId);
    if (!keep || !first?.factId) return reply;
    return {
      ...reply,
      turnId: deps.newTurn({ question: text.trim(), packId: first.packId ?? packId, factId: first.factId }),
    };
  };
}
