// "The lockdown months had 1,220 cases; what's the three-year total to compare that with?": a figure the message
// states as what it already knows, before a question that asks for another. The named figure draws the match to its
// own fact (or turns the asked fact away for not stating it); the question itself asks for something else.
import { answerComparison } from '../handlers/comparison/answer-comparison.js';
import { sideBySide } from '../handlers/comparison/compare.js';
import type { Reply } from '../reply.js';
import { type FactIndex, factKey } from '../retrieve/build-index.js';
import { namedNumbers, rankFacts } from '../retrieve/candidates.js';
import { analyseText } from '../understand/analyse.js';
import { namesOwnTopic } from './ask-alone.js';

/** Clauses of a message: split after . ; : ! ? and at a dash between spaces. */
function clausesOf(text: string): string[] {
  return text
    .split(/(?<=[.;:!?])\s+|\s+[—–-]+\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A clause that asks: it ends in a question mark. */
const ASKS = /\?["”'’)]*$/u;

/**
 * A question that points back to what it was told: about the figure ("is that right?", "what period is that for?",
 * "how was it counted?") or a part of it ("Of those, how many were cyclists?", "How many of them were pedestrians?",
 * "What share of them used Facebook-owned apps?"). Only setting it against another figure points back to it as the
 * other side ("what's the three-year total to compare that with?").
 */
const POINTS_BACK =
  /\b(?:it|its|they|them|their|that|this|these|those|he|she|his|her)\b|^(?:and|so|but|what about|how about)\b/iu;
/** Setting what was told against what is asked: "to compare that with", "to set it against", "versus". */
const SETS_AGAINST =
  /\b(?:compare[ds]?|comparing|comparison|against|versus|vs\.?|next to|alongside|relative to|side by side)\b/iu;
/** Asking a share, which is a share of something: of what was told, unless set against it ("What share involved Snapchat?"). */
const ASKS_SHARE = /\b(?:share|percent(?:age)?|per ?cent|proportion|fraction|%|how (?:many|much) of)\b/iu;

/**
 * What a message tells before its question must read as a statement: no question word in it, nor a question's opening
 * ("Where were the 1,220 cases recorded — England and Wales, or the whole UK?", "51% of what — all offences or…?").
 */
const NOT_TOLD =
  /\b(?:what|what's|whats|which|who|whom|whose|where|why|how)\b|^(?:is|was|are|were|does|did|do|has|had|can|could|would|will)\b/iu;

/** The question of a message that states something before its one question, or undefined. */
function questionAfterTold(text: string): string | undefined {
  const clauses = clausesOf(text);
  if (clauses.length < 2) return undefined;
  const last = clauses.length - 1;
  const ask = clauses[last] ?? '';
  const before = clauses.slice(0, last);
  if (!ASKS.test(ask) || before.some((c) => ASKS.test(c) || NOT_TOLD.test(c))) return undefined;
  return ask;
}

/**
 * The answer to a message's question when the figure it names stands only in what the message says before it, and
 * the question alone is answered by another fact of the same pack (that the whole message still ranks among its best
 * matches once its figures are set aside); `answer` reads a text under the whole message's safety reading.
 */
export function answerPastToldFigure(
  index: FactIndex,
  text: string,
  reply: Reply,
  answer: (ask: string) => Reply,
): Reply | undefined {
  if (reply.status === 'ambiguous' || (reply.status === 'answered' && reply.kind !== 'fact'))
    return undefined;
  const ask = questionAfterTold(text);
  if (!ask) return undefined;
  // Only a question set against what was told, or one that stands on its own: never one that may narrow it ("There
  // were 19 deaths. How many pedestrians?" asks the pedestrians among the dead, which the pedestrian casualties are not).
  const setAgainst = SETS_AGAINST.test(ask);
  if (!setAgainst && (POINTS_BACK.test(ask) || ASKS_SHARE.test(ask))) return undefined;
  const whole = analyseText(text, index.vocab, true, { question: true });
  const named = namedNumbers(index, whole).matched;
  if (named.length === 0) return undefined;
  const own = analyseText(ask, index.vocab, true, { question: true });
  if (namedNumbers(index, own).matched.length > 0 || !namesOwnTopic(index, own)) return undefined;
  const told = new Set(named.flatMap((v) => index.figureOwners.get(v) ?? []));
  const first = reply.status === 'answered' ? reply.facts[0] : undefined;
  const answeredFact = first && index.byKey.get(factKey(first.packId, first.factId));
  // Only where the named figure decided it: answered with its fact, or turned away for it.
  if (answeredFact ? !told.has(answeredFact) : reply.status !== 'abstained') return undefined;
  const alone = answer(ask);
  if (alone.status !== 'answered' || alone.kind !== 'fact') return undefined;
  const [view] = alone.facts;
  const fact = index.byKey.get(factKey(view.packId, view.factId));
  const toldFact = fact && [...told].find((t) => t.pack === fact.pack);
  if (!fact || told.has(fact) || !toldFact) return undefined;
  // A figure for the same time as the one told may be a part of it; only a figure for another time, a statement with
  // no figure, or one set against the told figure is no narrowing of it.
  const samePeriod = [...told].some((t) =>
    t.spans.some((a) => fact.spans.some((b) => a.from === b.from && a.to === b.to)),
  );
  if (!setAgainst && samePeriod && fact.fact.figures.length > 0) return undefined;
  const ranked = rankFacts(index, { ...whole, numbers: [] }).slice(0, 3);
  if (!ranked.some((s) => s.fact === fact)) return undefined;
  // "…what's the three-year total to set that against?": the figure told and the one asked for, side by side.
  if (setAgainst)
    return answerComparison(
      index,
      reply.question,
      sideBySide('The figure you gave and the one you asked for', [toldFact, fact], alone.confidence),
    );
  return { ...alone, question: reply.question };
}
