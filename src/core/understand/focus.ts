// Finds the part of a message that asks the question, so a preamble ("I'm preparing a briefing for our
// governors and…") does not read as words the packs fail to cover.

/** Where the ask starts: a question word or a polite request. */
const ASK =
  /\b(?:how (?:many|much|often|big|large|common|did|does|do|is|are|was|were|has|have)|what|which|who|whom|when|where|why|is it (?:true|correct|right)|(?:could|can|would|will) you (?:please |kindly )?(?:tell|confirm|give|explain|set out|state|provide|summari[sz]e|outline|clarify|check|let me know)|(?:if|whether) you (?:could|can|would|might) (?:please |kindly )?(?:tell|confirm|give|explain|set out|state|provide|summari[sz]e|outline|clarify|check|let me know)|please (?:tell|confirm|give|explain|set out|state|provide|summari[sz]e|outline|clarify|check)|(?:i|we)(?:'d| would) be (?:grateful|glad|obliged) (?:for|if|to)|(?:i|we)(?:'d| would) (?:like|welcome|appreciate) (?:to know|to ask|to understand|a|an|the|any|some)|and would like to know (?=the|a|an|any)|(?:i|we) (?:need|want) (?:to know|the (?:number|figure|total|count|share|percentage|proportion|rate)))\b/iu;
/** A sentence that asks with its first word ("Did…", "Is…", "Were…"). */
const ASKS_AT_START = /^(?:did|does|do|is|are|was|were|has|have|had|can|could|should|would|will)\b/iu;

/** A sentence that is only a greeting or a sign-off ("Kind regards, Cllr. Patel"). */
const PREAMBLE_SENTENCE =
  /^(?:good (?:morning|afternoon|evening)|hi|hello|hey|dear [\w ]+|thanks?(?: you)?|cheers|(?:kind |best |warm |many )?regards|yours (?:faithfully|sincerely|truly)|with (?:thanks|best wishes)|many thanks|thanks in advance)\b[^?]*$/iu;

/**
 * A sentence that only asks for help, naming nothing ("Would you be able to help?", "Can anyone assist with this?"): the
 * ask is in the sentences before it.
 */
const HELP_ONLY =
  /^(?:(?:would|could|can|will) (?:you|anyone|somebody|someone) (?:please |kindly )?(?:be able to )?|are you able to |(?:i|we) (?:hope|wonder if) you (?:can|could) )(?:help|assist)(?: (?:me|us))?(?: (?:with|on) (?:this|that|it))?(?:,? please)?\s*[?.!]*$/iu;

/** A greeting that opens a message ("Dear Sir or Madam,", "Good afternoon,"), not a closing thank-you. */
const OPENING_GREETING = /^(?:good (?:morning|afternoon|evening)|hi|hello|hey|dear [\w ]+)\b/iu;

/** An ask that names what it wants only by referring back ("…the relevant statement?", "…confirm this?"). */
const REFERS_BACK =
  /\b(?:it|that|this|these|them|those|the (?:relevant |exact |precise |full )?(?:statement|quote|quotation|figure|number|wording|words|source|details?|reference|passage|line))(?: for (?:me|us))?(?:,? please)?\s*[?.!]*$/iu;

/** A request pointing back inside it: "Could you summarise what it says on this point, quoting the text?" */
const POINTS_BACK_WITHIN =
  /\b(?:on|about|regarding|concerning) (?:this|that|these|those) (?:point|points|matter|issue|question|topic|subject)s?\b/iu;

/** A polite request rather than a question of its own ("Could you give me…", "Please confirm…"). */
const REQUEST = /^(?:(?:could|can|would|will) you|please)\b/iu;

const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/**
 * The question part of a message: the last sentence that asks something, from where its ask starts (with the
 * sentence before when the ask is only "Is that right?"). A short message, or one with no ask, is kept whole.
 */
export function questionFocus(text: string): string {
  const trimmed = text.trim();
  if (words(trimmed) <= 12) return trimmed;
  const sentences = trimmed
    .split(/(?<=[.?!])\s+|\s*[:;]\s+|\s+[—–]\s+/u)
    .map((s) => s.trim())
    // (A greeting that runs on into the ask, "Dear Sir or Madam, I … would appreciate it if you could let me know
    // what …", is the ask's sentence; a closing thank-you never is: "Many thanks, I'll see what the council says".)
    .filter(
      (s) =>
        s && !HELP_ONLY.test(s) && !(PREAMBLE_SENTENCE.test(s) && !(OPENING_GREETING.test(s) && ASK.test(s))),
    );
  const asks = (s: string) => ASK.test(s) || ASKS_AT_START.test(s) || s.endsWith('?');
  let at = -1;
  for (let i = sentences.length - 1; i >= 0 && at < 0; i--) if (asks(sentences[i] ?? '')) at = i;
  if (at < 0) return trimmed;
  const sentence = sentences[at] ?? trimmed;
  // "My friend says Snapchat was 40%. Is that right?": the claim is in the sentence before; so is what "Could you
  // give me the relevant statement?" refers to.
  // (The sentence before is read from where its own ask starts: "I'm compiling notes … and would like to understand
  // which organisation supported … Could you clarify that for me?")
  if (
    words(sentence) <= 5 ||
    (words(sentence) <= 10 && REQUEST.test(sentence) && REFERS_BACK.test(sentence)) ||
    (words(sentence) <= 16 && REQUEST.test(sentence) && POINTS_BACK_WITHIN.test(sentence))
  )
    return [...sentences.slice(Math.max(0, at - 1), at).map(fromAsk), sentence].join(' ');
  const focus = fromAsk(sentence);
  const first = firstAsk(focus);
  return words(first) >= 3 ? first : trimmed;
}

/** A sentence from where its ask starts; one that only asks near its end ("…, which organisation backed him?") whole. */
function fromAsk(sentence: string): string {
  const start = ASKS_AT_START.test(sentence) ? 0 : sentence.search(ASK);
  return start > 0 && sentence.length - start >= 25 ? sentence.slice(start) : sentence;
}

/**
 * Words after a question that only say who asks or why ("…in 2023? asking for our club newsletter", "…on the
 * roads?? asking as a mum of two", "? just curious", "? thx"): no part of what is asked.
 */
const TRAILING_ASIDE =
  /\?[?!\s]*(?:(?:i'?m |just )?asking (?:for|as|because|cos|coz|since)\b|(?:it'?s |this is )?for (?:a|an|my|our) (?:\w+ )?(?:newsletter|assignment|essay|project|report|article|blog|class|presentation|talk|post|podcast|school|homework)\b|just (?:curious|wondering)\b|(?:thanks|thank you|thx|ty|cheers|ta)\b)[^?]*$/iu;

/**
 * The message without the words after its question that only say who asks or why, when `vacuous` finds nothing in
 * them that narrows the question ("? thanks, cyclists only" keeps its cyclists).
 */
export function withoutTrailingAside(text: string, vacuous: (aside: string) => boolean): string {
  const full = text.trim();
  const aside = TRAILING_ASIDE.exec(full);
  if (aside && words(full.slice(0, aside.index)) >= 3 && vacuous(full.slice(aside.index + 1)))
    return full.slice(0, aside.index + 1);
  // Any words after the last question that name nothing the packs know ("Snapchat share? need it asap for the 3pm,
  // thx"), once a time of day is set aside.
  const last = full.lastIndexOf('?', full.length - 2);
  const after = last < 0 ? '' : full.slice(last + 1).replace(/[?!.\s]+$/u, '');
  if (last < 0 || words(full.slice(0, last)) < 2 || words(after) < 2) return full;
  return vacuous(after.replace(TIME_OF_DAY, ' ')) ? full.slice(0, last + 1) : full;
}

export const ABOUT_US = /\b(?:us|we|ourselves|people like (?:me|us)|the likes of (?:me|us))\b/iu;

/**
 * Where a preamble says who the asker is or what a piece of their work is for ("as a road safety officer", "I'm a
 * governor at a primary school near one of the busier A-roads", "for my dissertation on rural road safety", "on behalf
 * of the parish council"), up to the end of that clause, the ask, or where it goes on to what they study, work on or
 * worry about ("a PhD student studying motorcycle casualties", "a teacher and our pupils use Snapchat" keep what
 * follows). What they are working on stays: "I am preparing a briefing on rural safety" names rural roads.
 */
const ASKER_CLAUSE =
  /(?:(?<=^|[.,;:!?(—–-]\s?|\b(?:and|but|so)\s)(?:(?:i'?m|i am|we'?re|we are) (?:an? |the )(?!(?:question|figure|number|statistic)\b)|(?:i|we) (?:work|serve|volunteer|teach) as\b|(?:i|we) sit on\b|(?:i|we) (?:chair|lead|run|produce)\b)|\b(?:(?:as|in my capacity as) (?:an?|the) |as part of\b|on behalf of\b|for (?:my|our) (?:[\w-]+ ){0,3}(?:dissertation|thesis|essay|report|article|paper|briefing|presentation|assembly|newsletter|project|class|lesson|meeting|piece|podcast|segment|programme|bid)\b))(?:(?!\b(?:and|so|but|who|whose|where|which|while|studying|researching|looking|working|writing about|focusing|interested|covering|concerned|worried|(?:i|we) (?:need|want|would|wish|am writing to)|could you|can you|would you|please)\b|\b(?:i|we)'d\b)[^.,;:?!])*/giu;

/**
 * An ask that refers back to something the preamble named ("… What did the paper report him saying?", "… how often was
 * that app used?"). (One about the asker's own kind, "how many of us got hurt?", is `ABOUT_US`.)
 */
const NAMES_PREAMBLE_THING =
  /\b(?:that (?:app|platform|site|service|group|road|area)|(?:that|the|this) (?:paper|newspaper|publication|outlet|company|firm|organisation|force))\b/iu;

/**
 * A preamble without the clauses that only say who asks or what for: what they name is not what is asked. A clause
 * `keep` holds stays ("As a mum of a teenage cyclist, how many were hurt?": the people the asker belongs with).
 */
export function withoutAskerClauses(
  text: string,
  ask: string,
  keep: (clause: string) => boolean = () => false,
): string {
  return ABOUT_US.test(ask) || NAMES_PREAMBLE_THING.test(ask)
    ? text
    : text.replace(ASKER_CLAUSE, (clause) => (keep(clause) ? clause : ' '));
}

/** What a piece of work the ask is for ("for a school project", "for our letter home", "for my essay"). */
const PURPOSE = String.raw`for (?:my|our|an?) (?:[\w-]+ ){0,3}(?:dissertation|thesis|essay|report|article|paper|briefing|presentation|assembly|newsletter|project|class|lesson|meeting|podcast|homework|assignment|coursework|slides?|letter|note|notes|post|thread|talk|workshop|training|leaflet|poster|display|blog)(?: (?:home|to (?:our|my|the) [\w-]+|tomorrow|today|next week|on [\w-]+(?: [\w-]+)?))?`;

/**
 * Inside an ask, an opening "As a teacher," and a closing "for a school project" say who asks or what for, never
 * what is asked ("As a teacher, what proportion of cases did Instagram account for?", "how many cases were there in
 * 2020 for a school project?"). Only at the ask's edges: "the same as the 51%", "count as an urban road" ask.
 */
const ASKER_AT_START =
  /^\W*(?:(?:speaking |writing |asking )?as an? (?!(?:[\w-]+ )?(?:proportion|percent|percentage|share|rate|fraction|ratio|number|total|whole|result|group|figure|count|per)\b)[\w' -]{2,40}?,|in my capacity as an? [\w' -]{2,40}?,)\s*/iu;
/** An opening "for my school project," before the ask. */
const PURPOSE_AT_START = new RegExp(
  String.raw`^\W*(?:(?:this is|it'?s|asking) )?${PURPOSE}\s*[,:-]?\s+`,
  'iu',
);
const PURPOSE_AT_END = new RegExp(
  String.raw`,?\s+(?:(?:it'?s|this is|i need it|asking) )?${PURPOSE}\W*$`,
  'iu',
);

/** The ask without an opening "As a …," or "for my school project", or a closing "for my essay" (when enough is left). */
export function withoutAskerEdges(
  ask: string,
  namesNothing: (words: string) => boolean = () => true,
): string {
  // (Only words that name nothing the packs know: "As a teacher in Scotland, how many offences…?" asks of Scotland.)
  const strip = (m: string) => (namesNothing(m) ? '' : m);
  const core = ask
    .replace(ASKER_AT_START, strip)
    .replace(PURPOSE_AT_START, strip)
    .replace(PURPOSE_AT_END, (m) => (namesNothing(m) ? (/\?/u.test(m) ? '?' : '') : m));
  return core !== ask && core.trim().split(/\s+/u).length >= 3 ? core.trim() : ask;
}

/** A lead before a dash or colon ("fellow bikers asking - how many…", "quick q: …"), and the ask after it. */
const LEADING_ASIDE = /^([^?:—–-]{2,60}?)\s*(?:\s-+|[:—–])\s+(.+)$/su;

/**
 * The message without a lead before a dash or colon that only says who asks or why ("fellow bikers asking - how many
 * motorcyclists were killed?"), when `vacuous` finds nothing in it that narrows the question and an ask follows.
 */
export function withoutLeadingAside(text: string, vacuous: (aside: string) => boolean): string {
  const full = text.trim();
  const lead = LEADING_ASIDE.exec(full);
  const [, aside = '', ask = ''] = lead ?? [];
  if (!lead || words(ask) < 3 || !(ASK.test(ask) || ASKS_AT_START.test(ask))) return full;
  // An ask about the asker's own kind ("As a cyclist I'm curious - how many of us got hurt?") needs its lead.
  if (ABOUT_US.test(ask)) return full;
  return vacuous(aside) ? ask : full;
}

/** A time of day ("3pm", "by 10:30"): when the asker needs it, not what they ask. */
const TIME_OF_DAY = /\b(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?:am|pm)\b/giu;

const SECOND_ASK =
  /,?\s+(?:and(?: also)?|together with|along with|as well as|plus)\s+(?:(?:please |kindly )?(?:indicate|tell me|state|explain|say|confirm|set out|let me know)\s+)?(?:how (?:this|that|it|these|they) (?:compares?|stands?|changed|differs?)|whether (?:this|that|it|these|they)|what (?:that|this) (?:compares?|means))\b/u;

/**
 * The first of two asks joined in one sentence, when the second only refers back to it ("… in 2023, and how this
 * compares with the previous year"). (A second ask that names its own subject, "… and tell me how the 2023 deaths
 * compare with 2020", may be the real question, and is kept.)
 */
function firstAsk(focus: string): string {
  const at = focus.search(SECOND_ASK);
  return at > 0 && words(focus.slice(0, at)) >= 6 ? focus.slice(0, at) : focus;
}
