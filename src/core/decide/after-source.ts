// What happened after the source ("Did Facebook actually go ahead and encrypt its messengers after the NSPCC
// objected?", "Is it right that Facebook dropped its encryption plan?", "what happened next with the plans?"): the
// source reports plans and calls, not how they turned out. Answering with the plan reads as though it settled the
// outcome; the reply is a decline that says the source stops before it.
import type { Reply } from '../reply.js';
import { decline } from '../respond/decline.js';
import { type FactIndex, factsCited } from '../retrieve/build-index.js';

const OUTCOME_AFTER =
  /\b(?:go|goes|gone|went|going) ahead (?:and|with)\b|\b(?:drop|drops|dropped|abandon(?:s|ed)?|scrap(?:s|ped)?|shelve[ds]?|u-?turn(?:s|ed)? on|back(?:s|ed)? down on|g[ai]ve up on|pause[ds]?) (?:its |the |their |his )?(?:\w+ ){0,2}(?:plans?|proposals?|policy)\b|\bwhat happened (?:next|after(?:wards)?|in the end)\b|\b(?:did|has|have) (?:\w+ ){1,3}(?:actually|ever|eventually|finally) (?:go|do|happen|encrypt|follow through)\b/u;

/** The decline when a question asks how something the source reports turned out; undefined otherwise. */
export function declineAfterSource(
  index: FactIndex,
  question: string,
  folded: string,
  reply: Reply,
): Reply | undefined {
  if (reply.status !== 'answered' || !OUTCOME_AFTER.test(folded)) return undefined;
  if (reply.kind === 'fact' && reply.verdict?.verdict === 'contradicted') return undefined;
  const facts = factsCited(index, reply.kind === 'fact' || reply.kind === 'comparison' ? reply.facts : []);
  const [first] = facts;
  if (!first) return undefined;
  return decline(
    index,
    question,
    {
      code: 'not_covered',
      kind: 'scope',
      value: 'what happened after it',
      covered: [`only this: ${first.fact.statement}`],
    },
    reply.confidence,
    facts,
  );
}
