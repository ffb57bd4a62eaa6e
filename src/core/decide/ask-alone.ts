// A long message declined as a whole, answered by its question sentence alone ("Good afternoon. I chair our school's
// safeguarding committee … Could you tell me how often Snapchat was used?"), when the whole message still ranks the
// answer among its best matches.
import type { Reply } from '../reply.js';
import type { FactIndex } from '../retrieve/build-index.js';
import { namedNumbers } from '../retrieve/candidates.js';
import { scoreFacts } from '../retrieve/score.js';
import { analyseText } from '../understand/analyse.js';

/**
 * A message this long frames its ask (as the everyday words of a long ask are weighed, understand/analyse.ts). Measured
 * on the read question sets (each pack alone): of 1,122 such messages, 92 were declined and had a question sentence
 * to read alone; 37 of those were then answered right, 2 wrong, no must-decline one answered.
 */
export const LONG_MESSAGE_WORDS = 25;

/**
 * The answer must be among this many of the whole message's best matches: the preamble may say what the ask points
 * back to ("…the share of road deaths on rural roads. Could you please provide the relevant figure?" is no question
 * about who published the release).
 */
const WHOLE_MESSAGE_TOP = 3;

/**
 * A decline naming a place, platform, year or figure the packs lack is for what the message wants, wherever it says it:
 * its ask alone must not answer it with another place's or year's figure. (On the read sets no long message declined
 * so was answered right by its ask alone.)
 */
const NAMED_LACK: ReadonlySet<string> = new Set(['place', 'platform', 'year', 'number']);

/** A decline the ask alone may still answer: one for a topic, a scope or a close call, never a safety reply. */
function declinedForMatch(reply: Reply): boolean {
  if (reply.status === 'ambiguous') return true;
  if (reply.status !== 'abstained') return false;
  const { reason } = reply;
  return reason.code === 'off_topic' || (reason.code === 'not_covered' && !NAMED_LACK.has(reason.kind));
}

/** Sentences of a message as typed: split after . ? ! before a capital, a quote or a bracket. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+(?=["“'‘(]?\p{Lu})/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A sentence that asks politely without a question mark ("Please let me know how many…", "I need the figure for…"). */
const POLITE_ASK = /\b(?:could|would|can|please|tell me|let me know|i need|i would like|i'd like)\b/iu;

/**
 * The sentences of a long message that ask: those ending in a question mark, else those asking politely. Undefined
 * for a short message, one sentence, or when every sentence asks (nothing frames the ask).
 */
export function askSentences(text: string): string | undefined {
  if (text.trim().split(/\s+/u).length < LONG_MESSAGE_WORDS) return undefined;
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return undefined;
  const questions = sentences.filter((s) => /\?["”'’)]*$/u.test(s));
  const asks = questions.length > 0 ? questions : sentences.filter((s) => POLITE_ASK.test(s));
  if (asks.length === 0 || asks.length === sentences.length) return undefined;
  return asks.join(' ');
}

/** Whether the whole message ranks a fact among its best matches. */
function wholeMessageRanks(index: FactIndex, text: string, packId: string, factId: string): boolean {
  const analysis = analyseText(text, index.vocab, true, { question: true });
  const top = scoreFacts(index, analysis, namedNumbers(index, analysis).matched).slice(0, WHOLE_MESSAGE_TOP);
  return top.some((s) => s.fact.pack.pack.id === packId && s.fact.fact.id === factId);
}

/**
 * The answer to a long message's ask alone, when the whole message was declined for its match and still ranks that
 * answer among its best; `answer` reads a text under the whole message's safety reading.
 */
export function answerAskAlone(
  index: FactIndex,
  text: string,
  reply: Reply,
  answer: (ask: string) => Reply,
): Reply | undefined {
  if (!declinedForMatch(reply)) return undefined;
  const ask = askSentences(text);
  if (!ask) return undefined;
  const alone = answer(ask);
  if (alone.status !== 'answered') return undefined;
  const first = alone.facts[0];
  if (!first || !wholeMessageRanks(index, text, first.packId, first.factId)) return undefined;
  return { ...alone, question: reply.question };
}
