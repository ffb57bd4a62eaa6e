// Words a claim may use for a fact's own, in the plain English of reporting: "introduce" for "push forward",
// "blamed" for "denounced", "intended" for "plans". Only the claims checks read them, and only against the fact's own
// words (never the whole source's: "the NSPCC blamed Boris Johnson" is not the experts' denouncing).

import { stem } from '../understand/analyse.js';

interface Group {
  words: readonly string[];
  /**
   * Said only where the claim reads so: "introduce" only of what someone is urged to do ("urged the PM to introduce
   * legislation": "Boris Johnson introduced laws", "Boris Johnson plans to introduce…" are deeds the source never
   * reports), "commence" only of an announced intention, "posted" only of when or by whom ("was posted by IANSLIFE",
   * not "Facebook posted the open letter").
   */
  when?: RegExp;
}

const GROUPS: readonly Group[] = [
  {
    words: ['introduce', 'advance', 'push forward', 'forward', 'fast-track', 'bring in'],
    when: /\b(?:urg\w*|call\w*(?: on| for)?|ask\w*|press\w*|push\w*|want\w*|demand\w*|lobb\w*|told|tell\w*)\b[^.]{0,80}?\bto\s+(?:introduce|advance|fast-track|bring in|push forward)/u,
  },
  {
    words: ['commence', 'start', 'begin', 'initiate'],
    when: /\b(?:intention|plans?|planning|announc\w*)\s+(?:\S+\s+){0,2}?to\s+(?:commence|start|begin|initiate)/u,
  },
  { words: ['intend', 'intent', 'intention', 'aim', 'measure', 'plan'] },
  { words: ['announce', 'unveil'] },
  { words: ['blame', 'denounce', 'accuse'] },
  { words: ['recipient', 'send', 'sent'] },
  { words: ['post', 'tweet'], when: /\bposted\s+(?:by|on|in)\b|\b(?:a|the|his|her|its|this|that)\s+post\b/u },
  { words: ['liability', 'liable', 'responsible', 'accountable'] },
];

const groupsOf = new Map<string, Array<{ stems: Set<string>; group: Group }>>();
for (const group of GROUPS) {
  const stems = new Set(group.words.flatMap((w) => [w, stem(w)]));
  for (const s of stems) groupsOf.set(s, [...(groupsOf.get(s) ?? []), { stems, group }]);
}

/**
 * Whether the claim's term restates one of the fact's own (stems of its words) in other words. `lower` is the claim,
 * which must read as the group's `when` says.
 */
export function paraphrases(term: string, own: { has(term: string): boolean }, lower = ''): boolean {
  for (const { stems, group } of groupsOf.get(term) ?? []) {
    if (group.when && !group.when.test(lower)) continue;
    for (const other of stems) if (other !== term && own.has(other)) return true;
  }
  return false;
}
