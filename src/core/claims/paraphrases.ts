// Words a claim may use for a fact's own, in the plain English of reporting: "introduce" for "push forward",
// "blamed" for "denounced", "intended" for "plans". Only the claims checks read them, as no new word of the claim's.

import { stem } from '../understand/analyse.js';

/** Each group: words that say the same deed or thing when a claim restates a statement. */
const GROUPS: readonly (readonly string[])[] = [
  ['introduce', 'advance', 'enact', 'push forward', 'forward', 'fast-track', 'bring'],
  ['commence', 'start', 'begin', 'initiate'],
  ['intend', 'intent', 'intention', 'aim', 'measure', 'plan'],
  ['promise', 'pledge', 'vow', 'announce', 'unveil'],
  ['blame', 'denounce', 'accuse', 'fault'],
  ['recipient', 'send', 'sent'],
  ['post', 'tweet'],
  ['liability', 'liable', 'responsible', 'accountable'],
];

const groupsOf = new Map<string, Set<string>>();
for (const group of GROUPS) {
  const stems = new Set(group.flatMap((w) => [w, stem(w)]));
  for (const s of stems) groupsOf.set(s, new Set([...(groupsOf.get(s) ?? []), ...stems]));
}

/** Whether the term restates one of `own` (stems of the fact's or the source's words) in other words. */
export function paraphrases(term: string, own: { has(term: string): boolean }): boolean {
  const group = groupsOf.get(term);
  if (!group) return false;
  for (const other of group) if (other !== term && own.has(other)) return true;
  return false;
}
