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

/** What is reported: abuse, grooming, someone who may harm a child. */
const ABUSE_REPORTED = String.raw`(?:\W+[\w']+){0,3}?\W+(?:grooming|groomers?|paedo\w*|pedo\w*|predators?|abuse|abusers?|a child|children|kids?|exploitation|someone|somebody|a man|an adult|an older \w+|(?:a |my |our )?concerns?)\b`;

/**
 * Asking where or how to report abuse, with no service named: "what's the number for reporting a paedophile", "who do
 * I call to report grooming", "how do I report a groomer?", "what's the number for the helpline".
 */
const HOW_TO_REPORT = new RegExp(
  [
    // "how do I report grooming", "who should we report it to", "where can parents report a groomer"
    String.raw`\b(?:how|where|who) (?:do|can|should|could|would|will|might) (?:i|we|one|parents?|a parent|carers?|teachers?|my (?:\w+ )?(?:son|daughter|child|kid|pupil|student)s?)\b(?:\W+[\w']+){0,2}?\W+(?:go (?:and |to )?)?report\b${ABUSE_REPORTED}`,
    // "who do I call about grooming", "who can we contact about an adult messaging our son"
    String.raw`\bwho (?:do|can|should|could) (?:i|we) (?:call|ring|phone|contact|tell|go to)\b${ABUSE_REPORTED}`,
    // "how to report abuse", "where to report a groomer"
    String.raw`\b(?:how|where) to report\b${ABUSE_REPORTED}`,
    // "what's the number for reporting grooming", "is there a website to report it"
    String.raw`\b(?:what'?s|whats|what is|give me|i need|need|got|is there|any) (?:the |a |an |any )?(?:phone |contact |emergency )?(?:number|hotline|helpline|website|site|link|email(?: address)?)\b(?:\W+[\w']+){0,2}?\W+(?:for|to) report(?:ing)?\b(?![^?.!]*\b(?:shows?|means?|measures?|counts?|says?)\b)`,
    // "what's the number for the helpline"
    String.raw`\b(?:number|phone|contact|details)\b(?:\W+[\w']+){0,3}?\W+(?:helpline|hotline)\b`,
  ].join('|'),
  'u',
);

const ABOUT_THE_SOURCE =
  /\b(?:in|does|did|according to) (?:the )?(?:article|report|study|research|source|piece|data|nspcc)\b/u;

/** True when a (folded) message names a help service of a pack and asks how to reach it. */
export function asksForHelpService(index: FactIndex, folded: string): boolean {
  return REACH.test(folded) && (serviceNamePattern(index)?.test(folded) ?? false);
}

/**
 * True when a (folded) message asks where or how to report abuse, where a pack gives help. The caller asks only of a
 * message the safety reading finds no harm in ("who do kids report grooming to so i can make sure mine cant" is
 * refused). (Not a question about what the source says: "is there anything in the article about how children can
 * report grooming?".)
 */
export function asksHowToReport(index: FactIndex, folded: string): boolean {
  return (
    HOW_TO_REPORT.test(folded) &&
    !ABOUT_THE_SOURCE.test(folded) &&
    index.packs.some((p) => (p.safeguarding?.resources.length ?? 0) > 0)
  );
}
