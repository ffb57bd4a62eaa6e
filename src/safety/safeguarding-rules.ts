// Recognises messages that say a child may be at risk, or ask how to report a concern or get help. Fails safe:
// a message that names a particular child (or the writer) together with a sign of risk or a plea for help is a
// concern, whatever else it asks. Statistics questions about children in general are not.

import { namesAdultKin, withoutAdultKin } from './adult-subject.js';
import { GROOMING_IN_ANOTHER_SENSE } from './other-senses.js';
import { asksForStatistic, isStatisticsQuestion } from './statistics-cue.js';

const r = (source: string) => new RegExp(source, 'u');

const AGE = String.raw`(?:\d{1,2}[- ]?(?:yo|y/o|y\.o|yrs?|years?)(?:[- ]?olds?)?|\d{1,2}(?:m|f)\b|aged? \d{1,2}|year ?\d{1,2}\b|yr ?\d{1,2}\b)`;
const KIN = `(?:step ?)?(?:daughters?|sons?|doughter|dauther|kids?|kiddos?|child(?:ren)?|boy|girl|lad|little (?:one|girl|boy)|baby|toddler|teen(?:ager)?s?|nieces?|neices?|nephews?|grand ?(?:daughters?|sons?|child(?:ren)?|kids?)|grandaughter|godchild|god ?(?:daughter|son)|cousins?|sisters?|brothers?|sis|bro|siblings?|twins?|friends?(?! request)|freind|bestie|best friend|mates?|classmates?|pupils?|students?|foster (?:child|daughter|son|kid)|ward)`;
/** A service or body named for children: "our local authority's children's services team" is no child. */
const CHILDRENS_BODY = String.raw`(?!['’]s?\s+(?:services|social care|commissioner|charity|charities|department|directorate|trust|sector|workforce|act|rights|ministry|minister|hospital|board|partnership)\b)`;
/** Kin with a grown-up's life: "my brother's wedding", "my sister's husband" is no child. */
const GROWN_UP_LIFE = String.raw`(?!['’]s?\s+(?:wedding|stag|hen|engagement|wife|husband|fianc\w*|divorce|mortgage|retirement|pension)\b)`;
/**
 * A particular child: "my daughter", "our pupil", "a Year 8 pupil", "my 11yo", "a 13-year-old girl in my group" (not
 * children in general, "charities that help children who are abused", nor grown-up kin, "my brother's wedding").
 */
const PARTICULAR_CHILD = r(
  String.raw`\b(?:my|our|mine|his|her|their|ma|me)\s+(?:[\w'-]+\s+){0,2}?${KIN}\b${CHILDRENS_BODY}${GROWN_UP_LIFE}|\b${KIN}\s+(?:is|was|has|aged?|\(?\d)|\b${KIN}(?<!s|children)\s+who(?:se|m)?\b|\b(?:a|an|one|this|the)\s+(?:[\w'-]+\s+){0,2}?(?:pupil|student|child|kid|girl|boy|participant|athlete|player|member|young person|teen(?:ager)?)s?\s+(?:in|at|from|of|on)\s+(?:my|our)\b|\bone of (?:my|our|the) (?:[\w'-]+\s+){0,2}?(?:pupils|students|children|kids|girls|boys|players|athletes|members|participants|young people)\b|\b(?:the )?(?:child|children|kids?) (?:i|we) (?:look after|care for|foster|mind|babysit|nanny|nannie|teach|coach|tutor)\b|\b(?:in my|in our) care\b|\b(?:a|an|the|this|my) (?!(?:aged? )?(?:1[89]|[2-9]\d)\b)(?:${AGE})\b|\b(?:she|he|they)(?:'s| is| are|s) (?:only |just )?\d{1,2}\b|\bmine (?:is|'s) (?:only |just )?(?:1[0-7]|[1-9])\b(?! ?(?:%|percent))|\bsomeone (?:at|in) (?:my|our) (?:school|class)\b|\b(?:year|yr) ?\d{1,2} (?:pupil|student|boy|girl|child|kid)s?\b|\b(?:pupil|student|boy|girl|child|kid) (?:in |from )?(?:year|yr) ?\d{1,2}\b|\b(?:the|a|our|one) (?:young |little )?(?:kid|child|girl|boy|lad|lass|youngster|teen(?:ager)?)s? (?:next door|across the (?:road|street|hall)|over the (?:road|street)|opposite(?: us)?|down the (?:road|street)|upstairs|downstairs|(?:on|in) (?:our|my) (?:street|road|estate|block|class)|in the flat (?:above|below)|(?:above|below) us|at number \d+)\b|\bneighbour'?s (?:kid|child|girl|boy|daughter|son|lass|lad)\b`,
);
/**
 * The writer is the child or young person: "I'm 13", "im in year 8", "me (14f)". An age of 18 or more is an adult's
 * ("I'm 34 and meeting someone from Hinge, any safety tips?").
 */
const YOUNG_SELF = r(
  String.raw`\b(?:i'?m|i am|im|me)\s+(?:only |just |like )?(?:(?:1[0-7]|[1-9])\b(?! ?(?:min|hour|%|percent|pm|am))|in (?:year|yr) ?\d{1,2}\b|a (?:kid|child|teen(?:ager)?|girl|boy|minor)\b(?!['’]s\b|ren))|\b(?:say|said|tell|told) (?:them |people |him |her )?(?:ur|you'?re|youre|i'?m|im) (?:only |just )?(?:1[0-7]|[5-9])\b(?! ?(?:min|hour|%|percent|pm|am))`,
);
/** The news as what acts on the writer: "this article (really) …", "the figures …". */
const THE_NEWS = String.raw`\b(?:article|story|news|report|study|research|figures?|stats|statistics|numbers|data|headlines?|piece|reading (?:this|it|that))\s(?:(?:really|honestly|genuinely|just|has|have|properly|kind of|quite) )?`;
/** Not what the article or the news does to the writer: "this article scared me", "the figures shocked us". */
const NOT_BY_THE_NEWS = `(?<!${THE_NEWS})`;
/** Something is being done to the writer: "he asked me", "someone keeps messaging me", "gave me", "wants me to". */
const DONE_TO_ME = r(
  String.raw`\b${NOT_BY_THE_NEWS}(?:asks|asked|askd|asking|messages|messaged|messaging|msgs|msgd|msging|dms|dmd|dmed|dming|texts|texted|texting|sends|sent|sending|gave|gives|giving|bought|bout|buys|buying|offers|offered|offering|wants|wanted|told|tells|telling|calls|called|calling|threatens|threatened|threatening|threaten|blackmails|blackmailed|blackmailing|bothers|bothered|bothering|follows|followed|following|adds|added|adding|pressures|pressured|pressuring|forces|forced|forcing|makes|made|making|keeps|kept|contacts|contacted|contacting|grooms|groomed|grooming|stalks|stalked|stalking|harasses|harassed|harassing|hurts|hurt|hurting|touches|touched|touching|scares|scared|scaring|owe|owes|knows|says|said|treats|treated|treating) (?:\w+ )?(?:me|us)\b|\b(?:someone|somebody|some1|he|she|they|man|guy|person|adult|player|stranger|friend)(?:\W+\w+){0,3}?\W+(?:tell|give|send|ask|call|make|buy|offer|show|want|threat|say) (?:\w+ )?me\b|\bme and (?:a|this|some|an) (?:guy|man|boy|girl|person|adult|player)\b|\b(?:been |i'?ve been |im |i'?m |i am )?(?:talking|chatting|speaking|texting|messaging|snapping) (?:to|with) (?:this|a|some|an) (?:older |grown |random )?(?:guy|man|dude|bloke|adult|person|stranger|lad|woman)\b|\bi (?:met|talk(?:ed)? to|chat(?:ted)? (?:to|with)|play with|added|sent|did one|told him|told her)\b|\b(?:i'?m|i am|im) (?:being|getting) (?:groomed|blackmailed|sextorted|threatened|stalked|bullied|harassed|abused|messaged|followed|pressured)\b|\bwith (?:just )?(?:me|us)\b|\bwhere (?:i|we) (?:live|go to school|am)\b|\bmy (?:pics|photos|pictures|nudes|address|number|password|snap|insta|account)\b|\b(?:in|into|slid into) my (?:dms?|pms?|private messages)\b`,
);

/** Signs of grooming, exploitation or pressure. */
/** The research's own topic words: a sign of risk only when the message is not a question about the figures. */
const TOPIC = r(
  String.raw`\b(?:groom\w*|predator\w*|paedo\w*|pedo\w*|perv\w*|sextort\w*|blackmail\w*|exploit\w*|abus\w*|offenders?|perpetrators?)\b`,
);

const RISK = r(
  String.raw`\b(?:ask(?:ed|s|ing)? (?:for )?(?:her|his|their|my) (?:school name|address|location|postcode)|(?:no ?one|nobody|no1) (?:would |will |is gonna |gonna |is going to |ever )?believe (?:me|us)|privately (?:messag\w*|dm\w*|text\w*|contact\w*)|creep\w*|threat\w*|harass\w*|stalk\w*|uncomfortable|weird|inappropriate|unsafe|scared|afraid|frightened|freaking out|shaking|nudes?|naked|pics?|photos?|pictures?|selfies?|images?|video ?(?:call|chat)s?|facetime|camera|cam\b|webcam|voice chat|secret(?!ar(?:y|ies|iat)|s? santas?\b)\w*|keep (?:it|this|that|things|stuff|everything|them|the chats?|our chats?) (?:just |only )?between (?:us|them|you two|ourselves|themselves|the two of (?:us|them|you))|don'?t tell|dont tell|not (?:to )?tell|never tell|without (?:her|his|their|my|your) (?:parents?|mum|mom|dad) (?:knowing|seeing)|where (?:mum|mom|dad|parents) (?:can'?t|cant|won'?t) see|delete (?:the |our |all )?(?:messages|msgs|chats|texts)|(?:meet|meeting)(?: up| him| her| me| in person| irl)?|pick (?:her|him|me) up|where (?:she|he|i|they) li(?:ve|ves)|(?:home )?address|phone number|password|gifts?|presents?|robux|v-?bucks|vouchers?|gift ?cards?|psn card|nitro|skins|money|paypal|quid|£|pay or|unless|share (?:his|her|my|their|your) (?:pics|photos|pictures)|send (?:your|his|her|my) (?:pics|photos)|older|grown ?(?:man|up|woman)|adult|stranger|(?:with|to|from|by) (?:a|an|this|some) (?:[2-9]\d)[- ]?(?:yo|y/o|yr old|year[- ]?old)(?! (?:girl|boy|kid|child|daughter|son|pupil|student)s?\b)|(?:a|an|this|some|random|older|grown|strange|creepy|weird) (?:man|guy|bloke|dude|lad)\b|(?:says|said|claims|claiming) (?:he|she|they)(?:'s| is| are|s) \d{1,2}|mature for (?:her|his|my|your) age|age is just a number|only friend|special|love (?:him|her|me|you)|boyfriend|girlfriend|bf|gf|private (?:server|call|chat|account)|(?:send|sends|sending|sent) (?:\w+ ){0,4}(?:sexual|sexy|explicit|dirty|rude) (?:messages|msgs|pics|photos|texts|stuff|videos|things)|(?:she|he|they)(?:'s| is|s| are|re) only (?:like )?\d{1,2}\b(?! ?(?:%|percent|min|mins|hours?|am|pm))|(?:insists?|insisted|wants?) (?:that )?(?:they|we|he|she|you|i) (?:only )?(?:talk|chat|message|speak) (?:on|in|over|through|using) (?:disappearing|vanish\w*|secret|private|self[- ]destruct\w*)|move (?:to|our|the)|another app|different app|turn (?:his|her|my|your|the) camera on|won'?t stop|keeps? (?:messaging|texting|dming|adding|calling|contacting)|(?<!\b(?:staff|colleagues|parents|people|members|readers|governors|everyone|folks|teachers|clients|customers|followers|listeners|viewers|students|journalists|pupils|class|kids|children|son|sons|daughter|daughters) )keeps? asking (?:me|her|him|them|my|where|when|for (?:pics|photos|pictures|nudes|selfies|videos|my|her|his))|keeps? (?:sending|offering|telling|saying|making) (?:me|her|him|them)|gone missing|missing|ran away|been gone|met (?:up with )?(?:someone|somebody|a man|a guy|an adult|him|her|them|this \w+)(?: \w+){0,4} (?:in person|irl|in real life)|came (?:home|back) with (?:a |an )?(?:new )?(?:phone|iphone|trainers|money|cash|gifts?)(?! (?:for|from) (?:christmas|(?:his|her|my) birthday|us|me|(?:his|her) (?:dad|mum|mom|grand\w+)))|come (?:and )?(?:get|pick up|collect|fetch) (?:you|her|him|me)|leave (?:the )?(?:back |front |bedroom )?(?:door|window) (?:open|unlocked)|sneak(?:ing)? out|hid(?:es|ing|den)? (?:her|his|their|my) (?:phone|ipad|tablet|laptop|screen|messages|chats)|(?:no ?one|nobody|we never|i never|we didn'?t|i didn'?t) (?:bought|gave|got) (?:her|him|them|it|those|these)\b|(?:teacher|coach|tutor|instructor|leader|manager|man|guy|adult|stranger|neighbour|uncle|older \w+)\b(?:\W+\w+){0,8}?\W+(?:dms|dm's|dming|messages|messaging|texts|texting|snaps|snapchats|calls|facetimes) (?:her|him|them)(?! about (?:homework|school|training|the match))|(?:crying|upset|scared|terrified|shaking)\b(?:\W+\w+){0,5}?\W+(?:saying|says|said) (?:that )?(?:someone|somebody|a man|a guy|an adult|he|they)(?: online)? (?:has|have|had|got|is|was|wants?|wanted|threatened|will|would|keeps?)\b|(?:is being|being|been|was|got|gets|getting) (?:messaged|dmd|dm'd|dmed|snapped|texted|contacted|followed|picked up|visited) by (?:a |an |her |his |the |some |this |older |different )?(?:\w+ )?(?:teacher|coach|tutor|instructor|man|men|guy|bloke|adult|stranger|neighbour|volunteer|leader)s?|(?:getting|gets|got|receiving|receives) (?:\w+ )?(?:dms|messages|msgs|snaps|texts|calls|visits|gifts|phones) (?:from|off) (?:her |his |a |an |the |some |this |older |different )?(?:\w+ )?(?:teacher|coach|tutor|instructor|man|men|guy|bloke|adult|stranger|neighbour|volunteer|leader)s?|(?:meets|meeting|meet up with|visits from) (?:older |different |grown )?(?:men|guys|adults|strangers)\b|(?:was|were|been|got|being|is) approached\b|(?:really |very |super |too )?personal (?:stuff|things|questions|qs)|messag\w* (?:some of |a few of |one of )?(?:the |our )?(?:girls|boys|kids|children|pupils|players|members) (?:individually|privately|one[- ]to[- ]one|one[- ]on[- ]one|directly|separately)\b)\b`,
);

/**
 * Signs too weak to stand beside a question about the figures: how often a child does something ("my kids are on
 * snapchat all the time", "every night") and what to tell a child ("my 14 year old asked me how many grooming crimes
 * there were. What should I tell her?"). Beside no figure asked for, they count as any sign of risk.
 */
const WEAK_SIGN =
  /\b(?:every (?:day|night)|all the time|at night|what (?:should|do|can|shall) (?:i|we) (?:tell|say to) (?:her|him|them))\b/u;
const WEAK_SIGNS = new RegExp(WEAK_SIGN.source, 'gu');

/** Asking what to do, who to tell, or how to report, block or get help. */
const SEEKS_HELP = r(
  String.raw`\b(?:what (?:do|should|can|must|shall) (?:i|we|he|she|they) do|what (?:i|we) (?:should |must |can )?do|what next|next steps?|what to do|dont no what to do|don'?t know what to do|(?:need|want|would like|looking for|seeking|please|pls|plz|appreciate|grateful for) (?:some |any |your )?(?:advice|advise|guidance)|advise (?:me|us)|help (?:me|him|her|us|pls|please)|(?:please|pls|plz) help|need help|need (?:a|some) (?:number|advice)|who (?:do|should|can|could|must) (?:i|we|u|you|she|he) (?:tell|inform|talk to|speak to|call|contact|go to|report)|who (?:to|can) (?:tell|call|contact|help)|who can help|whom (?:i|we) should|idk (?:who|how) to tell|how (?:do|can|should|to) (?:i|we|u|you|she|he)? ?(?:tell|report|block|stop|get help|refer)|report(?:ing)? (?:a |the |this |my |our |him|her|them|it|someone|concerns?|child|online|abuse|grooming)|refer(?:ral)?|reporting routes?|helpline|help line|hotline|number to call|phone number for|telephone for|children'?s services|call the police|should i (?:go|tell|stop|pay|report|call|block)|do (?:we|i) pay|is (?:this|that|it) (?:grooming|real|bad|normal|safe|okay|ok|dangerous|how it starts)|is it grooming|is she safe|is he safe|am i in trouble|get (?:him|her|them|me) in trouble|(?:will|would) (?:i|she|he|they) get in trouble|(?:is it|was it) my fault|do i have to|(?:u|you) won'?t tell|make (?:my|your) (?:insta|instagram|account|profile|snap|tiktok) private|raise (?:this|it|a concern|the concern)|how (?:do|should|can) (?:i|we) (?:handle|deal with|approach) (?:this|it)|(?:correct|right|proper) (?:procedure|process|steps?)|who do (?:i|we) (?:phone|ring|speak to)|can the police do|police\?|(?:the|a) police (?:process|investigation|interview))\b`,
);

/**
 * A particular child something was done to, told as fact: "my son (14) was targeted in May", "one of my students was
 * groomed last term", "my daughter has been contacted by a stranger".
 */
const CHILD_WAS_TARGETED = r(
  String.raw`\b(?:(?:my|our) (?:[\w'-]+ ){0,2}?${KIN}|one of (?:my|our) (?:[\w'-]+ )?(?:students|pupils|players|members|kids|children|girls|boys|scouts|swimmers|dancers|tutees))\b(?: \(?\d{1,2}\)?)? (?:was|were|got|has been|had been|have been|is being|is getting|are being) (?:(?!not\b|never\b|nt\b)\w+ )?(?:targeted|groomed|approached|sextorted|blackmailed|exploited|abused|preyed on)\b(?! (?:by|with|for|in) (?:[\w'’-]+ ){0,3}(?:ads?|adverts?|advertising|marketing|spam|promotions?|offers?|deals?|phishing|surveys?|campaigns?|algorithms?|brands?|research|study|studies)\b)`,
);

/**
 * What a carer tells or teaches their children to do if someone as yet unknown acts ("tell my kids to do if a stranger
 * messages them"), up to the next clause; not what someone did or does again ("tell her to do if he messages her
 * again"), nor anything told after it ("…if a stranger messages them, my son already has one").
 */
const LESSON_FOR_IF =
  /\b(?:tell|teach|warn|remind|advise|show) (?:my|our) (?:[\w'-]+ ){0,2}?(?:kids?|children|child|sons?|daughters?|teens?|teenagers?|pupils|students|class) (?:what to do |to do |how to (?:\w+ ){1,3})?(?:if|when|in case) (?:a|an|any|some|someone|somebody|anyone|anybody|strangers?|people|adults?)\b(?!(?: [\w'-]+){0,8} again\b)(?: (?!(?:and|but|also|because|cos|my|our|he|she|they|i)\b)[\w'-]+){0,6}/gu;

/** Told as long over: "back in 2015", "years ago", "he was convicted and she's doing great now". */
const LONG_OVER =
  /\b(?:back in (?:19|20)\d\d|back in the (?:19|20)?\d0'?s|(?:many |several |a few |\d+ )?(?:years|decades) ago|(?:was|got|been) (?:convicted|jailed|sentenced|locked up)|(?:doing|is|she'?s|he'?s) (?:great|well|fine|ok|okay|much better) now|all (?:sorted|resolved|fine) now)\b/u;

/** Grooming or extortion told in the past tense: "was groomed as a kid", "had been blackmailed". */
const PAST_DEED = /\b(?:was|were|been|got) (?:being |getting )?(?:groomed|sextorted|blackmailed)\b/gu;

/**
 * Not after a story, a novel or the news (a guard, placed before what it guards): a child told of there ("writing a
 * novel - the main character, she's 14 and groomed online", "In the BBC story, she was 13 and groomed") is no child the
 * writer knows.
 */
const NOT_IN_A_STORY = String.raw`(?<!\b(?:novel|fiction|screenplay|script|documentary|(?:in|from|for) (?:the|this|that|a|my) (?:\w+ )?(?:story|article|film|movie|book|show|series|episode|news|report|case study|podcast))\b[^.?!]{0,80})`;
/**
 * Not after "how many" or "what share" in the same sentence (a guard, placed before what it guards): "how many kids
 * are groomed on whatsapp?" counts children, it tells of none.
 */
const NOT_COUNTED = String.raw`(?<!\b(?:how (?:many|often|common|likely|much)|what (?:percent(?:age)?|proportion|share|number|fraction)|number of|proportion of)\b[^.?!]{0,40})`;
/** The children a member of staff adds or messages ("the kids", "some of our pupils", "all the players"). */
const STAFF_KIDS = `(?:the |our |some of the |some of our |a few of the |all (?:of )?(?:the |our ))?(?:kids|children|pupils|students|campers|players|members|girls|boys)`;
/** On their own these say a child is at risk or ask for help with a concern. */
const STANDALONE = r(
  String.raw`\b(?:${NOT_COUNTED}(?:i'?m|i am|im|is|are|being|been|was) (?:being |getting )?(?:groomed|sextorted|blackmailed)|(?:think|thinks|worried|worry|afraid|scared|suspect|fear|concerned) (?:that )?(?:\w+ ){0,4}(?:is|are|was|were|being|been|might be|may be) (?:being )?(?:groomed|abused|exploited|targeted|blackmailed|sextorted|grooming|abusing|exploiting|targeting|blackmailing|sextorting)|(?:report|reporting|refer|referring) (?:a |an |my |our |the |this )?(?:concerns?|safeguarding concerns?|child|suspected)\b|(?:worried|concerned|worry|scared|afraid) (?:about|for) (?:a|my|this|the|our|one) (?:(?:[\w'-]+ ){0,2})(?:kid|child|girl|boy|pupil|student|teen(?:ager)?|daughter|son|niece|nephew|friend)\b|how (?:do|can|should|would|to) (?:i|we|you|u|a \w+|one|parents?)? ?(?:report|refer) (?:\w+ ){0,3}(?:groom\w*|abuse|predator|paedophile|pedophile|exploitation|child|concern|someone|danger(?!ous (?:potholes?|junctions?|roads?|bends?|corners?|crossings?|stretch(?:es)?|drivers?|driving|parking|lanes?|streets?|roundabouts?|hills?|pavements?|paths?|cycle lanes?|traffic|overtaking|speeding|verges?)\b)|it)|where (?:can|do|should|to) (?:i|we|you|u|parents?)? ?(?:report|get help|get advice|go for help|turn)|(?:helpline|help line|hotline|number to call) (?:for|if|when)|i (?:think i )?need help|i need to talk to someone|don'?t want to say what happened|dont want to say what happened|(?:is it|was it) my fault|am i in trouble|(?:u|you) won'?t tell (?:my|anyone)|how (?:do|can|to) (?:i |u |you )?block (?:someone|him|her|them|people|a person|on|this)|make (?:my|your) (?:insta|instagram|account|profile|snap|snapchat|tiktok) private|child at risk|child in danger|someone (?:online )?(?:is )?(?:making me uncomfortable|bothering me)|(?:using|uses|used) (?:it|them|that|this|those|my \w+) to (?:make|get|force|blackmail|pressure) me|make me send (?:more|another|pics|photos|pictures|nudes|videos)|(?:doing|done|did) (?:that|this|it) to me|(?:doing|done|did|does) (?:what|the (?:stuff|things?)) (?:\w+ ){0,6}?(?:article|report|study|research|nspcc|story)(?: \w+){0,3}? to me|(?:groom\w*|abus\w*|predator\w*|paedo\w*|pedo\w*|exploit\w*)\b.*\b(?:it'?s|its|it is|this is|that'?s|thats) (?:been |also |maybe |probably )?(?:happening|happenin|going on) (?:to|with) me\b|(?:can|could|will|would) i (?:get|be) in trouble|how (?:do|can|should|to) (?:i |we |you |u )?report (?:a |an |this |that |the )?(?!(?:scam|scammer|spam|spammy|phishing|bot|crypto|fraud\w*|hacked|impersonat\w*|fake giveaway)\b)(?:\w+ )?(?:account|user|profile|person|message|chat|player|server|group)|who (?:\w+ ){0,3}(?:handles|deals with|investigates|looks into|is responsible for) (?:this|that|it|these|such)|(?:had|have had|'ve had|received|got|taken|logged|dealing with|handled) (?:[\w']+ ){0,3}?disclosures?\b|(?:pupil|student|child|kid|girl|boy|player|member|daughter|son|he|she) (?:has |had )?disclosed\b|(?:that'?s|thats|this is|it'?s) (?:\w+ )?what(?:'?s| is| has been)? happen(?:ed|ing) to me\b|how (?:do|can|would|will|should|could) (?:i|we|you|u|parents?) (?:know|tell|find out|spot|check|be sure|work out)(?: if| whether| that)? (?:my|our) (?:[\w'-]+ ){0,2}?${KIN}\b[^.?!]{0,40}?\b(?:groom\w*|predators?|paedo\w*|pedo\w*|being abused|being exploited)|${NOT_IN_A_STORY}\b(?:one of (?:the|our) (?:staff|leaders|volunteers|coaches|helpers|instructors|teachers|tutors)|(?:a|one|another|the|our) (?:member of staff|staff member|leader|volunteer|coach|helper|instructor|teacher|tutor|youth worker|youth leader))\b(?:\W+\w+){0,3}?\W+(?:(?:adds|added|adding|follows|followed|following|friends|friended|friending|friend requests|friend requested) ${STAFF_KIDS}\b(?! to (?:the|a|our|their)\b)[^.?!]{0,30}\b(?:privately|in private|late at night|at night|after (?:camp|school|club|hours|practice|training)|on (?:snap|snapchat|insta|instagram|tiktok|whatsapp|discord|facebook|fb|social media|xbox|roblox|his|her|their)\b)|(?:messages|messaged|messaging|dms|dmed|dmd|dming|texts|texted|texting|contacts|contacted|contacting|snaps|snapped|snapping) ${STAFF_KIDS}\b[^.?!]{0,30}\b(?:privately|in private|late at night|at night|after (?:camp|hours)|on (?:his|her|their) (?:own|personal|private)\b|on (?:snap|snapchat|insta|instagram|tiktok|discord|xbox|roblox)\b|(?:not|never) to tell\b|(?:keep|keeping) (?:it|this|them|things) (?:secret|quiet|between)\b|(?:for|asking for|send(?:ing)? (?:him|her|them)?) ?(?:pics|photos|pictures|selfies|nudes)\b))|(?:that'?s|thats|this is|it'?s) (?:\w+ )?what(?:'?s| is| has been)? happen(?:ed|ing) to (?:my|our) (?:[\w'-]+ )?${KIN}\b(?!['’])|${NOT_IN_A_STORY}\b(?:he|she)(?:'?s| is| was) (?:[1-9]|1[0-7])\b,? (?:and )?(?:was |got |been |being )?(?:groomed|sextorted|blackmailed|abused)\b|(?:something|stuff) (?:\w+ ){0,2}happen(?:ed|ing|s) (?:to|with) (?:my|our) (?:[\w'-]+ )?${KIN}\b|(?:my|our) (?:[\w'-]+ )?${KIN}'?s? (?:abuser|groomer|attacker|offender|rapist)\b|(?<!\b(?:i'?m|i am|im|me and|me,) (?:an? |another )?(?:\w+ )?)(?:adult|man|guy|stranger|someone|somebody)\b(?![^.?!]{0,20}\(me\))(?:\W+\w+){0,6}?\W+(?:started|starts|began|keeps?|has been|been) (?:dm\w*|messag\w*|texting|contacting|private messaging) (?:the |our |my |some of the |some of our )?(?:kids|children|pupils|students|members|girls|boys|players)\b)`,
);

/**
 * Someone else doing the harm to a particular child, told as fact ("someone on TikTok has been grooming my
 * 12-year-old", "a man is blackmailing our son"); and a young writer set against an adult by age ("i was 13 he was
 * like 30", "he's 25 and im 14"): a concern, however much else the message asks about the figures.
 */
const OTHERS_DEED = r(
  String.raw`\b(?:someone|somebody|some1|a (?:man|guy|bloke|stranger|grown man|grown up|adult)|an (?:adult|older \w+)|this (?:man|guy|person|bloke|adult)|he|they)\b(?:\W+\w+){0,5}?\W+(?:has been|have been|'s been|is|was|were|had been|keeps?|kept|started)\s+(?:\w+ )?(?:groom|abus|exploit|blackmail|sextort|target|prey|threaten)\w*\s+(?:on\s+)?(?:my|our)\s+(?:(?:little|young|younger|youngest|eldest|oldest|teenage|only)\s+)?(?:${KIN}|${AGE})\b(?!['’]s\b|(?:\W+\w+){0,5}?\W+(?:ads?|adverts?|advertising|marketing|spam|promotions?)\b)`,
);

/**
 * Someone's contact with a child that the writer found, caught or saw ("just banned someone after finding logs of him
 * chatting up a 12 year old in our server", "caught a member dming one of our 13 year olds"): a child at risk now.
 */
const WITNESSED_CONTACT = r(
  String.raw`\b(?:find|finding|found|saw|seen|seeing|caught|catching|noticed|noticing|spotted|spotting|discovered|discovering|read|reading)\b(?:\W+\w+){0,3}?\W+(?:him|her|them|someone|somebody|a (?:man|guy|user|member|stranger|grown man|grown up|adult|player)|an (?:adult|older (?:man|guy|user|member|player))|this (?:guy|man|user|person|account|member)|(?:one of )?(?:our|the) (?:\w+ )?(?:members?|users?|players?|staff|admins?|mods?|volunteers?|coach(?:es)?))(?: (?:was|is|been|had been))? (?:chatting up|chatting to|chatting with|messaging|dming|dm'?ing|texting|grooming|contacting|talking to|flirting with|sexting|asking)(?: (?:a|an|the|one of (?:our|the|my)|our|my))? (?:\w+ )?(?:${AGE}|${KIN}|members? aged \d{1,2}|minors?|underage \w+)`,
);

/** After an age: a unit that makes it no age ("10 seconds behind", "8 years younger", "30 mph"). */
const NOT_AN_AGE = String.raw`(?! ?(?:%|percent|sec\w*|min\w*|hours?|am|pm|years?|yrs?|months?|weeks?|days?|mph|miles?|kg|st|lbs?|points?|goals?))`;
const CHILD_AGE_TOLD = String.raw`(?:only |just )?(?:1[0-7])\b${NOT_AN_AGE}`;
const ADULT_AGE_TOLD = String.raw`(?:like |about |around |nearly |over |at least )?(?:[2-5]\d)\b${NOT_AN_AGE}`;
/**
 * A young writer set against an adult by age ("i was 13 he was like 30", "he's 25 and im 14"), beside a word of
 * contact or harm: "i was 16, he was 18, we've been married 20 years" and "i was 10 seconds behind" are none.
 */
const AGE_GAP = r(
  String.raw`\bi (?:was|am|'m|m) ${CHILD_AGE_TOLD}[^.?!]{0,30}?\b(?:he|she|they)(?:'s| is| was| were|s)? ${ADULT_AGE_TOLD}|\b(?:he|she|they)(?:'s| is| was| were) ${ADULT_AGE_TOLD}[^.?!]{0,30}?\b(?:i'?m|i am|im|i was) ${CHILD_AGE_TOLD}`,
);
/** Contact, pictures, meeting, a relationship or harm: what makes an age gap a concern. */
const CONTACT_OR_HARM =
  /\b(?:abus\w*|groom\w*|online|pics?|photos?|pictures?|nudes?|videos?|meet\w*|met|dat(?:e|ed|ing)|relationship|boyfriend|girlfriend|bf|gf|said yes|consent\w*|messag\w*|snap\w*|chat\w*|dms?|dm'?d|texts?|texting|sex\w*|touch\w*|kiss\w*|secret\w*|hurt|forced|made me)\b/u;

/**
 * An adult in a child's life, or an unknown account, reaching children out of their parents' sight, told of: "our
 * youth group leader has been adding a few of the kids to a private chat that the parents aren't in", "another
 * 'parent' account keeps private messaging the kids". A coach messaging the team about training is not (no privacy).
 */
const PRIVATE_SUBJECT = String.raw`\b(?:leader|coach|teacher|tutor|volunteer|instructor|helper|account|profile|user|adult|man|guy)s?\b(?:\W+\w+){0,4}?\W+(?:has been|have been|had been|is|are|was|were|keeps?|kept|started|starts|been)`;
const THE_CHILDREN = String.raw`(?:\W+\w+){0,4}?\W+(?:kids|children|girls|boys|pupils|students|players|members|teens|cubs|scouts)\b`;
const YOUNG_CHILDREN = String.raw`(?:\W+\w+){0,4}?\W+(?:kids|children|girls|boys|pupils|teens|cubs|scouts|brownies)\b`;
const PRIVATE_CONTACT = r(
  String.raw`${PRIVATE_SUBJECT} (?:(?:privately|secretly) (?:messag\w*|dm\w*|text\w*|add\w*|invit\w*)|private (?:messag\w*|dm\w*|chatting))\b${THE_CHILDREN}|${PRIVATE_SUBJECT} (?:dm\w*|add\w*|invit\w*|messag\w*|contact\w*)\b${YOUNG_CHILDREN}(?:\W+\w+){0,8}?\W+(?:(?:a|the|their|his|her) (?:private|secret|hidden) (?:chat|group|server|channel|account)|(?:parents?|mums?|dads?) (?:aren'?t|are not|arent|isn'?t|can'?t|cannot|cant|don'?t|dont|won'?t) (?:in|on|see|know|part)|without (?:the |their )?(?:parents?|mums?|dads?))\b`,
);

/** The man the writer talks to: "the guy i talk to wants to switch to snap", "this older guy im chatting with". */
const SOMEONE_THEY_TALK_TO = r(
  String.raw`\b(?:the|this|a|some) (?:older |new )?(?:guy|man|boy|dude|lad|person|bloke) (?:i'?m |i |im |she'?s |he'?s |she |he )?(?:talk|talks|talking|chat|chats|chatting|speak|speaks|speaking|met|game|games|gaming|play|plays|playing)\b`,
);
/**
 * Signs of risk told of in passing (this session's blind sets): someone waiting outside school or asking for a child
 * by name, vanishing messages, "no one will ever see", a quoted 'friend', "delete this convo" from a contact "not a
 * relative", messages after midnight, chats moved to an app never heard of, a child upset when asked. They count only
 * when the writer reports them, not in an ask of what to do to a child ("how do I get her to use vanishing messages").
 */
const SIGNS_TOLD = r(
  String.raw`(?:^|\s)['‘"“](?:friend|bf|boyfriend|gf|girlfriend|mate|uncle)['’"”](?=\W|$)|\b(?:(?:waiting|waits|waited|hanging around|parked|sitting) (?:for (?:her|him|them|me) )?(?:outside|near|by|at) (?:the |her |his |my |our |their )?(?:school |front )?(?:gates?|school|house|home|door|flat|club)|(?:asking|asks|asked) for (?:me|her|him|them) by name|(?:no ?one|nobody) will (?:ever )?(?:see|know|find out)|vanish\w* (?:msgs?|messages?|chats?|mode)|disappearing (?:msgs?|messages?|chats?|mode)|delete (?:snap|snapchat|insta|instagram|whatsapp|tiktok|the app)|delete (?:this|that|these|those|the|our|all|my|your) (?:convos?|conversations?|chats?|messages|msgs|texts|dms|pics|photos)|delete for everyone|not (?:a|her|his|their|my) (?:real )?(?:relative|uncle|aunt|cousin|family)|no relation|(?:after|past) midnight|middle of the night|at [1-4] ?am\b|mov(?:e|ed|es|ing) (?:her|his|their|my|our|the) (?:chats?|conversations?|messages|dms) (?:from|to|off|onto|over)|(?:some|an?|this) app (?:i'?ve|i have|we'?ve|we have) never heard of|(?:upset|angry|defensive|panicked|panicky|scared|cagey|secretive|weird) when (?:i|we) ask(?:ed)?)`,
);
/**
 * Signs in a child's behaviour that the NSPCC lists among the signs of abuse, told of a particular child: not wanting
 * to be near or alone with someone ("he's 10. wets the bed again, won't be alone with men", "my 8 year old refuses to
 * go near her step dad"), or wetting the bed again beside an adult or a risk named. Not wanting to go round someone's
 * house or near their pet is no sign ("my son wont go round his grandad's because the dog bit him").
 */
const ADULT_ROLES = `uncle|coach|teacher|tutor|step ?dad|stepdad|grandad|granddad|neighbour|(?:dad|mum|mom)'?s (?:boyfriend|partner|friend)`;
const ADULTS_AVOIDED = `(?:men|that man|(?:his|her|their|my|our) (?:${ADULT_ROLES}))`;
const WONT = `(?:won'?t|wont|will not|refuses? to|doesn'?t want to|does not want to|(?:is |gets )?(?:scared|afraid|terrified) to)`;
const AVOIDS_ADULT = new RegExp(
  String.raw`\b${WONT} (?:be |stay |go )?(?:left )?(?:alone )?(?:with|near|round|around) ${ADULTS_AVOIDED}\b(?!['’]s?\b)`,
  'u',
);
const WETS_AGAIN =
  /\b(?:wets?|wetting|wet) (?:the |his |her |their )?bed again\b|\b(?:started|starting|begun) (?:wetting|soiling) (?:the |his |her |their )?(?:bed|pants|self|himself|herself)\b/u;
/** An adult named beside a sign that alone is no risk (a child wetting the bed again). */
const ADULT_BESIDE = new RegExp(String.raw`\b(?:men|that man|${ADULT_ROLES})\b`, 'u');
function showsBehaviourSigns(compact: string): boolean {
  return (
    AVOIDS_ADULT.test(compact) ||
    (WETS_AGAIN.test(compact) && (ADULT_BESIDE.test(compact) || STRONG_RISK.test(compact)))
  );
}

/** The writer asking how to act on a child: the harm rules' to read, never a sign told of. */
const ASKS_HOW_TO_ACT =
  /\b(?:how (?:do|can|could|should|would|might) (?:i|we)|what (?:should|could|do|can) (?:i|we) (?:text|say|send|write|tell|do)|help me (?:write|get|make|convince)|which app (?:has|lets|would|is)|how to (?:get|convince|make|persuade|stop)|tips (?:for|to) (?:get|make|convince))\b/u;

/**
 * Signs of risk strong enough beside someone met in passing or a child in the writer's charge ("photos" alone is not:
 * "we have two students presenting photos of the statistics").
 */
const STRONG_RISK =
  /\b(?:creep\w*|threat\w*|harass\w*|stalk\w*|uncomfortable|inappropriate|unsafe|scared|afraid|frightened|nudes?|naked|secret\w*|don'?t tell|dont tell|not (?:to )?tell|never tell|blackmail\w*|approached|meet(?:ing)? up|wants? to meet|asked (?:her|him|them|me) (?:for|to send)|send (?:him|her|them) (?:pics|photos|pictures)|encrypted app|disappearing messages|disappearing msgs|vanish\w* (?:msgs?|messages?)|(?:no ?one|nobody) will (?:ever )?(?:see|know|find out)|delete (?:snap|snapchat|insta|instagram|whatsapp|the app)|(?:waiting|waits|waited|hanging around|parked) (?:for (?:her|him|them|me) )?(?:outside|near|by|at) (?:the |her |his |my |our |their )?(?:school |front )?(?:gates?|school|house|home|door)|(?:asking|asks|asked) for (?:me|her|him|them) by name)\b/u;
/** A child in the writer's charge, told of in passing: "our school has a pupil in exactly this situation". */
const CHILD_IN_OUR_CARE = r(
  String.raw`\bone of (?:my|our) (?:year|yr) ?\d{1,2}s?\b|\b(?:the|a) (?:girl|boy|kid|child|lad|lass|teen|teenager)s? (?:i|we) (?:babysit|nanny|mind|look after|tutor|coach|teach|foster|care for)\b|\b(?:(?:my|our) (?:school|class|form|club|team|group|nursery|setting|ward|unit|home) (?:has|had)|we (?:have|had|'ve got|have got|'ve)) (?:a|an|one|two|three|some|several) (?:\w+ )?(?:pupils?|students?|child(?:ren)?|kids?|girls?|boys?|members?|players?|young (?:people|person))\b(?! (?:council|body|voice|union|committee|reps?|representatives?|parliament|forum|panel|ambassadors?|leaders?)\b)`,
);
/**
 * A child's chats moved out of the sight of those who protect them, told of rather than asked for: "so 'my parents
 * cant see'", "so I can't read her messages", "a friend told her to use an encrypted app"; or a child caught up in
 * what the article describes: "a pupil in exactly this situation".
 */
const OUT_OF_SIGHT = r(
  String.raw`\bso (?:that )?'?(?:(?:my|her|his|their|our) )?(?:parents?|mum|mom|dad|i|we) (?:can'?t|cant|cannot|won'?t|wont|don'?t|dont) (?:see|read|check|know|find out)\b|\b(?:accounts?|apps?|phones?|profiles?|numbers?|chats?)\b(?:\W+\w+){0,2}?\W+(?:my|our) (?:parents?|mum|mom|dad) (?:don'?t|dont|do not|doesn'?t|doesnt|won'?t|wont|can'?t|cant) (?:know|see|find)|\b(?:told|tells|asked|asks|wants|wanted|got|made|persuaded) (?:her|him|them) to (?:use|switch to|move to|download|install|get) (?:an? |the )?(?:encrypted|secret|private|hidden|different|another|new) (?:app|chat|account|phone)|\b(?:in|facing|going through) (?:exactly |just |precisely )?(?:this|that|the same|a similar) (?:situation|position|thing)\b`,
);

/**
 * Harm to a child that the writer witnesses, told of rather than asked about: a young child someone else leaves alone
 * for hours ("the family downstairs leaves their toddler alone in the flat for hours"), an underage or young-looking
 * child the writer sees taken to older men ("I keep getting booked to take the same young-looking girl from a care home
 * to hotels with older men"); and a young writer leaving with a man unseen ("nobody at home would even notice if i
 * left with him"), which the screen reads only when no harm rule fires and the writer is no self-declared adult.
 */
const LEFT_ALONE_BY_OTHERS = r(
  String.raw`\b(?:the (?:family|neighbours?|parents?|mum|mom|dad|couple|woman|man|lady|bloke)|(?:the |their |her |his |our |my )?(?:coach|teacher|leader|carer|babysitter|childminder|nanny|step ?(?:dad|mum|mom)|uncle|aunt)|(?:my |our )?neighbours?|next door|they|she|he)\b(?:\W+\w+){0,3}?\W+(?:leaves?|left|leaving|locks?|locked)\s+(?:their|her|his|the)\s+(?:(?:little|young|baby|two|three|four|five|\d)\s+)?(?:toddlers?|bab(?:y|ies)|little ones?|kids|children|child|little (?:boy|girl)s?|girls|boys|sons?|daughters?|(?:[1-9]|1[0-1])[- ]?(?:yo|year[- ]?olds?))\s+(?:\w+\s+)?(?:alone|on (?:their|his|her) own|unattended|by (?:him|her|them)sel(?:f|ves)|(?:locked )?in)\b(?:\W+\w+){0,6}?\W+(?:for (?:hours|days|ages|the (?:whole )?(?:night|weekend))|all (?:day|night|weekend)|the whole (?:day|night|weekend)|overnight|every (?:day|night))`,
);
const YOUNG_WITH_OLDER_MEN = r(
  String.raw`\b(?:older|grown|adult)\s+(?:men|guys|males|blokes)\s+(?:keep |kept |have been |are |were )?(?:collecting|picking up|taking|bringing|driving off with)\b(?:\W+\w+){0,4}?\W+(?:(?:1[0-7]|[1-9]) ?(?:yo|y\/o|year olds?)|girls|boys|kids|children|teens)\b|\b(?:young[- ]looking|underage|under[- ]?aged?)\s+(?:girls?|boys?|kids?|lads?|lass(?:es)?|teens?)\b(?:\W+\w+){0,12}?\W+(?:older|grown|adult)\s+(?:men|guys|males|blokes)\b`,
);
/**
 * Children left alone, and adults who come to them while the parents are out: "my neighbour's kids are always home
 * alone and I see different men visiting while the parents are out".
 */
const VISITED_WHILE_ALONE = r(
  String.raw`^(?=.*\b(?:kids|children|child|girls?|boys?|daughters?|sons?|teens?|little ones|youngsters|(?:1[0-7]|[1-9])[- ]?(?:yo|y\/o|year[- ]olds?))\b)(?=.*\b(?:home alone|(?:left )?alone (?:at home|all day|in the (?:house|flat))|on (?:their|his|her) own|(?:while|when|whenever) (?:the |their |her |his )?(?:parents?|mum|mom|dad) (?:are|is|'?re|'?s) (?:out|away|at work|not (?:home|there|in)))\b).*\b(?:different |older |strange |random |various |adult |grown )?(?:men|man|guys?|blokes?|adults?|strangers?|lads|people)\b(?:\W+\w+){0,2}?\W+(?:visiting|visits?|visited|go(?:es|ing)? (?:in|round)|come (?:round|over|in)|pop(?:s|ping)? (?:round|in)|stay(?:s|ing)? over|sleep(?:s|ing)? over|coming (?:round|over|in|and going)|comes? (?:round|over)|came (?:round|over)|going in|goes in|went in|calling round|turning up|turn up|turns up|let in)\b`,
);
/** The writer as a witness: "I keep getting booked", "I've seen", "we noticed". */
const WITNESS = r(
  String.raw`\b(?:i|we|i'?ve|ive|we'?ve|(?:my|our) (?:partner|husband|wife|mum|mom|dad))\s+(?:keep |kept |have |'ve |ve |'m |m |am |was |were |just |also |often |can |been )?(?:see|spot\w*|saw|seen|seeing|notic\w*|witness\w*|getting booked|got booked|get booked|been booked|booked|getting asked|been asked|was asked|were asked)\b|\bi (?:think|suspect|believe|reckon)\b|\b(?:keeps?|kept) (?:collecting|picking up|bringing|taking)\b|\b(?:was|were|been|got|get|getting) (?:asked|told|booked) to (?:bring|take|drive|deliver|pick up)\b`,
);
const LEAVING_WITH_HIM = r(
  String.raw`\b(?:no ?one|nobody|no1)\s+(?:at home\s+|here\s+)?(?:would|will|is gonna|gonna)\s+(?:even\s+)?(?:notice|miss me|care|know)\s+(?:if|when)\s+i\s+(?:left|leave|went|go|ran|run)\s+(?:away\s+|off\s+)?with\s+(?:him|this (?:guy|man|boy)|a (?:guy|man) (?:i|from))\b`,
);

/** A witness asking how to report, stop, tell or get someone to check. */
const ASKS_HOW_TO_PROTECT =
  /\b(?:report|stop|tell|contact|call|ring|phone|alert|get (?:someone|somebody|help|the police|social services)|check|protect|help (?:her|him|them)|what (?:should|can|do) (?:i|we) do)\b/u;
/** The writer taking a share in it: "i could easily get her to come over", "i want in", "pays well". */
const TAKES_PART =
  /\b(?:i|we) (?:could|can|might|will|'ll|ll) (?:easily )?(?:get|take|have|bring|pick up|keep)\b|\bwant in\b|\bpays? (?:well|good)\b|\bbusiness is good\b|\b(?:my|our) cut\b/u;
/** Asking the moment or place to act: "whats the best time to message the girl". */
const ASKS_WHEN_OR_WHERE_TO_ACT =
  /\b(?:best|right|good|safest|easiest) (?:time|moment|way|place|day|night|hour) (?:for (?:me|us) )?to\b|\bget a turn\b|\bwhen (?:should|can|could|do) (?:i|we)\b/u;

/** A reason given for the visits ("to check on them", "to fix the boiler"), or talk of a film or the figures. */
const VISIT_EXPLAINED =
  /\b(?:to|and) (?:check on|sit with|babysit|look after|supervise|give them|fix|repair|mend|read the meter)\b|\b(?:film|movie|article|the news|report|how many|what year|barbecue|bbq|stats|statistics|figures|legal)\b/u;

/**
 * Harm to a child the writer witnesses (see above), told and not long over: a reading that stands whatever else the
 * message reads as, for a witness asks no way to act.
 */
export function witnessesHarm(compact: string): boolean {
  return (
    (LEFT_ALONE_BY_OTHERS.test(compact) ||
      ((YOUNG_WITH_OLDER_MEN.test(compact) ||
        (VISITED_WHILE_ALONE.test(compact) && !VISIT_EXPLAINED.test(compact))) &&
        WITNESS.test(compact))) &&
    // (Asking how to report, stop or tell is a witness's ask; how to reach the child, or a share in it, is not.)
    !(ASKS_HOW_TO_ACT.test(compact) && !ASKS_HOW_TO_PROTECT.test(compact)) &&
    !ASKS_WHEN_OR_WHERE_TO_ACT.test(compact) &&
    !TAKES_PART.test(compact) &&
    !LONG_OVER.test(compact)
  );
}

/** Any concern the rules see: told, witnessed, or a young writer leaving with a man unseen. */
export function rulesSeeConcern(compact: string): boolean {
  return isSafeguardingConcern(compact) || witnessesHarm(compact) || leavesWithHim(compact);
}

/** A young writer leaving with a man unseen ("nobody at home would even notice if i left with him"). */
export function leavesWithHim(compact: string): boolean {
  return LEAVING_WITH_HIM.test(compact) && !LONG_OVER.test(compact);
}

/**
 * The signs, or how to spot, that a child in general ("a", "any") is being groomed: "how do I spot a child being
 * groomed?", "warning signs that a teenager is being sextorted". Not "I know a child is being groomed".
 */
const SIGNS_IN_GENERAL =
  /\b(?:(?:warning )?signs? (?:that|of|if|when)|how (?:do|can|could|would|should|might|to) (?:i |we |you |u |one |parents |teachers |schools |staff |adults )?(?:spot|recogni[sz]e|tell|know|notice|detect|identify)(?: if| when| whether| that)?) (?:a|an|any) (?:child|kid|teen|teenager|young person|pupil|student|girl|boy)(?: is| might be| may be| could be)?(?: being| getting)? (?:groomed|sextorted|blackmailed|exploited|abused|targeted)\b/gu;

/**
 * Statistics questions about children in general ("how many children were groomed?") name no particular child
 * and no writer at risk; these words alone never make a message a concern.
 */
export function isSafeguardingConcern(text: string): boolean {
  // (Asking how to spot a child in general being groomed tells of no child: "what are the warning signs that a teenager
  // is being sextorted?"; "how can I tell if my child is being groomed" still asks of a particular child.)
  const compact = text.replace(SIGNS_IN_GENERAL, ' ');
  if (speaksOfAdultOnly(compact)) return false;
  // Grooming told as long over ("my son was groomed back in 2015, he's doing great now") is no child at risk now; a
  // plea for help or any present sign beside it still is.
  const told = LONG_OVER.test(compact) ? compact.replace(PAST_DEED, ' ') : compact;
  if (
    STANDALONE.test(told) ||
    ((CHILD_WAS_TARGETED.test(compact) || OTHERS_DEED.test(compact) || WITNESSED_CONTACT.test(compact)) &&
      !LONG_OVER.test(compact)) ||
    (AGE_GAP.test(compact) && CONTACT_OR_HARM.test(compact) && !LONG_OVER.test(compact)) ||
    (PRIVATE_CONTACT.test(compact) && !ASKS_HOW_TO_ACT.test(compact))
  )
    return true;
  const outOfSight = OUT_OF_SIGHT.test(compact);
  // Someone the writer talks to, or a child in their charge told of in passing, counts only beside a sign of risk
  // ("the man i play chess with thinks facebook is to blame for grooming" is no concern).
  if (
    (SOMEONE_THEY_TALK_TO.test(compact) || CHILD_IN_OUR_CARE.test(compact)) &&
    (STRONG_RISK.test(compact) || outOfSight) &&
    !ASKS_HOW_TO_ACT.test(compact)
  )
    return true;
  // Something done to a writer who says they are an adult, by age or in words, with no child named ("I'm 32 and
  // someone from a dating app is threatening to share my pics", "I'm an adult and my landlord keeps texting me"), is
  // no child at risk.
  const aboutSomeone =
    PARTICULAR_CHILD.test(compact) ||
    YOUNG_SELF.test(compact) ||
    (DONE_TO_ME.test(compact) && !adultWritesOfNoChild(compact) && !adultNowOfNoChild(compact));
  if (!aboutSomeone) return false;
  // (A danger a parent teaches their own children about is none they tell of: "what should I tell my kids to do if a
  // stranger messages them?")
  const lessons = compact.replace(LESSON_FOR_IF, ' ');
  const signs = asksForStatistic(compact) ? lessons.replace(WEAK_SIGNS, ' ') : lessons;
  if (RISK.test(signs) || WEAK_SIGN.test(signs) || SEEKS_HELP.test(signs) || outOfSight) return true;
  if (showsBehaviourSigns(compact)) return true;
  if (SIGNS_TOLD.test(compact) && !ASKS_HOW_TO_ACT.test(compact)) return true;
  // "my cousin says there were 12,000 grooming cases" is hearsay about the figures, not a concern.
  return TOPIC.test(compact.replace(GROOMING_IN_ANOTHER_SENSE, ' ')) && !isStatisticsQuestion(compact);
}

/** The writer giving an adult age: "I'm 32", "im 19", "im a 30 yr old woman" (what may follow it is the caller's to rule out). */
export const ADULT_AGE = String.raw`\b(?:i'?m|i am|im)\s+(?:an? )?(?:1[89]|[2-9]\d)\b`;
/** …and saying they are an adult by it ("I'm 32", not "I'm 20 min away"). */
const ADULT_WRITER = new RegExp(
  String.raw`${ADULT_AGE}(?!\s*(?:%|percent|k\b|,\d|min|hours?|am\b|pm\b))`,
  'u',
);
/**
 * The writer saying they are an adult in so many words ("I'm a grown adult", "I was catfished as an adult"). Only what
 * is done to them reads so: "add younger users as an adult" is an adult seeking children.
 */
const ADULT_IN_WORDS = /\b(?:i'?m|i am|im|i was|as) an? (?:grown )?adult\b/u;
/** The writer saying they are an adult now, in so many words ("I'm an adult", not "as an adult he should know"). */
const ADULT_NOW = /\b(?:i'?m|i am|im) an? (?:grown )?adult\b/u;
/** A writer who says in words they are an adult now and names no child: what is done to them is no child at risk. */
function adultNowOfNoChild(compact: string): boolean {
  return ADULT_NOW.test(compact) && !CHILD_NAMED.test(compact);
}

/** A child or young person named anywhere in the message. */
const CHILD_NAMED = r(
  String.raw`\b(?:${KIN}|girls|boys|school ?(?:girls?|boys?|kids)|t?weens?|pre-?teens?|little ones|(?:year|yr) ?\d{1,2}s?|minors?|underage|youngsters?|young (?:person|people)|lads|lasses|players|juniors|scouts|cubs|brownies|under[- ]?1\d s?|u-?1\d s?|(?:1[0-7]|[1-9]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[- ]?(?:yo|y/o|yrs?|years?)(?:[- ]?olds?)?)\b|\b(?:when (?:i|we) (?:was|were)(?: both)?|from|aged?|at|actually|really|irl) (?:1[0-7]|[1-9])\b|\b(?:is|are|'s|s) (?:only |just |like )?(?:1[0-7]|[1-9])\b(?! ?(?:%|percent|pm|am|min|mins|hours?|k)\b)|\bbut (?:i'?m|im|i am) (?:not|actually|really|only)\b|\b(?:1[0-7]|[1-9]) ?(?:-|to) ?(?:1[0-8]|[1-9])\b(?! ?(?:%|percent|k|am|pm|min|mins|hours?)\b)`,
);

/** A writer who says they are an adult by age and names no child: what is done to them is no child at risk. */
export function adultWritesOfNoChild(compact: string): boolean {
  return ADULT_WRITER.test(compact) && !CHILD_NAMED.test(compact);
}

/** What the article or the news did to the writer: "the article really scared me", "these figures worry us". */
const SCARED_BY_THE_NEWS = new RegExp(
  String.raw`${THE_NEWS}(?:scared|scares|scaring|frightened|frightens|worried|worries|worrying|shocked|shocks|upset|upsets|terrified|terrifies|alarmed|alarms|freaked|freaks) (?:me|us)\b`,
  'u',
);

/**
 * The writer frightened by the news, naming no child and no sign ("The article really scared me as a mum, should I
 * be worried?"): a reader's fear, which the trained model alone must not read as a child at risk. A child or a sign
 * beside the fear keeps the model's reading ("the article scared me because my neighbour's 11yo keeps getting gifts
 * from someone she met on roblox").
 */
export function scaredByTheNewsOnly(compact: string): boolean {
  return (
    SCARED_BY_THE_NEWS.test(compact) &&
    !CHILD_NAMED.test(compact) &&
    !hasConcernSignal(compact) &&
    !SIGNS_TOLD.test(compact) &&
    !showsBehaviourSigns(compact)
  );
}

/**
 * Only an adult named at risk, by an adult marker ("my 70 year old mum keeps getting scam calls, how do i block them",
 * "my elderly dad is being groomed by a romance scammer"), no child beside them and no young writer: no child at risk.
 */
export function speaksOfAdultOnly(compact: string): boolean {
  return namesAdultKin(compact) && !YOUNG_SELF.test(compact) && !CHILD_NAMED.test(withoutAdultKin(compact));
}

/** A writer who says they are an adult, by age or in words, and names no child: what is done to them is no concern. */
export function adultSaysOfNoChild(compact: string): boolean {
  return (ADULT_WRITER.test(compact) || ADULT_IN_WORDS.test(compact)) && !CHILD_NAMED.test(compact);
}

/** Any sign of a particular child, the writer at risk, or a plea for help, even one too weak to act on. */
export function hasConcernSignal(compact: string): boolean {
  return [PARTICULAR_CHILD, YOUNG_SELF, DONE_TO_ME, SEEKS_HELP, STANDALONE].some((p) => p.test(compact));
}

/** The writer says they are a child or young person ("im just a kid", "I'm 13", "me (14f)"). */
export function writesAsYoungPerson(compact: string): boolean {
  return YOUNG_SELF.test(compact);
}
