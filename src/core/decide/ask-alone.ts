// A long message declined as a whole, answered by its question sentence alone ("Good afternoon. I chair our school's
// safeguarding committee … Could you tell me how often Snapchat was used?"), when the whole message still ranks the
// answer among its best matches.
import type { Reply } from '../reply.js';
import { type FactIndex, factKey, type IndexedFact } from '../retrieve/build-index.js';
import { rankFacts } from '../retrieve/candidates.js';
import { type Analysis, analyseText } from '../understand/analyse.js';

/**
 * A message this long frames its ask (as the everyday words of a long ask are weighed, understand/analyse.ts). Measured
 * on the read question sets (each pack alone), with every guard below: 6 more answered right on the roads sets, as
 * many on the NSPCC ones, none more wrong. (Without the guards against an ask that points back or names nothing, and a
 * preamble naming another scope, 21 more were right on the read sets, but a newcomer's review found such messages
 * answered with figures for something else: "I am writing about WhatsApp specifically… What share of the instances did
 * it account for?" got Snapchat's share.)
 */
export const LONG_MESSAGE_WORDS = 25;

/**
 * The answer must be among this many of the whole message's best matches: the preamble may say what the ask points
 * back to ("…the share of road deaths on rural roads. Could you please provide the relevant figure?" is no question
 * about who published the release).
 */
const WHOLE_MESSAGE_TOP = 3;

/**
 * A decline naming a place, platform, year, figure or measure the packs lack is for what the message wants, wherever
 * it says it: its ask alone must not answer it with another place's or year's figure. (On the read sets one long
 * message declined so was answered right by its ask alone.)
 */
const NAMED_LACK: ReadonlySet<string> = new Set(['place', 'platform', 'year', 'number', 'measure']);

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

/**
 * An ask that points back to what the preamble names ("How often was it used?", "What exactly was that accusation?",
 * "What share was that?"): it cannot be read alone. ("This article", "the report" name the source, not the preamble.)
 */
const POINTS_BACK =
  /\b(?:it|its|they|them|their|he|him|his|she|her)\b|\b(?:that|this|these|those)\b(?!\s+(?:the|a|an|article|report|release|piece|story|study|research|source|publication)\b)(?=\s+[\p{L}\d]|\s*[?.!,]|$)/iu;

/**
 * Whether an ask names what it wants by itself: a name the packs know, or two of their words ("What was the total?",
 * "What was the percentage?" lean on the preamble for what they are about).
 */
export function namesOwnTopic(index: FactIndex, own: Analysis): boolean {
  return own.terms.some((t) => t.startsWith('@')) || own.terms.filter((t) => index.idf.has(t)).length >= 2;
}

/** Kinds of name a preamble may set the ask's scope by: a platform, place, group, topic or product. */
const SCOPING_KINDS: ReadonlySet<string> = new Set(['platform', 'place', 'group', 'topic', 'product']);

/**
 * Whether the message beyond its ask names a scope the answer lacks: a year, a name the packs do not cover, a topic
 * they say they lack, or a platform, place, group or product the answered fact is not about ("I am writing about
 * WhatsApp specifically … What share of the instances did it account for?", "…what happened in 2015 … What was the
 * total?").
 */
function preambleNamesOther(index: FactIndex, whole: Analysis, own: Analysis, fact: IndexedFact): boolean {
  if (whole.uncovered.length > own.uncovered.length || whole.measures.length > own.measures.length)
    return true;
  if (whole.years.some((y) => !own.years.includes(y))) return true;
  return whole.entities.some(
    (id) =>
      SCOPING_KINDS.has(index.entityKinds.get(id) ?? '') &&
      !own.entities.includes(id) &&
      !fact.entities.has(id) &&
      !fact.places.has(id),
  );
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
  if (!ask || POINTS_BACK.test(ask)) return undefined;
  const own = analyseText(ask, index.vocab, true, { question: true });
  if (!namesOwnTopic(index, own)) return undefined;
  const alone = answer(ask);
  if (alone.status !== 'answered') return undefined;
  const first = alone.facts[0];
  const fact = first && index.byKey.get(factKey(first.packId, first.factId));
  if (!fact) return undefined;
  // The whole message must still rank the answer among its best matches, and name no other scope beside its ask.
  const whole = analyseText(text, index.vocab, true, { question: true });
  const ranked = rankFacts(index, whole).slice(0, WHOLE_MESSAGE_TOP);
  if (!ranked.some((s) => s.fact === fact) || preambleNamesOther(index, whole, own, fact)) return undefined;
  return { ...alone, question: reply.question };
}
