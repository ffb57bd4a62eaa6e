// Platform-neutral service the adapters call: one place for answering, lookup and autocomplete.
import { answerQuestion } from '../core/answer-question.js';
import type { FactIndex } from '../core/build-index.js';
import type { Reply } from '../core/reply.js';

/** Where a question came from: the platform and opaque keys for the asker and the conversation. */
export interface AskContext {
  platform: 'console' | 'slack' | 'discord' | 'cli';
  userKey: string;
  conversationKey: string;
}

export interface StatbotService {
  readonly index: FactIndex;
  ask(question: string, context: AskContext): Promise<Reply>;
}

/** Builds the service over an index built once at start-up. */
export function createStatbotService(deps: { index: FactIndex }): StatbotService {
  return {
    index: deps.index,
    async ask(question) {
      return answerQuestion(question, deps.index);
    },
  };
}
