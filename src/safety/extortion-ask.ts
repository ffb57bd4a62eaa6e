// Asking how to extort someone with pictures, or to press them for more: "how do I threaten a teen so they'll pay me",
// "whats the best way to pressure someone into sending more nudes", "how much money should i ask for if i have pics
// of a teenager", "help me word a message threatening to share a photo unless he sends another one". The writer is
// the one who presses; a victim telling what is done to them ("he's threatening to share my pics unless I pay") is a
// concern, read elsewhere, and is never matched here.

/** The writer asking for a way: "how do I", "what's the best way to", "help me word", "a good script to". */
const ASKS_A_WAY = `(?:how (?:do|can|could|should|would|might) (?:i|we|u|you|one)|how to|(?:best|good|easiest|quickest|fastest|right|effective) (?:way|ways|script|scripts|message|messages|words?|line|lines|approach|tactics?|strategy|method)|(?:script|scripts|message|wording|template|words) (?:to|that|for)|help me (?:word|write|draft|phrase|put together)|(?:word|write|draft|phrase) (?:me )?(?:a|the) (?:message|text|dm))`;

/** Pressing: threatening, scaring, blackmailing, pushing. */
const PRESS = String.raw`(?:threaten\w*|pressur\w*|scar(?:e|ing)|blackmail\w*|coerc\w*|forc(?:e|ing)|push(?:ing)?|keep pushing|guilt[- ]?trip\w*|intimidat\w*|bully\w*|sextort\w*)`;

/** What is pressed for: pictures, money, more of either. */
const PRESSED_FOR = String.raw`(?:send|sending|sends|pay|paying|pays|share|sharing|hand over)\b(?:\W+[\w']+){0,3}?\W+(?:pics?|pictures?|photos?|nudes?|images?|videos?|vids?|selfies?|money|cash|more|another|me)|pay(?:s|ing)?\b|money\b|cash\b`;

/** A child or a young person, by word or by age ("she's 15", "a 14 yo"). */
const YOUNG = String.raw`(?:teens?|teenagers?|kids?|child(?:ren)?|minors?|schoolgirls?|schoolboys?|(?:boy|girl)s? (?:aged|of) 1[0-7]|(?:she|he|they)(?:'s|s| is| are|'re) (?:only |just )?(?:1[0-7]|[5-9])\b|\b(?:1[0-7]|[5-9]) ?(?:yo|y/o|year[- ]?olds?|yrs?))`;

const PATTERNS = [
  // "how do I threaten a teen so they'll pay me", "best way to pressure someone into sending more nudes"
  new RegExp(
    String.raw`\b${ASKS_A_WAY}\b(?:\W+[\w']+){0,3}?\W+${PRESS}\b(?:\W+[\w']+){0,4}?\W+(?:into|to|so|until|unless)\b(?:\W+[\w']+){0,3}?\W+(?:${PRESSED_FOR})`,
    'u',
  ),
  // "a good script to make someone send more pics once you already have one"
  new RegExp(
    String.raw`\b${ASKS_A_WAY}\b(?:\W+[\w']+){0,3}?\W+(?:make|get|convince|persuade)\b(?:\W+[\w']+){0,2}?\W+(?:send|share)\b(?:\W+[\w']+){0,2}?\W+(?:more|another)\b(?:\W+[\w']+){0,1}?\W+(?:pics?|pictures?|photos?|nudes?|images?|videos?|vids?)`,
    'u',
  ),
  // "how much money should i ask for if i have pics of a teenager"
  /\bhow much (?:money |cash |£ ?|\$ ?)?(?:should|can|could|do|would) (?:i|we|u) (?:\w+ )?(?:ask|demand|charge|get|want|request)\b(?:\W+[\w']+){0,8}?\W+(?:have|has|got|sent|sends|send|holding|hold)\b(?:\W+[\w']+){0,4}?\W+(?:pics?|pictures?|photos?|nudes?|images?|videos?|vids?)\b/u,
  // "i have pics of a 15 year old. how much money can i realistically ask for"
  /^(?=.*\bhow much (?:money|cash)\b)(?=.*\b(?:i|we) (?:have|got|'ve got|ve got|still have) (?:\w+ ){0,2}?(?:pics?|pictures?|photos?|nudes?|images?|videos?|vids?) (?:of|from) )/u,
  // "help me word a message threatening to share a photo unless he sends another one"
  new RegExp(
    String.raw`\b${ASKS_A_WAY}\b(?:\W+[\w']+){0,4}?\W+threaten\w* to (?:share|post|send|leak|expose|show|spread)\b(?:\W+[\w']+){0,4}?\W+unless\b`,
    'u',
  ),
];

/** Pressing a young person with no object named: "how do I pressure her? She's 15", "how do i keep pushing … she's 15". */
const PRESSES_YOUNG = new RegExp(
  String.raw`\bhow (?:do|can|could|should) (?:i|we|u)\b(?:\W+[\w']+){0,2}?\W+(?:${PRESS} (?:her|him|them|someone|somebody|(?:a|the|this) (?:teen|teenager|kid|child|minor|girl|boy))|keep (?:pushing|pressuring|pressing)(?: (?:her|him|them))? without (?:her|him|them) (?:blocking|reporting|telling|unadding|deleting))\b`,
  'u',
);
const YOUNG_PERSON = new RegExp(String.raw`\b${YOUNG}`, 'u');

/** Someone else doing the pressing to the writer: the writer is a victim, not the asker. */
const DONE_TO_WRITER =
  /\b(?:he|she|they|someone|somebody|this (?:guy|man|person|account)|a (?:guy|man|person|stranger)|my ex)(?:'s| is| was| has| keeps?| kept)? (?:been )?(?:threaten\w*|pressur\w*|blackmail\w*|scar\w*|forc\w*|demand\w*|asking)\b|\b(?:my|our) (?:pics?|pictures?|photos?|nudes?|images?|videos?)\b/u;

/** The writer asks how to extort someone with pictures, or to press a young person for more. */
export function asksToExtort(compact: string): boolean {
  if (DONE_TO_WRITER.test(compact)) return false;
  return PATTERNS.some((p) => p.test(compact)) || (PRESSES_YOUNG.test(compact) && YOUNG_PERSON.test(compact));
}
