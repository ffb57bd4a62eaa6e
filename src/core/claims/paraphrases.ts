// Words a claim may use for a fact's own, in the plain English of reporting: "introduce" for "push forward",
// "blamed" for "denounced", "intended" for "plans". Only the claims checks read them, and only against the fact's own
// words (never the whole source's: "the NSPCC blamed Boris Johnson" is not the experts' denouncing).

import { escapeRegExp } from '../../text/escape-regexp.js';
import { stem } from '../understand/analyse.js';

interface Group {
  words: readonly string[];
  /**
   * Said only of what someone urges or plans ("to introduce legislation", "the intention to commence encryption"):
   * "Boris Johnson introduced laws" and "Facebook has commenced encrypting" are deeds the source never reports.
   */
  aimedAt?: true;
}

const GROUPS: readonly Group[] = [
  { words: ['introduce', 'advance', 'push forward', 'forward', 'fast-track', 'bring in'], aimedAt: true },
  { words: ['commence', 'start', 'begin', 'initiate'], aimedAt: true },
  { words: ['intend', 'intent', 'intention', 'aim', 'measure', 'plan'] },
  { words: ['announce', 'unveil'] },
  { words: ['blame', 'denounce', 'accuse'] },
  { words: ['recipient', 'send', 'sent'] },
  { words: ['post', 'tweet'] },
  { words: ['liability', 'liable', 'responsible', 'accountable'] },
];

const groupsOf = new Map<string, Array<{ stems: Set<string>; group: Group }>>();
for (const group of GROUPS) {
  const stems = new Set(group.words.flatMap((w) => [w, stem(w)]));
  for (const s of stems) groupsOf.set(s, [...(groupsOf.get(s) ?? []), { stems, group }]);
}

/**
 * Whether the claim's term restates one of the fact's own (stems of its words) in other words. `lower` is the claim,
 * which must aim at the deed ("to introduce…") for a group said only of aims.
 */
export function paraphrases(term: string, own: { has(term: string): boolean }, lower = ''): boolean {
  for (const { stems, group } of groupsOf.get(term) ?? []) {
    if (group.aimedAt && !aimedAt(group, lower)) continue;
    for (const other of stems) if (other !== term && own.has(other)) return true;
  }
  return false;
}

/** "to introduce", "to bring in", "the intention to commence": a word of the group after "to". */
function aimedAt(group: Group, lower: string): boolean {
  const words = group.words.map((w) => escapeRegExp(w).replace(/e$/u, 'e?'));
  return new RegExp(String.raw`\bto\s+(?:${words.join('|')})\w*\b`, 'u').test(lower);
}
