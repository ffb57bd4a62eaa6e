// Asking for those that did not do what a figure counts ("how many organisations refused to sign?", "what share of
// cases did not involve Facebook's apps?"): the source counts those that did, and gives nothing for the rest.
import type { DeclineReason } from '../reply.js';
import type { IndexedFact } from '../retrieve/build-index.js';

type ScopeDecline = Extract<DeclineReason, { code: 'not_covered' }>;

/**
 * A count, share or list asked of those that did not, refused or failed to, or were missed ("what percentage of
 * content does Facebook miss?"): in the same sentence, and not the writer's own "I didn't have the article to hand"
 * (nor "miss" as a form of address: "what percentage was snapchat, miss?").
 */
const ASKS_COMPLEMENT =
  /\b(?:how many|how much|what (?:share|percentage|percent|proportion|fraction|number)|which|who)\b[^.?!;]*?(?<!\b(?:i|we|you) )\b(?:did not|didn'?t|do not|don'?t|does not|doesn'?t|have not|haven'?t|has not|hasn'?t|never|refused to|refuse to|declined to|decline to|failed to|fail to|chose not to|opted not to|were not|weren'?t|was not|wasn'?t|are not|aren'?t|is not|isn'?t|(?:does|did|do|will|would|might|may|could|can) (?:\w+ ){0,3}miss|misses|missed|not (?:detect|find|catch|spot|flag|remove)\w*|overlooks?|overlooked|slips? through|slipped through|go(?:es)? undetected|went undetected)\b/u;
/** A fact whose own words count what is not done ("no longer being identified", "not hackers"). */
const NEGATIVE_QUOTE = /\b(?:not|no|never|without|none|nobody)\b|n't\b/iu;

export function complementAsked(fact: IndexedFact, folded: string): ScopeDecline | undefined {
  if (fact.fact.figures.length === 0 || !ASKS_COMPLEMENT.test(folded)) return undefined;
  if (NEGATIVE_QUOTE.test(`${fact.fact.quote} ${fact.fact.statement}`)) return undefined;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: 'those that did not',
    covered: [`only those it counts: ${fact.fact.statement}`],
  };
}
