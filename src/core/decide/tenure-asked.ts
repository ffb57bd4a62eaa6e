// How long someone has held a post, since when, or when they took it up ("How long has Peter Wanless been NSPCC chief
// exec?", "when did he become chief executive?"): a quote naming the post says who holds it, not for how long. Declined unless the fact's quote gives a time in the post.
import type { DeclineReason } from '../reply.js';
import type { IndexedFact } from '../retrieve/build-index.js';

type ScopeDecline = Extract<DeclineReason, { code: 'not_covered' }>;

/** "How long has X been (the) chief executive / in charge / in the job", "since when has X been its head". */
const TENURE_ASKED =
  /\b(?:how long|since when|how many years) (?:has|have|had|was|were|did) (?:[\w'.-]+ ){1,5}?(?:been (?:the |an? |its |their )?(?:[\w'-]+ ){0,3}?(?:chief|ceo|boss|head|chair(?:man|woman|person)?|director|president|secretary|minister|councillor|leader|spokes(?:man|woman|person)|executive|in charge|in (?:the|his|her|their) (?:job|post|role))|served|held (?:the|that|this|his|her|their) (?:job|post|role)|headed)\b|\bwhen (?:did|was|were) (?:[\w'.-]+ ){1,4}?(?:become|take over|took over|(?:appointed|named|made|hired)(?: as)?)\b/u;

/** A time in a post, as a quote would give it: "since 2013", "for ten years", "took over in 2013". */
const TIME_IN_POST =
  /\b(?:since (?:19|20)\d\d|for (?:\d+|[a-z]+) years|(?:took over|appointed|joined) in (?:19|20)\d\d)\b/iu;

/** A decline when the (folded) question asks how long someone has held a post and the fact does not say. */
export function tenureAsked(fact: IndexedFact, folded: string): ScopeDecline | undefined {
  if (!TENURE_ASKED.test(folded) || TIME_IN_POST.test(fact.fact.quote)) return undefined;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: /^\W*when\b|\bwhen (?:did|was|were)\b/u.test(folded)
      ? 'when they took up the post'
      : 'how long they have held the post',
    covered: [fact.fact.statement],
  };
}
