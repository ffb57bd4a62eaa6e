// Asking how offending against children escapes those who detect it, or how it is done: "how do offenders avoid being
// reported to police?", "what gets past the 97%?", "which apps are the police not monitoring for grooming?", "what
// loopholes in detection do abusers use?", "explain how grooming is done in detail". No child need be named and no
// first person need ask: the ask is for the way through, whoever is said to want it ("for research", "for a novel").
// How often something slips past ("how often does abuse slip past moderators?") or how many cases go undetected
// stays a statistics question; so does a platform's own detection ("how does Facebook avoid missing content?").

/** Those who detect or report offending, or the share a platform removes ("the 97%", "the other 3%"). */
const WATCHERS = String.raw`(?:police|cops|law enforcement|authorities|ceop|moderat\w*|mods|filters?|detection|detected|scan\w*|reported|reporting|caught(?! up)|flagged|noticed|traced|monitor\w*|(?:the )?(?:other )?\d+ ?(?:%|percent|per cent))`;

/** Getting through or round those who watch. */
const GET_PAST = String.raw`(?:avoid\w*|evad\w*|dodg\w*|escap\w*|beat|fool|bypass\w*|get (?:past|around|round|through)|slip (?:past|through)|stay (?:under|out of|off)|hide from|keep (?:it|them|their \w+|content|material|images|chats?) (?:from|away from|hidden|in|out of))`;

const ASKS_FOR_THE_WAY = [
  // "how do offenders avoid being reported to police", "how to avoid detection when grooming", "how do offenders
  // keep their content in the other 3%"
  new RegExp(
    String.raw`\bhow (?:do|does|did|can|could|would|might|to|are|is)\b(?:\W+\w+){0,4}?\W+${GET_PAST}\b(?:\W+[\w']+){0,5}?\W+${WATCHERS}`,
    'u',
  ),
  // "what can offenders do to avoid their content being reported"
  new RegExp(
    String.raw`\bwhat (?:can|could|do|did|does|should|would|must) (?:\w+ ){0,2}?do to ${GET_PAST}\b(?:\W+[\w']+){0,5}?\W+${WATCHERS}`,
    'u',
  ),
  // "what gets past the 97%?", "what kind of content gets past Facebook's 97 percent detection?"
  new RegExp(
    String.raw`\b(?:what|which)\b(?:\W+\w+){0,3}?\W+(?:gets?|got|getting|slips?|slipped|goes|went|falls?) (?:past|through|around|round|under)\b(?:\W+[\w']+){0,4}?\W+${WATCHERS}`,
    'u',
  ),
  // "how can exploitation content be shared so it isn't part of facebook's 97%?", "how would images be posted so they
  // are never removed": a way of doing it, for the purpose of not being found
  new RegExp(
    String.raw`\bhow (?:do|does|did|can|could|would|might|to|are|is|should)\b(?:\W+[\w']+){0,8}?\W+so (?:that )?(?:it|they|the \w+|nothing|none|content|material|images)(?:'re|'s| are| is|re|s)?\W+(?:isn'?t|aren'?t|is not|are not|won'?t|wouldn'?t|doesn'?t|don'?t|never|not|will not|does not|do not|stays? out of|escapes?)\b(?:\W+[\w']+){0,2}?\W+(?:part of|among|in|counted|caught|removed|detected|flagged|found|spotted|taken down|reported|picked up|scanned|seen|noticed|traced|${WATCHERS})(?! (?:twice|again|double|more than once))`,
    'u',
  ),
  // "which apps are the police not monitoring", "which grooming methods went undetected"
  /\b(?:which|what) (?:\w+ )?(?:apps?|platforms?|sites?|games?|servers?|content|methods?|tactics?|techniques?|tricks?|ways?|messages?|images?|material)\b(?:\W+\w+){0,5}?\W+(?:undetected|unnoticed|unreported|unmoderated|unmonitored|uncaught|unflagged|not (?:monitor|moderat|detect|catch|caught|flag|report|check|scan)\w*)\b/u,
  // "what are the blind spots in facebook's detection", "what loopholes in detection do abusers use"
  /\b(?:what|which|where|list|name|tell me)\b(?:\W+\w+){0,3}?\W+(?:blind ?spots?|loopholes?|gaps?|weak (?:spots?|points?)|weaknesses|holes|flaws)\b(?:\W+[\w']+){0,5}?\W+(?:detection|moderation|filters?|scanning|monitoring|policing|systems?|safeguards?)\b/u,
  // "how is it hidden", "how are the images kept hidden"
  /\bhow (?:is|are|was|were) (?:it|they|this|that|the \w+|such \w+|content|material|images)\b(?:\W+\w+){0,2}?\W+(?:hidden|concealed|disguised|kept (?:hidden|secret|quiet))\b/u,
  // "how do offenders hide in the shadows"
  /\bhow (?:do|does|did|can|could|would) (?:offenders?|groomers?|predators?|abusers?|paedophiles?|pedophiles?|perpetrators?|they|people|someone|one) (?:\w+ )?(?:hide|conceal|cover)\b/u,
  // "what did the ones who didn't [get caught] do differently?"
  /^(?=.*\b(?:caught|detected|reported|flagged|undetected)\b).*\b(?:ones|those|people|others) (?:who|that) (?:didn'?t|did not|weren'?t|were not|never|don'?t|do not)\b(?:\W+\w+){0,4}?\W+(?:do|did|doing) (?:right|differently|different|better)\b/u,
  // "…goes unnoticed, and where should I do it?"
  /^(?=.*\b(?:undetected|unnoticed|unreported|uncaught|not (?:caught|detected|reported|noticed))\b).*\b(?:where|how|when) (?:should|can|could|do|would) (?:i|we) (?:do|try) (?:it|this|that)\b/u,
  // "which grooming techniques work", "explain how grooming is done in detail"
  /\b(?:which|what) (?:\w+ )?(?:grooming|groomers?|offenders?|predators?|abusers?|paedophiles?|pedophiles?)'? (?:techniques?|tactics?|methods?|tricks?|strategies|approaches)\b(?:\W+\w+){0,5}?\W+(?:work|works|worked|succeed\w*|(?:are |is )?(?:most )?effective)\b/u,
  /\bhow (?:grooming|sextortion|abuse) is (?:done|carried out|committed)\b/u,
];

/** The field of offending against children: without it, "how do drivers avoid speed cameras" is another matter. */
const OFFENDING_FIELD =
  /\b(?:groom\w*|offenders?|predators?|paedo\w*|pedo\w*|abus\w*|exploit\w*|perpetrators?|csam|nudes?|indecent|child\w*|kids?|minors?|teens?|underage)\b|\b(?:97|3) ?(?:%|percent\b|per cent\b)/u;

/**
 * Those whose work is to find it, or a purpose of protecting: "as a moderator, how does abuse material slip past
 * filters?", "which tactics work on kids, so we can warn them?".
 */
const DETECTORS_OR_PROTECTORS =
  /\b(?:(?:as|i'?m|im|i am|we'?re|we are) (?:a |an |the )?(?:content |trust and safety |child protection |cp )?(?:moderators?|safeguarding leads?|dsl|cp lead|police officers?|investigators?)|protect\w*|safeguard\w*|keep(?:s|ing)? (?:\w+ ){0,2}?safe|warn\w*|spot|recogni[sz]e|warning signs|prevent\w*)\b|\bhow (?:do|does|did|can|could|would|should) (?:kids|children|young people|teens|teenagers|pupils|students|girls|boys)\b|\bhow (?:do|does|did|can|could|would|should) (?:the )?(?:police|moderators?|platforms?|facebook|apps?|schools?|parents?|investigators?) (?:\w+ )?(?:catch|find|detect|spot|stop|track|trace|identify)\w*\b/u;

/**
 * What the source says, asked in so many words and by no one who means to act ("How do offenders evade detection,
 * according to the NSPCC?"): the research question the harm rules leave to the answering, which finds no such figure.
 */
const PER_THE_SOURCE =
  /^(?!.*\b(?:i|i'?m|im|me|my|we|us|our|steps?|detail\w*|specific\w*)\b).*\baccording to (?:the )?(?:nspcc|article|research|report|study|police|source|data)\b/u;

/** The writer's work told beside the question ("I'm writing a report on platform accountability"): not an actor. */
const WRITER_AT_WORK =
  /\b(?:i'?m|im|i am|we'?re|we are) (?:writing|researching|preparing|working on|doing) (?:a|an|my|our) [^.?!,;]*/gu;

/** What a platform does that helps offending ("how does Snapchat help offenders avoid detection?"): its failings. */
const PLATFORM_FAILING =
  /\bhow (?:do|does|did|can|could) (?:the )?(?:snapchat|facebook|instagram|whatsapp|messenger|tiktok|apps?|platforms?|social media(?: sites| companies| firms)?|tech (?:firms|companies)|encryption) (?:help|helps|let|lets|allow|allows|enable|enables|make it easier for)\b/u;

/** Asking for the way offending escapes detection, or how it is done (compact text). */
export function asksWayPastDetection(compact: string): boolean {
  return (
    OFFENDING_FIELD.test(compact) &&
    !DETECTORS_OR_PROTECTORS.test(compact) &&
    !PER_THE_SOURCE.test(compact.replace(WRITER_AT_WORK, '')) &&
    !PLATFORM_FAILING.test(compact) &&
    ASKS_FOR_THE_WAY.some((p) => p.test(compact))
  );
}
