// The answering core: question + indexed packs (+ optional prior turn) → a reply value. Pure.
import { stripChatMarkup } from '../text/chat-markup.js';
import { foldText } from '../text/normalise.js';
import { analyseText } from './analyse.js';
import { answerAnalysed, decline, helpResources } from './answer-analysed.js';
import type { FactIndex } from './build-index.js';
import { answerFollowUp, type PriorTurn } from './follow-up.js';
import { isHarmfulRequest } from './harm.js';
import { isGreeting, isHelpRequest } from './lexicon.js';
import type { Reply } from './reply.js';
import { isSafeguardingConcern } from './safeguarding.js';

export type { PriorTurn } from './follow-up.js';

/** Longest question text the core reads; the rest is ignored (chat messages can be huge). */
export const MAX_QUESTION_CHARS = 1000;

/** Options for answering: the previous answered turn of this conversation, for follow-ups. */
export interface AnswerOptions {
  prior?: PriorTurn;
}

/** Answers one question from the indexed packs. Never throws on any input string. */
export function answerQuestion(rawQuestion: string, index: FactIndex, options: AnswerOptions = {}): Reply {
  const question = rawQuestion.slice(0, MAX_QUESTION_CHARS * 4);
  const text = stripChatMarkup(question).slice(0, MAX_QUESTION_CHARS);
  const folded = foldText(text).replace(/\s+/gu, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(folded)) return decline(index, question, { code: 'empty' });
  if (isHarmfulRequest(folded)) return decline(index, question, { code: 'harmful' });
  if (isSafeguardingConcern(folded))
    return { ...decline(index, question, { code: 'safeguarding' }), help: helpResources(index) };
  if (isGreeting(folded)) return decline(index, question, { code: 'greeting' });
  if (isHelpRequest(folded)) return decline(index, question, { code: 'help' });
  const analysis = analyseText(text, index.vocab, true);
  if (options.prior) return answerFollowUp(index, question, folded, analysis, options.prior);
  return answerAnalysed(index, question, analysis);
}
