// The answering core, as a pipeline: screen for safety → understand (the kind, the analysis) → the kind's handler
// → a reply value. Pure.
import { type Screening, screenMessage } from '../safety/screen.js';
import { stripChatMarkup } from '../text/chat-markup.js';
import { foldText } from '../text/normalise.js';
import type { PriorTurn } from './handlers/follow-up/follow-up.js';
import type { Asked } from './handlers/handler.js';
import { HANDLERS } from './handlers/registry.js';
import { asksForHelpService } from './handlers/safeguarding/help-resources.js';
import type { Reply } from './reply.js';
import { explainReply } from './respond/explain.js';
import type { FactIndex } from './retrieve/build-index.js';
import { type Analysis, analyseText } from './understand/analyse.js';
import { readKind } from './understand/read-kind.js';
import { readQuestion } from './understand/read-question.js';

export type { PriorTurn } from './handlers/follow-up/follow-up.js';
export { helpResources } from './handlers/safeguarding/help-resources.js';

/** Longest question text the core reads; the rest is ignored (chat messages can be huge). */
export const MAX_QUESTION_CHARS = 1000;

/** Options for answering. */
export interface AnswerOptions {
  /** The previous answered turn of this conversation, for follow-ups. */
  prior?: PriorTurn;
  /** The safety reading of this message, when the caller has already made it. */
  screening?: Screening;
  /** Add how the message was understood and why it got its reply (`reply.explain`). */
  explain?: boolean;
}

/** The safety reading of a raw message, exactly as `answerQuestion` makes it. */
export function screenQuestion(rawQuestion: string): Screening {
  return screenMessage(rawQuestion.slice(0, MAX_QUESTION_CHARS * 4));
}

/** Answers one question from the indexed packs. Never throws on any input string. */
export function answerQuestion(rawQuestion: string, index: FactIndex, options: AnswerOptions = {}): Reply {
  const question = rawQuestion.slice(0, MAX_QUESTION_CHARS * 4);
  const text = stripChatMarkup(question).slice(0, MAX_QUESTION_CHARS);
  const folded = foldText(text).replace(/\s+/gu, ' ').trim();
  const screening = options.screening ?? screenMessage(question);
  const kind = readKind({
    folded,
    screening,
    asksForHelpService: asksForHelpService(index, folded),
    hasPrior: options.prior !== undefined,
  });
  let analysis: Analysis | undefined;
  const asked: Asked = {
    index,
    question,
    text,
    folded,
    screening,
    // A preamble is set aside only when the safety reading saw no sign of a harmful intent in it.
    analysis: () => {
      analysis ??= screening.harmDoubt
        ? analyseText(text, index.vocab, true)
        : readQuestion(text, index.vocab);
      return analysis;
    },
    ...(options.prior ? { prior: options.prior } : {}),
  };
  const reply = HANDLERS[kind](asked);
  return options.explain ? { ...reply, explain: explainReply(index, kind, folded, analysis, reply) } : reply;
}
