// Whether one rise was bigger than another ("Is the 10% lockdown rise bigger than the increase in the year before?",
// "the increase in lockdown, is it bigger than the increase of the years before?"): a fact that says only that
// something rose, by no amount, cannot settle it. Answering the sized rise alone, or both side by side, reads as
// though they did; the reply is a decline that says which rise the source gives no size for.

import type { Reply } from '../reply.js';
import { decline } from '../respond/decline.js';
import { type FactIndex, factsCited, type IndexedFact } from '../retrieve/build-index.js';
import { readAnswerType } from '../understand/answer-type.js';
import { fitsAnswerType } from './answer-type-fit.js';

/** Another rise the question sets the answer against: "the increase in the year before", "previous years' rises". */
const EARLIER_RISE =
  /\bthan (?:the |a |an |its |their )?(?:(?:usual|normal|typical|average|yearly|annual|previous|prior|earlier|past) )*(?:rises?|increases?|growth|jumps?)\b|\bthan (?:in |during |over )?(?:the )?(?:(?:previous|prior|earlier|past|preceding) years?|(?:the )?years? before|before (?:the )?(?:lockdown|pandemic|covid))\b/u;

/** A fact that says a measure rose or fell over the years, by no amount given. */
const TREND =
  /\b(?:increased|rose|grew|fell|decreased|declined|dropped)\b[^.]*\b(?:every|each) year\b|\bannual(?:ly)?\b/iu;

/** The decline when a rise is set against another whose size the source does not give; undefined otherwise. */
export function declineUnsizedChange(
  index: FactIndex,
  question: string,
  folded: string,
  reply: Reply,
): Reply | undefined {
  if (reply.status !== 'answered' || (reply.kind !== 'fact' && reply.kind !== 'comparison')) return undefined;
  if (readAnswerType(folded) !== 'change' || !EARLIER_RISE.test(folded)) return undefined;
  const facts = factsCited(index, reply.facts);
  const sized = (f: IndexedFact) => fitsAnswerType(index, f, 'change', []);
  const pack = facts[0]?.pack;
  const unsized =
    facts.find((f) => !sized(f)) ??
    (facts.every(sized)
      ? index.facts.find(
          (f) => f.pack === pack && !facts.includes(f) && !sized(f) && TREND.test(f.fact.statement),
        )
      : undefined);
  if (!unsized) return undefined;
  return decline(
    index,
    question,
    {
      code: 'not_covered',
      kind: 'scope',
      value: 'the size of that change',
      covered: [`only this: ${unsized.fact.statement}`],
    },
    reply.confidence,
    [...facts, unsized].filter((f, i, all) => all.indexOf(f) === i),
  );
}
