// The answering core: question + indexed packs (+ optional prior turn) → a reply value. Pure.
import type { Audience } from '../pack/schema.js';
import { type Screening, screenMessage } from '../safety/screen.js';
import { statisticsPart } from '../safety/statistics-cue.js';
import { stripChatMarkup } from '../text/chat-markup.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { foldText } from '../text/normalise.js';
import { answerAnalysed, decline, nearestFacts } from './answer-analysed.js';
import { answerFollowUp, type PriorTurn } from './handlers/follow-up/follow-up.js';
import type { HelpResources, Reply } from './reply.js';
import type { FactIndex } from './retrieve/build-index.js';
import { analyseText } from './understand/analyse.js';
import { asksOpinion } from './understand/intent.js';
import { isGreeting, isHelpRequest } from './understand/lexicon.js';
import { readQuestion } from './understand/read-question.js';

export type { PriorTurn } from './handlers/follow-up/follow-up.js';

/** Longest question text the core reads; the rest is ignored (chat messages can be huge). */
export const MAX_QUESTION_CHARS = 1000;

/** Options for answering: the previous answered turn of this conversation, for follow-ups. */
export interface AnswerOptions {
  prior?: PriorTurn;
  /** The safety reading of this message, when the caller has already made it. */
  screening?: Screening;
}

/** The safety reading of a raw message, exactly as `answerQuestion` makes it. */
export function screenQuestion(rawQuestion: string): Screening {
  return screenMessage(rawQuestion.slice(0, MAX_QUESTION_CHARS * 4));
}

/** The help resources of every pack that has them, worded and ordered for this reader. */
export function helpResources(index: FactIndex, audience: Audience): HelpResources[] {
  return index.packs.flatMap((p) => {
    const section = p.safeguarding;
    if (!section) return [];
    const byId = new Map(section.resources.map((r) => [r.id, r]));
    const resources = section[audience].resources.flatMap((id) => byId.get(id) ?? []);
    return [
      { packId: p.pack.id, audience, message: section[audience].message, notice: section.notice, resources },
    ];
  });
}

/**
 * A child may be at risk: help first, always. When the message also asks for a figure (and seeks no harm), the
 * figure follows the help; a question the packs cannot answer never turns the help into a decline.
 */
function answerWithHelp(index: FactIndex, question: string, text: string, screening: Screening): Reply {
  const help = helpResources(index, screening.audience);
  const withHelp = help.length > 0 ? { help } : {};
  if (screening.asksStatistic && !screening.harmful) {
    // Only the part that asks for a figure is read (its scope and period too): the rest is about the child.
    const part = statisticsPart(text);
    const reply = answerAnalysed(index, part, analyseText(part, index.vocab, true), { cautious: true });
    if (reply.status === 'answered') return { ...reply, question, ...withHelp, suggestions: [] };
  }
  return { ...decline(index, question, { code: 'safeguarding' }), ...withHelp };
}

const REACH =
  /\b(?:number|phone|ring|call|contact|website|site|link|web ?address|email|hours|open|reach|get hold of|use it|talk to|speak to)\b/u;

const serviceNames = new WeakMap<FactIndex, RegExp | undefined>();

/** One pattern for the names (and ids) of every help service the packs list, built once per index. */
function serviceNamePattern(index: FactIndex): RegExp | undefined {
  if (serviceNames.has(index)) return serviceNames.get(index);
  const names = index.packs
    .flatMap((p) => p.safeguarding?.resources ?? [])
    .flatMap((r) => [r.name.replace(/\s*\(.*\)$/u, ''), r.id.replace(/-/gu, ' ')])
    .map((n) => escapeRegExp(foldText(n)))
    .filter((n) => n.length > 3);
  const pattern = names.length > 0 ? new RegExp(`\\b(?:${names.join('|')})\\b`, 'u') : undefined;
  serviceNames.set(index, pattern);
  return pattern;
}

/** True when a (folded) message names a help service of a pack and asks how to reach it. */
function asksForHelpService(index: FactIndex, folded: string): boolean {
  return REACH.test(folded) && (serviceNamePattern(index)?.test(folded) ?? false);
}

/** Answers one question from the indexed packs. Never throws on any input string. */
export function answerQuestion(rawQuestion: string, index: FactIndex, options: AnswerOptions = {}): Reply {
  const question = rawQuestion.slice(0, MAX_QUESTION_CHARS * 4);
  const text = stripChatMarkup(question).slice(0, MAX_QUESTION_CHARS);
  const folded = foldText(text).replace(/\s+/gu, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(folded)) return decline(index, question, { code: 'empty' });
  const given = options.screening ?? screenMessage(question);
  // Asking how to reach a service the packs list ("whats childline number") is asking for help.
  const screening =
    given.safeguarding || !asksForHelpService(index, folded) ? given : { ...given, safeguarding: true };
  if (screening.safeguarding) return answerWithHelp(index, question, text, screening);
  if (screening.harmful) return decline(index, question, { code: 'harmful' });
  if (isGreeting(folded)) return decline(index, question, { code: 'greeting' });
  if (isHelpRequest(folded)) return decline(index, question, { code: 'help' });
  // A preamble is set aside only when the safety reading saw no sign of a harmful intent in it.
  const analysis = screening.harmDoubt
    ? analyseText(text, index.vocab, true)
    : readQuestion(text, index.vocab);
  if (asksOpinion(folded))
    return decline(index, question, { code: 'opinion' }, 0, nearestFacts(index, analysis));
  if (options.prior) return answerFollowUp(index, question, folded, analysis, options.prior);
  return answerAnalysed(index, question, analysis, { cautious: screening.harmDoubt });
}
