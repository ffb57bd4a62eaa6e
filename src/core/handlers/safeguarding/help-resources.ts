// The help a pack's safeguarding section gives, worded and ordered for the reader, and asks to reach a service.
import type { Audience } from '../../../pack/schema.js';
import { escapeRegExp } from '../../../text/escape-regexp.js';
import { foldText } from '../../../text/normalise.js';
import type { HelpResources } from '../../reply.js';
import type { FactIndex } from '../../retrieve/build-index.js';

/** The help resources of every pack that has them, worded and ordered for this reader. */
export function helpResources(index: FactIndex, audience: Audience): HelpResources[] {
  return index.packs.flatMap((p) => {
    const section = p.safeguarding;
    if (!section) return [];
    const byId = new Map(section.resources.map((r) => [r.id, r]));
    const resources = section[audience].resources.flatMap((id) => byId.get(id) ?? []);
    return [
      { packId: p.pack.id, audience, message: section[audience].message, notice: section.notice, resources },
    ];
  });
}

const REACH =
  /\b(?:number|phone|ring|call|contact|website|site|link|web ?address|email|hours|open|reach|get hold of|use it|talk to|speak to)\b/u;

const serviceNames = new WeakMap<FactIndex, RegExp | undefined>();

/** One pattern for the names (and ids) of every help service the packs list, built once per index. */
function serviceNamePattern(index: FactIndex): RegExp | undefined {
  if (serviceNames.has(index)) return serviceNames.get(index);
  const names = index.packs
    .flatMap((p) => p.safeguarding?.resources ?? [])
    .flatMap((r) => [r.name.replace(/\s*\(.*\)$/u, ''), r.id.replace(/-/gu, ' ')])
    .map((n) => escapeRegExp(foldText(n)))
    .filter((n) => n.length > 3);
  const pattern = names.length > 0 ? new RegExp(`\\b(?:${names.join('|')})\\b`, 'u') : undefined;
  serviceNames.set(index, pattern);
  return pattern;
}

/**
 * Asking where or how to report abuse, with no service named: "what's the number for reporting a paedophile", "who do
 * I call to report grooming", "how do I report a groomer?", "what's the number for the helpline".
 */
const HOW_TO_REPORT =
  /\b(?:number|phone|line|hotline|helpline|who|where|how|website|site|link|email)\b(?:\W+[\w']+){0,4}?\W+(?:to |for )?report(?:ing)?\b(?:\W+[\w']+){0,3}?\W+(?:grooming|groomers?|paedo\w*|pedo\w*|predators?|abuse|abusers?|a child|children|kids?|exploitation|someone|somebody|a man|an adult|(?:a |my )?concerns?|it)\b|\b(?:number|phone|contact|details)\b(?:\W+[\w']+){0,3}?\W+(?:helpline|hotline)\b/u;

const ABOUT_THE_SOURCE =
  /\b(?:in|does|did|according to) (?:the )?(?:article|report|study|research|source|piece|data|nspcc)\b/u;

/**
 * True when a (folded) message names a help service of a pack and asks how to reach it, or asks how to report abuse
 * where a pack gives help.
 */
export function asksForHelpService(index: FactIndex, folded: string): boolean {
  if (REACH.test(folded) && (serviceNamePattern(index)?.test(folded) ?? false)) return true;
  // (Not a question about what the source says: "is there anything in the article about how children can report
  // grooming?".)
  return (
    HOW_TO_REPORT.test(folded) &&
    !ABOUT_THE_SOURCE.test(folded) &&
    index.packs.some((p) => (p.safeguarding?.resources.length ?? 0) > 0)
  );
}
