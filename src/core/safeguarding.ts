// Recognises messages that signal a child may be at risk, or ask how to report grooming or abuse.
// These get where to find help, not a statistic.

const CHILD = String.raw`(?:\d{1,2} ?(?:yo|year[- ]old)|child(?:ren)?|kids?|daughters?|sons?|girl|boy|teen(?:ager)?s?|niece|nephew|grand(?:daughter|son|child)|students?|pupils?|sister|brother|friend|step-?(?:daughter|son)|little one|baby|toddler)`;
const HARM = String.raw`(?:groom(?:ing|ed|s)?|abus(?:e|ed|ing)|predator|paedo(?:phile)?|pedo(?:phile)?|stalk(?:ing|ed)?|exploit(?:ed|ing)?|sextort(?:ed|ing|ion)?|blackmail(?:ed|ing)?|touch(?:ed|ing)|harass(?:ed|ing)?|nudes?|naked|explicit|inappropriate|creepy|weird messages|asking (?:for|her for|him for|me for) (?:pics|pictures|photos|nudes)|messag(?:e|es|ing) (?:her|him|them|me)|talking to (?:her|him|them|me)|send(?:ing)? (?:pics|pictures|photos))`;

const PATTERNS: readonly RegExp[] = [
  // "I think someone is grooming my daughter", "worried my son is being groomed"
  new RegExp(
    String.raw`\b(?:i think|i'm worried|im worried|i am worried|worried|concerned|scared|afraid|i suspect|suspect|i fear|i believe)\b.{0,60}\b${HARM}`,
    'u',
  ),
  new RegExp(
    String.raw`\b(?:my|our|a|his|her|their)\s+${CHILD}\b.{0,40}\b(?:is|was|are|were|being|been|keeps|has been|might be|may be)\b.{0,30}\b${HARM}`,
    'u',
  ),
  new RegExp(String.raw`\b${HARM}\b.{0,30}\b(?:my|our)\s+${CHILD}\b`, 'u'),
  // "a man keeps messaging my 12 year old"
  new RegExp(
    String.raw`\b(?:someone|somebody|a man|a woman|a guy|an adult|a stranger|a teacher|a coach|an older \w+|this \w+)\b.{0,40}\b(?:messag|talk|send|ask|contact|follow|groom|chat)\w*\b.{0,20}\b(?:my|our)\s+${CHILD}`,
    'u',
  ),
  // A child speaking: "someone online is asking me for pictures", "i'm being groomed"
  /\b(?:i'm|im|i am)\s+being\s+(?:groomed|abused|blackmailed|sextorted|threatened|stalked)\b/u,
  /\b(?:someone|a man|a guy|an adult|a stranger|he|she)\b.{0,40}\b(?:asking|asked|wants|told|pressuring|forcing|making)\s+me\b.{0,30}\b(?:pics|pictures|photos|nudes|meet|secret|video)/u,
  // "how do I report a predator", "where can I report grooming", "who do I tell about abuse"
  /\b(?:how|where|who)\b.{0,25}\b(?:report|tell|contact|call|get help)\b.{0,40}\b(?:groom|abus|predator|paedo|pedo|exploit|concern|worry|worried|someone|a child|child|online safety|ceop)/u,
  /\b(?:report(?:ing)?|get help|help)\b.{0,20}\b(?:a|an|the|this)?\s*(?:predator|paedophile|pedophile|groomer|abuser)\b/u,
  /\b(?:help line|helpline|hotline|who can help|where can i get help|need help)\b/u,
];

/** Statistics questions that mention these words ("how many grooming offences were reported?") are not matches. */
const STATISTICS =
  /\b(?:how many|how much|what percentage|what proportion|what share|number of|how often|rate of|statistics?|figures?|percent|%)\b/u;

/** True when folded (lower-case) text signals a child at risk or asks how to report or get help. */
export function isSafeguardingConcern(folded: string): boolean {
  const compact = folded.replace(/[^\p{L}\p{N}\s'%-]+/gu, ' ').replace(/\s+/gu, ' ');
  if (STATISTICS.test(compact) && !/\b(?:my|our|i'm|im|i am|me)\b/u.test(compact)) return false;
  return PATTERNS.some((p) => p.test(compact));
}
