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

/** What follows "before" in a fact's words, and "after" in a question: the event a figure is counted before. */
const BEFORE_WHAT = /\bbefore ((?:[\p{L}'’]+ ){0,2}[\p{L}'’]+)/gu;
const AFTER_WHAT = /\b(?:after|once) ((?:[\p{L}'’]+ ){0,3}[\p{L}'’]+)/gu;
/** Asking whether it was before or after: "before", or "or (only) after/once". */
const WHICH_OF_THE_TWO = /\bbefore\b|\bprior to\b|\bor (?:only |just |else )?(?:after|once)\b/u;
/** Words too small to name the event ("it's", "they", "the"). */
const SMALL =
  /^(?:it['’]?s?|is|was|has|been|being|they|them|their|the|a|an|to|us|we|someone|somebody|anyone|users?|people|by|only|first)$/u;

/** The content words after a marker, cut to their first five letters ("reported" and "report" agree). */
function wordsAfter(text: string, marker: RegExp): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(marker))
    for (const w of (m[1] ?? '').split(' ')) if (w.length >= 4 && !SMALL.test(w)) words.add(w.slice(0, 5));
  return words;
}

/**
 * Asking for what happens after an event a figure counts before ("what share does Facebook find after it's reported?"
 * of "over 97 percent … found and taken down before it's reported"): the source gives those before it, not the rest.
 */
function afterAskedOfBefore(fact: IndexedFact, folded: string): boolean {
  // ("before or after lockdown?", "every year before covid, or only once lockdown began?" ask which it was.)
  // (The question's words first: most ask nothing after anything, and the fact's need not be read.)
  if (WHICH_OF_THE_TWO.test(folded)) return false;
  const after = wordsAfter(folded, AFTER_WHAT);
  if (after.size === 0) return false;
  const before = wordsAfter(`${fact.fact.quote} ${fact.fact.statement}`.toLowerCase(), BEFORE_WHAT);
  return [...after].some((w) => before.has(w));
}

export function complementAsked(fact: IndexedFact, folded: string): ScopeDecline | undefined {
  if (fact.fact.figures.length === 0) return undefined;
  if (afterAskedOfBefore(fact, folded))
    return {
      code: 'not_covered',
      kind: 'scope',
      value: 'what comes after it',
      covered: [`only what comes before it: ${fact.fact.statement}`],
    };
  if (!ASKS_COMPLEMENT.test(folded)) return undefined;
  if (NEGATIVE_QUOTE.test(`${fact.fact.quote} ${fact.fact.statement}`)) return undefined;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: 'those that did not',
    covered: [`only those it counts: ${fact.fact.statement}`],
  };
}
