// Recognises requests that seek to reach, persuade or harm children, or to evade detection.
// These are declined with no detail and never echoed back.

const CHILD = String.raw`(?:child(?:ren)?|kids?|minors?|teens?|teenagers?|girls?|boys?|youngsters?|young (?:people|ones)|underage|under-?age|schoolgirls?|schoolboys?|pupils?|tweens?|preteens?|\d{1,2} ?(?:yo|y\/o|year[- ]olds?)|little ones?)`;
const SEEK = String.raw`(?:how (?:do|can|could|would|should|might|to) (?:i|we|u|you|one|someone|a person|an adult|people)?|how to|(?:best|easiest|fastest|safest|quickest) (?:way|ways|app|apps|site|sites|platform|platforms|place|places|method|methods|trick|tricks)|ways? to|tips?(?: for| on| to)?|teach me|help me|show me|where (?:can|do|could|should) (?:i|we|u|you|one)|i (?:want|need|would like|wanna|plan|am going) to|guide (?:to|for)|step by step|what (?:app|apps|site|sites|platform|platforms) (?:should|can|could) (?:i|we|u))`;
const APPROACH = String.raw`(?:groom|contact|meet(?: up with)?|message|dm|pm|talk to|chat (?:with|to|up)|befriend|make friends with|approach|lure|find|get (?:close to|alone with)|be alone with|seduce|manipulate|persuade|convince|coerce|trick|text|add|follow|sext|film|photograph|touch|abuse|exploit|blackmail|sextort|get (?:pics|photos|pictures|nudes|images) (?:of|from)|pose as|pretend to be)`;
const EVADE_ALONE = String.raw`(?:not get caught|never get caught|without (?:getting|being) (?:caught|detected|reported|noticed|traced|tracked)|undetected|untraceable|delete (?:the |all )?evidence|cover (?:my|our|your) tracks)`;
const EVADE = String.raw`(?:avoid|evade|escape|hide from|get around|bypass|dodge|beat|fool|stay hidden from|stay anonymous)`;
const WATCHERS = String.raw`(?:police|cops|detection|caught|moderators?|moderation|filters?|report(?:ed|ing)?|parents?|law|authorities|ceop|facebook|the app|safeguards?|encryption)`;
const SEXUAL = String.raw`(?:nudes?|naked|sexy|explicit|sexual|sex|intimate|underwear)`;

const PATTERNS: readonly RegExp[] = [
  // "how do I contact kids", "best app to meet young girls", "tips to befriend a 12 year old"
  new RegExp(String.raw`\b${SEEK}\b.{0,40}\b${APPROACH}\b(?:\W+\w+){0,4}?\W+${CHILD}\b`, 'u'),
  // "how to groom", "best way to groom someone" (groom as a verb, not "report grooming")
  new RegExp(String.raw`\b${SEEK}\s+groom\b`, 'u'),
  new RegExp(
    String.raw`\b${SEEK}\b.{0,20}\bgroom(?:ing)?\s+(?:a|an|the|some|any|kids?|child(?:ren)?|girls?|boys?|minors?|teens?|someone|them|her|him|young)\b`,
    'u',
  ),
  // "get a child to send nudes", "make a kid send pics"
  new RegExp(
    String.raw`\b(?:get|make|persuade|convince|ask|trick)\b(?:\W+\w+){0,3}?\W+${CHILD}\b.{0,30}\b(?:send|share|show|take)\b`,
    'u',
  ),
  // "how can I avoid the police", "tips to not get caught"
  new RegExp(String.raw`\b${SEEK}\b.{0,40}\b${EVADE}\b.{0,30}\b${WATCHERS}\b`, 'u'),
  new RegExp(String.raw`\b${SEEK}\b.{0,40}\b${EVADE_ALONE}\b`, 'u'),
  // Sexual content involving children, asked for.
  new RegExp(String.raw`\b${SEEK}\b.{0,60}\b${SEXUAL}\b.{0,40}\b${CHILD}\b`, 'u'),
  new RegExp(String.raw`\b${SEEK}\b.{0,60}\b${CHILD}\b.{0,40}\b${SEXUAL}\b`, 'u'),
  // "which app is best for grooming", "which platform is easiest to find kids"
  /\b(?:which|what)\b.{0,30}\b(?:best|easiest|safest|good|better|easier)\b.{0,20}\b(?:for grooming|to groom|to meet|to find|to contact|to talk to|for meeting|for finding|for contacting)\b/u,
];

/** True when folded (lower-case) text asks for help to reach or harm a child, or to evade detection. */
export function isHarmfulRequest(folded: string): boolean {
  const compact = folded.replace(/[^\p{L}\p{N}\s'/-]+/gu, ' ').replace(/\s+/gu, ' ');
  return PATTERNS.some((p) => p.test(compact));
}
