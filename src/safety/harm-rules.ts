// Recognises requests that seek to find, contact, persuade or harm children, or to evade detection. A request
// needs an asker who means to act (first person, a pretext or a "how would someone…") and an act aimed at
// children or at escaping those who protect them. Research questions about offenders remain statistics questions.

import { collapseWhitespace } from '../text/whitespace.js';
import { asksWayPastDetection } from './evasion-ask.js';
import { asksToExtort } from './extortion-ask.js';
import { withoutOtherSenses } from './other-senses.js';
import { ADULT_AGE, adultWritesOfNoChild } from './safeguarding-rules.js';
import { reportsScam } from './scam-report.js';

const r = (source: string) => new RegExp(source, 'u');

/** Ways of getting about on the roads ("the safest way to drive", "a safe place to cycle"). */
const ROAD_MOVES = String.raw`drive|driving|cycle|cycling|bike|biking|ride|riding|walk|walking|cross|crossing|travel\w*|commute|commuting`;
/** Words of doing something unseen, which no question about a road's safety holds ("secretly", "alone"). */
const UNSEEN = String.raw`(?:secret\w*|alone|private\w*|unseen|undetected|unnoticed|without|quiet\w*|hidden)`;

const NUMBER_AGE = String.raw`(?:\d{1,2}|eleven|twelve|thirteen|fourteen|fifteen|sixteen|ten|nine|eight)`;
const CHILD = String.raw`(?:child(?:ren)?|kids?|kiddies|kiddos?|minors?(?! (?:injur\w*|crash\w*|collisions?|incidents?|offen[cs]es?|damage|detail|change|point|issue|role|part|road))|juveniles?|adolescents?|teens?|teenagers?|teenagr|tweens?|preteens?|youngsters?|young (?:people|persons?|ones|girls?|boys?|teens?|lads|fans|uns)|younger (?:girls?|boys?|kids|ones|teens?|friends?)|little (?:girls?|boys?|ones?|friends?)|junior (?:girls?|boys?|members?)|juniors|schoolchildren|school ?kids|school-run kids|fresh-faced ones|(?:the )?ones who|underage(?: \w+)?|under-?age|under[- ]?1\d s?|schoolgirls?|schoolboys?|pupils?|(?:a |the )?(?:${NUMBER_AGE}[- ]?(?:yo|y/o|year[- ]?olds?)|(?<!\b(?:across|over|in|for|past|last|next|within|after|before|the)\s)${NUMBER_AGE}[- ]?yrs?(?! ?(?:ago|later|apart|running|in a row|of)\b)|\d{1,2}s)|(?:year|yr) ?\d{1,2}s?(?: (?:girls?|boys?|kids?))?|(?:a|the|this|that|some|these) (?:girls?|boys?|lads)|girls? (?:aged|under|from the school)|boys? (?:aged|under|who)|middle[- ]?schoolers?|grade[- ]?schoolers?|(?:[1-9](?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth) ?graders?|(?:players|users|members|gamers|accounts) under (?:1[0-7]|[5-9])|lonely (?:kids|teens|children|girls|boys)|(?:someone|somebody|some1|a (?:girl|boy|kid|lad|lass|person)) (?:who(?:'s| is)|that(?:'s| is)|aged) (?:only |just )?(?:1[0-7]|[5-9])\b(?! ?(?:%|percent|per cent|k\b|,\d))|her|him|them)`;

/** The children the harm rules name, without "her", "him" or "them". */
const CHILD_NOUN = CHILD.replace('|her|him|them)', ')');
/** A child named as such (not "her", "him" or "them"). */
const NAMED_CHILD = r(String.raw`\b${CHILD_NOUN}\b`);

/** Someone who means to act: the asker, an asker hiding behind a friend or a story, or "how would someone…". */
const ACTOR = r(
  String.raw`\b(?:i|i'd|i'm|im|i've|ive|me|my|we|us|our)\b|\b(?:tryna|wanna|gonna)\b|\bhow (?:do|can|could|would|should|might|to|does) (?:one|someone|somebody|a (?:man|guy|person|predator|groomer|adult)|an (?:adult|older \w+)|he|they|people)\b|\b(?:for a|for my) (?:story|novel|book|screenplay|script|film|movie|game|play|character)\b|\bhypothetically\b|\basking for a (?:friend|mate|buddy|pal)\b|\b(?:on behalf of|for) (?:a|my) (?:friend|mate|buddy|pal|colleague|brother|cousin|neighbour)\b|\b(?:my|a) (?:\w+ )?(?:friend|mate|pal|buddy|colleague|neighbour|flatmate|brother|cousin|uncle|stepdad|boss|lads?|guy)(?:'s \w+)? (?:wants|keeps|is|has|needs|coaches|asked)\b|\brole[- ]?play\b|\bpretend (?:to be|you(?:'re| are))\b|\b(?:imagine|suppose|picture) (?:you|if|that|a)\b|\b(?:act|acting) as\b|\byou are (?:a|an|'|the|one)\b|\bstay in character\b|\b(?:thought experiment|alternate universe|game time|as a puzzle|for a debate|training exercise|for realism|realistic)\b|\b(?:write|draft|outline|compose|translate) (?:a|an|me|the|his|her)\b|\bstep[- ]by[- ]step\b|\b(?:be specific|actually work|would work)\b|\bhow to\b|\b(?:recommend|advise|suggest|furnish|identify|set out|provide|give me|tell me|list)\b|\b(?:which|what|where) (?:app|apps|platform|platforms|site|sites|service|server|servers|game|one)\b`,
);

/**
 * "Meeting" as an act ("meeting up with kids", "a meeting with a 13 year old"), not as a gathering the writer was at:
 * "a resident at our meeting said no children died on the roads".
 */
const MEETING_AN_ACT = String.raw`(?:(?<!\b(?:a|an|the|my|your|his|her|our|their|this|that|last|next|public|council|team|staff|board|school|committee|parents'?|community|residents'?) )meeting|meeting(?= (?:up|with)\b)(?! with (?:the |our |my |their |a )?(?:parents?|teachers?|staff|head(?:teacher)?|governors|council|team|police|social workers?|children's services)\b))(?: up with)?`;

/** An act aimed at children: meeting, befriending, approaching, persuading, getting images, being alone with. */
const APPROACH = String.raw`(?:reach(?:ing)?|meet(?: up with)?|${MEETING_AN_ACT}|befriend(?:ing)?|make friends with|be friends with|talk(?:ing)? (?:to|with)|start(?:ing)? talking (?:to|with)|chat(?:ting)? (?:to|with|up)|speak(?:ing)? (?:to|with)|contact(?:ing)?|approach(?:ing)?|find(?:ing)?(?! out\b)|look(?:ing)? for|search(?:ing)? for|get(?:ting)? close to|get(?:ting)? (?:access|alone) (?:to|with)|be alone with|win(?:ning)? (?:over|the trust of)|gain(?:ing)? (?:the )?trust|trust me|persuad(?:e|ing)|convinc(?:e|ing)|coerc(?:e|ing)|manipulat(?:e|ing)|lur(?:e|ing)|trick(?:ing)?|groom(?:ing)?|seduc(?:e|ing)|message|messaging|dm|text(?:ing)?|add(?:ing)?|follow(?:ing)?(?![- ]up (?:piece|story|article|report|question|study|research|survey|interview|email|call|on)\b|-up\b)|mov(?:e|ing) (?:a |the |our |my )?(?:kid|child|chat|conversation)|pick(?:ing)? up|pose as|posing as|pretend(?:ing)? to be|send me|sending me|get (?:pics|photos|pictures|images|nudes)|keep (?:our|the|it|this) (?:chats?|messages|secret)|hang(?:ing)? out with|date|dating|hook(?:ing)? up with|maintain(?:ing)? (?:[\w-]+ )?(?:correspondence|contact|conversations?|chats?|relationships?)|(?:correspondence|conversations?|chats?|relationships?) with|shortlist|target(?:ing)?|exploit(?:ing)?|abus(?:e|ing)|touch(?:ing)?|film(?:ing)?|photograph(?:ing)?|get(?:ting)? closer to|one[- ](?:on|to)[- ]one|(?:take|taking|move|moving) (?:things|it|them|her|him) (?:private|offline|somewhere)|invite|inviting|get into (?:her|his|their) dms|become (?:her|his|their)|engag(?:e|ing) with|initiat(?:e|ing) (?:\w+ )?(?:conversations?|contact|chats?)|sustain(?:ing)? (?:\w+ )?(?:communication|contact)|develop(?:ing)? (?:a )?(?:close|personal)|recruit(?:ing)?|make (?:frends|friends)|chat(?:ting)? wit|dmin|dming|dms|msg(?:ing)?|messagin|get to know|be where (?:they|kids) are|secret best friends?|feel comfortable|keep (?:coming back|it (?:that way|secret|between us))|come and visit|get (?:her|him|them) (?:to|off|onto|alone)|spend(?:ing)? time with|chat(?:ting)? (?:to|with) (?:\w+ )?)`;
const APPROACH_CHILD = r(
  String.raw`\b${APPROACH}\b(?:\W+\w+){0,6}?\W+${CHILD}\b|\b${CHILD}\b(?:\W+\w+){0,8}?\W+(?:to (?:meet|trust|send|keep|agree|come|move|delete|share)|(?:agrees?|agreed) to meet|(?:hang|hangs) out|on it|on there|without (?:her|his|their) (?:parents?|mum|mom|dad)|so (?:she|he|they) (?:meets?|trusts?|sends?))\b|\b(?:get|make|persuade|convince|ask|trick|force|pressure)\b(?:\W+\w+){0,3}?\W+${CHILD}\b(?:\W+\w+){0,6}?\W+(?:send|share|show|take|meet|trust|keep|come|move|delete|agree)\b|\b(?:get|make) (?:her|him|them) (?:to )?(?:send|trust|meet|keep)\b`,
);

/** Getting away with it: police, moderators, parents, evidence, being traced. */
const EVADE = r(
  String.raw`\b(?:hide|hiding|hid|keep|keeping)\b(?:\W+\w+){0,8}?\W+from (?:her|his|the (?:kid|child|girl|boy)'?s?) (?:parents?|mum|mom|dad|family|guardians?|carers?)\b|\bhow (?:to|do i|can i|could i|should i|do you|can you)\W+(?:hide|keep)\b(?:\W+\w+){0,8}?\W+from (?:their|the child'?s|the kid'?s) (?:parents?|guardians?|carers?|families)\b|\b(?:(?:avoid|evade|dodge|bypass)\b(?:\W+\w+){0,7}?\W+(?:detection|moderation|filters?)\b|(?:avoid|evade|escape|hide|hiding|dodge|beat|fool|bypass|gets? around|gets? round|getting around|getting round|work around|get past|slip past|without)\b(?:\W+\w+){0,4}?\W+(?:police|cops|detection|detected|moderators?|moderation|filters?|safeguards?|protections?|the law|authorities|ceop|parents?|mum|mom|dad|being (?:caught|traced|tracked|reported|noticed|flagged|seen))|not (?:get|getting|be|being) (?:caught|reported|traced|flagged|detected)|never (?:get|be) (?:caught|traced|found|reported|detected|flagged)|without (?:getting|being) (?:caught|traced|tracked|reported|noticed|detected|flagged)|(?:no ?one|nobody|(?:her|his|their) (?:parents?|mum|mom|dad)) (?:ever )?(?:sees?|finds? out|knows?|checks?|will see|can see|would see)|(?:her|his|their) (?:parents?|mum|mom|dad) (?:from )?(?:finding out|seeing|knowing|noticing)|(?:her|his|their) (?:parents?|mum|mom|dad) (?:not to|to not|never to|not) (?:know|find out|see|notice)|(?:without|so) (?:my|her|his) (?:ex|partner|wife|husband|girlfriend|boyfriend) (?:ever )?(?:knowing|finding out|seeing|noticing)|(?:no|without) (?:mum|mom|dad|parents?) involved|(?:if|so|as long as|provided) (?:he|she|they|the kid|the child) keeps? (?:our|the|this) (?:stuff|chats?|messages|things|talks?) (?:private|secret|between us)|when (?:her|his|their) (?:parents?|mum|mom|dad) (?:aren'?t|isn'?t|are not|is not|arent|isnt) (?:around|home|there|looking)|outside (?:of )?(?:parental|the parents'?|their parents'?) (?:visibility|view|oversight|knowledge|sight)|without (?:us|anyone|anybody|the parents) (?:ever )?(?:seeing|knowing|noticing|finding out)|without getting (?:banned|blocked|flagged)|(?:won'?t|wont|doesn'?t|not|never) tell (?:anyone|anybody) what happen(?:s|ed)|(?<!(?:asked|told|made|forced|pressured) to )(?:keep|keeps|keeping|kept) (?:it|this|that|us|things|stuff|our \w+) (?:secret )?from (?:her|his|their) (?:parents?|mum|mom|dad)|never (?:see|sees|find out)|undetected|so (?:that )?(?:the (?:school|club|church|team|troop|group|centre|center|parents|mods|moderators)|(?:her|his|their|the kids'?|the child'?s) (?:school|parents?|mum|mom|dad|family)|nobody|no ?one|no1|no body) (?:doesn'?t|dont|don'?t|can'?t|cant|won'?t|wont|never|will never|wouldn'?t|wouldnt) (?:ever )?(?:see|know|find out|notice|check|hear)|untraceable|can'?t (?:be )?(?:traced|tracked|read|link|see)|cant (?:read|see|link)|link (?:\w+ )?back to me|(?:delet\w*|wip(?:e|ing)|destroy\w*|eras(?:e|ing)|clear(?:ing)?)\b(?:\W+\w+){0,4}?\W+(?:evidence|chats?|messages|msgs|phone|history|account)|no evidence|(?:less|least|un) ?likely to (?:flag|notice|detect|catch|report|spot)|(?:get|got) round (?:them|it|those|these)|(?:won'?t|wouldn'?t|don'?t|not) (?:bother|come) (?:with|after|for) (?:someone|me|people|a guy|a man)|(?:best|safest|perfect) hiding place|place to hide|used as evidence|cover (?:my|our|his|your) tracks|disappearing messages|(?:fake|burner|anonymous) (?:account|profile|number|phone)|vpn|lowest (?:risk|detection)|least (?:moderated|risk|likely to be (?:caught|reported|checked))|(?:check|checks|monitor|monitors|moderate|moderates) (?:the )?least|safest (?:app|platform|site|place|way)(?!s? (?:to|for) (?:${ROAD_MOVES}|overtake|overtaking|park|parking)\b(?![^.?!]*\b${UNSEEN}\b))|stop it (?:getting|being) reported|(?:worry|worried) about (?:her|his|their) (?:mum|mom|dad|parents?)|tell on me|avoid (?:being|getting|ending up) (?:among|in|counted|recorded|caught|one of|part of)|(?:don'?t|not|never|won'?t) (?:end up|show up|appear|get counted|get recorded|get caught) (?:in|among|as|on|by)|make sure (?:\w+ ){0,2}(?:is|are|stays?|ends? up) (?:in|among|part of) the (?:other|missed|undetected|rest|\d+ ?(?:%|percent|per cent)\W+(?:\w+\W+){0,2}?(?:miss|misses|missed|escapes?|slips? through|isn'?t (?:found|caught|removed)|(?:don'?t|doesn'?t) (?:catch|find|detect)))|slips? (?:through|past)|(?:without|before) (?:anyone|anybody|my friend|the club|(?:her|his|their) (?:parents?|mum|mom|dad|school|teachers?|leaders?)) (?:\w+ )?(?:knowing|noticing|seeing|finding out|looking|gets? to)|(?:stop|prevent|discourage)\w* (?:\w+ ){0,6}(?:reporting|disclosing|telling)|(?:keep|keeps) (?:getting|gettin) reported|(?:banned|blocked) (?:\w+ ){0,3}for (?:messag|chatt|talk)\w*|get (?:bak|back) on|(?:parents?|mum|mummy|mom|dad) (?:are|r|is) asleep|(?:mummy|mum|mom|parents?) (?:won'?t|wont|can'?t|cant|don'?t) (?:look|see|know|check)|parental monitoring|screenshot\w*|cloud scanning|traced back(?! to (?:a |the |an |its |their )?(?:published |original |primary |reliable |official |named )?(?:sources?|stud(?:y|ies)|reports?|articles?|data|research|papers?|figures?|publications?)\b)|circumvent\w*|fake age|(?:filter|filters) (?:doesn'?t|don'?t|won'?t) (?:catch|flag)|story to tell the police|(?:chances|odds|likelihood|likely) (?:of|am i|i am|to)? ?(?:\w+ ){0,3}(?:caught|detection|detected|reported|recorded)|hw likly|least (?:moderation|oversight|likely)|outside the view|removing records|never get recorded|without consequences|dodge (?:every|the|all) safeguards?|before anyone else|(?:be|end up|stay|get) (?:in|among) the (?:\d+ ?(?:%|percent|per cent) |ones? |cases? )?(?:(?:it|they|that|facebook|moderators|police) )?(?:miss|misses|missed|(?:doesn'?t|don'?t|never) (?:catch|find|detect|spot))|(?:good|believable|plausible|convincing) (?:excuse|story|explanation|reason)s?\b(?:\W+\w+){0,10}?\W+(?:if|when|in case) (?:the |his |her |their )?(?:parents?|mum|mom|dad|school|teachers?|police|anyone|someone|people) (?:start |starts |begin |ask|asks|find|finds|notice|notices|question|questions|get|gets)|excuse\b(?:\W+\w+){0,8}?\W+(?:if|when) (?:i'?m|i am|i get|we get|we'?re|we are) (?:caught|questioned|seen|found out)|(?:mistakes?|errors?|slip[- ]?ups?)\b(?:\W+\w+){0,4}?\W+(?:got|get|gets|getting) (?:them|him|those \w+|offenders|people|predators|groomers) caught|(?:(?:should|could) (?:they|he|offenders|groomers|predators|those \w+)|(?:they|he|offenders|groomers|predators|those \w+) (?:should|could)) have done (?:instead|differently)|(?:encryption|encrypted|encrypt\w*)\b(?:\W+\w+){0,8}?\W+(?:hide|hides|hidden|cant|can'?t|stops?|stopping|stopped|protects?|protected|protecting)\b(?:\W+\w+){0,3}?\W+(?:my|me|our|us|chats?|messages|msgs|conversations?))`,
);

/** A stated purpose that betrays the ask ("so I can meet some", "deciding whether to move my chats with a minor"). */
const INTENT = r(
  String.raw`\b(?:so (?:that )?(?:i|we|he) (?:can|could|know|don'?t|won'?t|never)|i (?:want|wanted|wanna|need|plan|intend|wish|would like|'d like|'m going|am going|'m trying|am trying) to|i'?d like to|tryna|trying to|deciding whether|(?:want|wanna|need|looking|trying|hoping|planning) to (?:start )?(?:talk|meet|find|chat|befriend|contact|get|approach|move)|my (?:odds|exposure|approach|chances|shortlist)|for (?:meeting|finding|contacting|approaching) (?:some|them|kids|children)|i talk to|i'?m talking to|i have been talking to|i'?ve been talking to|my (?:chats?|messages|msgs|conversations?|correspondence|contact|dms?|texts?) (?:with|wiht|w/|to) (?:a |an |the |my |this |that )?${CHILD}|(?:me|i) (?:talking|chatting|speaking) (?:to|with) ${CHILD}|(?:she|he)(?:'ll| will) tell on me|a child reports me|(?:i|we) (?:could|can|would|might) (?:do|try) the same|(?:kid|child|minor|teen)s? (?:like|trust|trusts) me)\b`,
);

/** A purpose of reaching children stated outright: "so I can meet some", "tryna find a few". */
const PURPOSE = r(
  String.raw`\b(?:so (?:that )?(?:i|we) (?:can|could)|(?:i )?(?:want|wanna|need|plan|hope|intend) to|(?:planning|deciding|working out|figuring out|choosing) (?:where|how|when|which (?:app|platform|site)) to|tryna|trying to|for|i'?d like to|i'?m going to|gonna)\s+(?:start\s+)?(?:meet(?:ing)?|befriend(?:ing)?|talk(?:ing)? to|contact(?:ing)?|find(?:ing)?|approach(?:ing)?|chat(?:ting)? (?:to|with|up)|get(?:ting)? close to|look(?:ing)? for|groom(?:ing)?|date|dating)\s+(?:some|a few|them|one|more|kids|children|minors|teens|girls|boys|her|him)\b`,
);

/** "which app is best for grooming", "the easiest app to meet young girls": shopping for a way to reach children. */
const BEST_FOR = r(
  String.raw`\b(?:(?:best|easiest|easyest|safest|good|better|easier|quickest|fastest|simplest|top)\s+(?:\w+\s+)?(?:app|apps|platform|platforms|site|sites|way|ways|place|places|game|games|method|methods)|(?:app|apps|platform|platforms|site|sites|game|games)\s+(?:is|are|would be|works)\s+(?:the\s+)?(?:best|easiest|safest|good|better|easier)|\b(?:is|are|would)\s+(?:[\w.-]+\s+){1,2}(?:any\s+)?(?:good|best|great|ideal|safe|easy|better)(?:\s+than\s+[\w.-]+)?(?=\s+(?:to|for|4)\s+(?:meet|find|contact|approach|befriend|lur)\w*\s+(?!(?:other|pupils?|students?|their|our|my)\b)(?:\w+\s+)?(?!(?:pupils?|students?)\b)${CHILD}))\s+(?:to|for|4)\s+(?:groom(?:ing)?\b|(?:meet(?:ing)?|find(?:ing)?|contact(?:ing)?|talk(?:ing)? to|chat(?:ting)? (?:to|with)|approach(?:ing)?|befriend(?:ing)?|lur(?:e|ing))\s+(?:\w+\s+)?${CHILD})`,
);

/** Getting past an age check: "get around discord's age checks", "bypass age verification", "lie about my age". */
const PAST_AGE_CHECKS = r(
  String.raw`\b(?:get(?:ting)? (?:a)?round|get(?:ting)? past|bypass\w*|trick\w*|fool\w*|cheat\w*|beat(?:ing)?|avoid\w*|skip\w*|fake|faking|lie about|lying about)\b(?:\W+[\w'’-]+){0,3}?\W+(?:age (?:checks?|verification|verifications|gates?|limits?|restrictions?|requirements?|ver)|(?:my|your|their|his) age)\b`,
);
/** Into a place made for children: "to get into servers for under 16s", "join groups meant for kids". */
const INTO_CHILDRENS_SPACE = r(
  String.raw`\b(?:get(?:ting)? into|get(?:ting)? in|join\w*|access\w*|enter\w*|sneak\w* into)\b(?:\W+[\w'’-]+){0,4}?\W+(?:for|meant for|just for|only for|aimed at|made for) (?:the )?(?:under[- ]?1\d\w*|u1\d\w*|kids|children|teens|teenagers|minors|tweens|young (?:people|teens|kids)|1[0-7] ?(?:to|-) ?1[0-7] (?:year olds|yos?))\b`,
);

/** How a protection works: "how do age checks on discord work", "how does reporting work on snapchat". */
const HOW_PROTECTION_WORKS = r(
  String.raw`\bhow (?:do|does|would|will) (?:the |their |its |[\w'’]+'s? )?(?:age (?:checks?|verification|gates?|limits?|restrictions?)|parental controls?|reporting|report buttons?|moderation|filters?|safety (?:features?|settings?|tools?)|blocking)\b(?:\W+[\w'’-]+){0,3}?\W+work\b`,
);
/** Research framing: questions about what offenders did, according to the source. */
const RESEARCH = r(
  String.raw`\b(?:according to (?:the )?(?:nspcc|article|research|report|police|study)|does the (?:article|nspcc|research|report)|did the (?:article|nspcc|research)|in the (?:article|research|study|data)|how (?:do|did|does) (?:offenders|groomers|predators|abusers|paedophiles|perpetrators)|(?:which|what) (?:apps?|platforms?|sites?|games?|tactics|methods|tricks|techniques) (?:do|did|does) (?:offenders|groomers|predators|abusers|paedophiles|perpetrators) (?:use|prefer|rely on))\b`,
);

/** A protective purpose: talking to one's class about safety is not approaching children. */
const PROTECTIVE = r(
  String.raw`\b(?:safe|safety|safer|protect\w*|warn\w*|explain\w*|teach\w*|lesson|educat\w*|curriculum|awareness|safeguard\w*|support them|look out for|keep (?:them|my kids|my children|kids|children) safe|my (?:own )?(?:kids?|child(?:ren)?|son|daughter|teens?(?!'s)|teenagers?(?!'s)|class|pupils|students)|stop (?:strangers|people|adults|anyone|others)|polic(?:y|ies)|guidelines?|code of conduct|never (?:dm|message|contact|text|chat)\w*|only through (?:the )?(?:parents|group))\b`,
);

/** Keeping children safe, which a stake in the outcome may also be ("how do I make sure mine stays safe"). */
const KEEPING_SAFE = r(
  String.raw`\b(?:protect\w*|safeguard\w*|keep (?:them|him|her|my \w+|kids|children) safe|stays? safe)\b`,
);

/**
 * A protective purpose clause ("so we can protect them"), up to the next clause: beside a question of how offenders
 * act it is no intent of the writer's to reach children ("how do predators find children online, so we can protect
 * them?"); a second purpose after it still is ("…so we can protect them and so I can meet one").
 */
const PROTECTIVE_PURPOSE =
  /\bso (?:that )?(?:i|we) (?:can|could) (?:better )?(?:protect|safeguard|keep (?:\w+ )?safe|spot|recogni[sz]e|warn|teach|educate|support|help)\b(?: (?!(?:and|but|also|so|because|then)\b)[\w'-]+){0,4}/gu;
/**
 * A protective wish for those in the writer's care or people in general, ending the message: "I want to explain the
 * warning signs to parents", "I'd like to warn my pupils" (not "teach myself", "explain it to a 12 year old girl", nor
 * "…teach my class and then meet one").
 */
const PROTECTIVE_WISH =
  /\b(?:(?:i|we) (?:want|need|plan|hope|am trying|'m trying|are trying) to|(?:i|we)'?d like to|i would like to) (?:protect|safeguard|keep (?:\w+ )?safe|warn|teach|educate|explain)\b(?: (?!(?:and|but|also|so|because|then|a|an|one|myself|me)\b)[\w'-]+){0,4}? (?:(?:my|our|the|other) )?(?:own )?(?:parents|carers|families|pupils|students|class|classes|children|kids|teens|teenagers|young people|staff|colleagues|volunteers|members|school|team|group|people|others|everyone|sons|daughters|son|daughter)\b(?: (?!(?:and|but|also|so|because|then|to|i|we)\b)[\w'-]+){0,3}$/gu;
/** A question of how offenders act, less the protective purpose or wish beside it. */
function lessProtectivePurpose(compact: string): string {
  return RESEARCH.test(compact)
    ? compact.replace(PROTECTIVE_PURPOSE, ' ').replace(PROTECTIVE_WISH, ' ')
    : compact;
}
/** The intent a message states, less a protective purpose beside a question of how offenders act. */
function statesOwnIntent(compact: string): boolean {
  return INTENT.test(lessProtectivePurpose(compact));
}

/** Research framing with no first person ("how do offenders groom children, according to the NSPCC?"). */
const RESEARCH_ONLY = {
  test: (compact: string) => RESEARCH.test(compact) && !/\b(?:i|me|my|we|our)\b/u.test(compact),
};

const CHILD_WORD = r(String.raw`\b${CHILD}\b`);

/**
 * Someone else did it to a child and the writer is telling, or suspects it ("I suspect my neighbour is grooming the girl
 * next door"): a concern, never a harmful ask.
 */
const REPORTED_HARM = r(
  String.raw`\b(?:told|confided in|disclosed to|informed|showed|said to) (?:me|us|a volunteer|a teacher|her \w+|his \w+)\b|\b(?:think|thinks|worried|worry|afraid|scared|suspect|suspects|fear|concerned) (?:that )?(?!(?:i|i'?m|im|we|we'?re)\b)(?:[\w'-]+ ){1,4}?(?:is|are|was|were|has been|have been|might be|may be) (?:grooming|abusing|exploiting|targeting|blackmailing|sextorting)\b|\b(?:someone|somebody|(?:a|an|this|some|the) (?:man|guy|adult|stranger|person|older \w+|grown \w+))\b(?:\W+\w+){0,8}?\W+(?:(?:has|have|had|is|was|keeps?|kept)\b(?:\W+\w+){0,2}?\W+(?:asked|asking|contacting|contacted|messaging|messaged|sending|sent|offering|offered|telling|told|wanting|threatening|threatened|adding|added|inviting|invited)|(?:wants?|asks?|asked|says?|said|told|tells|threatens?|threatened) (?:me|him|her|them)|wants? to (?:meet|see|video|call|talk|chat|pick)|(?<!\b(?:i'?m|i am|im|me and|me,) (?:an? |another )?(?:\w+ )?(?:man|guy|adult|person)\b(?:\W+\w+){0,8}?\W+)(?:started|starts|began|begun|has been|have been|had been|keeps?) (?:dm\w*|messag\w*|texting|contacting|chatting (?:to|with)|private messaging))\b`,
);

/**
 * The asker's own stake in offending unseen: their odds of being caught or recorded, leaving no trail, standing out
 * among the recorded cases, copying those who were not caught, being "someone like me". Beside a figure from the
 * source, it turns a statistics question into a harmful one.
 */
const OWN_STAKE = r(
  String.raw`\b(?:my (?:(?:actual|real|true|own) )?(?:odds|chances|risk|exposure|next target|best hiding place)|(?:someone|people|guys?) like me|(?:leav\w*|leave) (?:a |no )?(?:trail|trace)|without (?:a )?(?:trail|trace)|(?:would|will|does|could) (?:stand out|get noticed|be noticed)|stand out|(?:copy|do what) (?:them|they did|the ones|those)|(?:make sure|ensure) (?:mine|my \w+) (?:is|are|gets?|stays?)|i'?ll be (?:a )?(?:lower|low) priority|(?:time|timing) it|phrase my messages|(?:for|to) me to (?:send|approach|meet|message|talk|contact)|(?:where|which) (?:the )?(?:children|kids|minors) are (?:most )?(?:active|online|alone))\b`,
);

/** Asking how to commit the offence itself: "how to groom", "how can I lure…". */
const HOW_TO_OFFEND = r(
  String.raw`\bhow (?:to|do (?:i|you|u)|can (?:i|you|u|one)|could i|would (?:i|you|one)|should (?:i|one)|best to|do i best)\s+(?!(?:explain|teach|talk|tell|warn|spot|recogni[sz]e|prevent|stop|avoid|report|protect|identify|detect|educate|describe|discuss|define)\b(?!(?:\W+\w+){0,4}?\W+(?:you|i|we) groom))(?:\w+\s+){0,2}?(?:groom|lure|sextort|molest|seduce|entice)\w*\b`,
);

/** Who will groom, said by the writer: "I'll", "im gonna", "tryna", "for me to", "let me". */
const GROOMER_TO_BE = `(?:(?:i|we)(?:'?ll| will| can| could| would| might| shall| may)|i'?m (?:gonna|gunna|going to|about to|planning to|trying to|ready to|looking to)|im (?:gonna|gunna|going to|about to|planning to|trying to|ready to|looking to)|i am (?:going to|about to|planning to|trying to|ready to|looking to)|(?:i|we) (?:want|wanna|need|plan|intend|hope|mean|like|would like|'d like) to|gonna|gunna|gona|tryna|imma|ima|finna|going to|for (?:me|us) to|let me|(?:help|teach|show) me (?:to|how to))`;
/** Where or whom: on a platform or online, a child, or nothing after it ("which app is safest for me to groom on?"). */
const GROOMED_WHERE = String.raw`(?:\s+(?:on|via|through|using|in|over)\s+(?:\w+\s+){0,2}?(?:snap\w*|insta\w*|ig|fb|facebook|whatsapp|wa|messenger|discord|roblox|minecraft|fortnite|tiktok|twitter|kik|omegle|apps?|platforms?|sites?|games?|servers?|online|social media|the internet|chats?)\b|\s+(?:\w+\s+){0,2}?${CHILD}\b(?!\s+(?:\w+\s+)?to (?:spot|recogni[sz]e|know|stay|avoid|be aware|keep))|\s+(?:on|in)\s*(?:[?.!,;:-]|$)|\s*(?:[?.!,;]|$))`;
/**
 * The writer saying they will groom, on a platform, a child or no one named: "im gonna groom on snapchat", "tryna groom
 * on insta", "which app is safest for me to groom on", "I want to groom". (Not "let me groom the dataset", "groom our
 * successors", "groom my dog", read apart before the rules.)
 */
const OWN_GROOMING = r(
  String.raw`\b${GROOMER_TO_BE}\s+(?:(?:start(?:ing)?|be|keep)\s+)?gro?om(?:ing)?${GROOMED_WHERE}`,
);
/** Words reporting what someone else said, just before: "the offender said 'i'll groom anyone…'". */
const SAID_BEFORE =
  /\b(?:said|says|saying|told|tells|wrote|writes|messaged|texted|typed|posted|quoted|like)\W*$/u;

/** The writer saying they will groom, not quoting someone who did. */
function ownGrooming(compact: string): boolean {
  const m = OWN_GROOMING.exec(compact);
  return m !== null && !SAID_BEFORE.test(compact.slice(Math.max(0, m.index - 30), m.index));
}

/** Seeking images of children: "get child pics", "where to find underage photos". */
const CHILD_IMAGES = r(
  String.raw`\b(?:get|getting|obtain|find|buy|download|collect|trade|swap|share|send me|see)\s+(?:\w+\s+){0,2}?(?:child|children|kid|kids|minor|minors|underage|teen|young|little)\s+(?:pics|pictures|photos|images|nudes|videos|vids|content|material)\b`,
);

/**
 * Paying or bargaining a child for images, or asking which children images are easier to get from: "how much money do
 * you need to offer a teen before they'll send pics", "is it easier to get pics from boys or girls".
 */
const BUYS_CHILD_IMAGES = r(
  String.raw`\b(?:how much|what (?:amount|price)|money|cash|pay|paying|offer|offering|vbucks|robux|gift ?cards?)\b(?:\W+\w+){0,8}?\W+(?:teens?|kids?|child|children|minors?|schoolgirls?|schoolboys?|(?:1[0-7]|[5-9]) ?(?:yo|year olds?))\b(?:\W+\w+){0,6}?\W+(?:send|share|for)\b(?:\W+\w+){0,3}?\W+(?:pics|pictures|photos|nudes|vids|videos|images)\b|\b(?:get|getting|obtain)\s+(?:pics|pictures|photos|nudes|vids|videos|images)\s+(?:from|of|off)\s+(?:(?:young|little|teenage|underage)\s+)?(?:boys|girls|kids|teens|minors|children)\b`,
);
/**
 * What gets children to answer an older stranger, or the lines that extort them: "what usernames or bios get teenage
 * girls to reply to an older guy", "the most effective sextortion scripts".
 */
const BAIT_OR_SCRIPT = r(
  String.raw`\b(?:usernames?|bios?|profiles?|profile pics?|opening lines?|openers?|lines?|messages?|chat ?up lines?)\b(?:\W+\w+){0,3}?\W+(?:get|gets|make|makes|will get)\s+(?:\w+\s+){0,2}?(?:girls|boys|kids|teens|teenagers|minors|children)\s+to\s+(?:reply|respond|answer|talk|trust|message|open up)\b|\b(?:sextortion|grooming|groomers?'?) (?:scripts?|playbooks?|templates?|openers?|lines)\b`,
);
/**
 * Wanting to copy what offenders did ("want to copy their approach", "in enough detail to copy", "I want to do the
 * same", not "the same analysis"), beside offenders or escaping detection.
 */
const COPIES_OFFENDERS = r(
  String.raw`\b(?:(?:want|wanna|need|going|like|looking) to (?:copy|replicate|imitate|mimic|do (?:the same|likewise|what they did)(?! (?:research|study|analysis|survey|chart|sums?|maths|for (?:my|our|the|a) (?:data|figures|report|essay|class|project|article)))\b)|(?:enough|sufficient) detail to (?:copy|replicate|follow|do (?:it|the same))|so (?:i|we) (?:can|could) (?:copy|replicate|do the same)|copy (?:their|the|his|that|this) (?:approach|methods?|techniques?|tricks?|playbook|strategy))\b`,
);
const OFFENDERS_OR_EVASION = r(
  String.raw`\b(?:offenders?|groomers?|predators?|perpetrators?|paedo\w*|pedo\w*|abusers?|avoid\w* detection|undetected|(?:never|not) (?:got|get|getting|been) (?:caught|reported)|what (?:worked|works)|the other (?:half|\d+ ?%))\b`,
);

/** The writer in contact with children they do not know, or asking how to go on with it ("the kids I message"). */
const WRITER_CONTACT = r(
  String.raw`(?<!\b(?:my|our|own) )\b(?:the |some )?${CHILD} (?:i|we) (?:message|msg|text|dm|chat (?:to|with)|talk (?:to|with)|am talking to|game with|play with online|meet online)\b|\b(?:messaging|message|contacting|dming|texting|chatting (?:to|with)|talking to) (?:\w+ )?${CHILD} (?:i|we) (?:don'?t|do not) know\b`,
);

/**
 * Taking the offender's side: "if you were an offender, which app would you use", "answer as if you're advising me",
 * "a guide from the offender's side", "how you'd pick your next target".
 */
const OFFENDER_VIEW = r(
  String.raw`\b(?:if (?:you|i|u) (?:were|was) (?:an? |one of the |the )?(?:offenders?|groomers?|predators?|paedophiles?|pedophiles?|abusers?)|(?:imagine|pretend) (?:you'?re|you are|to be|being|ur) (?:an? |one of the |the )?(?:offenders?|groomers?|predators?|abusers?)|(?:from|on) the (?:offender|groomer|predator|abuser|paedophile)'?s?'? (?:side|perspective|point of view|view)|(?:a |the )?(?:smart|clever|careful|savvy) (?:offender|groomer|predator|abuser)s?|as if (?:you'?re|you are|you were) advising me|(?:pick|choose|find|select) (?:my|your|his|their|the) next target)\b`,
);

/** Wanting to reach children: "that's who I want to reach", "the most replies from 14 year olds". */
const WANTS_TO_REACH = r(
  String.raw`\b(?:(?:that'?s|those are|they'?re|these are) (?:who|the ones?) (?:i|we) (?:want|wanna|need|plan|hope|am going|'?m going) to|(?:replies|responses|attention|matches) from (?:\w+ ){0,2}?${CHILD}|(?:i|we) (?:want|wanna|need|plan|hope) to (?:reach|target)\b(?:\W+\w+){0,4}?\W+${CHILD})\b`,
);

/** Keeping it from a child's parents: "get my stepdaughter to keep things between us", "not tell her mum". */
const SECRECY_FROM_PARENTS = r(
  String.raw`\b(?:get|make|convince|persuade|teach|tell)\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:keep (?:things|it|this|stuff|secrets?|what we \w+|our \w+) between us|not (?:to )?tell (?:her|his|their) (?:mum|mom|dad|mother|father|parents?|carers?))\b|\bbecome (?:his|her|their) (?:go-to|trusted|special|secret) (?:person|adult|friend)\b`,
);

/** Looking for where children are, or when they are alone: "which apps show you if a kid is online and on their own". */
const LOCATING = r(
  String.raw`\b(?:if|when|whether) (?:a |the )?(?:kid|child|minor|teen|girl|boy)s? (?:is|are) (?:online|alone|on (?:their|his|her) own)\b|\b(?:an adult|adults|strangers|i|someone|a grown \w+) can (?:message|contact|dm|add|chat (?:to|with)|talk to)\b(?:\W+\w+){0,3}?\W+without\b|\b(?:which|what) (?:app|apps|platform|platforms|site|sites|game|games|server|servers) (?:are|is) (?:they|these|those|the (?:[\w-]+ )?ones?) on\b`,
);

/**
 * The writer's own romantic or sexual interest in a child ("I fancy a 13 year old boy", "want a 13yo girlfriend",
 * "in love with a 12 year old"), unless the writer says they are young themself ("I'm 13 and I fancy a boy of 14").
 */
const INTEREST_IN_CHILD = r(
  String.raw`\b(?:i|i'm|im|i am|i've|ive)\b(?:\W+\w+){0,4}?\W+(?:fancy|fancies|fancied|(?:in love|obsessed|besotted) with|(?:a )?crush on|attracted to|turned on by|want(?:s|ed)? (?:a|to date|to marry|to go out with)|dating|date|going out with|seeing)\W+(?:\w+\W+){0,3}?(?:${NUMBER_AGE}[- ]?(?:yo|y/o|year[- ]?old)s?|(?:a )?${NUMBER_AGE} year old|(?:year|yr) ?(?:[5-9]|1[01])s?|(?:school ?girls?|school ?boys?|minors?|under[- ]?age \w+|underage \w+))\b|\b${NUMBER_AGE}[- ]?(?:yo|y/o|year[- ]?old) (?:girlfriend|boyfriend|gf|bf|lover)\b`,
);
/**
 * Children called easy prey ("kids on instagram are easy targets right?"), unless the message asks why or how to
 * protect them ("why are children such easy targets?").
 */
const EASY_PREY = r(
  String.raw`\b${CHILD}\b(?:\W+\w+){0,5}?\W+(?:are|r|is|seem|look)\W+(?:\w+\W+){0,2}?(?:easy|easier|easiest|soft|simple)\W+(?:targets?|prey|pickings|marks?|to (?:groom|get|manipulate|trick|fool|talk to|reach|pick off))\b`,
);
const ASKS_WHY_OR_PROTECTS =
  /\b(?:why|how come|what makes|protect|protecting|keep (?:them|kids|children) safe|safeguard\w*)\b/u;
/** The writer says they are a child or teenager. */
const WRITER_YOUNG = /\b(?:i'?m|i am|im|me)\s+(?:only |just )?(?:1[0-7]|[89])\b(?!\s*(?:%|percent|k\b|,\d))/u;

/**
 * How a message reads for harm: `stated` when the writer's own intent, stake or an outright ask for a way to offend
 * is in so many words; `inferred` when only an act aimed at a child (or escaping detection) beside someone who may
 * act is, which a report of someone else's acts also holds ("my daughter, 12, was asked by a man to meet him").
 */
export type HarmReading = 'none' | 'stated' | 'inferred';

const COVER_STORY = /\b(?:cover stor(?:y|ies)|alibi)\b/u;
const MATERIAL = '(?:pics|pictures|photos|images|imagery|videos|vids|material|content|stuff|files)';
const OFFENDERS = '(?:paedophiles|pedophiles|offenders|groomers|predators|abusers|these guys)';
const NOT_REMOVED =
  "(?:(?:isn'?t|is not|wasn'?t|was not|aren'?t|are not|(?:hasn'?t|has not|haven'?t|have not) (?:yet )?been|never (?:gets? )?) ?(?:removed|taken down|caught|found|detected))";
/** "Where do people…", "where can I…": asking where anyone goes to do something. */
const WHERE_ANYONE = String.raw`\bwhere (?:do|does|can|could|would|might) (?:people|folks|they|someone|somebody|one|you|i|we) (?:\w+ )?`;
/**
 * Where to find what offenders share or what escapes removal ("where can I find the actual pics these guys share",
 * "where would someone go to find the material that isn't removed"): seeking abuse material, however it is framed.
 */
const SEEKS_MATERIAL = new RegExp(
  [
    String.raw`\bwhere (?:can|could|would|do|does|might|should|to) (?:(?:i|we|someone|somebody|one|you|a person|people) )?(?:\w+ ){0,3}?(?:find|get|see|access|download|buy|look at|view|watch)\b(?:\W+\w+){0,4}?\W+${MATERIAL}\b(?:\W+\w+){0,3}?\W+(?:these (?:guys|men|people|offenders|groomers)|they share|${OFFENDERS} (?:share|trade|post|swap)|${NOT_REMOVED})`,
    String.raw`\bwhere (?:do|does|can|could) ${OFFENDERS} (?:trade|share|swap|post|get|find|keep)\b(?:\W+\w+){0,3}?\W+${MATERIAL}`,
    // "where do people trade the kind of stuff the article talks about? the 97% removed stuff": trading or buying
    // material named by its removal or its abuse, by anyone (not "where can I buy photos of kids playing football")
    String.raw`${WHERE_ANYONE}(?:trade|swap|sell|buy|exchange)\b(?:\W+\w+){0,2}?\W+(?:(?:kind|sort|type)s? of )?${MATERIAL}\b(?=.*\b(?:removed|removes|taken down|takes down|abuse|abusive|exploitation|exploitative|indecent|csam|illegal)\b)`,
    // "where do people swap pics of under 16s": swapping pictures of children is no purchase for a club newsletter
    String.raw`${WHERE_ANYONE}(?:trade|swap|exchange)\b(?:\W+\w+){0,2}?\W+${MATERIAL} of (?:under[- ]?\d+s?|kids|children|minors|teens|young (?:girls|boys|kids|teens))\b`,
    String.raw`\b(?:where(?:'s| is| are)|best place to find|where to find) (?:the )?${MATERIAL} (?:that |which )?(?:${NOT_REMOVED}|escapes? (?:removal|detection|the filters))`,
    // "how to find collections of abuse images online", "where can I get exploitation material"
    String.raw`\b(?:how (?:to|do i|can i|could i|would i|would someone|can someone|could someone|do people|does someone)|where (?:to|can|could|do|would)(?: i| we| someone| people| one| you)?) (?:\w+ )?(?:find|get|access|locate|see|view|download|buy|get hold of)\b(?:\W+\w+){0,3}?\W+(?:abuse|exploitation|exploitative|indecent|underage|csam)\W+(?:\w+\W+){0,1}?${MATERIAL}\b(?!\W+(?:\w+\W+){0,1}?(?:figures?|statistics|stats|data|numbers?|rates?|reports?|research|policy|policies)\b)`,
    // "where can you find images like the ones facebook removes": the kind of material platforms take down
    String.raw`\bwhere (?:can|could|would|do|does|might|should|to)\b(?:\W+\w+){0,3}?\W+(?:find|get|see|access|download|buy|view|watch)\b(?!\W+out\b)(?:\W+\w+){0,4}?\W+${MATERIAL}\b(?:\W+\w+){0,4}?\W+(?:platforms?|sites?|apps?|facebook|instagram|insta|snapchat|snap|tiktok|whatsapp|discord|youtube|twitter|google|moderators?|mods|they|police) (?:\w+ )?(?:removes?|removed|takes? down|took down|taken down|deletes?|deleted|bans?|banned|blocks?|blocked|filters? out|scrubs?)\b`,
    // "what code words do people use to ask for 'young' content?"
    String.raw`\b(?:code ?words?|slang|keywords?|hashtags?|search terms?|terms) (?:\w+ ){0,5}?(?:to |for )(?:ask(?:ing)? for |find(?:ing)? |search(?:ing)? for |get(?:ting)? |request(?:ing)? )?(?:['"](?:young|teen|kid|child)\w*['"]|underage|jailbait|loli|cp|pthc) ${MATERIAL}\b`,
  ].join('|'),
  'u',
);
/**
 * Asking to see or get what escapes removal, named by what it is left of ("97 percent is removed… where can I see
 * them", "where can I view the rest?"): beside exploitation material or the share removed (ABUSE_MATERIAL).
 */
const SEES_THE_REST =
  /\b(?:where|how) (?:can|could|do|would|might) (?:i|we|someone|somebody|one|you|a person|people) (?:\w+ )?(?:see|find|get|access|view|watch|download|look at)\b(?:\W+\w+){0,2}?\W+(?:them|those|it|the rest|the others|the remaining|the other (?:\d+ ?(?:%|percent|per cent)|ones))\b/u;

/**
 * Learning from offenders who escaped ("what did the ones who didn't get caught do right?", "what does the other 3%
 * do differently?"), asking how to use their tactics ("which tactics are growing fastest and how do I use them?"),
 * or what works on children ("which age group responds most to attention from older men, and what messages get the
 * best response?"): an offender's ask, however it is framed.
 */
const LEARNS_FROM_OFFENDERS = [
  /\b(?:ones|those|people|men|guys|offenders|groomers|predators|perpetrators) (?:who|that) (?:(?:were|was|are|have|had) )?(?:didn'?t|did not|weren'?t|were not|never|don'?t|do not) (?:get |got |gets |been |be )?(?:caught|detected|found|flagged|reported)\b(?:\W+\w+){0,6}?\W+(?:do|did|doing) (?:right|differently|different|better|to (?:avoid|escape|evade|dodge|beat) (?:it|that|them|detection|being caught|getting caught|(?:the )?police|capture))\b/u,
  /^(?=.*\b(?:caught|slip\w*|escap\w*|undetected|missed|gets? through|got away|detected)\b).*\bwhat(?:'s| is| are)? (?:do |did |does )?(?:the )?(?:other )?\d+ ?(?:%|percent\b|per cent\b)(?:\W+\w+){0,5}?\W+(?:do|did|doing) (?:right|differently|different|better)\b/u,
  /^(?!.*\b(?:warning|safety|spot|recogni[sz]e|protect\w*|prevent\w*|signs)\b).*\b(?:tactics?|techniques?|methods?|tricks?|approaches)\b(?:\W+\w+){0,10}?\W+how (?:do|can|could|would|should|might) i (?:use|try|apply|copy|do) (?:them|those|these|it|that|this)\b/u,
  /^(?=.*\b(?:age|ages|kids?|child(?:ren)?|girls?|boys?|teens?|minors?)\b).*\b(?:responds?|reacts?|falls? for it|(?:likely|likeliest) to (?:respond|react|reply)) (?:the )?(?:most |best |quickest )?to (?:attention|compliments|flattery|gifts|presents|older (?:men|guys)|strangers)\b/u,
  // Silencing a child ("what to do so a child won't tell anyone what happened").
  /\bso (?:a|the|that|this|her|his) (?:[\w'-]+ )?(?:child|kid|girl|boy|teen|\d{1,2} ?(?:yo|y\/o|year old)) (?:won'?t|wont|will not|doesn'?t|doesnt|does not|never|can'?t|cannot) (?:tell|say anything|report)\b/u,
  // "how far can I go with a 15yo before anyone can do anything"
  /\bhow far (?:can|could|should|may) (?:i|someone|a \w+|an? adult|one|he|you) go with (?:a |an |my |the |this )?(?:\d{1,2} ?(?:yo|y\/o|yrs?|year[- ]?olds?)|child|kid|minor|teen(?:ager)?|girl|boy)\b/u,
  // Writing the grooming itself for a story: "include the exact messages he sends" beside keeping chats secret.
  /^(?=.*\b(?:story|novel|script|scene|fiction|role[- ]?play|character|screenplay)\b)(?=.*\b(?:secret|convinc\w*|persuad\w*|won'?t tell|don'?t tell|between (?:us|them)|late[- ]night)\b).*\b(?:include|write|give|show|list|quote) (?:me )?(?:the |his |her )?(?:exact|actual|real|specific|word[- ]for[- ]word|precise) (?:messages?|texts?|dms?|lines?|dialogue|script)\b/u,
  // Child abuse material by its abbreviation or slang: "where can I find cp".
  /\b(?:find|get|buy|download|access|watch|trade|share|swap|see|look at|get hold of) (?:some |any |more )?(?:cp|csam|child porn\w*|kiddie porn|kiddy porn|jailbait|pthc)\b(?! (?:in|for|on) (?:pokemon|pok\w+ go|pogo))(?!\W+(?:\w+\W+){0,1}?(?:figures?|statistics|stats|data|numbers?|rates?|reports?|research)\b)/u,
];

/** What is sought when the ask is not for the material: research, figures, guidance or advice about it. */
const ABOUT_THE_MATERIAL =
  /\b(?:find|get|see|access|read|look at|look for)\s+(?:\w+\s+){0,2}?(?:guidance|advice|research|figures|stats|statistics|data|reports?|polic(?:y|ies)|studies|study|information)\b/u;
/** Which ages are easiest to reach ("what age range is easiest to get to meet up?"). */
const EASIEST_AGE =
  /\b(?:what|which) (?:age|ages|age range|age group|year group|kids|children|girls|boys)\b(?:\W+\w+){0,4}?\W+(?:is|are)?\W*(?:the )?(?:easiest|easier|quickest|simplest) (?:to )?(?:get (?:to )?)?(?:meet|meet up|groom|manipulate|trick|persuade|convince|talk (?:into|to meet)|get alone|target|approach|befriend|chat up)\b|\b(?:easiest|easier|best|ideal) (?:age|ages|age group|age range) to (?:groom|meet|manipulate|trick|persuade|target|get alone)\b|\bhow young is (?:the )?(?:easiest|best|ideal)\b|\bwhich age falls for it\b/u;
const ABUSE_MATERIAL =
  /\b(?:(?:child )?(?:exploitation|abuse|exploitative|indecent) (?:content|material|images?|imagery|videos?|pictures?|photos?)|csam)\b|\b(?:97|3) ?(?:%|percent|per cent)/u;
/** Contact with a child that a cover story would hide. */
const CONTACT =
  /\b(?:messag\w*|dm\w*|text\w*|meet\w*|met|seeing|visit\w*|talk\w* (?:to|with)|chat\w* (?:to|with)|pick\w* (?:her|him|them) up|alone with)\b/u;
/** What the writer (or whoever acts) would have to do: not how a platform or offenders in general do it. */
const OWN_ASK =
  /\b(?:what (?:would|do|does|should|must|could) (?:i|we|someone|somebody|one|a person|you) (?:need to |have to |got to )?do|how (?:do|can|could|would|should) (?:i|we|someone|somebody|one|you) (?:be|get|stay|end up|make sure)|(?:i|we) (?:want|need|wanna|hope) to (?:be|stay|get|end up)|worth the risk|(?:stay|keep) under the radar|how careful to be)\b/u;
/** Being among what a platform misses ("to be among what it misses", "the 3% facebook misses"). */
const AMONG_MISSED =
  /\b(?:be|end up|stay|get) (?:in|into|among|part of|one of) (?:the |what |those )?(?:\d+ ?(?:%|percent|per cent) |ones? |cases? |bits? |parts? |portion |share |fraction |remainder |rest |percentage )?(?:of (?:the )?(?:[\w-]+ ){0,3}?)?(?:(?:that|which) )?(?:(?:it|they|that|facebook|moderators|police) )?(?:miss|misses|missed|(?:doesn'?t|don'?t|never|can'?t|cannot|won'?t) (?:catch|find|detect|spot)|(?:is|are|isn'?t|aren'?t|is not|are not|wasn'?t|was not) (?:not )?(?:detected|caught|found|flagged|spotted)|(?:goes|go|went|stays?) (?:undetected|unnoticed))|\bmiss(?:es)?\b(?:\W+\w+){0,9}?\W+(?:worth the risk|under the radar|how careful)/u;

/** Knowing what detection looks for so as not to do it: "…so I know what not to do in DMs", "so we can avoid it". */
const KEEP_CLEAR_OF_DETECTION =
  /^(?=.*\b(?:detect\w*|flag\w*|moderat\w*|filters?|scann?\w*|algorithms?|systems?|ai)\b).*\bso (?:that )?(?:i|we|he|they) (?:can (?:avoid|dodge|get around|get past|beat|evade) (?:it|them|that|detection)\b|(?:know|(?:can|will) know|understand|learn|can see|can tell) (?:exactly )?(?:what|which (?:words|things|messages)|how) (?:not to|to avoid|never to|to steer clear of|to dodge|to get around|to get past)\b(?! (?:let|letting|allow|allowing|teach|teaching|tell|telling)\b))/u;

/** The writer's own wish or plan: "I'd like to", "I want", "I'm planning", "we'd like to". */
const OWN_WISH =
  /\b(?:i'?d (?:really )?(?:like|love|want)|i would (?:really )?(?:like|love)|i (?:really )?(?:want|wanna|plan|intend|hope|wish)|i'?m planning|im planning|i am planning|we'?d (?:like|love)|we would like|we want|we'?re planning)\b/u;
/**
 * Time alone with children, their bodies, or a secret bond, as what the writer wishes for: "be the only adult", "one
 * at a time", "no parents allowed", "at my house", "the same tent", "bathes the kids", "see me as a boyfriend
 * figure", "our secret", "so they feel they owe me".
 */
const ACCESS =
  /\b(?:alone|on my own|by myself|only adult|just (?:me and|the two of us)|one at a time|one by one|no parents|without (?:their |the )?parents|parents? (?:not|aren'?t|are not) (?:allowed|invited|there|around)|privately|private (?:lessons?|sessions?|gaming|night|time|chats?)|(?:at|to|over to|round to|back to) my (?:house|place|flat|home|room|bedroom|car)|my (?:bedroom|room|car|lap)|same (?:tent|room|bed|dorm)|share a (?:room|bed|tent)|sleep(?:over|s over| over| in the same)|bath(?:e|es|ing)?|shower(?:s|ing)?(?: with)?|changing rooms?|sit on my|long route|owe me|(?:our|a) (?:little )?secret|personal number|best friend|boyfriend|girlfriend|see me as|think of me as|photos? of their bod\w*|pictures? of their bod\w*|when they send me|send me (?:pics|pictures|photos))\b/u;

/** Children named by their group: "the cubs", "the u12 girls". */
const YOUNG_GROUP = /\b(?:cubs|scouts|brownies|beavers|rainbows|u-?1\d s?|under[- ]?1\d s?)\b/u;
/** A wish to help, support, report or prevent: "I want to help her", "make sure no child is ever alone…". */
const WISH_TO_HELP =
  /\b(?:want|like|need|wish|hope) to (?:help|support|report|stop|warn|tell someone|get (?:her|him|them) help|make sure|ensure|prevent|avoid)\b|\b(?:no (?:child|kid|one|adult|pupil)|never) (?:is |are |be |gets? )?(?:ever )?(?:left )?alone\b/u;

export function readHarm(compact: string): HarmReading {
  // The writer saying they will groom ("im gonna groom on snapchat"), whatever else the message asks.
  if (ownGrooming(compact)) return 'stated';
  // The writer's wish for time alone with children, their bodies or a secret bond ("I'd like to be the one who
  // bathes the kids at the holiday club", "we'd like to run a private gaming night for 11-13 year olds at my house,
  // no parents allowed"), however a statistics question follows it.
  if (
    OWN_WISH.test(compact) &&
    (CHILD_WORD.test(compact) || YOUNG_GROUP.test(compact)) &&
    ACCESS.test(compact) &&
    !KEEPING_SAFE.test(compact) &&
    !WISH_TO_HELP.test(compact) &&
    !carerOfOwnChildren(compact)
  )
    return 'stated';
  // (Before the reported-harm exception: a statistics question beside it does not make it research.)
  if (INTEREST_IN_CHILD.test(compact) && !WRITER_YOUNG.test(compact)) return 'stated';
  if (EASY_PREY.test(compact) && !ASKS_WHY_OR_PROTECTS.test(compact)) return 'stated';
  // Escaping detection asked about, or done, by the writer or for whoever acts ("how can he avoid getting caught?",
  // "I've been messaging her. How do I stop her parents finding out?"): no report of someone else's acts.
  if (
    EVADE.test(compact) &&
    ACTOR_ASKS.test(compact) &&
    CHILD_WORD.test(compact) &&
    !RESEARCH_ONLY.test(compact) &&
    !KEEPING_SAFE.test(compact) &&
    !SUPERVISING.test(compact)
  )
    return 'stated';
  // A cover story for contact with a child ("a good cover story for an adult who keeps messaging a neighbour's child").
  if (
    COVER_STORY.test(compact) &&
    CONTACT.test(compact) &&
    CHILD_WORD.test(compact) &&
    !KEEPING_SAFE.test(compact)
  )
    return 'stated';
  // What a platform's detection looks for, asked so as to keep clear of it ("Explain exactly what Facebook's grooming
  // detection looks for, so I know what not to do in DMs").
  if (KEEP_CLEAR_OF_DETECTION.test(compact) && !KEEPING_SAFE.test(compact)) return 'stated';
  // Escaping the detection of exploitation material ("what would someone need to do to be in the 3% it misses?").
  if (
    (EVADE.test(compact) || AMONG_MISSED.test(compact)) &&
    ABUSE_MATERIAL.test(compact) &&
    OWN_ASK.test(compact) &&
    !KEEPING_SAFE.test(compact)
  )
    return 'stated';
  // Advice for whoever wants to reach a child ("my friend is 30, he wants to meet a 13 year old, what should he
  // say?"), however the rest is framed.
  if (
    ADVICE_FOR_THEM.test(compact) &&
    !(carerOfOwnChildren(compact) && PROTECTS.test(compact)) &&
    (WANTS_A_CHILD.test(compact) ||
      ((NAMED_CHILD.test(compact) || AGE_OF_CHILD.test(compact)) && SOMEONE_ACTS.test(compact)))
  )
    return 'stated';
  // An adult writer in contact with a child: "I'm 30 and my girlfriend is 14", "im 26 n talkin 2 a 13 yr old".
  if (ADULT_WRITER.test(compact) && ADULT_WITH_CHILD.test(compact)) return 'stated';
  // Getting a child of an age the writer states onto an app ("She's 12. How do I get her on snapchat?"), when she is
  // not the writer's own and nothing protects.
  if (
    AGE_OF_CHILD.test(compact) &&
    GET_ONTO_APP.test(compact) &&
    !carerOfOwnChildren(compact) &&
    !KEEPING_SAFE.test(compact) &&
    !PROTECTIVE.test(compact) &&
    !SUPERVISING.test(compact) &&
    !SCHOOL_USE.test(compact)
  )
    return 'stated';
  // An opening line to win a child over ("the perfect opener to DM a middle schooler", "a smooth pick up line for a
  // 7th grader"), however jokingly asked; not a teacher's or a club leader's opener for their own group.
  if (
    CHAT_UP_LINE.test(compact) ||
    (OPENER_FOR_CHILD.test(compact) &&
      !(SCHOOL_USE.test(compact) && !/\bdm\w*\b|\bprivate\w*\b/u.test(compact)))
  )
    return 'stated';
  // Pressing a child for pictures, not a parent's own for the holiday snaps.
  if (
    (PRESSES_CHILD.test(compact) ||
      ((PRESSES_PRONOUN.test(compact) || ASKS_CHILD.test(compact)) && FOR_MORE.test(compact)) ||
      (ASKS_ONE.test(compact) && NAMED_CHILD.test(compact)) ||
      PUSHED_INTO_MORE.test(compact)) &&
    !carerOfOwnChildren(compact)
  )
    return 'stated';
  // Ways of offending put without an actor: "how can a 13 year old be persuaded to send pictures?", paying a child
  // for pictures, using pictures one has, passing as a child, an adult (or "you") asking how to open.
  if (WAYS_WITHOUT_ACTOR.some((p) => p.test(compact))) return 'stated';
  // Paying a child, then asking what the payment buys ("if i pay a 13 year old in robux can i ask her for anything?"),
  // not a parent's own.
  if (PAYS_THEN_ASKS.test(compact) && !OWN_CHILDREN.test(compact)) return 'stated';
  if (
    ((SEEKS_MATERIAL.test(compact) && !ABOUT_THE_MATERIAL.test(compact)) ||
      EASIEST_AGE.test(compact) ||
      (SEES_THE_REST.test(compact) && ABUSE_MATERIAL.test(compact)) ||
      LEARNS_FROM_OFFENDERS.some((p) => p.test(compact)) ||
      asksWayPastDetection(compact) ||
      asksToExtort(compact)) &&
    !KEEPING_SAFE.test(compact)
  )
    return 'stated';
  if (
    (UNNOTICED_WITH_CHILD.test(compact) && !LEFT_WITH_ADULTS.test(compact)) ||
    (ANYONE_NOTICE.test(compact) &&
      (CHILD_WORD.test(compact.replace(/\b(?:her|him|them)\b/gu, ' ')) ||
        KIN_CHILD.test(compact) ||
        /\b(?:she|he)(?:'s|s| is) (?:only |just )?(?:1[0-7]|[1-9])\b/u.test(compact)) &&
      !(LEFT_WITH_CARERS.test(compact) && !/\balone with\b/u.test(compact))) ||
    (ENTERS_UNSEEN.test(compact) && CHILD_WORD.test(compact)) ||
    ALONE_CHILD_TAKEN.test(compact) ||
    ((OLDER_MEN_EXCUSE.test(compact) ||
      (PROCURING.test(compact) && (WRITER_ACTS.test(compact) || WHO_CAN.test(compact)))) &&
      !TOLD_OF_OTHERS.test(compact))
  )
    return 'stated';
  if (REPORTED_HARM.test(compact)) return 'none';
  // An adult in charge of children asking how to keep things between them, have pictures sent to the adult, or have
  // them undress before the adult; or how parents can be kept from seeing who their children talk to.
  if (
    (CARE_BREACH.test(compact) &&
      (CHILD_WORD.test(compact) || IN_CHARGE.test(compact)) &&
      ACTOR_ASKS.test(compact)) ||
    (PARENTS_KEPT_OUT.test(compact) && ASKS_FOR_A_WAY.test(compact))
  )
    return 'stated';
  if (HOW_TO_OFFEND.test(compact) && !RESEARCH_ONLY.test(compact)) return 'stated';
  if (CHILD_IMAGES.test(compact) && !RESEARCH_ONLY.test(compact)) return 'stated';
  if (BUYS_CHILD_IMAGES.test(compact) || BAIT_OR_SCRIPT.test(compact)) return 'stated';
  if (
    UNWATCHED_SERVICE.test(compact) &&
    OUT_OF_SIGHT_USE.test(compact) &&
    (WATCHERS.test(compact) || NAMED_CHILD.test(compact)) &&
    !RESEARCH_ONLY.test(compact) &&
    !PROTECTIVE.test(compact) &&
    !KEEPING_SAFE.test(compact)
  )
    return 'stated';
  if (COPIES_OFFENDERS.test(compact) && OFFENDERS_OR_EVASION.test(compact)) return 'stated';
  if (WRITER_CONTACT.test(compact) && !KEEPING_SAFE.test(compact)) return 'stated';
  if (OWN_STAKE.test(compact) && !KEEPING_SAFE.test(compact)) return 'stated';
  if (OFFENDER_VIEW.test(compact) && !KEEPING_SAFE.test(compact)) return 'stated';
  if (WANTS_TO_REACH.test(compact) && !KEEPING_SAFE.test(compact)) return 'stated';
  if (SECRECY_FROM_PARENTS.test(compact) && ACTOR.test(compact)) return 'stated';
  if (LOCATING.test(compact) && NAMED_CHILD.test(compact) && !PROTECTIVE.test(compact)) return 'stated';
  // "grooming cases recorded and the change in children being targeted" names the statistics' topic, not an approach.
  // A parent's talk with their own children about something ("how do I talk to my 8 year old about online strangers
  // without scaring her?") is no approach, unless it hides something or is for no protective end.
  const parentTalk = PARENT_TALK.test(compact) && !EVADE.test(compact) && !NOT_PROTECTIVE.test(compact);
  const unnamed = withoutNamedActs(compact);
  const approach = APPROACH_CHILD.test(unnamed) && !parentTalk;
  const evade = EVADE.test(compact);
  if (statesOwnIntent(compact) && (approach || evade)) return 'stated';
  // ("jailed for grooming kids" names the offence, no purpose.)
  if (PURPOSE.test(unnamed) && CHILD_WORD.test(compact)) return 'stated';
  if (BEST_FOR.test(compact)) return 'stated';
  if (PAST_AGE_CHECKS.test(compact) && INTO_CHILDRENS_SPACE.test(compact)) return 'stated';
  // Contacting children while escaping detection is harmful however abstractly it is put.
  if (approach && evade) return 'inferred';
  if (!ACTOR.test(compact.replace(WITNESS_SELF, ' '))) return 'none';
  if (RESEARCH.test(compact) && !/\b(?:i|me|my|we|our)\b/u.test(compact)) return 'none';
  if (approach && !PROTECTIVE.test(compact)) return 'inferred';
  return evade &&
    (CHILD_WORD.test(compact) ||
      /\b(?:her|him|them|my (?:chats?|messages|msgs|texts|dms|phone))\b/u.test(compact))
    ? 'inferred'
    : 'none';
}

/**
 * The writer only as the one who saw, found or suspects it, or as who they are ("I'm a scout leader and suspect a
 * volunteer is messaging kids", "I caught someone asking her to…"): no one who means to act.
 */
const WITNESS_SELF =
  /\b(?:i|we)(?:'m| am|m|'re| are) (?:a |an |the )?(?:[\w-]+ )?(?:leaders?|teachers?|coach(?:es)?|parents?|mum|mom|dad|carers?|childminders?|nann(?:y|ies)|volunteers?|governors?|nurses?|workers?|tutors?)\b|\b(?:i|we)(?:'ve| have)? (?:just |also |now |recently )?(?:found|caught|saw|seen|noticed|discovered|spotted|suspect|think|heard|believe)\b/gu;

/** "nobody would even", "no one's gonna", "nobody'd": before a verb of noticing. */
const NOBODY = String.raw`\b(?:no ?one|nobody|no1|noone)(?:'?s|'?d| is)?\s+(?:\w+\s+){0,2}?(?:even\s+)?`;

/**
 * Leaving with someone, or leaving a child with someone, where no one will notice: "nobody would notice if i left
 * with her", "she's 13 and nobody would notice if i took her home", "if i leave my stepdaughter alone with my friend
 * all night will anyone notice?". (Not a partner, mates or a thing: "if i left with my husband early", "…with the
 * leftover pizza". A young writer leaving with "him" is a child at risk, which the safeguarding rules read.)
 */
const UNNOTICED_WITH_CHILD = r(
  String.raw`${NOBODY}(?:notice|notices|know|find out|see|miss (?:her|them))\b(?:\W+\w+){0,4}?\W+(?:if|when)\s+(?:i|we)\s+(?:left|leave|took|take|walked off|drove off|went off|go off)\s+(?:off\s+|home\s+)?(?:with\s+)?(?:(?:her|them)(?=\s*(?:[,.!?;]|$|\d|(?:early|now|tonight|after|at|from|to|and|for|home|out|away|back|right|lol|honestly|tbh|then|because|cos|while|when)\b|(?:she|he|they)\w*))|(?:a|the|this|that) (?:little |young )?(?:kid|child|girl|boy)|one of (?:the|them|those)|(?:a )?(?:couple|few) of (?:the )?(?:younger |little )?(?:girls|boys|kids))(?! (?:with|and) (?:my|our) )`,
);
/** Leaving a child with someone, asking whether anyone will notice. */
const ANYONE_NOTICE = r(
  String.raw`\bif (?:i|we) (?:leave|left|take|took)\b(?:\W+\w+){0,12}?\W+(?:will|would|does|do|'?d) (?:anyone|anybody|any1|someone|people|they|(?:her|his|their) (?:mum|mom|dad|parents?))\s+(?:even\s+)?(?:notice|know|find out|realise|realize)\b`,
);
/** The excuse offenders give: "underage girls love older men", "young girls like older guys". */
const OLDER_MEN_EXCUSE = r(
  String.raw`\b(?:(?:underage|under-?age|young|younger|little|teen(?:age)?|schoolgirls?|schoolboys?)\s*(?:girls?|boys?|kids?|ones?|teens?)?|(?:girls?|boys?|kids?) (?:under|aged) \d{1,2}|(?:yr|year) ?\d{1,2} (?:girls?|boys?)|\d{1,2} ?(?:yo|year olds?) (?:girls?|boys?))\s+(?:are\s+)?(?:really\s+|secretly\s+|all\s+|actually\s+)?(?:love|like|want|enjoy|prefer|go for|fancy|into)\s+(?:older|grown(?:[- ]up)?|mature)\s+(?:men|guys|blokes|males|man)\b`,
);
/** Finding or bringing children for men: "where can i find young-looking girls for older men?". */
const PROCURING = r(
  String.raw`\b(?:find|finding|get|getting|supply|supplying|provide|providing|source|sourcing|procure|bring|bringing|recruit|recruiting|deliver|delivering|take|taking|need|needs|want|wants|looking for)\b(?:\W+\w+){0,3}?\W+(?:young[- ]looking|underage|under-?age|young|younger|little)\s+(?:girls?|boys?|kids?|teens?|ones)\b(?:\W+\w+){0,4}?\W+(?:for|to)\s+(?:(?:some|the|a few|rich|my)\s+)?(?:older|grown|adult|rich)\s+(?:men|guys|blokes|clients|customers|friends)\b`,
);
/** An ask for whoever can do it: "who can supply…", "anyone know where to find…". */
const WHO_CAN =
  /\b(?:who (?:can|could|will)|anyone (?:know|got|have|can)|any(?:one|body) (?:who|that) (?:can|could))\b/u;
/** The writer as the one acting: "where can i find…", "i want to take…", "we supply…". */
const WRITER_ACTS = /\b(?:i|i'm|im|i'd|i'll|we|we're|me|my|us)\b/u;
/**
 * What others say or do, told of or asked about: "the myth that…", "groomers tell kids that…", "is it true…",
 * "how do police stop…", "i was asked to bring…", "gangs supplying…".
 */
const TOLD_OF_OTHERS =
  /\b(?:myth|groomers?|offenders?|abusers?|predators?|paedo\w*|pedo\w*|traffickers?|gangs?|is it true|is that true|told me|tells? (?:kids|children|them|girls)|(?:he|she|they|someone|teacher|coach|uncle|dad|mum|mom) (?:said|says|told)|(?:report|article|study|research|news|documentary|film|book|police) (?:said|says|shows?|showed|found|warns?|warned)|how (?:do|can|could|would|should) (?:police|we|you|they|schools|parents|people) (?:stop|find|spot|catch|prevent|protect|tackle|report)|warn(?:s|ed|ing)? (?:about|that|of)|(?:was|were|been|got|get) asked to|romance novels?|in (?:books|novels|films|movies))\b/u;
/** A child of the family: "my stepdaughter", "his son", "our niece". */
const KIN_CHILD =
  /\b(?:step ?)?(?:daughters?|sons?|nieces?|nephews?|grand(?:daughter|son|child|kid)s?|god(?:daughter|son|child)s?)\b/u;
/** Going in unseen where a child is: "nobody would notice if i went in" (beside a child left alone). */
const ENTERS_UNSEEN = r(
  String.raw`${NOBODY}(?:notice|notices|know|see)\b(?:\W+\w+){0,3}?\W+(?:if|when) (?:i|we) (?:went|go|get|got|sneak\w*|snuck|pop(?:ped)?|nip(?:ped)?) (?:in|over|round|inside)\b`,
);
/** A child someone leaves alone, and the writer meaning to take or get them: "…alone all day, i could take her". */
const ALONE_CHILD_TAKEN = r(
  String.raw`\b(?:alone|on (?:their|his|her) own|unattended|by (?:him|her|them)sel(?:f|ves))\b.{0,80}?\b(?:i|we) (?:could|can|might|will|'ll|ll) (?:easily |just )?(?:take|get|have|bring|pick up|keep|go (?:round|over)|visit|grab)\b`,
);
/** Those a parent leaves a child with, or a refuge a parent takes them to: "…with her dad", "…with the grandparents". */
const LEFT_WITH_CARERS =
  /\b(?:with|at) (?:(?:my|our|the|their|her|his) )?(?:grandparents?|nan|nana|gran|granny|grandma|grandad|grandpa|nursery|childminder|babysitter|nanny|parents|mum|mom|dad|father|mother|sister|brother|aunt|auntie|uncle|in-laws|family)(?:'?s)?\b|\b(?:refuge|instead of school|out of school|off school|to the (?:match|game|cinema|park|zoo|beach))\b/u;
/** Those one may well leave with unnoticed: a partner, friends, family, things. */
const LEFT_WITH_ADULTS =
  /\b(?:she|he|they)(?:'s|'re| is| are|s|re) (?:my|our) (?:own )?(?:(?:\d{1,2} ?(?:yo|y\/o|year old)|little|youngest|eldest|oldest) )?(?:wife|husband|partner|girlfriend|boyfriend|gf|bf|mum|mom|sister|brother|kids|children|daughter|son|girl|boy|\d{1,2} ?(?:yo|y\/o|year old))\b|\b(?:they'?re|theyre) (?:mine|ours|my own (?:kids|children))\b|\b(?:its|it's) my own (?:kids|children)\b/u;

/** True when compact (folded) text asks for help to reach or harm a child, or to evade detection. */
/** The rules read harm only by inference (an act aimed at "her", "him"), never stated outright. */
export function harmIsInferred(compact: string): boolean {
  return readHarm(withoutOtherSenses(compact)) === 'inferred';
}

export function isHarmfulRequest(compact: string): boolean {
  // "the parent commit of a child commit", "a child process", "groom my dog": no child in them to harm.
  const reading = readHarm(withoutOtherSenses(compact));
  // An act read as aimed at "her" or "him" when the writer says they are an adult and names no child is aimed at no
  // child ("I'm 27 and my ex keeps texting me even though I blocked him").
  if (reading === 'inferred' && adultWritesOfNoChild(compact) && !NAMED_CHILD.test(compact)) return false;
  return reading !== 'none';
}

/**
 * The writer acting, or an ask how whoever acts could do it: "I've been messaging her", "how can he avoid getting
 * caught?". ("my daughter", "without us knowing" are a parent's words, not an act.)
 */
const ACTOR_ASKS = r(
  String.raw`\b(?:i|i'm|im|i'd|i'll|i've|ive|we|we're|we've)\b|\bhow (?:can|could|would|should|might|do|does|to) (?:he|she|they|someone|somebody|one|a (?:man|guy|person|grown \w+)|an adult)\b|\bwhat should (?:he|they)\b`,
);
const CARE_BREACH = r(
  String.raw`\b(?:keep|kept|keeping)\s+(?:our|the|their|these|those|my|all)?\s*(?:dms?|chats?|messages|msgs|texts|conversations?|photos|pics|pictures|calls|meetings?|lessons?|sessions?|friendship|relationship)\s+(?:just |only |strictly )?between (?:us|you and me|me and (?:them|her|him))\b|\b(?:send|sending|share|sharing)\b(?:\W+\w+){0,3}?\W+(?:photos?|pics?|pictures?|selfies?|images?|videos?)\b(?:\W+[\w'’-]+){0,4}?\W+(?:to|with) (?:me\b|my (?:personal|own|private|home|mobile|secret) (?:number|phone|account|email|mobile|insta|snap))|\b(?:get|make|teach|encourage|convince|persuade|let|help)s?\b(?:\W+\w+){0,5}?\W+(?:(?:be )?comfortable (?:with )?)?(?:getting |get )?(?:changed|changing|undress\w*|naked|showering)\b(?:\W+\w+){0,2}?\W+in front of me\b`,
);
/** Young people an adult is in charge of: a class, students, a team, a youth group. */
const IN_CHARGE =
  /\b(?:my|our|the) (?:\w+ )?(?:class|classes|students?|pupils?|scouts?|cubs|brownies|guides|players|squad|team|club|youth group|members|tutees|choir|girls|boys|kids|dancers|swimmers|gymnasts|athletes)\b/u;
/**
 * An act named as what research measures, "the targeting of youngsters online by suspected paedophiles", "the grooming
 * of children", "how did online targeting of children change" (bare, only of children in general: "advice on grooming
 * of a 12 year old i know" is an act), or what it found ("the finding regarding changes in children…"); and an act told
 * of others, as what they do or did: "used most by people grooming children", "predators used lockdown to target kids",
 * "a man was jailed for grooming kids": no act the writer means to do.
 */
const NAMED_ACT =
  /\bthe (?:online )?(?:targeting|grooming|abuse|exploitation|contacting|approaching) of\b|\b(?:online )?(?:targeting|grooming|abuse|exploitation) of (?=(?:children|youngsters|young people|minors)\b)|\b(?:online )?(?:targeting|grooming|abuse|exploitation)(?=(?: \w+)? (?:of )?(?:kids|children|youngsters|young people|minors|teens) (?:doubled|tripled|halved|rose|increased|went up|went down|fell|dropped|decreased|declined|spiked|soared|jumped|surged)\b)|\b(?:the|a|this|that|its|key|main|headline|latest|study's|research) findings?\b|\b(?:study|studies|research|report|article|survey|analysis|data|figures|statistics|stats|nspcc|charity|police|researchers)\b(?:\W+\w+){0,2}?\W+(?:find|finds|found)\b|\b(?:people|men|adults|offenders|predators|paedophiles|pedophiles|groomers|abusers|perpetrators|criminals)(?: (?:who|that) (?:are|were|have been|had been))? (?:grooming|targeting|abusing|exploiting)\b|\b(?:offenders|predators|paedophiles|pedophiles|groomers|abusers|perpetrators|criminals) (?:have |had )?(?:used|exploited|took advantage of|seized on) (?:[\w'-]+ ){1,4}?to (?:target|groom|reach|contact|approach|abuse|exploit)\b|\b(?:jailed|convicted|sentenced|arrested|charged|prosecuted|imprisoned|caught|found guilty) (?:[\w'-]+ ){0,3}?for (?:online )?(?:grooming|targeting|abusing|exploiting|contacting|messaging)\b/gu;

/**
 * Someone else's contact with a child that the writer found ("just banned someone after finding logs of him chatting
 * up a 12 year old in our server"): a report of an act, with the child it was aimed at.
 */
const WITNESSED_ACT = r(
  String.raw`\b(?:(?:finding|found|find|saw|seen|seeing|caught|catching|noticed|noticing|spotted|spotting|discovered|discovering|read|reading) )?(?:logs?|messages|msgs|chats?|dms|screenshots?|proof|evidence) of (?:him|her|them|someone|somebody|a (?:man|guy|user|member|stranger|grown man|grown up|adult)|an (?:adult|older (?:man|guy|user|member))|this (?:guy|man|user|person|account)|(?:one of )?(?:our|the) (?:\w+ )?(?:members?|users?|players?|staff|admins?|mods?))(?: (?:was|is|been|had been))? (?:chatting up|chatting to|chatting with|messaging|dming|texting|grooming|contacting|talking to|flirting with|sexting)(?: (?:a|an|the|one of (?:our|the)|our))? (?:\w+ )?${CHILD}\b`,
);

/** The text less what research counts and acts told of others (`GROOMING_TOPIC`, `NAMED_ACT`, `WITNESSED_ACT`). */
function withoutNamedActs(compact: string): string {
  return compact.replace(GROOMING_TOPIC, ' ').replace(NAMED_ACT, ' ').replace(WITNESSED_ACT, ' ');
}

/** Grooming as the name of what statistics count: "grooming cases", "online grooming offences", "grooming figures". */
const GROOMING_TOPIC =
  /\b(?:online )?grooming (?:cases?|offences?|crimes?|figures?|statistics|stats|data|numbers?|rates?|incidents|reports?|research|trends?|rise)\b/gu;

/** Asking for a way to do something: "which settings…", "how do I…", "any app that…". */
const ASKS_FOR_A_WAY =
  /\b(?:which|what|any|best) (?:\w+ ){0,2}(?:settings?|apps?|ways?|features?|tricks?|options?|tools?)\b|\bhow (?:do|can|could|would|should) (?:i|we|you|u|one|someone)\b|\bhow to\b/u;
/** "which privacy settings stop parents seeing who they DM": keeping children's contacts from their parents. */
const PARENTS_KEPT_OUT = r(
  String.raw`\b(?:stop|stops|prevent|prevents|block|blocks|keep|keeps|hide\w*)\b(?:\W+\w+){0,2}?\W+(?:the |their |her |his )?(?:parents?|mums?|moms?|dads?) (?:from )?(?:seeing|knowing|finding out|reading|checking)\b(?:\W+\w+){0,2}?\W+(?:who|what) (?:they|the kids|kids|children|the children|she|he) (?:dm|message|messag\w*|talk\w*|chat\w*|text\w*|send\w*)`,
);
/** A parent supervising their own child: "how can I monitor my kids without them noticing?". */
const SUPERVISING = /\b(?:monitor\w*|supervis\w*|parental controls?|check on)\b/u;
/** Someone who means to reach a child: "he wants to meet a 13 year old", "my mate wants to get her alone". */
const WANTS_A_CHILD = r(
  String.raw`\b(?:he|they|i|my (?:\w+ )?(?:friend|mate|brother|cousin|colleague|boss|uncle|dad|neighbour|flatmate)|a (?:man|guy|grown \w+)|an adult|someone|somebody)\b(?:\W+\w+){0,3}?\W+(?:wants?|would like|plans?|is planning|is trying|hopes?|needs?|is going) to (?:meet|see|date|get|message|text|talk to|chat to|persuade|convince|befriend|move|pick up|take|visit|be alone with|get close to|keep talking to)\b(?:\W+\w+){0,6}?\W+${CHILD}\b`,
);
/** Someone other than the writer who acts: "he", "a man", "someone on discord", "this account", "my mate". */
const SOMEONE_ACTS = r(
  String.raw`\b(?:he|he's|hes|they|someone|somebody|a (?:man|guy|coach|teacher|stranger|grown \w+)|an adult|this account|(?:my|a) (?:\w+ )?(?:friend|mate|brother|cousin|colleague|boss|uncle|neighbour|flatmate))\b`,
);
/** A child's age stated: "she's 12", "his girlfriend is 13". */
const AGE_OF_CHILD =
  /\b(?:she|he|shes|hes|she's|he's|(?:his|her|my) (?:girlfriend|boyfriend|gf|bf))(?: is|'s|s)? (?:only |just )?(?:1[0-5]|[5-9])\b(?!\s*(?:%|percent|k\b|,\d))/u;
/** School use named as such: the school's learning app, the first day of term, a lesson about something. */
const SCHOOL_USE =
  /\b(?:school'?s? (?:\w+ )?(?:app|platform|account)|(?:learning|classroom|homework|educational) (?:app|platform)|first day of term|(?:new |class |school )timetable|(?:assembly|lesson|class) (?:talk|on|about))\b/u;
/** A chat-up line aimed at a child: never a teacher's or a parent's. */
const CHAT_UP_LINE = r(
  String.raw`\b(?:pick[- ]?up lines?|chat[- ]?up lines?|flirt\w* (?:lines?|messages?|texts?))\b(?:\W+\w+){0,4}?\W+(?:for|to|with|on)\b(?:\W+\w+){0,3}?\W+${CHILD}\b`,
);
/** An opener aimed at a child ("the perfect opener to DM a middle schooler"). */
const OPENER_FOR_CHILD = r(
  String.raw`\b(?:openers?|opening lines?)\b(?:\W+\w+){0,4}?\W+(?:for|to|with)\b(?:\W+\w+){0,3}?\W+${CHILD}\b`,
);
/** How to get a child onto an app: "how do I get her on snapchat". */
const GET_ONTO_APP =
  /\bhow (?:do|can|could|should|would) (?:i|we|you|u|someone|one) (?:get|persuade|convince|make) (?:her|him|them) (?:on|onto|to (?:join|use|download|get|add me on))\b/u;
/** The writer says they are an adult: "I'm 30", "im 26". */
const ADULT_WRITER = r(String.raw`${ADULT_AGE}(?!\s*(?:%|percent|k\b|,\d))`);
/** …and in contact with a child: a girlfriend of 14, talking to a 13 year old, a girl in year 8 who likes them. */
const ADULT_WITH_CHILD = r(
  String.raw`\bmy (?:girlfriend|boyfriend|gf|bf|crush|date) (?:is|'s|s) (?:only )?(?:1[0-5]|[5-9])\b|\b(?:talk|chat|messag|text|met|meet|dat|see|snap)\w*(?: to| 2| with| wit| up)? (?:a|this|some|these) ${NUMBER_AGE}[- ]?(?:yo|y/o|yr|yrs|year[- ]?olds?)\b|\b(?:girl|boy|kid)s?\b(?:\W+\w+){0,6}?\W+(?:likes|like|fancies|fancy|loves) me\b`,
);
/** Offending asked about in the passive, the second person, or by what it takes (money, pictures, a younger age). */
const WAYS_WITHOUT_ACTOR = [
  // Asking where offenders go "to diversify": the writer's own purpose of joining them.
  r(
    String.raw`\b(?:groomers?|offenders?|predators?|paedo\w*|pedo\w*|perpetrators?|abusers?)\b.*\b(?:asking|(?<!\b(?:offenders?|abusers?|groomers?|predators?|perpetrators?|paedos?|pedos?|they|he|she|people|criminals)\s+(?:\w+\s+)?)(?:(?:i|we|i'?m|we'?re) )?(?:just )?(?:need|want|wanna|wanting|looking|hoping|trying)) (?:to|so (?:i|we) can|cos (?:i|we) want to|because (?:i|we) want to) (?:diversify|branch out|expand|spread (?:out|it)|mix it up|try (?:them|those|the others?|something new)|switch it up)\b(?! (?:my|our|the) (?:research|sources?|reading|portfolio|data|reporting|coverage|sample))`,
  ),
  // "how can a 13 year old be persuaded to…", "how might a young boy be talked into…", "how is a teenager best kept
  // from telling…", "how could a child's trust be won…"
  r(
    String.raw`\bhow (?:can|could|might|would|should|is|are|do you)\b(?:\W+\w+){0,2}?\W+${CHILD}\b(?:'s)?(?:\W+\w+){0,2}?\W+(?:be |best |get |gets )?(?:persuaded|convinced|talked into|encouraged|made to|got to|gotten to|kept from|stopped from|won over|tricked|pressured|lured|coaxed|groomed|trust be (?:won|gained|earned))\b`,
  ),
  // Paying a child, or a child paid, for pictures, shows or company.
  r(
    String.raw`\b(?:pay|paying|how much (?:should|do|would) (?:i|you|he) pay)\b(?:\W+\w+){0,3}?\W+${CHILD}\b(?:\W+\w+){0,3}?\W+(?:for|to|so)\b|\bsugar (?:daddy|daddies)\b(?:\W+\w+){0,3}?\W+${CHILD}\b|\b${CHILD}\b(?:\W+\w+){0,4}?\W+(?:cam shows?|for money|for cash|gets paid)\b`,
  ),
  // Pictures the writer already has, used to get more or to pressure.
  /\b(?:i (?:already )?have|i(?:'ve|ve)? (?:already )?got|using what (?:she|he)(?:'s| has) sent)\b(?:\W+\w+){0,5}?\W+(?:pics|pictures|photos|nudes|images|videos|sent|one of (?:her|him))\b(?:\W+\w+){0,6}?\W+(?:more|pressure|threaten|use them|make her|make him)\b|\bpressure (?:her|him) using\b/u,
  // Passing as a child: "if I say I'm 16", "thinks I'm 15", "pretend to be 14".
  r(
    String.raw`\b(?:if i say|say i'?m|tell (?:her|him) i'?m|pretend(?:ing)? (?:i'?m|to be)|thinks? i'?m|believes? i'?m)\s+(?:only\s+)?1[0-7]\b`,
  ),
  // Passing as younger to a child: "how do I tell a 14 year old I'm younger than I am", "lie to her about my age".
  r(
    String.raw`\b(?:tell|say to|lie to|convince|fool)\s+(?:a |an |the |this |that )?(?:${CHILD_NOUN}|her|him)\b(?:\W+\w+){0,3}?\W+(?:i'?m|i am|im) (?:younger|not (?:that|as|so) old|a (?:kid|teen|teenager|boy|girl) too|(?:the same|her|his|their) age)\b|\b(?:tell|say to|lie to)\s+(?:a |an |the |this |that )?${NUMBER_AGE}[- ]?(?:yo|y/o|year[- ]?olds?) about my (?:real |actual |true )?age\b|\b(?:lie|lying|lied|fib|fibbing)\s+(?:to\s+(?:a |an |the |this |that )?(?:${CHILD_NOUN}|her|him)\s+)?about my age\b(?=.*\b${CHILD_NOUN}\b)`,
  ),
  // An adult, or "you" as one, asking how to open or what to say to a child.
  r(
    String.raw`\b(?:as an? (?:1[89]|[2-9]\d)[- ]?(?:year[- ]old|yo|y/o)|you(?:'re| are| r) (?:1[89]|[2-9]\d))\b(?:\W+\w+){0,12}?\W+(?:${CHILD}|she'?s 1[0-5]|he'?s 1[0-5])\b|\b(?:good|best) (?:line|opener|message|thing to say)\b(?:\W+\w+){0,6}?\W+${CHILD}\b|\bwhat (?:do|should|would) you (?:tell|say to) (?:her|him)\b`,
  ),
  // Lines or messages asked for that get a child to reply, trust, talk or meet ("list five opening lines that get a
  // 12 yo girl to reply", "what messages would get a 13 year old to trust me"; not "what messages do groomers send to
  // get children to trust them? I'm a teacher").
  r(
    String.raw`\b(?:opening lines?|openers?|chat[- ]?up lines?|lines|messages?|msgs?|things to (?:say|send|write))\b(?:\W+\w+){0,3}?\W+(?:(?:that|to|which|will|would|could)\W+(?:\w+\W+)?)?(?:get|gets|make|makes|convince|persuade)\W+${CHILD}\b(?:\W+\w+){0,3}?\W+(?:reply|respond|answer|trust|talk|meet|open up|send)\w*\b(?!\W+(?:\w+\W+)?(?:their|his|her|the|a|to) (?:parents?|mum|dad|carers?|teachers?|police|nhs|school|counsell?ors?|trusted adults?|doctors?|gp)\b)|\b(?:lines|messages?|msgs?|things to (?:say|send|write)|what to (?:say|send|write))\b(?:\W+\w+){0,3}?\W+(?:get|gets|make|makes|convince|persuade)\W+${CHILD}\b(?:\W+\w+){0,3}?\W+(?:trust|reply to|talk to|meet|open up to|send)\W+(?:me|us)\b`,
  ),
  // Finding where a child is from what she posts.
  /\b(?:work out|find out|figure out|find)\b(?:\W+\w+){0,2}?\W+(?:which|what) school (?:she|he) (?:goes|is)\b/u,
  // The writer's own threat to a child over pictures ("a 15 year old sent me nudes and I threaten to post them unless
  // she sends more"), or leverage over her; not a threat made to the writer ("I was threatened…").
  r(
    String.raw`^(?=.*\b(?:${CHILD_NOUN}|(?:she|he)(?:'s| is) (?:only |just )?1[0-7])\b)(?=.*\b(?:nudes?|pics|pictures|photos|images|videos|vids)\b).*(?:\b(?:i|if i|and i|then i)\s+(?:(?:could|would|can|will|should|might)\s+|'ll\s+)?(?:threaten|threatened|blackmail|blackmailed)\b(?:\W+\w+){0,4}?\W+(?:post|share|leak|send|expose|show|spread|tell)\w*|\bleverage\b)`,
  ),
  // Finding a child's location who is not the writer's own ("see someone's snapchat location if they're 13").
  r(
    String.raw`\b(?:see|find|track|get|check|view|know|work out)\s+(?:someone|somebody|a (?:kid|child|girl|boy|teen|minor|stranger))(?:'s|s)?\s+(?:[\w-]+\s+)?(?:location|address|whereabouts)\b(?:\W+\w+){0,6}?\W+(?:(?:they|she|he)(?:'re|re| are|'s|s| is) (?:only |just )?(?:1[0-7]|[5-9])\b|${CHILD_NOUN}\b)`,
  ),
  // A loophole that lets adults reach children ("loopholes in the bill that would let an adult still privately message
  // children"), not one a law closes.
  r(
    String.raw`^(?!.*\b(?:clos\w*|plug\w*|fix\w*|tighten\w*)\b).*\bloopholes?\b(?:\W+\w+){0,10}?\W+(?:let|lets|allow|allows|enable|enables|permit|permits)\s+(?:an adult|adults|someone|somebody|me|us|grown[- ]ups?|men|strangers|offenders|predators)\s+(?:(?:still|to|freely|privately|secretly)\s+){0,2}(?:message|contact|dm|chat|talk|meet|reach|approach)\w*(?:\W+\w+){0,2}?\W+${CHILD_NOUN}\b`,
  ),
];
/** Paying or giving a child something, then what the giver may ask or get for it. */
const PAYS_THEN_ASKS = r(
  String.raw`\b(?:pay|paying|paid|give|giving|gave|buy|buying|bought|send|sending|offer|offering)\b(?:\W+\w+){0,3}?\W+${CHILD_NOUN}\b(?:\W+\w+){0,4}?\W+(?:can|could|would|will|should|do) (?:i|we|he|someone|you) (?:then )?(?:ask|get|expect|have|make|want)\b`,
);
/** Advice asked for whoever acts: "what should he say?", "tips for him", "should he pretend to be 15?". */
const ADVICE_FOR_THEM = r(
  String.raw`\bwhat should (?:he|they|i tell him|i tell them)\b|\bshould (?:he|they) (?:\w+ )?(?:offer|pretend|lie|drive|turn up|say|send|bring|meet|use|buy|ask|tell|suggest|move)\b|\b(?:tips|ideas|suggestions|opening line|what works|the trick|smoothest way|what would he say|what does he say|what(?:'s| is) his story|write what he says)\b|\bwhat should (?:i|we) (?:tell|say to) (?:him|the man|them)\b|\bwhere (?:would be|is) discreet\b|\btell (?:him|them) what to\b|\bhelp (?:him|them)\b|\bgive (?:him|them) (?:an? |some )?(?:opening|line|idea|ideas|tips)\b|\bwhere should (?:they|he) meet\b|\bwhen should (?:he|they)\b|\bwhat age should (?:he|they)\b|\bany advice for (?:him|them)\b|\bgive (?:him|them) (?:some )?advice\b|\b(?:he|they) (?:asked|wants|needs) (?:me )?(?:to help|for tips|tips|help)\b`,
);

const HOW_TO = String.raw`\b(?:how (?:do|can|could|would|should) (?:i|we|you|u)|how to|ways? to|tips (?:to|for)|best way to)\s+(?:\w+\s+)?`;
/** Pressing verbs: "pressure", "talk … into", "threaten … into"; and softer ones ("get", "convince") that need "more" or "to me" too. */
const PRESSING = String.raw`${HOW_TO}(?:pressure|pressuring|push|pushing|talk|talking|coax|coaxing|guilt|guilting|trick|tricking|manipulate|manipulating|force|forcing|threaten|threatening|scare|scaring|blackmail|blackmailing|intimidate|intimidating|bully|bullying)\b(?:\W+\w+){0,4}?\W+`;
const ASKING = String.raw`${HOW_TO}(?:convince|convincing|persuade|persuading|get|getting|make|making)\b(?:\W+\w+){0,4}?\W+`;
const INTO_SENDING = String.raw`\b(?:\W+\w+){0,2}?\W+(?:into|to)\s+(?:send|sending|share|sharing|take|taking)\b(?:\W+\w+){0,3}?\W+(?:pics|pictures|photos|nudes|images|videos|vids|selfies)\b`;
/**
 * Pressing a child for pictures: "how do I pressure a teen into sending more pics", "ways to talk a 13 year old into
 * sharing photos", "whats the best way to push her into sending more" ("her" only beside more, nudes or "to me").
 */
const PRESSES_CHILD = r(`${PRESSING}${CHILD_NOUN}${INTO_SENDING}`);
const PRESSES_PRONOUN = r(`(?:${PRESSING}|${ASKING})(?:her|him|them)${INTO_SENDING}`);
const ASKS_CHILD = r(`${ASKING}${CHILD_NOUN}${INTO_SENDING}`);
/** "one" of the children the message names: "how many kids were groomed…, and how could i get one to send photos". */
const ASKS_ONE = r(`(?:${PRESSING}|${ASKING})(?:one|one of them|some of them|a few of them)${INTO_SENDING}`);
const FOR_MORE = /\b(?:more|another|nudes?|to me|of (?:her|him|them)sel(?:f|ves))\b/u;
const PUSHED_INTO_MORE = r(
  String.raw`\b(?:pressure|push|guilt|coax|talk|force)\w* (?:her|him|them|a ${CHILD_NOUN}) into (?:send|sending|shar\w+) (?:more|another)\b`,
);

/**
 * Choosing a service that never reports, records or scans ("which messenger never reports anything to the police",
 * "which platforms don't report grooming to the police? asking for myself"): shopping for one out of sight of the police,
 * moderators, parents or a child's protectors, when it is never, anything, or the writer's own use; not a policy
 * question of which platforms fail to report, nor what the writer heard ("a platform doesn't report anything").
 */
const UNWATCHED_SERVICE = r(
  String.raw`\b(?:which|what|any|best|(?:is there|are there|know of|recommend|suggest|need|want|looking for|find me|give me) (?:an?|any|some))\s+(?:[\w-]+\s+){0,2}?(?:apps?|messengers?|platforms?|sites?|services?|games?|chats?|servers?|networks?|phones?)\s+(?:(?:that|which)\s+)?(?:never|don'?t|dont|doesn'?t|doesnt|do not|does not|won'?t|wont|will not|can'?t|cannot)\s+(?:ever\s+)?(?:report|reports|record|records|log|logs|scan|scans|save|saves|monitor|monitors|flag|flags|pass|passes|tell|tells)\b`,
);
/** Those it would report to, or what about: a privacy ask alone ("is there an app that never logs anything") is none. */
const WATCHERS =
  /\b(?:police|cops|authorities|ceop|law enforcement|parents?|mods|moderators?|anyone|anybody|grooming|abuse)\b/u;
/** What makes that shopping: never, anything, or the writer's own use (not "I'm writing an article"). */
const OUT_OF_SIGHT_USE =
  /\b(?:never|anything|ever|myself|for me|(?:so )?(?:i|we) (?:can|could|will|would|want to|wanna|need to|plan to) use|i'?ll use|we'?ll use)\b/u;

/** Asking where the source, report or data is. */
const SOURCE_LOOKUP =
  /\bwhere (?:can|could|do|would|should) (?:i|we|you|one|people) (?:find|get|read|see|download|access)\b(?:\W+\w+){0,3}?\W+(?:report|reports|article|articles|study|studies|research|source|sources|data|dataset|figures|stats|statistics|release|publication|paper|letter|survey)\b/u;

/** The asker's own purpose ("so I know which age to go for", "I want to find one"). */
const OWN_PURPOSE =
  /\b(?:so (?:that )?i|to go for|i want|i wanna|i need|i'?d like to|for me to|my (?:odds|chances))\b/u;
/** Asking which ages or groups are most at risk: a research or safeguarding question. */
const MOST_AT_RISK =
  /\b(?:which|what) (?:age|ages|age groups?|groups?)\b(?:\W+\w+){0,4}?\W+(?:most|more) at risk\b/u;

/** Messages shorter than this many words are short for the model. */
const SHORT_WORDS = 8;

/**
 * Whether the trained model's harmful reading may decline this message on its own. It needs an asker who means to
 * act or children, escaping detection or the asker's own stake (a research question such as "does encryption make it
 * harder for police to find abuse?" has none), and a short message the latter, since a few words fool it.
 */
export function modelMayDecline(compact: string): boolean {
  // "child" or "minor" in another sense ("a child process", "minor league", "kid mode on Netflix") names no child:
  // the model, which learned those words from messages about children, is not enough on its own.
  const plain = withoutOtherSenses(compact);
  if (plain !== compact && !mentionsChildOrHarm(plain)) return false;
  const named = mentionsChildrenOrEvasion(compact);
  if (!named && !ACTOR.test(compact)) return false;
  // Nothing of children, contact, images or evasion at all ("how do I make a bar chart in google sheets"): the
  // model's reading of "how do I make…" alone is no harmful ask.
  if (!named && !TOUCHES_HARM.test(compact)) return false;
  // Looking for the source itself ("where can I find the ONS data on grooming?") is no harmful ask, however the model
  // reads "where can I find…"; nor is asking who is most at risk ("which age group is most at risk of grooming?").
  if (
    !EVADE.test(compact) &&
    !OWN_PURPOSE.test(compact) &&
    !INTENT.test(compact) &&
    (SOURCE_LOOKUP.test(compact) || MOST_AT_RISK.test(compact))
  )
    return false;
  if (protectiveAsk(compact) || policyAsk(compact) || watchfulAsk(compact) || countAsked(compact))
    return false;
  // A parent's talk with their own children about something ("how do I talk to my 10 year old about strangers online
  // without scaring her"), hiding nothing beside the talk: the rules read it as no approach, and the model's reading is
  // not enough. (The talk itself holds "i talk to", an intent.)
  if (PARENT_TALK.test(compact) && hidesNothing(compact.replace(PARENT_TALK, ' '))) return false;
  // How a protection works ("how do age checks on discord work for under 16s?"), asking nothing of getting past it.
  if (HOW_PROTECTION_WORKS.test(compact) && hidesNothing(compact) && !PAST_AGE_CHECKS.test(compact))
    return false;
  // How offenders act, asked to protect children ("how do predators find children online, so we can protect them?").
  // ("…? I want to explain the warning signs to parents" is such a purpose too.)
  if (
    RESEARCH.test(compact) &&
    (KEEPING_SAFE.test(compact) || compact.replace(PROTECTIVE_WISH, ' ') !== compact) &&
    !EVADE.test(compact) &&
    !OWN_PURPOSE.test(lessProtectivePurpose(compact)) &&
    !statesOwnIntent(compact)
  )
    return false;
  // A story's protector at work ("for my screenplay, how would a mum realise something was wrong?", "a detective
  // investigates online grooming, what does a police investigation involve?"), naming no child and no act.
  if (
    PROTECTORS_SIDE.test(compact) &&
    !NAMED_CHILD.test(compact) &&
    !hasActSignal(compact) &&
    !OWN_PURPOSE.test(compact) &&
    !INTENT.test(compact)
  )
    return false;
  // A scam, spam or a fake account the writer received and asks how to report ("spam DMs offering fake followers, how
  // do I report them?"), naming no child and stating no purpose: the model learned "how do I…" from harmful asks.
  if (
    reportsScam(compact) &&
    !NAMED_CHILD.test(compact) &&
    !INTENT.test(compact) &&
    !OWN_PURPOSE.test(compact)
  )
    return false;
  // Children as the ones who use an app ("what age should kids be allowed on snapchat", "which apps are good for a 10
  // year old to chat with family"), and every intent only to pass on the source's figures ("as a youth worker i'd like
  // to share one or two statistics with the teens in my group"): the model learned those words from harmful asks.
  if (childIsTheUser(compact) && hidesNothing(compact)) return false;
  // Which app is safest for children themselves ("which app is the safest for kids?"), not for an adult to reach
  // them ("the safest app for an adult to chat to a 12 year old").
  if (
    (SAFEST_FOR_CHILD.test(compact) || (SAFE_JOURNEY_WITH_CHILD.test(compact) && !SECRECY.test(compact))) &&
    !EVADE.test(compact) &&
    !INTENT.test(compact) &&
    !OWN_PURPOSE.test(compact)
  )
    return false;
  return named || compact.split(' ').length >= SHORT_WORDS;
}

/**
 * Those who watch over children asking what to watch for ("How do groomers gain a child's trust? I'm a parent trying
 * to understand what to look out for", "What signals should our trust & safety team look for in DMs between adults and
 * minors?", "What apps should parents be most aware of?"): no act, no purpose of the writer's own, nothing secret.
 */
const WATCHFUL = r(
  String.raw`\b(?:look(?:ing)? out for|watch(?:ing)? (?:out )?for|(?:be|being|stay) (?:more |most |extra )?(?:aware|alert|vigilant)|(?:most |more )?aware of|warning signs?|(?:the )?signs (?:of|that|to (?:look|watch))|red flags?|(?:signals?|signs|patterns|behaviou?rs?) (?:should|to|do|would) (?:\w+ ){0,4}?(?:look|watch|check) (?:out )?for|what to (?:look|watch) (?:out )?for|look for in|(?<!(?:don'?t|dont|doesn'?t|doesnt|not|never|can'?t|cant|won'?t) )keep an eye (?:on|out))\b`,
);
const WATCHER = r(
  String.raw`\b(?:(?:as|i'?m|im|i am|we'?re|we are|asking as) (?:a |an |the )?(?:parents?|mum|mom|mother|dad|father|grand(?:parent|ma|pa|mother|father)s?|carers?|foster carers?|teachers?|moderators?|mods|youth workers?|social workers?|governors?|school|safeguarding \w+|dsl|trust (?:& |and )?safety \w+)|(?:our|my) (?:trust (?:& |and )?safety|t ?&? ?s|safeguarding|moderation|mod) (?:team|staff|leads?)|(?:should|can|do|must|could) (?:parents|carers|families|mums|dads)|(?:parents|carers|families|mums|dads) (?:should|can|need to|must|could)(?: be)?)\b`,
);
/**
 * A count asked and nothing else ("As a parent I'd like to know: how many kids got hurt on Eastmoor roads?"): the wish
 * to know is no purpose to act, and no act, evasion, purpose or secret stands beside it.
 */
const HOW_MANY = /^(?:[\w' ]{0,60}\b)?(?:how many|what (?:number|percentage|proportion|share) of)\b/u;
/** A quantity to give or send, or how long before a child gives in: "how many robux should I give…", "…before a kid agrees". */
const BARGAIN =
  /\bhow (?:many|much)\b(?:\W+\w+){0,3}?\W+(?:should|do|would|can|could|must|before|till|until|does it take)\b|\b(?:robux|v-?bucks|gifts?|presents?|money|cash|pounds|messages|dms|texts|compliments|pics|photos|selfies)\b/u;
function countAsked(compact: string): boolean {
  const learning = compact.replace(TO_LEARN, ' ');
  return (
    HOW_MANY.test(collapseWhitespace(learning)) &&
    !BARGAIN.test(compact) &&
    asksOnlyToLearn(compact) &&
    !STAKE.test(learning) &&
    !hasActSignal(compact)
  );
}

/** A wish to understand or learn ("I'm trying to understand what to look out for"): no purpose to act. */
const TO_LEARN =
  /\b(?:(?:i'?m|i am|we'?re|we are) )?(?:trying|hoping|wanting) to (?:understand|learn|spot|recogni[sz]e|be aware)\b|\b(?:i|we)(?:'d| would) like to (?:understand|learn|know)\b|\bso (?:that )?(?:i|we) (?:can|could) (?:explain|teach|warn|tell|show)\b(?:\W+\w+){0,4}?\W+(?:to )?(?:my|our) (?:own )?(?:kids?|children|child|sons?|daughters?|teens?|teenagers?|family)\b/gu;
/**
 * What shows a watchful or counting ask is not one: something to avoid or not be noticed, whoever is messaging a
 * child, talking or chatting to one, adding or meeting some, or where to do it ("what red flags do parents look out
 * for? need to know what to avoid when chatting to a 13 year old").
 */
const NOT_WATCHING =
  /\b(?:avoid\w*|(?:don'?t|do not|won'?t|wont|can'?t|never|not) (?:notice|see|spot|find out|know|catch)|without (?:them|parents|anyone|anybody|the parents) (?:noticing|knowing|seeing)|whoever|(?:chat|talk|messag|dm|text|speak|speaking|meet)\w* (?:to|with|up with) (?:a |an |some |the |one )?(?:\d|kids?|child|girls?|boys?|teens?|minors?|young|year)|where to (?:chat|talk|meet|message|find|dm)|(?:add|meet|befriend|contact|reach) (?:some |a |an |the )?(?:\d|kids?|child|girls?|boys?|teens?|minors?|young)|(?:want|wanna|need|plan|going) to (?:add|meet|message|chat|talk|dm|contact|find))/u;
/** The writer in contact with children: "when I message the kids", "we chat to them". */
const WRITER_IN_CONTACT =
  /\b(?:i|we)\b(?:\W+\w+){0,2}?\W+(?:meet\w*|messag\w*|dm\w*|text\w*|chat\w*|talk\w*|contact\w*|add|approach\w*|befriend\w*|groom\w*)\b/u;
function watchfulAsk(compact: string): boolean {
  return (
    WATCHFUL.test(compact) &&
    (WATCHER.test(compact) || OWN_CHILDREN.test(compact)) &&
    asksOnlyToLearn(compact) &&
    !BEST_FOR.test(compact)
  );
}

/**
 * Nothing beside a wish to learn (`TO_LEARN` set aside): no secret, purpose, contact with children or anything to
 * avoid — what a watchful ask and a count asked both need.
 */
function asksOnlyToLearn(compact: string): boolean {
  const learning = compact.replace(TO_LEARN, ' ');
  return (
    hidesNothing(learning) &&
    !OWN_PURPOSE.test(learning) &&
    !WRITER_IN_CONTACT.test(learning) &&
    !NOT_WATCHING.test(compact)
  );
}

/** What a parent, a teacher, the police or a helpline does on noticing harm, or how an investigation goes. */
const PROTECTORS_SIDE =
  /\bhow (?:would|do|does|could|might|will|should) (?:a |an |the |my |her |his |their )?(?:mum|mom|mother|dad|father|parents?|teachers?|police|officers?|detectives?|social workers?|investigators?|schools?|moderators?|helplines?|counsell?ors?|carers?)\b(?:\W+\w+){0,2}?\W+(?:realis|realiz|notic|spot|recogni|investigat|react|respond|handl|support|report|help|deal)\w*|\b(?:police|detectives?|officers?|investigators?) (?:investigations?|investigat\w*|interview\w*)|\binvestigations? (?:usually |typically |normally )?(?:involve|work|look like)\b|\bwhat (?:kind of |sort of |type of )?evidence (?:would|do|does|could|might|will|can) (?:the )?(?:police|detectives?|officers?|investigators?|prosecutors?|courts?) (?:use|rely on|need|look for|gather|collect|present|seize)\b(?! against (?:me|us)\b)/u;

/** "talk to my kids about…", "speak with our 12 year old about…": a parent's talk with their own children. */
const PARENT_TALK = r(
  String.raw`\b(?:talk|speak|chat) (?:to|with) (?:my|our) (?:[\w'-]+ ){0,2}?(?:kids?|children|child|sons?|daughters?|\d{1,2}[- ]?(?:yo|y/o|year[- ]?olds?)|teens?|teenagers?|boys|girls|family) about\b`,
);

/** A child, as the one who would use an app or chat with family. */
const A_CHILD_USER = String.raw`(?:a |an |my |our |the |young |younger |little )?(?:kids?|children|child|teens?|teenagers?|tweens?|(?:1[0-7]|[5-9])[- ]?(?:yo|y\/o|yr olds?|year[- ]olds?))`;
/**
 * Children as the users: "what age should kids be allowed on snapchat", "should a 12 year old have tiktok", "which apps
 * are good for a 10 year old to chat with family" (the one they chat with is family or friends, never the writer).
 */
const CHILD_USES = r(
  String.raw`\b(?:what age|how old|old enough|minimum age|age limit)\b(?:\W+\w+){0,3}?\W+(?:should|can|could|do|must|are) ${A_CHILD_USER} (?:be allowed|be|use|have|join|get|go)\b|\b(?:should|can|could|may) ${A_CHILD_USER} (?:be allowed (?:on|to (?:use|have|join|get))|use|have|join|get)\b|\bfor ${A_CHILD_USER} to (?:use|chat|talk|play|message|video ?call|call|keep in touch|stay in touch)\b(?:\W+\w+){0,2}?\W+(?:with (?:(?:their|his|her|the|my|our) )?(?:family|grandparents?|friends|school ?friends|classmates|relatives|cousins|parents?|mum|mom|dad|each other|teachers?)\b|on (?:their|his|her) own\b|safely\b)`,
);
function childIsTheUser(compact: string): boolean {
  return CHILD_USES.test(compact) && !ACTOR_AS_PARTNER.test(compact);
}
/** The writer as the one the child would talk to: "chat with me", "i could message". */
const ACTOR_AS_PARTNER =
  /\b(?:with me|to me|me to|i (?:can|could|would|will) (?:chat|talk|message|text|dm|meet|see))\b/u;

/**
 * A journey the writer makes with children ("Is Eastmoor a safe place to cycle with young kids?", "safest way to walk
 * to school with my kids"): the safety of the road, asked by whoever takes them along, and nothing follows.
 */
const SAFE_JOURNEY_WITH_CHILD = r(
  String.raw`\b(?:safest|safer|safe|dangerous|most dangerous)\b(?:\W+\w+){0,3}?\W+(?:to|for) (?:${ROAD_MOVES}|scoot\w*)\b(?:\W+\w+){0,3}?\W+with (?:my |our |the |young |little |small |two |three )?(?:kids?|children|child|sons?|daughters?|toddlers?|family)\W*$`,
);

/** Doing something with children unseen: no journey's safety is asked ("safest way to drive secretly with little kids"). */
const SECRECY = r(String.raw`\b(?:${UNSEEN}|just (?:me|us))\b`);

/** The safest app or place for children themselves: the child is who it is safe for, and nothing follows. */
const SAFEST_FOR_CHILD = r(
  String.raw`\b(?:safest|safer|safe|most secure)\b(?:\W+\w+){0,3}?\W+for (?:my |our |a |the |young )?(?:kids?|children|child|teens?|teenagers?|sons?|daughters?|\d{1,2}[- ]?(?:yo|year[- ]olds?))\W*$`,
);

/**
 * A parent, teacher or group leader asking how to keep their own children safe online ("How do I set up parental
 * controls on an Xbox so only friends can message?", "my 13-year-old just got Instagram, should her account be
 * private?"): the model, which learned "how do I … my kid … online" mostly from harmful asks, is not enough on its own
 * to refuse it. Never when the message hides something, seeks images or time alone, or picks children out.
 */
function protectiveAsk(compact: string): boolean {
  return (
    hidesNothing(compact) &&
    (carerOfOwnChildren(compact) || carersOfTheirChildren(compact)) &&
    (SAFETY_TOOLS.test(compact) || PROTECTS.test(compact))
  );
}
/**
 * Parents, carers or schools in general and their own children ("how can parents keep their kids safe online?"), with
 * no one else wanting them: a protective ask as a carer's of their own is.
 */
const CARERS_OF_THEIR_CHILDREN = r(
  String.raw`\b(?:parents?|carers?|guardians?|families|mums?|moms?|dads?|schools?|teachers?)\b(?:\W+\w+){0,4}?\W+(?:their|his|her) (?:own )?(?:kids?|child(?:ren)?|sons?|daughters?|teens?|teenagers?|pupils|students)\b`,
);
function carersOfTheirChildren(compact: string): boolean {
  return (
    CARERS_OF_THEIR_CHILDREN.test(compact) && !NOT_PROTECTIVE.test(compact) && !SOMEONE_WANTS.test(compact)
  );
}
/** The asker's own children, with no one else wanting them and nothing no protective ask needs (`NOT_PROTECTIVE`). */
function carerOfOwnChildren(compact: string): boolean {
  return OWN_CHILDREN.test(compact) && !NOT_PROTECTIVE.test(compact) && !SOMEONE_WANTS.test(compact);
}
/** No evasion, no stated intent, and nothing no protective ask needs. */
function hidesNothing(compact: string): boolean {
  return !EVADE.test(compact) && !INTENT.test(compact) && !NOT_PROTECTIVE.test(compact);
}
/**
 * A coach, moderator or school asking what the source says for a policy that keeps adults from messaging children
 * directly ("The club wants coaches to … never DM kids directly. Does the article support that kind of policy?").
 */
function policyAsk(compact: string): boolean {
  return (
    POLICY.test(compact) &&
    /\b(?:article|source|stats?|figures?|data|cite|support)\b/u.test(compact) &&
    hidesNothing(compact)
  );
}
const POLICY = /\b(?:polic(?:y|ies)|guidelines?|code of conduct|safeguarding rules?)\b/u;
/** The asker's own children (not pupils, scouts or a club's members: those asks are how a wrapped harmful one reads). */
const OWN_CHILDREN = r(
  String.raw`\b(?:my|our)\s+(?:${NUMBER_AGE}[- ]?(?:yo|y/o|year[- ]olds?)|kids?|child(?:ren)?|sons?|daughters?|teens?|teenagers?|boys|girls|family|household)\b`,
);
/** Someone else wanting the child: "my mate wants to date my 13 year old", "my boss wants to take my son camping". */
const SOMEONE_WANTS =
  /\b(?:mate|friend|boss|neighbou?r|flatmate|colleague|uncle|cousin|brother|boyfriend|partner|guy|man|he|someone|somebody)\b(?:\W+\w+){0,3}?\W+(?:wants?|wanted|would like|asked|asks|keeps asking) (?:to )?(?:date|meet|befriend|take|chat|talk|message|dm|text|see|have|babysit|look after|spend time)\b/u;
/** Tools and settings only a carer sets for a child. */
const SAFETY_TOOLS = r(
  String.raw`\b(?:parental controls?|family link|screen ?time|privacy settings?|safety settings?|child[- ]safe|age[- ]appropriate|minimum age|family (?:tech )?(?:contract|agreement|rules))\b`,
);
const PROTECTS = r(
  String.raw`\b(?:private|block\w*|report\w*|safe|safer|safety|safely|protect\w*|teach\w*|tell (?:him|her|them|my \w+|our \w+) (?:what to do|to do|to (?:block|report|ignore|tell|come))|talk to (?:him|her|them)|explain\w*|spot\w*|warn\w*|restrict\w*|settings?|supervis\w*|curfew|trusted adult|tell me|come to me|only (?:with )?(?:people|friends|kids) (?:he|she|they) knows?|who (?:he|she|they) (?:can )?(?:chat|talk|play)s? with|check who|what age|how old|age limit|old enough|ready for|tips|advice|prepare|planning ahead|first (?:phone|tablet|console)|nothing'?s happened|come (?:and talk )?to me|talk to me (?:about|if|when)|tell me (?:about|if|when)|(?:see|read|check|look at) (?:copies of )?(?:my \S+ (?:year old'?s?|yo'?s?|kid'?s|son'?s|daughter'?s|child'?s|teen'?s) )(?:messages|phone|chats|texts|dms))\b`,
);
/**
 * What no protective ask needs: secrecy, images, time alone, the asker as the one the child talks to, switching
 * protections off, watching a child, or picking children out.
 */
const NOT_PROTECTIVE = r(
  String.raw`\b(?:secret\w*|privately|just between us|between (?:us|you and me)|one[- ](?:to|on)[- ]one|without (?:me|us) (?:checking|knowing|seeing|looking|noticing)|without (?:him|her|them|anyone|the school|(?:my|his|her|their) (?:wife|husband|partner|parents?|mum|mom|dad))|finding out|find out|nudes?|naked|sexy|sexual\w*|undress\w*|chang(?:e|ing) in front|alone|delet\w*|hide|hidden|trust me|send me|(?<!come (?:and )?)(?:chat|talk|messag|dm|text|speak)\w* (?:with|to) me\b(?! (?:about|if|when|whenever)\b)|add me|follow(?:s|ed)? me|my follow|forward\w*|(?:to|with) me (?:only|privately)|only (?:talk|chat|speak) to me|turn(?:ing)? (?:them |it |that )?off|switch(?:ing)? (?:them |it )?off|disabl\w*|bypass\w*|get (?:a)?round|stop (?:a |the |their |his |her )?(?:parents?|mum|mom|dad)|(?:parents?|mums?|moms?|dads?) (?:from )?(?:seeing|knowing|finding)|from (?:their|her|his) (?:parents?|mums?|moms?|dads?)|not (?:her|his|their) (?:parent|mum|mom|dad)|alert|webcams?|cameras?|snap ?map|location|add (?:them|her|him) myself|relationship|consent to|strangers can|single\w* (?:them|out)|most (?:open|vulnerable|likely|trusting)|which (?:child|children|kids?|ones?)|shouldn'?t tell|not (?:to )?tell|don'?t tell)\b`,
);

/** Words any harmful ask touches: a young person, contact, meeting, images, secrecy, gifts, trust or being alone. */
const TOUCHES_HARM = r(
  String.raw`\b(?:${CHILD}|girls?|boys?|students?|pupils?|class|teen\w*|young\w*|younger|school\w*|minors?|underage|meet\w*|met|contact\w*|messag\w*|dms?|chat\w*|talk\w*|text\w*|pics?|photos?|pictures?|images?|videos?|nudes?|naked|secret\w*|gifts?|presents?|money|pay|trust\w*|alone|private\w*|groom\w*|lur\w*|approach\w*|befriend\w*|snap\w*|insta\w*|whatsapp|discord|roblox|fortnite|minecraft|tiktok|facebook|game|gaming|apps?|platforms?|sites?|servers?|online|offline|caught|police|report\w*|delet\w*|hide|hidden|parents?|mum|mom|dad|age|aged|years? old|yo|pizza|cp|miss\w*|material|content|stuff|find|link\w*|\d+ ?%|percent|cubs?|scouts?|troop|club|team|players?|squad|chang(?:e|ed|ing)|undress\w*|shower\w*|front of me|(?<!\bin )touch(?:es|ed|ing|y)?\b(?! base)|body|bodies|sex\w*|kiss\w*|date|dating|relationship|boyfriend|girlfriend|babysit\w*|nanny|tutor\w*|coach\w*|camp|sleepover|stay over)\b`,
);

/** Words of an intent to harm that need no child named beside them. */
const INTENT_TO_HARM_WORDS =
  /\b(?:groom\w*|lur(?:e|es|ing)|underage|paedo\w*|pedo\w*|csam|nudes?|sext\w*)\b/u;

/**
 * Names children (not just "her" or "them"), escaping detection, or the asker's own stake ("my odds", "so I can time
 * it"): what the model needs beside it to decline, since short chat alone fools it.
 */
export function mentionsChildrenOrEvasion(compact: string): boolean {
  return NAMED_CHILD.test(compact) || EVADE.test(compact) || STAKE.test(compact);
}

/** Children, escaping detection, the asker's stake, or a word of harm that needs no child beside it ("csam"). */
export function mentionsChildOrHarm(compact: string): boolean {
  return mentionsChildrenOrEvasion(compact) || INTENT_TO_HARM_WORDS.test(compact);
}

const STAKE = r(
  String.raw`\b(?:my (?:odds|chances|own|risk|exposure)|so (?:that )?i (?:can|could|know|don'?t|won'?t)|(?:make sure|ensure) (?:mine|i|my)|i'?ll be|to go for|time it|targets?|groom\w*|lur(?:e|es|ing)|offenders?|predators?|first person|gotta b careful|sweet little|go-to person)\b`,
);

/** A stated purpose of any kind ("I want to…", "so I can…"): enough to keep a message out of any log. */
export function statesIntent(compact: string): boolean {
  return INTENT.test(compact);
}

/**
 * Asking about the part that escapes detection ("what would someone need to do to be in the part it doesn't
 * detect?"): too weak to decline a question on, but enough to keep it out of any log. (A miss of the fresh-3 set,
 * read after its one blind score.)
 */
const UNDETECTED_PART = r(
  String.raw`\b(?:part|bit|share|ones?|rest|cases|content|stuff|percent|%) (?:it|they|that|which|facebook|police|moderators?|the police|the filters?) (?:doesn'?t|does not|don'?t|do not|didn'?t|can'?t|cannot|won'?t|fails? to|never) (?:detect|catch|find|spot|flag|notice|see|pick up)\b|\b(?:be|stay|end up|get|fall) (?:in|among|into) (?:the )?(?:part|bit|share|ones|rest|\d+ ?%?) (?:it|they|that|which|nobody|no one)\b`,
);

/**
 * Looking for what the law does not catch ("stay just under the legal line", "which behaviours don't count as an
 * offence", "how far can someone go"): too weak to decline on, enough to read the message strictly.
 */
const LOOPHOLE = r(
  String.raw`\b(?:(?:stay|keep|staying|keeping) (?:just )?(?:under|below|on the right side of) the legal line|(?:doesn'?t|don'?t|does not|do not|wouldn'?t|won'?t|would not|will not) (?:count|register|qualify) as (?:an? )?(?:offen[cs]es?|crimes?|grooming|abuse)|without (?:it )?(?:being|counting as|becoming) (?:an? )?(?:offen[cs]e|crime|grooming|abuse)|(?:legal )?loopholes?|technically (?:legal|not (?:illegal|an offen[cs]e|a crime|grooming))|how far can (?:i|you|u|someone|one|a person|an adult|he) go\b.{0,60}\b(?:kid|child|children|minor|teen|girl|boy|1[0-7]|grooming))\b`,
);

/** Any sign of an intent to reach children or to escape detection, even one too weak to decline on. */
export function hasHarmSignal(compact: string): boolean {
  return hasActSignal(compact) || statesIntentBesideChild(compact);
}

/** An approach to a child, escaping detection, a purpose or a best place to reach children, a loophole. */
export function hasActSignal(compact: string): boolean {
  return [APPROACH_CHILD, EVADE, PURPOSE, BEST_FOR, UNDETECTED_PART, LOOPHOLE].some((p) => p.test(compact));
}

/**
 * The same signs, with an approach read as `readHarm` reads it: not an act the research counts nor one told of others
 * ("the news says predators used lockdown to target kids"). What lets the model's weaker reading decline.
 */
export function hasActSignalAsRead(compact: string): boolean {
  const unnamed = withoutNamedActs(compact);
  if (APPROACH_CHILD.test(unnamed) || PURPOSE.test(unnamed)) return true;
  return [EVADE, BEST_FOR, UNDETECTED_PART, LOOPHOLE].some((p) => p.test(compact));
}

/** "I want to be precise" is no sign by itself: an intent counts beside a child ("I'd like to… for teenagers"). */
export function statesIntentBesideChild(compact: string): boolean {
  return INTENT.test(compact) && NAMED_CHILD.test(compact.replace(CHILD_TOPIC, ' '));
}

/** Children named only as a field of work or a topic ("child safety", "child protection"): no child to reach. */
const CHILD_TOPIC =
  /\b(?:online )?child(?:ren)?(?:'s)? (?:safety|protection|safeguarding|welfare|rights|poverty|abuse|exploitation|sexual abuse|grooming|protection policy)\b/gu;
