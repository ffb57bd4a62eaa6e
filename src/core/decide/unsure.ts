// An answer the calibration gives less than an even chance of being right is no answer: the user is asked to choose
// between it and the next best matches of its pack (a close call), each a question they can ask in one click.
import type { Reply } from '../reply.js';
import { toSuggestion } from '../respond/views.js';
import { type FactIndex, factKey } from '../retrieve/build-index.js';
import { rankFacts } from '../retrieve/candidates.js';
import { analyseText } from '../understand/analyse.js';

/**
 * Below this chance of being right, an answer is more likely wrong than right. On the read question sets (each pack
 * alone) answers below it were right 27 times in 62; of the 27 wrong ones that asked for a fact the source gives, every
 * one had that fact among the two next best matches offered beside it.
 */
export const CHOOSE_BELOW = 0.5;

/** How many facts the choice offers, the unsure answer first. */
const CHOICES = 3;

type FactReply = Reply & { status: 'answered'; kind: 'fact' };

/**
 * The choice that replaces an unsure single-fact answer, given the text the pipeline read and the answer's chance;
 * undefined when the answer stands: sure enough, a comparison, a follow-up read with the turn before, an answer that
 * carries help, or one with no other match of its pack to offer.
 */
export function choiceForUnsure(
  text: string,
  index: FactIndex,
  reply: Reply,
  chance: number,
): Reply | undefined {
  if (chance >= CHOOSE_BELOW || reply.status !== 'answered' || reply.kind !== 'fact') return undefined;
  if (reply.readAs !== undefined || reply.help !== undefined) return undefined;
  const answered = index.byKey.get(factKey(reply.facts[0].packId, reply.facts[0].factId));
  if (!answered) return undefined;
  const others = rankFacts(index, analyseText(text, index.vocab, true, { question: true }))
    .map((s) => s.fact)
    .filter((f) => f !== answered && f.pack === answered.pack)
    .slice(0, CHOICES - 1);
  if (others.length === 0) return undefined;
  return asChoice(reply, chance, [answered, ...others].map(toSuggestion));
}

function asChoice(reply: FactReply, chance: number, suggestions: Reply['suggestions']): Reply {
  return {
    status: 'ambiguous',
    unsure: true,
    question: reply.question,
    confidence: chance,
    suggestions,
    packs: reply.packs,
    citations: [],
    ...(reply.explain ? { explain: reply.explain } : {}),
  };
}
