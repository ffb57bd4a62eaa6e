// Platform-neutral service the adapters call: answering with conversation context, one place for all.
import { answerQuestion, type PriorTurn } from '../core/answer-question.js';
import type { FactIndex } from '../core/build-index.js';
import type { Reply } from '../core/reply.js';
import { createExpiringMap } from './expiring-map.js';

/** Where a question came from: the platform and opaque keys for the asker and the conversation. */
export interface AskContext {
  platform: 'console' | 'slack' | 'discord' | 'cli';
  userKey: string;
  /** One conversation of one user (thread, reply chain, DM or console session); context never crosses keys. */
  conversationKey: string;
}

export interface StatbotService {
  readonly index: FactIndex;
  ask(question: string, context: AskContext): Promise<Reply>;
}

export interface ServiceOptions {
  /** Conversations remembered at once (oldest forgotten first). */
  maxConversations?: number;
  /** How long a conversation's last turn is remembered. */
  contextTtlMs?: number;
  now?: () => number;
}

/** Builds the service over an index built once at start-up. */
export function createStatbotService(
  deps: { index: FactIndex },
  options: ServiceOptions = {},
): StatbotService {
  const conversations = createExpiringMap<PriorTurn>({
    max: options.maxConversations ?? 10_000,
    ttlMs: options.contextTtlMs ?? 30 * 60 * 1000,
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    index: deps.index,
    async ask(question, context) {
      const key = `${context.platform}:${context.conversationKey}`;
      const prior = conversations.get(key);
      const reply = answerQuestion(question, deps.index, prior ? { prior } : {});
      if (reply.status === 'answered') {
        const first = reply.facts[0];
        if (first)
          conversations.set(key, {
            question: reply.readAs ?? question,
            packId: first.packId,
            factIds: reply.facts.map((f) => f.factId),
          });
      }
      return reply;
    },
  };
}
