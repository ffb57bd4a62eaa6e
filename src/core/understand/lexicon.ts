// Generic English chat vocabulary: words that carry no topic, greetings, and common words to leave uncorrected.
import { MONTH_NAMES } from '../../text/months.js';
import { NUMBER_WORD_VALUES } from '../../text/numbers.js';
import { FIGURES_OF, PLACE_ADJECTIVES } from './gazetteer.js';

const STOP = `a an the and or but if then so of to in on at by for from with without about as into onto over under
than that this these those there here it its it's is are was were be been being am do does did done doing have has had having
i me my mine we us our you your yours he him his she her they them their what which who whom whose when where why how
can could would should will shall may might must not no yes yeah yep nope any some all each every much many more most
very really just only also too please pls plz thanks thank thx ty tell show give let know find get got say
statbot bot hey hi hello yo ok okay um uh hmm like actually exactly roughly approximately approx about around
according source article data figure figures stat stats statistic statistics number numbers info information
anything something someone anyone one ones kind sort type lot lots bit i'm i'd i've you're what's whats who's whos
how's hows that's thats there's theres isn't wasn't weren't don't didn't doesn't aren't can't cannot won't wouldn't couldn't shouldn't hasn't haven't hadn't mustn't wouldnt couldnt shouldnt hasnt havent hadnt anymore
it'll that'll they'll we'll you'll he'll she'll i'll there'll
they'd they're they've it'd we'd we're he'd she'd themselves himself herself myself ourselves yourself yourselves
say says said saying tell tells told telling mention mentioned mentions talk talked talking claim claimed
see sees seeing seen look looks looking check read wondering wonder curious quick question q quickie guys folks mate
lol lmao haha tbh ngl imo imho smh fr frfr istg deadass dumb stupid silly noob
btw idk tho omg fyi rly srsly because wut wat wot b4 once ish nah gave gives giving afaik iirc gonna gotta
become became becomes becoming even apart properly onwards onward etc etcetera`;

// Words that ask about a figure (its span, base, meaning, wording) or about the asking, rather than name a topic.
const META = `cover covers covered covering period periods span timeframe time-frame months month dates date years year
describe describes described refer refers thing things stuff significance significant role story piece article
happen happened happening phrase phrases line lines passage passages
wording words exact precise precisely quote quoted quotes quoting quotation basis calculated
population apply applies applied relate relates related mention mentions mentioned context detail details explain
explains explained explaining summary summarise summarize tl dr tldr tl;dr gist short version confirm confirmed correct right true
accurate accurately verify check checking sure clarify clarification please kindly could would like need want
wondering know knowing tell telling report reported reporting actual actually overall basically really literally
true? ok okay cheers thx thanks again rn pls plz ya yeah
start starts started starting begin begins began beginning end ends ended ending point series
quarter quarters quarterly window timespan whatever whichever measured measuring
title job differ differs differed difference differences contrast contrasts alongside versus respectively
produce produced carried carry originally vs versus compare compared comparison comparing previous prior preceding earlier before`;

// The frame of a formal request ("Would you be so kind as to set out…", "for the purposes of a methodological
// note"): how it asks, never what it asks about. Only words that are never the topic: not "specifically" or "out"
// ("killed on A-roads specifically", "leaving WhatsApp out" narrow what is asked), nor "supply", "welcome",
// "rationale" or "establish", which can be what is asked ("When was the NSPCC established?").
const FORMAL = `set outline outlined provide provided indicate indicated advise grateful appreciate appreciated
kind enough magnitude precisely whether regarding concerning regards re relevant remark remarks mr mrs ms dr behalf
insofar furnish obliged dear sir madam colleague colleagues brief briefing able`;

// Words that say who passed the question on or what kind of answer is wanted ("my neighbour reckons", "which body",
// "which group", "what reason", "the base", "as a fraction", "characterised"), or that place it loosely ("among",
// "across", "altogether", "yearly", "today"): they count only where a pack uses them, as a topic no pack uses they
// are not.
const ASKING = `guy heard reckon reckons reckoned given altogether among amongst across count counts tally today today's
nowadays currently fairly yearly body bodies group groups base fraction characterise characterised characterize
characterized reason reasons justification justify justified attributed attribute attribution combined comment comments
commented through name named names area areas geographic geographical geographically financial calendar still
answered`;

// Who is asking and for what, in a formal preamble ("for the benefit of my dissertation", "I am compiling a
// literature review for a postgraduate module", "for our minutes"): never a topic a statistic is about, so they
// count only where a pack uses them.
const PREAMBLE = `dissertation dissertations thesis essay essays coursework homework project assignment module modules course
postgraduate undergraduate literature review lecture lectures slides presentation assembly seminar workshop
consultation submission formal minutes agenda blog podcast segment bulletin editor deadline remit
capacity analyst researcher commissioner governor governors trustee trustees board committee assistant feature
readers reader audience listeners aimed benefit preparing prepare compiling compile drafting purposes purpose
accurately accuracy reflect represent notes jotted written services department`;

/**
 * Prepositions that only place what is asked in the time or the medium it names ("killed on the roads during 2023",
 * "grooming via Instagram"): where a pack uses one it is one of the pack's words; where no pack does, it names no
 * topic the packs lack ("during" only before a year or a month: "during covid" names an event). Not those that narrow or move what is asked ("after 2020", "until 2022", "beyond Eastmoor",
 * "within the quarter", "besides Facebook", "while walking", "per child"): a review found each of those answered with
 * a figure for another time or place once dropped.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set('during throughout via'.split(' '));

/** Words that say nothing about which fact is wanted. */
export const STOPWORDS: ReadonlySet<string> = new Set(STOP.split(/\s+/u));

/** Words about the asking or about a figure's scope: never a topic the packs could lack. */
export const META_WORDS: ReadonlySet<string> = new Set(
  `${META} ${FORMAL} ${ASKING} ${PREAMBLE}`.split(/\s+/u),
);

/** After "most", words that make it a superlative ("used most often") rather than a majority ("most cases"). */
export const SUPERLATIVE_FOLLOWERS: ReadonlySet<string> = new Set(
  'often frequently commonly common popular used by in on for among of'.split(' '),
);

/** Words that ask for a comparison on their own ("which app was used most?"). */
export const COMPARISON_WORDS: ReadonlySet<string> = new Set(
  'most least fewest compare compares compared comparison comparing versus vs biggest largest highest lowest smallest top rank ranking ranked worst popular commonly main mainly'.split(
    ' ',
  ),
);

/** Superlatives that only ask which one ranks first or last: in a question, no topic of their own. */
export const RANKING_WORDS: ReadonlySet<string> = new Set(
  'least fewest biggest largest highest lowest smallest'.split(' '),
);

/** Words that ask for a comparison only when two things are named ("snapchat more than instagram?"). */
export const WEAK_COMPARISON_WORDS: ReadonlySet<string> = new Set(
  'more less than or fewer bigger higher lower smaller better worse alongside'.split(' '),
);

/** Words asking what a figure means ("what does 12,925 refer to?"). */
export const REVERSE_LOOKUP_WORDS: ReadonlySet<string> = new Set(
  'refer refers referring mean means meaning stand stands represent represents significance signify happened happen date describe describes relate relates thing forgot forget forgotten remember recall'.split(
    ' ',
  ),
);

const GREETING_ONLY =
  /^(?:hi+|hey+|hello+|hiya|howdy|yo|sup|good (?:morning|afternoon|evening|night)|morning|thanks?(?: you)?(?: (?:so|very) much)?|thx|ty|cheers|ta|ok(?:ay)?|cool|great|nice|bye|goodbye|see ya|how are (?:you|u)(?: doing)?|how's it going|what's up|whats up|test(?:ing)?|ping|lol|hm+)(?: (?:there|all|everyone|folks|bot|statbot|mate|again))*$/u;

/** Letters, digits and apostrophes only, single-spaced: how greetings and help requests are compared. */
function compactWords(folded: string): string {
  return folded
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** True when the whole message is a greeting, thanks or small talk. */
export function isGreeting(folded: string): boolean {
  return GREETING_ONLY.test(compactWords(folded));
}

const THANKS = /^(?:thanks?|thx|ty|cheers|ta)\b/u;
const BYE = /^(?:bye|goodbye|see ya|good night)\b/u;
const ACKNOWLEDGED = /^(?:ok(?:ay)?|cool|great|nice|lol|hm+)\b/u;

/** What a message of small talk says, for a reply that fits it ("thanks" is not answered "Hello!"). */
export function smallTalkOf(folded: string): 'hello' | 'thanks' | 'bye' | 'ok' {
  const words = compactWords(folded);
  if (THANKS.test(words)) return 'thanks';
  if (BYE.test(words)) return 'bye';
  if (ACKNOWLEDGED.test(words)) return 'ok';
  return 'hello';
}

const HELP_ONLY =
  /^(?:help|\/?help me|usage|commands|what can (?:you|u) (?:do|answer|tell me)|what do (?:you|u) know(?: about)?|what (?:can|should) i ask(?: you)?|what are you|who are you|what is this|topics|about)$/u;

/** True when the message asks what the bot can do. */
export function isHelpRequest(folded: string): boolean {
  return HELP_ONLY.test(compactWords(folded));
}

/**
 * Everyday idioms for a plain word, read as that word before anything else: a pack lists "died" or "deaths" among
 * its synonyms, not every way English says it ("lost their lives", "passed away").
 */
/** "Scottish police", "American kids": a place's adjective before what figures are of (not "Chinese whispers"). */
const PLACE_ADJECTIVE = new RegExp(
  String.raw`\b(?:${Object.keys(PLACE_ADJECTIVES).join('|')})(?= ${FIGURES_OF}\b)`,
  'gu',
);

const IDIOMS: ReadonlyArray<readonly [RegExp, string]> = [
  // "an apples to apples comparison", "apples and oranges": like for like, no word of Apple the company.
  [/\bapples?[- ](?:to|for|with|and|v|vs|versus)[- ](?:apples?|oranges?)\b/gu, 'comparable'],
  [/\b(?:lost|lose|losing) (?:(?:their|his|her|your|my|our|its) )?li(?:ves|fes?|fe)\b/gu, 'died'],
  [/\blives (?:were |was |have been |had been )?lost\b/gu, 'died'],
  [/\bpass(?:ed|es)? away\b/gu, 'died'],
  // A headline's "slams" is criticism ("Experts Slam Social Media Sites"), and kept "safe from" someone is kept
  // "secure from" them: the words a source reports them in.
  [/\bslam(?:s|med|ming)?\b/gu, 'denounced'],
  // "Instagram on its own", "WhatsApp by itself": alone, no "own" of "Facebook-owned".
  [/\b(?:on (?:its|it'?s|their|his|her) own|by (?:itself|themselves))\b/gu, 'alone'],
  [/\bsafe from\b/gu, 'secure from'],
  // "every single year", "each and every year": every year, no "single" of its own.
  [/\b(?:every single|each and every)\b/gu, 'every'],
  // "the 3 years leading up to lockdown", "up to the end of March 2020": a time before, never a rise ("up").
  // ("…up to the end of 2023", "up to March 2020": to that date, which is in it, not "until", a word no roads fact
  // uses; "up to the start of 2020": before it.)
  [/\b(?:(?:leading|led|in the run[- ]?) )?up (?:to|until|till) (?=the (?:end|close) of\b)/gu, 'to '],
  [/\b(?:leading|led|in the run[- ]?) up to\b/gu, 'before'],
  [/\bup (?:to|until|till) (?=(?:the )?(?:start|beginning) of\b)/gu, 'before '],
  [/\bup (?:to|until|till) (?=(?:the )?(?:lockdown|pandemic|covid)\b)/gu, 'until '],
  [
    /\bup (?:to|until|till) (?=(?:the )?(?:middle|(?:19|20)\d\d(?! (?:people|cases|offences|casualties|deaths))|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)/gu,
    'to ',
  ],
  // Greetings and apologies that open a message ask nothing: "good afternoon,", "apologies for bothering you —".
  [/\b(?:good (?:morning|afternoon|evening|day)|greetings|hiya|howdy)\b/gu, ''],
  // (Only where a message opens: "Did Zuckerberg apologise?", "did Boris say sorry?" ask about an apology.)
  [
    /^\W*(?:hi|hello|hey)?\W*(?:(?:my )?apologies|apologi[sz]e|sorry|sry|soz)(?: (?:for|to) (?:bother(?:ing)?|disturb(?:ing)?|trouble|troubling|interrupt(?:ing)?) you| for (?:the )?(?:bother|trouble|interruption|long (?:message|question)))?(?: if (?:this is |it'?s )?(?:a )?(?:dumb|stupid|silly|noob|basic) (?:q|question|one))?\b/gu,
    '',
  ],
  [/\b(?:to |for )?(?:bother(?:ing)?|trouble|troubling|disturb(?:ing)?) you\b/gu, ''],
  // Plain words for announcing and giving, as sources write them: "Zuckerberg unveiled the plans", "would hand abusers
  // a place to hide".
  [
    /\bunveil(?:s|ed|ing)?\b(?= (?:(?:his|her|its|their|the|a|new|messenger|encryption|[a-z]+'s) ){0,3}(?:plans?|proposals?|measures?|encryption)\b)/gu,
    'announced',
  ],
  [
    /\bhand(?:s|ed|ing)? (?=(?:abusers|offenders|predators|paedophiles|pedophiles|groomers|criminals)\b)/gu,
    'give ',
  ],
  // "the figure for 2023, together with the one for 2022": both asked, no total of things taken together.
  [/\b(?:together|along) with\b/gu, 'and'],
  // Whether one group is counted inside another, as sources say it ("children are counted within the road-user
  // groups, not separately"): "on top of" is separately, "inside" is within.
  [/\b(?:extra |additional )?on top of\b/gu, 'separately from'],
  [/\binside (?=them|those|these|the)/gu, 'within '],
  // "under-reporting", "under reported", "under-recorded": counts short of the truth, one word (split, "under" was a
  // stopword and "reporting" a word about the asking, and nothing was left of the question).
  [/\bunder[- ]?(?:report|record)(?:ed|ing|s)?\b/gu, 'unreported'],
  [/\bunder[- ]count(?:ed|ing|s)?\b/gu, 'undercount'],
  [/\bunder[- ]estimat(?:e|ed|es|ing|ion|ions)\b/gu, 'underestimate'],
  // "My boss reckons KSI was 275", "a colleague said…": who passed the claim on, no word of the topic ("boss" pulled
  // the question to the NSPCC's "tech bosses").
  [
    /\b(?:my|our|a|one of my|one of our) (?:boss|mate|friend|colleague|co-?worker|manager|line manager|mum|mom|dad|teacher|neighbou?r|flatmate|cousin|partner|husband|wife|editor|lecturer|tutor|intern|student|classmate|sub-?editor|producer|reporter|journalist|researcher|press officer|client|reader|follower)s? (?=(?:reckons|reckoned|says|said|thinks|thought|claims|claimed|told me|tells me|swears|insists|reckon|mentioned|wrote|writes|posted|tweeted)\b)/gu,
    '',
  ],
  // …and what they wrote, as the message opens with it ("Our intern wrote that The Guardian quoted Wanless"): no word
  // of the topic ("wrote" pulled the question to Zuckerberg's "writing").
  [/^\W*(?:wrote|writes|posted|tweeted) that\b/gu, ''],
  // "the casualty total back in 2022", "way back in March 2019": the time named, no word of the topic ("back to
  // 1979" is a record's reach).
  [
    /\b(?:way )?back (?=(?:in|during|around|circa) (?:the )?(?:(?:19|20)\d\d|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|spring|summer|autumn|winter|lockdown|covid)\b)/gu,
    '',
  ],
  // "does the article back that up?": whether it confirms it, no backing of a call by the police chiefs.
  [
    /\bback(?:s|ed|ing)? (?:that|this|it|these|those|them|the (?:claim|idea|figure|statement|story)) up\b/gu,
    'confirm',
  ],
  [/\bback(?:s|ed|ing)? up (?=(?:that|this|the|my|his|her|their|what)\b)/gu, 'confirm '],
  // "the NSPCC called out FB for…": accused it, no call for anything.
  [
    /\bcall(?:s|ed|ing)? out\b(?= (?:fb|facebook|meta|the|them|him|her|it|zuckerberg|zuck|tech|firms|companies|instagram|whatsapp|snapchat)\b)/gu,
    'accused',
  ],
  // "who is in charge of the study?": who leads it, not a criminal charge.
  [/\bin charge of\b/gu, 'leading'],
  // "the NSPCC's 'place to hide' charge", "the charity's charge against Facebook": an accusation, not a criminal charge.
  // (Not the charge of someone accused, "the offender's charge", nor "a charge against anyone", which are criminal
  // charges the source has no figures on.)
  [
    /(?<=['’"”] |\b(?!(?:police|cps|courts?|prosecutors?|prosecution|offenders?|suspects?|groomers?|defendants?|perpetrators?|accused|paedophiles?|pedophiles?|abusers?|predators?|man|woman|teacher|person)['’]s )[\w-]+['’]s )charge\b(?!s)/gu,
    'accusation',
  ],
  // "how does it stack up against…": compare.
  [/\bstack(?:s|ed|ing)? up\b/gu, 'compare'],
  // Chat shorthand: a number glued to its unit ("3yr", "12mths"), "E&W". ("tot" for total was tried: 3 roads
  // questions more answered, 4 more wrong, "tot cas yoy chg?" given the KSI total.)
  [/\b(\d+)(yrs?|years?|mths?|mos?|months?|wks?|weeks?|hrs?)\b/gu, '$1 $2'],
  [/\be ?& ?w\b/gu, 'england and wales'],
  // "mar 2020": March, where the English word "mar" is left alone elsewhere.
  [/\bmar(?= (?:19|20)\d\d\b)/gu, 'march'],
  // "the spring/early summer lockdown stretch": the lockdown, whose season says no more than it does.
  [
    /\b(?:(?:spring|early summer)(?:\s*(?:\/|and|into|to)\s*(?:early )?summer)? )lockdown(?: stretch| spell| period| months| window)?\b/gu,
    'lockdown',
  ],
  // "100ish?": about that number.
  [/\b(\d[\d,.]*)-?ish\b/gu, 'about $1'],
  // Where in the text something is ("the 'over half' in the opening line") is no topic of its own.
  [
    /\b(?:in |from )?(?:the |its |their )?(?:opening|first|top|lead|last|closing) (?:line|lines|sentence|sentences|paragraph|para|bit)\b/gu,
    '',
  ],
  // "who runs Facebook?", "who heads the NSPCC?": who is its chief executive. (Not "who led the letter?": a deed.)
  [
    /\bwho(?:'s| is)? (?:runs|heads|heads up|leads|in charge of|is in charge of)\b/gu,
    'who is the chief executive of',
  ],
  // "the overall number of …", "all severities lumped together": the total, one plain word.
  [/\b(?:overall|combined|grand|whole) (?:number|count|figure|total|tally|amount)\b/gu, 'total'],
  [/\b(?:number|count|figure|tally)s? (?:overall|altogether|all together|in all)\b/gu, 'total'],
  [
    /\ball (?:severities|types|kinds)(?: (?:of (?:injury|injuries|casualty|casualties)))?(?: (?:lumped |added |put )?(?:together|combined|in))?\b/gu,
    'total',
  ],
  // "how much content does Facebook take down?": removing, one plain word.
  [/\b(?:take|takes|taken|taking|took) (?:it |them |this |that |content |posts? )?down\b/gu, 'remove'],
  // How an organisation defended itself: its response. (Not "answered for", "spoke for", "on behalf of": a review
  // found "who answered for the police chiefs?" answered with Facebook's response; those stay declined.)
  [
    /\b(?:defend|defends|defended|defending) (?:itself|themselves|himself|herself|its record|their record)\b/gu,
    'responded',
  ],
  [/\bin (?:its|their|his|her) (?:own )?(?:defen[cs]e)\b/gu, 'in response'],
  // "how did Facebook push back?", "what did they say back?", "Facebook hit back": its response.
  [
    /\b(?:push|pushes|pushed|pushing|hit|hits|hitting|fire|fires|fired|firing|say|says|said|saying|shot) back\b/gu,
    'responded',
  ],
  [/\bpush-?backs?\b/gu, 'response'],
  // "Facebook's defence", "Facebook's side of the story": what it said in reply. (Not "its line", "take" or "stance",
  // said of anyone's view, nor a compound: "side project", "side roads", "defence team", "take-over"; a review's probes.)
  [
    /\b(\w+(?:'s|’s|s'))(?: own)? (?:defen[cs]e(?! (?:team|lawyers?|secretary|minister|ministry|budget|spending|force|forces|barrister|counsel)\b)|side of (?:the story|things|it)|rebuttal|counter-?claim|counter-?argument|retort|riposte|answer to (?:that|this|it|the criticism|the claims?))\b(?: against\b)?/gu,
    '$1 response to',
  ],
  // "per the article", "per the NSPCC": according to it, no rate ("per day").
  [
    /\bper (the|this|that|your|their|its) (article|piece|report|story|source|text|release|study|research|data|figures|stats|statistics|numbers|charity|nspcc|police|council)\b/gu,
    'according to $1 $2',
  ],
  // "time frame for the 1,220 figure?": the span a figure covers, one meta word.
  [/\btime[- ](?:frame|period|span|scale)s?\b/gu, 'timeframe'],
  [/\b(?:i\.e|e\.g)\.?(?=\W|$)/gu, ''],
  // "put their names to the letter"
  [/\b(?:put|puts|putting) (?:their|its|his|her|our) names? (?:to|on)\b/gu, 'signed'],
  [/\b(?:come|comes|coming|came|due) out\b/gu, 'published'],
  // "who puts out this report?", "when did the council put this release out?"
  [/\b(?:puts?|putting|brings?|bringing|brought) out\b/gu, 'publish'],
  [
    /\b(?:puts?|putting|brought) (this|the|that|these|those|its|it) ((?:\w+ )?(?:release|report|figures|statistics|stats|data|numbers)) out\b/gu,
    'publish $1 $2',
  ],
  // Where the asker read it or how to put it is no topic: "as reported in the article", "set out what…".
  [
    /\b(?:as |that is |which is |being )?(?:reported|described|set out|stated|mentioned|quoted|outlined|explained|presented|covered|written) (?:in|by) (?:the|this|that|your) (?:article|piece|report|story|source|text|release)\b/gu,
    '',
  ],
  [/\b(?:set|sets|setting|lay|lays|laying|spell|spells|spelling) out\b/gu, ''],
  // "waht si the total", "si that for 2023?": "is" typed backwards, not "SI" (seriously injured); "was a tot killed":
  // a toddler, not a total.
  [/\b(what|waht|wat|wot|wht|where|when|how|who|why|which|that|this|it|there|here)\s+si\b/gu, '$1 is'],
  [/^\W*si\s+(?=(?:that|this|it|there|the|a|an)\b)/gu, 'is '],
  [/\b(a|any|one|no|every) tot\b/gu, '$1 child'],
  // "wats app", "whats app": WhatsApp written as two words, not "what's" and an app.
  [/\b(?:wh?ats|watts) app\b/gu, 'whatsapp'],
  // "the Instagram figure from the report", "the figure in this article": the source itself, no topic.
  [/\b(?:from|in|within) (?:the|this|that|your) (?:report|article|piece|story|text|release)\b/gu, ''],
  // "put the 1,220 next to the three-year total": set side by side, a comparison.
  [
    /\b((?:put|set|show|place|lay|line)(?: [^.?!]{1,60}?)) (?:next to|beside|side by side with)\b/gu,
    '$1 alongside',
  ],
  // "which three apps make up the 51% figure?": what a figure is of, asked by "which" or "what" before it. (Not what
  // someone invented: "what did they make up?")
  [
    /\b((?:which|what)(?: (?!(?:did|do|does|has|have|had|they|he|she|it|you|we|i|someone|somebody|nspcc|police|charity|facebook|journalists?|reporters?)\b)[\w'-]+){1,3}) (?:make|makes|made) up\b/gu,
    '$1 are in',
  ],
  // "pedestrians made up about a quarter of casualties", "which years make up the baseline", "which platforms make up
  // the 51%?": what a share or a span is of, never a rise ("up"). (Not "made up the numbers", "made up the 1,220
  // figure", which say they were invented.)
  [
    /\b(?:make|makes|made|making) up\b(?=\s+(?:about|around|roughly|nearly|almost|over|under|just|more|less|only|some|a|an|one|two|half|\d|the (?!(?:\S+ )?(?:numbers?|figures?|stats?|statistics|data)\b))|\s*[?.!]*$)(?<!\b(?:they|nspcc|police|charity|council|someone|somebody|you|he|she|it|we|numbers|figures|stats|statistics|data|these|this|that)(?: (?:are|were|is|was|been|all|just|really|totally))* (?:make|makes|made|making) up)/gu,
    '',
  ],
  // "against" only says what a comparison is set against; no fact is about "against".
  [/\bstacks? up against\b/gu, 'compare with'],
  [/\bstacks? up\b/gu, 'compare'],
  // "how do those line up?": compare, not a rise.
  [
    /\bhow (?:do|does|did) (?:(?:those|these|they|the two|both|it|that|this|[\w'’%]+) ){1,3}line up\b/gu,
    'how do they compare',
  ],
  [/\b(compar(?:e|es|ed|ing)|measured|set|weigh(?:s|ed)?) against\b/gu, '$1 with'],
  // Words that only frame how it is asked, never what: "in the first place", "by any chance", "off the top of your
  // head", "out of interest", "to be honest".
  [
    /(?<!\b(?:came|come|comes|coming|finished|ranked|placed|was|were|is|are) )\b(?:in the first place|by any chance|off the top of (?:your|ur|my) head|out of (?:interest|curiosity)|for the record|to be honest|at the end of the day|in a nutshell|if you (?:know|can|could|have it|don'?t mind)|if (?:at all )?possible|as far as (?:you|anyone) know|if that makes sense|if anyone knows)\b(?!['’]t)/gu,
    '',
  ],
  // "which app shows up most", "Snapchat crops up in a fifth": used, not a rise.
  [
    /\b(?:show|shows|showed|showing|crop|crops|cropped|cropping|turn|turns|turned|turning|pop|pops|popped|popping|come|comes|came|coming) up in\b(?! (?:the )?(?:lockdown|pandemic|covid|coronavirus|(?:19|20)\d\d|recent|last|past|spring|summer|autumn|winter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gu,
    'used in',
  ],
  [/\b(?:shows|showed|crops|cropped|pops|popped) up\b/gu, 'used'],
  // "a councillor claimed at last night's meeting", "in this morning's paper": when the claim was heard, not a time of
  // day the question asks about.
  [
    /\b(?:(?:at|in|during|on|from) )?(?:last night|this morning|this evening|tonight|yesterday|last week)(?:'?s)?(?: (?:council |committee |full )?(?:meeting|session|debate|briefing|call|show|news|broadcast|paper|article|post|podcast))?\b/gu,
    '',
  ],
  // "which PM was Wanless lobbying?", "appealing to", "calling on": urging someone.
  // (Verbs only: "Wanless's call to the PM", "his appeal to the Prime Minister" are what the police chiefs
  // backed.)
  [
    /\b(?:lobbies|lobbied|lobbying|petitioning|petitioned|(?:appealed|appealing) to|(?:called|calling) on)\b/gu,
    'urging',
  ],
  // "while the country was locked down", "when we were in lockdown": during lockdown (no country or place asked).
  [
    /\b(?:while|whilst|when|as) (?:the (?:whole )?(?:country|nation|uk)|we|everyone|everybody|people|britain|england|the public) (?:was|were) (?:in |under )?(?:a |the )?(?:locked down|lockdown)\b/gu,
    'during lockdown',
  ],
  [/\blocked down\b/gu, 'in lockdown'],
  // "how the 19 deaths break down by road-user type", "broken down by age": the "by" names the split; no fall ("down").
  [/\b(?:break|breaks|breaking|broke|broken) (?:(?:it|them|that|this|these|those) )?down\b/gu, ''],
  // "which apps were the offenders mostly on?": which was used most.
  [/\b(?:mostly|mainly|primarily|chiefly|predominantly) (on|using|use|used|via|through)\b/gu, '$1 most'],
  // "the figure the analysts came up with": what they found, no rise; "how often did snapchat come up?": used.
  [/\b(?:come|comes|came|coming) up with\b/gu, 'found'],
  [
    /\b(?:how often|how many times|how frequently)\b([^?.!]{1,60}?)\b(?:come|comes|came|coming) up\b/gu,
    'how often$1used',
  ],
  // "what form of reporting underlies these statistics", "how are the figures compiled", "which body collects the
  // reports": where the figures come from.
  [/\b(?:underlies|underlie|underlying|underpins?|underpinning)\b/gu, 'based on'],
  [/\b(?:compiled|compiles|compile|compiling)\b/gu, 'based on'],
  [/\bcollects? (?:the )?(?:reports|data|figures|statistics|numbers)\b/gu, 'source'],
  // "the collisions that go into these figures", "drawn from", "built on": where the figures come from.
  [
    /\b(?:go|goes|went|going) into (?:these|the|those|this|its) (?:figures|numbers|stats|statistics|data|totals?)\b/gu,
    'source data',
  ],
  [/\b(?:drawn|sourced|derived|built) (?:from|on)\b/gu, 'based on source'],
  // "or the other way round": asks which way, and names nothing; "proportionally" asks for a proportion.
  [/\b(?:or )?(?:is it )?the other way (?:a)?round\b/gu, ''],
  [/\bproportion(?:al|ate)ly\b/gu, 'as a proportion'],
  // "the nspcc's beef with fb": a dispute.
  [/\bbeef (?:with|w|against)\b/gu, 'dispute with'],
  // "how big a chunk of the cases", "what slice of the offences": a share of them.
  [
    /\b(?:how (?:big|large|much) (?:of )?an?|what|which) (?:chunk|slice|portion|piece)s? of\b/gu,
    'what share of',
  ],
  // "how big was instagram's share?", "how large is the total?": how much (not "a big rise", "a large share", which
  // judge a figure).
  [/\bhow (?:big|large)\b(?! (?:of )?an? )/gu, 'how much'],
  // "how big a slice was instagram", "how large a share of cases": its share.
  [
    /\bhow (?:big|large) (?:of )?an? (?:chunk|slice|portion|share|proportion|part|fraction|percentage)\b/gu,
    'what share',
  ],
  // "where did wanless's comments originally run?": which paper reported them.
  [
    /\bwhere (?:did|were|was|had) (.{1,50}?) (?:originally |first )?(?:run|appear|appeared|get published|get printed|published|printed)\b/gu,
    'which paper reported $1',
  ],
  // "which features more in the cases?", "turned up in the offences": was used in them.
  [
    /\b(?:features?|featured|featuring|shows? up|showed up|turns? up|turned up|crops? up|cropped up|appears?|appeared)( (?:more|most|less|least|more often|most often))? in (?:the |those |these )?(cases|offences|offenses|crimes|instances)\b/gu,
    'used$1 in the $2',
  ],
  // "in plain english", "in layman's terms", "in a nutshell": how to say it, no topic.
  [
    /\bin (?:plain english|plain terms|simple terms|simple english|layman'?s terms|lay terms|a nutshell|short(?=\s*[,?:.!]|\s*$))\b/gu,
    '',
  ],
  // "who was wanless leaning on", "putting pressure on the PM", "lobbying": urging someone.
  [
    /\b(?:put|puts|putting|piling|applying|applied) (?:the |more )?pressure on\b|\bpressur(?:ing|ed|ising|ised|izing|ized)\b|\blean(?:ing|ed|t)? on\b|\blobb(?:ying|ied)\b/gu,
    'urging',
  ],
  // "to get the law moving": to push laws forward.
  [/\bget(?:ting)? (?:the |a |new )?(?:law|laws|legislation|bill) moving\b/gu, 'push forward laws'],
  // "against encryption full stop", "banned outright": emphasis, no topic.
  [/\b(?:full stop|outright)\b/gu, ''],
  // "snapchat's slice of it", "facebook's chunk": its share.
  [/(?<=\w['’]s |\ws['’] |\b(?:its|their) )(?:chunk|slice|portion)\b/gu, 'share'],
  // "higher or lower?", "better or worse", "above or below the average?": asks which way, and names no topic by
  // either word.
  [
    /\b(?:above or below|below or above|higher or lower|lower or higher|better or worse|worse or better|bigger or smaller|smaller or bigger|more or fewer|fewer or more|more or less|less or more)\b/gu,
    '',
  ],
];

/**
 * "up or down?", "rise or fall?": a question asking which way a figure changed is read as asking about a change
 * ("increase"), so a fact giving both ways ("up 6 per cent … down 18 per cent on the average") does not count twice; it
 * still compares (`ASKS_WHICH_WAY`). Only in questions: a pack phrasing such as "did total road casualties go up or
 * down" keeps its words. Measured on the read sets: roads 6 more right, 8 fewer wrong; NSPCC unchanged ("rise" the
 * same; no word at all lost the NSPCC's yearly-trend fact, 7 fewer right and 5 more wrong).
 */
const EITHER_WAY_SOURCE = String.raw`\b(?:(?:go|went|gone|going) )?(?:up or (?:down|dn)|(?:down|dn) or up|rise or fall|fall or rise|risen or fallen|fallen or risen|increase or decrease|decrease or increase|increased or decreased|decreased or increased|rose or fell|fell or rose)\b`;
const EITHER_WAY = new RegExp(EITHER_WAY_SOURCE, 'gu');
/** Whether a question asks which way a figure went ("up or down?"): a comparison with the time before. */
export const ASKS_WHICH_WAY = new RegExp(EITHER_WAY_SOURCE, 'u');

/**
 * "rural A-roads only or urban ones too?", "are kids counted separately or inside the groups?": the "or" sets what a
 * figure takes in against what it leaves out, a question of its scope, not two things to compare.
 */
export const ASKS_WHICH_SCOPE =
  /\b(?:only|just|alone|solely|purely|exclusively|separate(?:ly)?|extra|on top)\b[^?.!]{0,40}\bor\b|\bor\b[^?.!]{0,40}\b(?:too|as well|also|included|inside|within|part of|separate(?:ly)?|on top)\b/u;

/** Abbreviations written with a slash, which the word splitter would break apart ("m/c" for motorcycle). */
const SLASHED: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bm\/cs?\b/gu, 'motorcycle'],
  [/\bw\/o\b/gu, 'without'],
  [/\bb\/c\b/gu, 'because'],
];

/** A month run together with a two-digit year, as chat writes it ("apr17", "mar'20"), and its parts. */
export const MONTH_YEAR_RUN =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*['’]?(\d{2})\b/gu;
/** Each month's abbreviation ("jan", "sept") → its name, from the shared month list. */
const MONTH_BY_ABBREVIATION: Readonly<Record<string, string>> = Object.fromEntries([
  ...MONTH_NAMES.map((name) => [name.slice(0, 3), name]),
  ['sept', 'september'],
]);
export const MONTH_YEAR_PARTS = (_whole: string, name: string, year: string): string =>
  `${MONTH_BY_ABBREVIATION[name] ?? name} 20${year}`;

/** An age bound in words ("under sixteen", "aged thirteen"): the digits packs and age rules read ("over eleven
 * hundred" is a count). */
const AGE_IN_WORDS =
  /\b(under|over|aged|younger than|older than|below|above) (ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)\b(?![- ](?:hundred|thousand|million|percent|per cent))/gu;

/**
 * Idioms read in questions only (pack text keeps its words, "accounted for 80% of casualties"): "did Facebook's apps
 * account for over half the cases?", "did Instagram appear in more cases?" ask a share, or where something was used,
 * no account of a social network nor an appearance; "did grooming go down?" asks about a fall, no "down" of content
 * taken down.
 */
const QUESTION_IDIOMS: ReadonlyArray<readonly [RegExp, string]> = [
  // "offences were flat before lockdown", "stayed the same", "plateaued": whether it changed, which a figure of change
  // answers. (Not "are the two figures the same?", which compares them.)
  [
    /\b(?:(?:stayed|remained|stays|remains|held) (?:\w+ly )?(?:flat|level|stable|steady|the same)|(?:was|were|been|are|is) (?:\w+ly )?(?:flat|stable|steady)|flatlined|plateau(?:ed|s)?|levell?ed off|unchanged)\b/gu,
    'did not change',
  ],
];

/** Text with everyday idioms replaced by the plain word they mean. */
export function plainIdioms(folded: string, question = false): string {
  let text = question ? folded.replace(EITHER_WAY, ' change ') : folded;
  for (const [pattern, word] of SLASHED) text = text.replace(pattern, word);
  text = text.replace(MONTH_YEAR_RUN, MONTH_YEAR_PARTS);
  // (The place first, as the word whose figures are asked for.)
  text = text.replace(PLACE_ADJECTIVE, (adjective) => PLACE_ADJECTIVES[adjective] ?? adjective);
  for (const [pattern, word] of IDIOMS) text = text.replace(pattern, word);
  if (question) for (const [pattern, word] of QUESTION_IDIOMS) text = text.replace(pattern, word);
  return text.replace(AGE_IN_WORDS, (_, bound: string, age: string) => `${bound} ${NUMBER_WORD_VALUES[age]}`);
}

/** Chat shorthand and abbreviations, read as the words they stand for before anything else. */
export const SHORTHAND: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // Month abbreviations, but not "mar" and "may", which are English words.
    ...Object.fromEntries(
      Object.entries(MONTH_BY_ABBREVIATION).filter(
        ([abbreviation]) => abbreviation !== 'mar' && abbreviation !== 'may',
      ),
    ),
    q1: 'january march',
    q2: 'april june',
    q3: 'july september',
    q4: 'october december',
    b4: 'before',
    thru: 'through',
    teh: 'the',
    hte: 'the',
    abt: 'about',
    u16: 'under 16',
    u16s: 'under 16',
    u18: 'under 18',
    u18s: 'under 18',
    cops: 'police',
    ppl: 'people',
    folk: 'people',
    person: 'people',
    persons: 'people',
    govt: 'government',
    govts: 'governments',
    gvt: 'government',
    gov: 'government',
    ceo: 'chief executive',
    spox: 'spokesperson',
    yr: 'year',
    yrs: 'years',
    msgs: 'messages',
    msg: 'message',
    pics: 'pictures',
    nums: 'numbers',
    num: 'number',
    stat: 'figure',
    pct: 'percent',
    perc: 'percent',
    w: 'with',
    wat: 'what',
    wut: 'what',
    wats: "what's",
    whats: "what's",
    rite: 'right',
    yoy: 'year on year',
    chg: 'change',
    tot: 'total',
    dn: 'down',
    avg: 'average',
    bn: 'billion',
    mil: 'million',
    herd: 'heard',
    rd: 'road',
    rds: 'roads',
    lst: 'last',
    nos: 'numbers',
    prov: 'provisional',
    wen: 'when',
    ws: 'was',
    ths: 'this',
    grp: 'group',
    grps: 'groups',
    backd: 'backed',
    cllr: 'councillor',
    cllrs: 'councillors',
    // Everyday chat abbreviations ("fb resp 2 the grooming stuff??" had "resp" corrected to "responsible"). (Not "qtr",
    // whose "quarter" is also a fraction.)
    resp: 'response',
    incl: 'including',
    prev: 'previous',
    est: 'estimated',
    org: 'organisation',
    orgs: 'organisations',
    diff: 'difference',
    mth: 'month',
    mths: 'months',
    wk: 'week',
    wks: 'weeks',
    yrly: 'yearly',
    fig: 'figure',
    figs: 'figures',
    dept: 'department',
    ur: 'your',
  }),
);

/**
 * "the difference between A and B", "the gap in X between A and B": two named things set apart (not "a gap between
 * when offences happen and when they are recorded").
 */
export const DIFFERENCE_BETWEEN_SOURCE = String.raw`\b(?:difference|diff|gap)(?: in [\w%' ]{1,24}?)? between\b(?! (?:when|what|how|who|where|why|whether)\b)(?=.{2,80}?\b(?:and|&)\b)`;

/** Verbs of holding or arguing a view ("think", "argue"), which of someone the packs quote ask what they said. */
export const VIEW_VERB_SOURCE =
  'think|thinks|thought|believe|believes|believed|reckon|reckons|reckoned|feel|feels|felt|argue|argues|argued|arguing';
