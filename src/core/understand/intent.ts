// What a question asks for beyond its topic: an opinion, a check of someone's claim, a count rather than a
// share, a figure for each year, or one part of something the source counts together.

import { NUMBER_WORD_VALUES } from '../../text/numbers.js';
import { compares } from './comparative.js';
import { asksJudgement, FIGURE_JUDGED, tellsFinding } from './judgement.js';

const r = (source: string) => new RegExp(source, 'u');

/** Asking for an opinion, a judgement or a prediction. */
const OPINION = r(
  String.raw`^\W*(?:(?:so|but|and|ok|okay|honestly|genuinely|serious question)\W+)?should (?!(?:the |a |an |this |that |my |our )?(?:[\w'-]+ ){0,3}?(?:figures?|totals?|rates?|shares?|percent(?:age)?s?|numbers?|stats?|statistics|averages?|periods?|counts?|ksi|data|caveats?)\b)(?!(?:[\w'-]+ ){0,4}?be\b.*\d)(?!.*\bbe (?:read|treated|quoted|described|compared|counted|taken|seen|used|cited|reported|given|rounded|written)\b)(?:the |a |an |our |my |all |more |councils? |local )?(?:[\w'-]+ ){0,3}?(?:be|drop|lower|raise|ban|cut|reduce|introduce|change|scrap|fund|spend|build|install|do|stop|allow|invest|increase|decrease|enforce|fine|jail|prosecute|regulate|require|bring|make|force|get|put|take)\b|\b(?:should (?:i|we|you|parents|schools|encryption|facebook|the government|tech|they|it|kids|children|my|people|apps|platforms|social media)|will (?:the|it|this|they|facebook|encryption|meta|boris|government|parliament)\b.{0,50}\b(?:pass|passed|work|reduce|help|stop|succeed|happen|change|make|become|get|cut|curb|lessen|tackle|prevent|fix|solve|improve|decrease|brought in|introduced|implemented|enacted|into force|in force|take effect)|^\W*will (?:facebook|meta|zuckerberg|the government|government|boris|the pm|parliament|ministers|they|the nspcc|the council)(?: [\w']+){0,1} (?:drop|abandon|scrap|reverse|back down|go ahead|u-?turn|listen|comply|cave|give in|follow through)|would (?:a|the|it|this|banning|encryption)\b.{0,50}\b(?:work|help|reduce|stop|make)|do (?:you|u|ya) (?:actually |really |honestly |personally )?(?:think|believe|reckon|agree|feel|trust|buy)|in your (?:view|opinion)|your (?:opinion|view|take|judgement|judgment|thoughts|(?:best )?guess|bet|hunch|gut feeling|forecast)|will\b.{0,60}\b(?:come|end|turn) (?:out|up) (?:higher|lower|bigger|smaller|worse|better)|(?:is|are|was|isn'?t|aren'?t|wasn'?t) (?:it|encryption|privacy|facebook|meta|the nspcc|nspcc|the charity|snapchat|snap|instagram|insta|whatsapp|tech companies|tech firms|social media|boris)\b.{0,40}\b(?:safer|better|worse|right|wrong|fair|unfair|more important|to blame|justified|good|bad|evil|dangerous|biased|trustworthy|alarmist|scaremongering|exaggerating|overreacting|hypocritical|hypocrites|pushing an agenda|on a crusade)|(?:safer|better|worse) than(?! (?:the |last |a |that |in )?(?:\d|(?:(?:19|20)\d\d|five[- ]year|5[- ]year) )?(?:average|avg|baseline|previous|prior|year|last|before|pre|national|one (?:before|after)|in (?:19|20)\d\d|(?:19|20)\d\d))|if you were|what would you do|will\b.{0,60}\b(?:continue|keep (?:rising|falling|going|growing)|go (?:up|down)|get (?:worse|better)|rise|fall|increase|decrease)\b.{0,30}\b(?:next year|in (?:the )?future|going forward|after|once|when|again|from now)|(?:next year|in (?:the )?future|going forward)\?|should\b.{0,50}\bbe (?:banned|allowed|legal|illegal|stopped|regulated|scrapped)|^\W*should\b.{0,50}\bbe (?:cut|lowered|raised|reduced|increased|changed|introduced|tightened|relaxed)|would you (?:recommend|suggest|advise)|(?:is|are|was|were) (?:[\w'%]+ ){1,5}(?:lying|fibbing|honest|exaggerating|telling the truth|telling porkies|bullshitting|bs-?ing|spinning us|a fraud|fraudulent|a lie|a con|bogus|a sham)|bel(?:ie|ei)v(?:e)?able|credible|(?:is|are|was|were) (?!(?:that|this|it|my|your|our|his|her|their|they|he|she|someone|somebody|the (?:article|figures?|numbers?|data|stats?|statistics|report|release|source))\b)(?:[\w'.]+ ){1,3}(?:right|wrong) (?:about|that|to (?:say|call|claim|blame|criticise|criticize)|in (?:saying|calling|claiming))(?![^?]*\d)|outweighs?|(?:was|is|were|are) (?:[\w'.]+ ){1,3}right to\b|\bdoing (?:a |an )?(?:good|bad|great|decent|terrible|poor|awful|fine|ok|okay) job\b|will\b.{0,40}\b(?:actually|really|ever)\b.{0,20}\b(?:do|act|change|listen|happen|bother)\b|statistically significant|who(?:'s| is) (?:right|to blame)|are they right|predict|prediction|going to (?:happen|pass|work)|worth it|just (?:a way|an excuse|a ploy|a trick|a cover|spin) (?:to|for)\b.{0,40}\b(?:fiddle|massage|hide|bury|spin|manipulate|fudge|cook|fix|rig|game|inflate|deflate)|(?:fiddl\w*|massag\w*|fudg\w*|manipulat\w*|cook(?:ing|ed)?|rig(?:ging|ged)?) (?:the |their |its )?(?:numbers|figures|stats|statistics|data|books))\b`,
);
/** …unless it asks what someone in the source thinks. */
const REPORTED_VIEW = r(
  String.raw`\b(?:what (?:did|does|do) (?!(?:you|u|ya|we|i|people|parents)\b)(?:[\w'.-]+ ){1,3}(?:say|said|think|want|claim|argue|expect)|according to|does the (?:article|nspcc|report|source|research|charity)|did (?:the nspcc|facebook|wanless|zuckerberg|the article|he|they)|what (?:does|did) (?:the nspcc|facebook|wanless|zuckerberg|the charity|the article|he|experts?)|the nspcc (?:say|think|argue|want|claim)|facebook (?:say|says|claim|argue))\b`,
);

/**
 * "Was Peter Wanless right?", "do you think the NSPCC is right?": a judgement of someone, asked outright. (The
 * closing "right?" is no tag on a claim here: there is no figure or statement before it to check.)
 */
const JUDGES_SOMEONE =
  /^(?:(?:so|but|and|ok|okay) )?(?:do you (?:think|reckon|believe) )?(?:is|was|are|were) (?!(?:that|this|it|these|those|they|he|she|there|the (?:article|figures?|numbers?|data|stats?|statistics|report|release|source|claim))\b)(?:[\w'.-]+ ){1,4}(?:right|wrong)(?: (?:about|on|that|to) [\w' -]{1,60})?\s*\?*\s*$|^do you (?:think|reckon|believe) (?:[\w'.-]+ ){1,4}(?:is|was|are|were) (?:right|wrong)\b/u;

/**
 * "Is Helen Marsh a good councillor?", "is the Roadwise Trust any good?", "is zuckerberg a bad person?": a judgement of
 * someone's worth or character, whoever is named, asked outright. (The fact quoting them says what they said, not
 * whether they are good at it.)
 */
const JUDGES_CHARACTER =
  /^(?:(?:so|but|and|ok|okay|honestly|seriously) )?(?:do you (?:think|reckon|believe) )?(?:is|was|are|were) (?!(?:that|this|it|these|those|they|he|she|there|the (?:article|figures?|numbers?|data|stats?|statistics|report|release|source|claim))\b)(?:[\w'.-]+ ){1,4}(?:(?:a|an) (?:(?:really|very|genuinely|actually|particularly) )?(?:good|bad|great|terrible|decent|poor|awful|evil|nice|horrible|competent|incompetent|trustworthy|reliable|honest|dishonest|corrupt|useless)(?: [\w'-]+){0,2}|(?:(?:really|very|actually|even) )?(?:any good|evil|trustworthy|untrustworthy|competent|incompetent|corrupt|honest|dishonest|useless|a liar|liars|hypocrites?|to be trusted|good people|bad people))\s*\?*\s*$/u;

/** Which figure to quote or use ("should i quote 1,220 or 1,200?", "which figure should I use?"): no opinion. */
const WHICH_FIGURE_TO_USE =
  /\bshould (?:i|we|you) (?:quote|use|cite|say|write|put|report|go with|round|read|interpret|understand|take)\b(?=.*(?:\d|\b(?:figure|total|number|percentage|share|stat)))/u;

/** What someone will do ("what will Boris Johnson do about it?", "what is Facebook going to do?"): a prediction. */
const FUTURE_DEED = /\bwhat (?:will|(?:is|are) (?:[\w'.-]+ ){1,4}(?:going to|gonna)) (?:[\w'.-]+ ){0,4}do\b/u;

/**
 * Whether someone will really do something ("Is the council actually going to lower speed limits on rural roads?"): a
 * prediction, unless it asks what the source says of it or whether figures will be revised or published. (Without
 * "actually", "really", "ever" or "finally", "is facebook going to encrypt messenger?" asks about a plan the source
 * may report.)
 */
const GOING_TO =
  /^\W*(?:(?:so|and|but|ok|okay) )?(?:is|are) (?:the |this |that |our )?(?:[\w'.-]+ ){1,3}?(?:actually|really|ever|finally) (?:going to|gonna|planning to|about to)\b(?! be (?:revised|updated|finali[sz]ed|published|confirmed|released|corrected)\b)(?!.*\b(?:according to|does the|did the|say|says|said)\b)/u;

/**
 * Asking the bot's own belief or verdict on what someone said, however it quotes them first ("Facebook says it stamps
 * out grooming. Do you believe that?", "would you regard that as a meaningful measure?", "Isn't that a bit
 * hypocritical?"), or what would have happened otherwise ("Would the bill have prevented the 1,220 cases?"): never a
 * claim to check.
 */
const OWN_VERDICT =
  /\bdo (?:you|u|ya) (?:actually |really |honestly |personally )?(?:believe|buy|trust) (?:that|this|it|them|him|her)\s*(?:[?,.!]|$)|\bdo (?:you|u|ya) (?:actually |really |honestly |personally )?(?:believe|buy|trust) (?:[\w.-]+(?: [\w.-]+)?'s?|the|their|his|her|its) (?:claim|statement|argument|line|response|defence|defense|excuse|story|words|reasoning|justification|promise)\b|\bwould you (?:regard|consider|rate|call|class) (?:that|this|it) as (?:a |an )?(?:(?:really|very|truly|genuinely|fair|good|bad|meaningful|reliable|credible|useful|honest|accurate|adequate|serious|proper|real) )+|\b(?:is|isn'?t|wasn'?t) (?:that|this|it|he|she) (?:not )?(?:(?:a bit|a little|rather|quite|kind of|sort of|slightly|just|pretty|a tad) )*(?:hypocritical|ironic|cynical|self-serving|disingenuous)\b(?=[^?]*\?*\s*$)|^(?!.*\b(?:does|did|do) (?:the |this |that )?(?:article|source|report|release|piece|story|study|it) (?:say|mention|state|report|suggest|claim)\b).*\bwould (?:the |a |an |this |that )?(?:[\w'-]+ ){0,4}have (?:prevented|stopped|avoided|saved|changed|made (?:a|any) difference)\b/u;

/**
 * A judgement asked of the figures themselves ("is snap worse than insta in these numbers?", "was it worse during
 * lockdown than normal? by how much"): a comparison the source's figures answer, unless it looks ahead.
 */
const BY_THE_NUMBERS =
  /\b(?:in|by|from|going by|based on|according to|judging by) (?:these|the|those|this|its|their|your) (?:numbers|figures|stats|statistics|data)\b|\bby how much\b|\bhow much (?:worse|better|higher|lower|bigger|smaller)\b/u;
// (…which reads the figures only when it compares, understand/comparative.ts: "is snapchat worse than instagram
// according to the figures?"; "going by the numbers, should facebook stop encryption?" still asks what ought to be done.)
/** A question about what is to come: "will it rise?", "next year", "predict". */
export const LOOKS_AHEAD = /\b(?:will|going to|gonna|next year|in (?:the )?future|predict\w*)\b/u;

/**
 * Whether someone invented what they report ("did the nspcc make up the numbers?", "what did they make up?", "are the
 * figures fake?"): a judgement of their honesty the source cannot give.
 */
const INVENTED =
  /\b(?:make|makes|made|making) up (?:the |these |those |this |that |their |its |his |her |any |all )?(?:numbers?|figures?|stats?|statistics|data|quotes?|story|stories|research|[\d.,]+ ?%? (?:thing|claim|stat))\b|\bwhat (?:did|do|does|has|have) (?:they|he|she|it|the (?:nspcc|charity|police|media|press|paper|papers|journalists?|reporters?|article|government)) (?:just )?(?:make|made) up\b(?! of\b)|\b(?:numbers?|figures?|stats?|statistics|data|story|research|it|they|these|this|that)(?: (?:all|just|really|totally|actually))? (?:(?:are|were|is|was|been|being|got|get) )?(?:made up(?! of\b)|invented|fabricated|faked|fake)\b/u;

/**
 * How worried someone ought to be by a figure ("should a 10% rise worry parents more than the 51% figure?", "should
 * the 10% rise worry parents?"): a judgement the source cannot make, whatever figures it names.
 */
const WORRY_ASKED =
  /\bshould (?:the |a |an |this |that |these |those )?(?:[\w%',.-]+ ){0,5}?(?:worry|concern|scare|alarm|frighten|reassure) (?:parents|people|us|me|you|schools|teachers|families|anyone|everyone|carers)\b/u;

/** Whether someone said what is quoted ("Did the NSPCC really say … or is that made up?"): a claim the source checks. */
const ASKS_WHO_SAID =
  /\b(?:did|does|has|have) (?:[\w'.-]+ ){1,4}(?:really |actually |ever )?(?:say|said|write|wrote|claim|claimed|call|called|tweet|tweeted)\b|\b(?:is|was) (?:that|this|it) (?:a )?(?:real|genuine|actual) quote\b/u;

/** True when a (folded) question asks for an opinion or a prediction, not for what the source reports. */
export function asksOpinion(folded: string): boolean {
  if (WHICH_FIGURE_TO_USE.test(folded)) return false;
  if (asksJudgement(folded)) return true;
  if (FUTURE_DEED.test(folded) || GOING_TO.test(folded) || OWN_VERDICT.test(folded)) return true;
  const judged = JUDGES_SOMEONE.exec(folded)?.[0];
  const verdict = judged === undefined ? null : /\b(?:right|wrong)\b/u.exec(judged);
  // (…unless what they are right or wrong about is a finding: "is my mum right that grooming went up in lockdown?")
  if (
    judged !== undefined &&
    verdict &&
    !/\d/u.test(folded) &&
    !FIGURE_JUDGED.test(judged.slice(0, verdict.index)) &&
    !tellsFinding(judged.slice(verdict.index + verdict[0].length))
  )
    return true;
  if (INVENTED.test(folded) && !ASKS_WHO_SAID.test(folded)) return true;
  if (WORRY_ASKED.test(folded) && !REPORTED_VIEW.test(folded)) return true;
  const character = JUDGES_CHARACTER.exec(folded);
  if (character && !/\d/u.test(folded) && !FIGURE_JUDGED.test(character[0])) return true;
  if (BY_THE_NUMBERS.test(folded) && compares(folded) && !LOOKS_AHEAD.test(folded)) return false;
  return OPINION.test(folded) && !REPORTED_VIEW.test(folded) && !checksClaim(folded);
}

/** An ask to check what follows, as a message opens with it ("confirm", "pls verify", "fact-check"). */
export const CHECK_ASK = `(?:pls |please |quick )?(?:confirm|verify|fact[- ]?check)(?: (?:pls|please|plz|this|for me))?`;

/** Checking a figure or a statement heard elsewhere ("is it true 70%…", "my friend says…", "…, right?"). */
const CLAIM = r(
  String.raw`\b(?:is (?:it|that|this) (?:true|correct|accurate)|is (?:it|that|this) (?:right|so)(?= that\b|\s*[?,.!]|\s*$)|is (?:that|this|it) rite|am i (?:right|correct|wrong) (?:that|in thinking|to think)|is it (?:right|correct) that|(?:true|correct|right|accurate|legit)\s*\??$|isn'?t (?:it|that|he|she|they)|didn'?t (?:he|she|they|it)|wasn'?t (?:it|he|she|that)|weren'?t (?:they|there)|doesn'?t (?:it|he)|(?<!\b(?:do|does|did|can|could|should|would|will|shall|may|might)\s)i (?:heard|herd|read|was told|saw|think)|^(?:heard|herd|apparently|supposedly|allegedly|rumou?r (?:is|has it))\b|(?:\b(?:my|a|me) |^)(?:friend|cousin|colleague|mate|boss|teacher|mum|dad|uncle|aunt|sister|brother|neighbour)\b.{0,12}\b(?:says|said|told|reckons|thinks|claims)|\b(?:right or wrong|true or false|true or not|fact or fiction)\b|\bcan (?:someone|anyone|somebody|any1) (?:confirm|verify|check)\b|\bapparently\W*$|(?:^|\bi )(?:read|heard|saw) somewhere\b|\b(?:someone|somebody|a|an|my|our|one of (?:my|our|the))(?: [\w' -]{1,40}?)? (?:said|told (?:me|us)|says|claims|claimed|reckons|insists|insisted)\b|is (?:that|this) what (?:the|it|they)\b|can you confirm|^\W*${CHECK_ASK}(?:\s*:|\s+that\b|\s+[-–—]\s)(?!\s*(?:what|whats|what's|how|which|when|who|where|why)\b)|^\W*(?:just |quick |only )?(?:checking|double[- ]?checking|to (?:check|confirm)|sanity[- ]check(?:ing)?)(?:\s*[:,]|\s+that\b|\s+[-–—]\s)(?!\s*(?:what|whats|what's|how|which|when|who|where|why|is|are|was|were|did|does|do|can|could)\b)|is that (?:the case|so)|did (?:he|she|they|it) really|right\s*\?|true\s*\?|(?:,|\s[-–—])\s*(?:yes|yeah|yep|no|correct)\s*\?|\b(?:have|did) i (?:got|get) (?:that|this|it) right\b|(?:more|greater|higher|bigger) or (?:less|fewer|lower|smaller) than (?:about |around |roughly |some )?(?:\d|half\b|(?:a|one) (?:third|quarter|fifth|tenth)\b)|(?:above|over) or (?:below|under)|\bok(?:ay)? to (?:publish|print|quote|cite|run)\b|\bis (?:that|this) the (?:right |correct |real |actual )?(?:figure|number|stat|statistic|percentage|total)\b|\b(?:wrote|posted|tweeted) that\b|\b(?:a )?(?:fair|accurate|correct|good|reasonable|right) (?:summary|description|characteri[sz]ation|reading|paraphrase|way to put it)\s*\?*\s*$|^\W*(?:saw|seen|spotted) (?:a|this|that|an) (?:post|tweet|headline|claim|meme|caption|story|thread)\b|\b(?:does|do|did) (?:the|this|that|your) (?:release|article|source|report|data|figures|research|study|stats) (?:confirm|support|back (?:that|this|it) up)\s*\?*\s*$|\b(?:was|is) (?:that|it|this) (?:really |actually )?(?:[\w.'’-]+ ){1,2}(?:himself|herself|themselves|itself)\b|\b(?:was|is) (?:that|it|this) [^?]{1,40} or (?:someone|somebody|anyone) else\b|^\W*(?:so |and |but )?did (?!(?:the|this|that|your) (?:release|article|source|report|piece|story|study)\b)(?:[\w'.-]+ ){1,3}(?:really |actually |ever )?(?:say|claim|tweet|write|announce)\s+(?!(?:anything|something|what|about|how|why|when|where|if|whether|which|who)\b)(?=[^?]*(?:\d|%)))`,
);

/** True when a (folded) question checks a claim it quotes. */
export function checksClaim(folded: string): boolean {
  return checksAsked(folded) || offersFigure(folded);
}

/** Read as a claim only because it puts a figure forward ("so snapchat was used in 30% of cases?"). */
export function putsFigureForward(folded: string): boolean {
  return !checksAsked(folded) && offersFigure(folded);
}

/** Asking outright for a claim to be checked: "is it true…", "my friend says…", "…in 2020 yeah?". */
function checksAsked(folded: string): boolean {
  return CLAIM.test(folded) || (CHAT_TAG.test(folded) && /\d/u.test(folded));
}

/** A figure put forward to be checked: stated with a question mark, asked in the negative, or "pretty sure". */
function offersFigure(folded: string): boolean {
  return (
    ((STATED_AS_ASKED.test(folded) || NEGATIVE_ASK.test(folded) || SURE_OF.test(folded)) &&
      (FIGURE.test(folded) || BOUNDED_FRACTION.test(folded))) ||
    BOUNDED_ASK.test(folded) ||
    (REALLY_ASKED.test(folded) && (FIGURE.test(folded) || A_FRACTION.test(folded)))
  );
}

/** The words that bound a figure ("more than", "nearly"). */
const BOUND = 'more than|less than|fewer than|over|under|at least|nearly|almost';
/** A fraction as a figure is written ("half", "a third"). */
const FRACTION = '(?:half|(?:a|one) (?:third|quarter|fifth|tenth))';
/**
 * A yes-or-no question that bounds a figure ("was instagram on its own used in more than half of cases?", "did
 * snapchat feature in over a third?"): the figure put forward, which the source's own figure settles.
 */
const BOUNDED_ASK = new RegExp(
  String.raw`^(?:(?:so|and|but|ok)\W+)?(?:was|were|is|are|did|does|do|has|have|had)\b(?![^?]*\b(?:how|what|whats|what's|which|who|whose|when|where|why|or|vs|versus)\b)[^?]*(?<!['"‘“])\b(?:${BOUND})\s+(?:${FRACTION}|\d)[^?]*\?*\s*$`,
  'u',
);
/** A fraction bounded as a figure is ("more than half", "over a third", "about a quarter"). */
const BOUNDED_FRACTION = new RegExp(String.raw`(?<!['"‘“])\b(?:${BOUND}|about|around)\s+${FRACTION}\b`, 'u');

/** A figure other than a year alone: "30%", "25 percent", "£964 million", "12k". */
const FIGURE = /(?<![\d.])(?!(?:19|20)\d\d\b)\d[\d,.]*(?:\s*(?:%|percent|per cent|k\b|million|m\b|bn\b))?/u;
/**
 * A statement asked with a question mark ("so snapchat was used in 30% of cases?", "slight injuries are like 90% of
 * all casualties?") or a tag ("…was £964 million, was it?"): a figure put forward to be checked, not a question for
 * one. (Not with a question word anywhere, "of the 238 seriously injured, how many were motorcyclists?", nor an auxiliary
 * first, "was it 30%…?", nor a question after a statement, "…were in 51% of cases — and Instagram on its own?", nor several
 * sentences, whose question may be any.)
 */
const STATED_AS_ASKED =
  /^(?![^?]*(?:[—–;:]| - |[.!]\s))(?![^?]*\b(?:how|what|whats|what's|which|who|whose|when|where|why|or|vs|versus|compared?)\b)(?:(?:so|and|but|ok|okay|oh|wait|hmm|hang on|sorry)\W+)*(?!(?:how|what|whats|what's|which|who|whose|when|where|why|is|are|was|were|do|does|did|can|could|has|have|had|will|would|should|shall|may|might|any|pls|please|tell|give|show|list)\b)(?:[\w'£$%.,-]+ ){2,}[^?]*\b(?:is|are|was|were|went|rose|fell|had|has|made|used|involved|accounted|came)\b[^?]*\?+\s*$|,\s*(?:was|is|were|are|did|does|do|has|had) (?:it|they|he|she|that|there)\s*\?+\s*$/u;
/** A figure doubted as it is asked: "was Instagram really used in half of all the cases?". */
const REALLY_ASKED = /^\W*(?:was|were|is|are|did|does|do|has|have|had)\b[^?.!]{0,60}?\breally\b/u;
const A_FRACTION = new RegExp(String.raw`\b${FRACTION}\b`, 'u');
/** A figure the writer is sure of: "pretty sure the lockdown rise was like 30%". */
const SURE_OF = /\b(?:pretty sure|i'?m (?:fairly |quite )?sure|i reckon|surely)\b/u;
/** A negative question that puts a figure forward: "wasn't the lockdown rise 25 percent?". */
const NEGATIVE_ASK =
  /^(?:(?:so|but|and|ok)\W+)?(?:wasn'?t|weren'?t|isn'?t|aren'?t|didn'?t|doesn'?t|hasn'?t|haven'?t)\b[^?]*\?+\s*$/u;

/**
 * A chat tag asking for agreement ("…in 2020 yeah?"): a claim when it states a figure or a year ("the nspcc is a
 * charity yeah?", "zuckerberg is evil yeah?" are no figures to check).
 */
const CHAT_TAG = /\b(?:yeah|yea|ya|innit|ye)\s*\?+\s*$/u;

/** Asking for a number of things rather than a share. */
const WANTS_COUNT = r(
  String.raw`\b(?:as a (?:raw )?(?:number|count|figure)|raw (?:number|count|figure|numbers|increase|rise|change|jump|difference)|(?:actual|exact) (?:number|count)|in (?:raw )?numbers|(?:a|the) count\b|\bthe (?:total|overall) (?:amount|volume|quantity) of\b|how many (?:pieces|items|images|posts|accounts|messages|reports|people|children|kids|victims|offenders|perpetrators|users|times)\b|rather than a (?:percentage|proportion|share)|not a (?:percentage|proportion|share|%)|how many (?:actual|real) (?:cases|offences|crimes|instances)|by how many (?:more )?(?:cases|offences|crimes|instances|children|kids|people)\b|how many (?:cases|offences|crimes|instances) (?:is|was) (?:that|this|it)(?: (?:in total|altogether|in all))?\s*\?*\s*$|how many (?:cases|offences|crimes|instances) (?:does|did|would) (?:that|this|it|the \d[\d.,]*\s*(?:%|per ?cent|percent)) (?:represent|amount to|come to|equal|mean)\b|(?:the|a) number of (?:[\w-]+ )?(?:cases|offences|crimes|instances)\b|how much (?!of\b)(?:[\w-]+ ){1,4}(?:did|do|does|has|have|had|was|were|is|are)\b.{0,40}\b(?:in total|altogether|in all)\b)`,
);
const WANTS_SHARE = /\b(?:percent|percentage|%|proportion|share|fraction|rate|half|third|quarter)\b/u;

/** A percentage the question names ("the ten percent rise", "the 51%"): what it asks about, not how it wants it. */
const NAMED_PERCENT = new RegExp(
  String.raw`\b(?:\d[\d.,]*|${Object.keys(NUMBER_WORD_VALUES).join('|')})\s*(?:%|per ?cent\b|percent\b)`,
  'gu',
);

/**
 * Asking what a named percentage is ("is the 51 percent the number of offences?", "is the ten percent rise in…"), as
 * the sentence's question (not "how many cases is the 51 percent?", a count of it).
 */
const ASKS_WHAT_IT_IS = new RegExp(
  String.raw`(?:^|[.?!;]\s*)\W*(?:(?:so|and|but|ok|okay|wait) )?(?:is|are|was|were|does|do) (?:the |that |this |it )?${NAMED_PERCENT.source}`,
  'u',
);

/** True when a question wants a count, not a percentage. */
/** A count set aside for a share: "as a percentage, not a count", "a share rather than a number". */
const COUNT_SET_ASIDE =
  /(?:\b(?:percentage|percent|share|proportion)|%)(?:,? (?:please|pls|plz|thanks|ta))?,? (?:not|rather than|instead of) (?:as )?(?:an? |the )?(?:raw )?(?:count|number|total)\b/u;

export function wantsCount(folded: string): boolean {
  // (A percentage named is what is asked about, no sign of a share wanted — unless the question asks what that
  // percentage is: "is the 51 percent the number of offences?" asks what the share measures.)
  const asked = ASKS_WHAT_IT_IS.test(folded) ? folded : folded.replace(NAMED_PERCENT, ' ');
  // ("…? as a percentage please, not a count" sets the count aside.)
  if (COUNT_SET_ASIDE.test(folded)) return false;
  return WANTS_COUNT.test(folded) && !(WANTS_SHARE.test(asked) && !/rather than|not a/u.test(folded));
}

/** A figure for each year (or the single year before lockdown), asked as a figure. */
const PER_YEAR = r(
  String.raw`\b(?:(?:each|every|per|a|by) year|annual(?:ly)?|yearly|year[- ]on[- ]year|year[- ]by[- ]year|in each of the|single year|the year (?:just )?(?:before|prior))\b`,
);
const ASKS_FIGURE = r(
  String.raw`\b(?:how many|how much|what (?:was|were|is|are) the (?:number|figure|total|rate|percentage|increase|rise)|by how much|by what|what (?:percentage|number|rate|proportion)|percentage (?:increase|rise)|annual percentage|break (?:\S+ ){0,4}down|breakdown|broken down|split (?:\S+ ){0,4}(?:by|into))\b`,
);

/** True when a question asks for a figure per year. */
export function asksPerYearFigure(folded: string): boolean {
  return PER_YEAR.test(folded) && ASKS_FIGURE.test(folded) && !/\bhow many (?:years|yrs)\b/u.test(folded);
}

/** Marks one part of a group: "WhatsApp alone", "the Facebook app itself", "Messenger specifically". */
export const ALONE =
  /\b(?:alone|on (?:its|their) own|by itself|itself|specifically|separately|individually|solely|in isolation|excluding|not counting|\w+-only|only|the (?:main|flagship|core) (?!app\b)[\w'-]+ (?:app|platform|site|service))\b/u;

/** Words that set a named thing aside: "not WhatsApp or Instagram", "excluding Snapchat". */
export const EXCLUDING = /\b(?:not|excluding|except|apart from|other than|rather than|without|besides)\b/u;
