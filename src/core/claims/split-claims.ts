// Splits a message into the clauses that each make one claim: sentences, then clauses joined by "and"/"but"
// when each side states its own figure. Question frames ("is it true that…") are set aside.
import { wordCount } from '../../text/whitespace.js';
import { mediumFrame } from '../understand/heard-on.js';
import { CHECK_ASK } from '../understand/intent.js';
import { numberedClause } from './numbered-clause.js';
import { statesFigure } from './read-figure.js';
import { leansOnClauseBefore } from './trailing-clause.js';
import { twoStatements } from './two-statements.js';

/** Words shortened with a full stop, and initialisms ("U.S.", "a.m."): no sentence ends there. */
const ABBREVIATIONS =
  /(?:\b(?:approx|c|ca|no|vs|e\.g|i\.e|mr|mrs|ms|dr|st|etc|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|fig|est|govt|dept)|\b\p{L}(?:\.\p{L})+)\.$/iu;

/** What may follow a month's abbreviation within one sentence: a year, or a day of the month. */
const DATE_GOES_ON = /^(?:(?:19|20)\d\d\b|\d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d\d\b)/u;

/**
 * Whether a piece goes on the sentence ending in a month's abbreviation: a date does, and so does lower case, unless it
 * opens on a word of its own and holds a figure of its own: "apr-jun. snapchat 30% where data avail" is a second
 * claim; "from apr. to jun. in 51% of cases", "in apr. rose 10%" and "Apr. to Jun." are one.
 */
function goesOnMonth(piece: string): boolean {
  return DATE_GOES_ON.test(piece) || (/^\p{Ll}/u.test(piece) && (!/\d/u.test(piece) || GOES_ON.test(piece)));
}
/** A name or two asked about on its own: "TikTok?", "And Snapchat?" (not "Really?", "Total?", "Source?"). */
const NAME_ASKED =
  /^(?:(?:and|what about|how about)\s+)?(?!(?:really|seriously|total|source|sources|any source|why|how|what|who|huh|right|true|correct|sure|srsly|wait|so|and|ok|okay|hmm|lol|wtf|yes|no)\?)[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\?+$/iu;
/** A figure with no words: "20%.", "~1,200". */
const FIGURE_ALONE = /^[~≈]?\s*\d[\d,.]*\s*(?:%|k)?[.!]*$/u;
/** A sentence ending in a month's abbreviation. */
const MONTH_END = /\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.$/iu;

/** "Is it true that", "I heard", "my friend says": the frame around a claim, not part of it. */
const FRAME =
  /^(?:(?:so|but|and|ok|okay|hey|hi|also|apparently|reportedly|allegedly|fwiw|iirc|afaik|fact check|fact-check|quick check|check|true or false|tf)\b[:,!]?\s*)*(?:(?:is it|is this|is that|it's|its|isn'?t it|wasn'?t it|isn'?t that) (?:true|correct|right|accurate|the case) (?:that )?|(?:i )?(?:heard|read|saw) (?:that )?|(?:(?:also|we|i|members|the (?:board|committee|meeting|group|panel|forum|trustees|governors)|it was) )?(?:also )?noted(?: that)?\s+|(?:i )?(?:was told|think|believe) (?:that )?|(?:my|a|our) (?:friend|mate|colleague|boss|mum|dad|teacher|cousin|neighbour|manager)\s+(?:says|said|told me|reckons|claims)(?: that)?\s+|did you know(?: that)?\s+|(?:(?:we|the team|team|everyone|all|comms|the board) )?(?:(?:agreed|decided|want|plan(?:ned)?) to|to|will|should) (?:lead|open|go|start) with\s+|(?:comms|we|press office|the team) (?:to|will|should|to) (?:quote|use|cite)\s+(?:the |\w+'s )?(?:line|figure|stat|claim)?(?: that)?\s*|can you (?:confirm|check)(?: that| whether| if)?\s+|(?:please )?(?:confirm|check|verify)(?: that| whether| if)?\s+|(?:the )?(?:headline|post|tweet|article|report) (?:says|said|claims|reads)(?: that)?:?\s+)/iu;
/**
 * Minutes crediting a note to someone's initials ("AP noted the…", "Also JB noted that…"): a frame, unless the
 * letters name someone the packs know ("PM noted", "FB noted" credit the claim to them). Capitals only: "pm", "Tom",
 * "BBC" and "Sky" stay the claim's speaker.
 */
const NOTED_BY_INITIALS =
  /^(?:(?:[Ss]o|[Oo]k(?:ay)?|[Aa]lso|[Aa]nd|[Bb]ut)\b[:,]?\s*)*(\p{Lu}{2}) (?:also )?noted(?: that)?\s+/u;
/**
 * Hearsay from someone the source does not name ("A mum at the school gate told me that", "heard on the radio that",
 * "according to a guy at work,"): set aside only when it names no one the packs know, whose word is checked.
 */
const HEARSAY =
  /^(?:(?:(?:someone|somebody|some(?: \w+)?)(?: (?:at|from) (?:the |a |my |our )?[\w' -]{1,30}?)?|(?:a|an|my|our|one of (?:my|our|the)) [\w' -]{1,40}?) (?:said|says|told (?:me|us)|claims|claimed|reckons|mentioned|posted|shared|wrote|writes|has written)(?: that)?\s+|(?:according to|per) (?:a|an|my|our|some) [^,]{1,40},\s*|(?:i |(?:my|our|a|an) [\w'-]{1,20} )?(?:heard|read|saw) (?:on|in|at|from) (?:the |a |my |our )?[\w' -]{1,30}? (?:that )?|(?:i |i've |ive )?(?:heard|read|saw|seen) (?:somewhere|online|recently|earlier|today|yesterday)(?: that)?\s+|(?:(?:my|our|a|me) )?(?:mate|friend|cousin|colleague|boss|mum|mom|dad|uncle|aunt|sister|brother|neighbour|gran|grandad|grandma|nan|wife|husband|partner|son|daughter|teacher)s? (?:reckons|says|said|thinks|claims|swears|(?:read|heard|saw) that)(?: that)?\s+|(?:ppl|people|everyone|everybody|folks|loads of people|lots of people)(?:'s| (?:are|r|is|keep|keeps|have been|has been))? (?:saying|say|says|posting|sharing)(?: that)?[,:]?\s+)/iu;

/** A greeting that opens a message ("Hi Sam,", "Hi all,", "Morning team —"). */
const GREETING =
  /^(?:hi|hello|hey|dear|morning|good (?:morning|afternoon|evening))\b(?: [\p{L}']+){0,2}\s*(?:[,!:]|\s[—–-]+)\s*/iu;
/** Not surprised, one way or another ("tbh not surprised", "no surprise", "not even surprising"). */
const NOT_SURPRISED =
  "(?:i'?m |am )?(?:not|no|hardly|not at all|not even) (?:really |that |very )?surpris(?:ed|ing|e)";
/**
 * A reaction that opens a message before its claim ("tbh not surprised, grooming offences were going up…", "Sadly,
 * …", "fair enough:"): how the writer feels, nothing to check.
 */
const REACTION_LEAD = new RegExp(
  String.raw`^(?:(?:tbh|honestly|ngl|lol|wow|omg|ugh|jeez|yikes|god|man)\b[\s,!.]*)*(?:${NOT_SURPRISED}|unsurprisingly|sadly|shockingly|worryingly|predictably|fair enough|about time|typical|wild|crazy|insane|shocking|grim|yikes|ugh)\s*(?:[,!:]|\.\.\.|\s[—–-]+)\s*(?=\S)`,
  'iu',
);
/** An ask to check the claim that follows, before a colon or a dash ("fact check - grooming rose 10%…"). */
const CHECK_OPENER = new RegExp(String.raw`^${CHECK_ASK}\s*(?::|[-–—]+)\s+(?=\S)`, 'iu');
/** A short lead with no figure before a colon or a dash. */
const LEAD = /^([^:\d—–]{1,50}?)\s*(?::|\s[—–-]+)\s+(?=\S)/u;

/** A short label ending in a colon, with no figure in it; not a speaker ("Facebook:", "NSPCC chief:"). */
const LABEL =
  /^(?:notes?|minutes|fact ?box|fact ?check|comms|sync|standup|stand-up|draft|update|reminder|summary|tl;?dr|context|background|for the record|quick (?:note|fact)|meeting|actions?|todo|to-do|next steps?)\b(?:[^:\d]|\b(?:item|point|slide|action) ?\d{1,3}[a-z]?\b){0,40}:\s+/iu;
/** A numbered item before a colon or a dash ("Item 4:", "Point 2 -", "Slide 3:"), or a thread's post ("Thread 🧵 1/", "Thread 2/5", "3/ …"; not a fraction such as "1/3 of cases"). */
const NUMBERED_LEAD =
  /^(?:(?:agenda )?(?:item|point|slide|action)|no\.?|#) ?\d{1,3}[a-z]?\s*(?::|\s[—–-]+)\s+(?=\S)|^(?:a )?thread\b[^\p{L}\d]*\d{1,2}\/(?:\d{1,2})?\s+(?=\S)|^\d{1,2}\/\s+(?=\S)/iu;
/** A lead that labels what follows ("Tech worker take:", "quick summary of the NSPCC piece:"), and its label word. */
const LABELLED_LEAD =
  /^([^:\d—–]{0,40}?)\b(?:take|summary|recap|round-?up|notes|minutes|thoughts|tl;?dr|fyi|psa|reminder|headline)\b[^:\d—–]{0,30}?\s*(?::|\s[—–-]+)\s+(?=\S)/iu;
/** A word of chat closing a claim ("…20% in lockdown apparently", "…a tenth of cases tbh"): no part of it. */
const TRAILING_FILLER =
  /(?:[\s,]+(?:apparently|reportedly|allegedly|supposedly|tbh|ngl|lol|lmao|imo|imho|iirc|afaik|fwiw|smh|fyi|btw|or so i(?:'ve)? heard|or something|or whatever))+\s*[.!?]*\s*$/iu;
/** The same word set off inside a sentence ("…a tenth of cases tbh, its…", "…offences, apparently, from…"). */
const FILLER_AFTER = /,?\s+(?:tbh|ngl|lol|lmao|imo|imho|iirc|apparently)\s*(,)/giu;
const TRAILING_ASK =
  /[,\s]*(?:\bis (?:that|this|it) (?:true|right|correct|accurate|so)\b|\bright\b|\btrue\b|\bcorrect\b|\b(?:isn'?t|wasn'?t|doesn'?t|hasn'?t) (?:it|he|she|that)\b|\b(?:didn'?t|weren'?t|aren'?t|don'?t|haven'?t) (?:they|it|we|you|he|she)\b|\bno\b|\bhuh\b)?\s*[?!.]*\s*$/iu;

/** A one-word sentence ("Every.", "Single.", "Year."). */
const ONE_WORD = /^\p{L}+\.$/u;
/** A period said word by word: "Every. Single. Year.", "Each. Year.", "Every. Month." ("Single" only stresses it.) */
const PERIOD_WORDS = String.raw`(every|each)\.\s+(?:single\.\s+)?(year|month|week|day|quarter)`;
const PERIOD_RUN = new RegExp(String.raw`^${PERIOD_WORDS}\.`, 'iu');
const PERIOD_RUN_AT_END = new RegExp(String.raw`\.\s+${PERIOD_WORDS}\.?$`, 'iu');

/** A clause ending on a period said word by word ("12,925 offences. Every. Single. Year"), read as "every year". */
export function withoutEmphasisStops(clause: string): string {
  return clause.replace(PERIOD_RUN_AT_END, ' $1 $2');
}

/** The sentences of a message (newlines, and . ! ? ; before a new sentence). */
export function splitSentences(text: string): string[] {
  const pieces = text
    .split(
      /\n+|;\s+|(?<=[!?])\s+|(?<=\.)\s+(?=["“'‘(]?[\p{L}0-9£$])|\s+(?=\(\d{1,2}\)\s)|\s+(?=\d{1,2}\)\s)(?<=\b1\)\s[\s\S]*)/u,
    )
    // (An emoji closing a piece is no part of its claim.)
    .map((s) => s.replace(/(?:\s*\p{Extended_Pictographic}(?:\uFE0F|\u200D)*)+\s*$/u, '').trim())
    .filter(Boolean)
    .flatMap(splitAtEmoji);
  // Re-join a break after an abbreviation ("approx. 13,000").
  const sentences: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] ?? '';
    const last = sentences[sentences.length - 1];
    // A period said word by word ("12,925 offences. Every. Single. Year.") goes on the sentence before it.
    const run =
      last && !ONE_WORD.test(last) ? PERIOD_RUN.exec(pieces.slice(i, i + 3).join(' '))?.[0] : undefined;
    if (run) {
      sentences[sentences.length - 1] = `${last} ${run}`;
      i += run.split(/\s+/u).length - 1;
      continue;
    }
    // A figure alone after a name asked about ("TikTok? 20%.") is that name's figure: "TikTok: 20%".
    if (last && NAME_ASKED.test(last) && FIGURE_ALONE.test(piece)) {
      sentences[sentences.length - 1] = `${last.replace(/\?+$/u, ':')} ${piece}`;
      continue;
    }
    // (A month's abbreviation ends a sentence unless a date or lower case goes on: "1,220 cases Apr–Jun. Avg offender
    // age…" and "Apr-Jun. 12,925 offences…" are two sentences, "Jan. 6, 2020" one.)
    if (last && ABBREVIATIONS.test(last) && !(MONTH_END.test(last) && !goesOnMonth(piece)))
      sentences[sentences.length - 1] = `${last} ${piece}`;
    else sentences.push(piece);
  }
  return sentences;
}

/** A question that names only a figure: "The 12,925 figure?", "and 1,220?". */
const FIGURE_ASKED =
  /^(?:(?:and|so|re|oh|ok|okay|about)\s+)?(?:(?:the|that|this)\s+)?([\d,.]+\s*(?:%|percent|per cent|k)?)\s*(?:figure|number|stat|statistic|one)?\s*\?+$/iu;
/** What then says what it is: "That's grooming offences on Facebook apps alone". */
const SAYS_WHAT_IT_IS =
  /^(?:that'?s|thats|that is|that was|it'?s|its|it is|it was|this is|those are|these are|they'?re|theyre|they are)\s+(.+)$/iu;

/** A next sentence that only judges the figure ("That's huge."): no claim of what it is. */
const JUDGED =
  /^(?:(?:so|too|really|very|pretty|quite|way|a bit|just)\s+)?(?:huge|massive|enormous|big|tiny|small|high|low|mad|crazy|insane|shocking|scary|terrible|awful|nothing|a lot|loads|interesting|worrying|alarming|concerning|sad|bad|good|great|incredible|unbelievable|ridiculous)\b[\s.!]*$/iu;

/**
 * Sentences with a figure asked after and what the next sentence says it is joined into one claim: "The 12,925 figure?
 * That's grooming offences on Facebook-owned apps alone." claims 12,925 offences on those apps alone.
 */
export function withFigureSaidNext(sentences: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const figure = FIGURE_ASKED.exec(sentences[i] ?? '')?.[1];
    const next = figure ? SAYS_WHAT_IT_IS.exec(sentences[i + 1] ?? '')?.[1] : undefined;
    if (figure && next && !JUDGED.test(next)) {
      out.push(`${sentences[i]} ${sentences[i + 1]}`);
      i++;
    } else out.push(sentences[i] ?? '');
  }
  return out;
}

/** An emoji between words, with any joined to it. */
const EMOJI = /\s*\p{Extended_Pictographic}(?:\uFE0F|\u200D|\p{Extended_Pictographic})*\s+/gu;
/** Words that go on the sentence before: a place, a time, a base or a source after an emoji is the claim's own. */
const GOES_ON =
  /^(?:in|on|of|at|by|for|from|to|during|between|since|before|after|across|over|under|with|without|per|via|according|says?|said|reports?|claims?|source|a|an|the|lowest|highest|up|down|only|just|alone|too|also|or|was|were|is|are|be|been|has|have|had|did|does|do|used|accounted|made|makes|rose|risen|fell|fallen|went|got|grew|jumped|increased|decreased|dropped|hit|reached|involved|led|signed|urged|backed)\b|^\S+ (?:said|says) so\b/iu;
/** What opens a claim of its own after an emoji: a figure (not a year) within its first words. */
const OPENS_CLAIM =
  /^(?:\S+\s+){0,5}?(?:(?<!\d)\d(?!\d{3}\b)|(?:half|third|quarter|fifth|tenth|doubled|tripled)\b)/u;
const wordsIn = wordCount;

/**
 * A piece split where an emoji ends one claim and the next begins ("Grooming up 25% in lockdown says @NSPCC 😢
 * Childline counselling sessions up 40% too"): three words or more each side, what follows opening on a figure of its
 * own (not a year), and no part of the claim before ("12,925 offences 🚨 in Scotland", "Snapchat 👻 was used in 51%",
 * "1,220 grooming cases 😡 happened in Scotland", "Grooming rose 10% 😢 NSPCC research for Scotland" stay one claim).
 */
function splitAtEmoji(piece: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of piece.matchAll(EMOJI)) {
    const at = m.index ?? 0;
    const left = piece.slice(start, at);
    const right = piece.slice(at + m[0].length);
    if (
      wordsIn(left) >= 3 &&
      wordsIn(right) >= 3 &&
      !GOES_ON.test(right) &&
      OPENS_CLAIM.test(right.trimStart())
    ) {
      out.push(left.trim());
      start = at + m[0].length;
    }
  }
  out.push(piece.slice(start).trim());
  return out.filter(Boolean);
}

/** A sentence without its question frame and trailing "right?". */
export function stripFrame(
  sentence: string,
  namesSomeone: (text: string) => boolean = () => false,
  speaksOfTopic: (text: string) => boolean = () => true,
  namesScope: (text: string) => boolean = () => true,
  creditsSomeone: (text: string) => boolean = () => false,
): string {
  let s = sentence
    .trim()
    .replace(/^(?:[-*•>]+|\(?\d{1,2}[.)])\s+/u, '')
    // A greeting ("Hi Sam,", "Hi all,") and a label before a colon ("Notes from Tuesday standup – Sam:", "Fact box:").
    .replace(GREETING, '')
    .replace(REACTION_LEAD, '')
    .replace(LABEL, '')
    // An ask to check what follows ("fact check - …", "confirm - …", "verify: …"): no part of the claim.
    .replace(CHECK_OPENER, '')
    .replace(NUMBERED_LEAD, '')
    // A list's first item after its label ("notes: 1) …").
    .replace(/^\(?\d{1,2}\)\s+/u, '');
  // A label of what follows, unless it says whose it is or what it is about ("Facebook's take:", "Scotland summary:",
  // "Lockdown recap:" are the claim's speaker, place and period).
  const labelled = LABELLED_LEAD.exec(s);
  if (labelled && !namesSomeone(labelled[0]) && !namesScope(labelled[0])) s = s.slice(labelled[0].length);
  // Any other short lead before a colon or a dash that speaks of nothing the packs know or lack ("Quick stat for the
  // newsletter:", "Colleagues —"; not "Facebook: 97%…", "Scotland: 3,000…", "Convictions for online grooming:").
  const lead = LEAD.exec(s);
  if (lead && (lead[1] ?? '').split(/\s+/u).length <= 6 && !speaksOfTopic(lead[1] ?? ''))
    s = s.slice(lead[0].length);
  // Where the claim was met ("someone on twitter says"), when nothing refers back to it.
  const medium = mediumFrame(s);
  if (medium?.at === 0) s = s.slice(medium.frame.length);
  for (let i = 0; i < 3; i++) {
    const hearsay = HEARSAY.exec(s)?.[0];
    const initials = NOTED_BY_INITIALS.exec(s);
    const next =
      hearsay && !namesSomeone(hearsay)
        ? s.slice(hearsay.length)
        : initials && !namesSomeone(initials[1] ?? '')
          ? s.slice(initials[0].length)
          : s.replace(FRAME, '');
    if (next === s) break;
    s = next;
  }
  // A closing contrast that names who the claim rules out ("…, not the Facebook spokesman", "…, not the BBC"): the
  // claim is what comes before it, as does one naming another name ("…, not TikTok"). (Not one that says what is
  // counted: "…refers to offenders, not victims".)
  s = s.replace(TRAILING_ASK, '').replace(FILLER_AFTER, '$1').replace(TRAILING_FILLER, '');
  const contrast = CONTRAST_TAIL.exec(s);
  const ruledOut = (contrast?.[1] ?? '').trim();
  const head = contrast ? s.slice(0, contrast.index) : '';
  if (
    contrast &&
    // A name the packs do not know ("…, not TikTok"), or someone ruled out beside the one the claim credits.
    ((/^\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,2}$/u.test(ruledOut) && !namesSomeone(ruledOut)) ||
      ((namesSomeone(ruledOut) || SPEAKER_ROLE.test(ruledOut)) && creditsSomeone(head)) ||
      // …or others after one singled out ("on Facebook itself, not WhatsApp or Insta"); not after a group the
      // ruled-out one belongs to ("Facebook-owned apps, not WhatsApp" excludes part of what is counted).
      (namesSomeone(ruledOut) && SINGLED_OUT.test(head)))
  )
    s = s.slice(0, contrast.index);
  return s.trim();
}

const SINGLED_OUT = /\b(?:itself|alone|only|on its own|by itself|main app|solely|just)\b/iu;
const CONTRAST_TAIL =
  /(?:,\s*(?:and |but )?|(?<=\b(?:said|says|wrote|did|made|gave|tweeted) (?:it|this|that) ))not (?!even\b|only\b|just\b|counting\b|including\b)(?:the |a |an )?([\p{L}'’ -]{1,40})$/u;
/** Someone a claim may credit by role rather than name. */
const SPEAKER_ROLE =
  /\b(?:spokes\w*|journalist|reporter|editor|columnist|ceo|boss|chief|minister|secretary|charity|police|newspaper|paper)\b/iu;

/**
 * Verbs by which someone says, wants or does something : "the NSPCC warns…", "and fears ongoing restrictions
 * will…". With a subject of its own a clause so opened is a claim of its own, and so is one that goes on with the
 * subject before it ("…says the pandemic is a 'perfect storm' and fears…").
 */
const SAYS =
  'says|said|warns|warned|fears|feared|wants|wanted|insists|insisted|claims|claimed|accused|accuses|demands|demanded|urges|urged|calls|called|wrote|writes|believes|thinks|reckons|argues|argued|backs|admits|admitted';

const JOINS =
  /,?\s+(?:and|n|&|but|while|whereas|although|though|yet|with|plus|then|as|of which|whilst|so no wonder)\s+|,\s+|\s+[-–—]+\s+(?:(?:and|but|while|plus)\s+)?/giu;

/**
 * "that" opening a second thing reported: "and that 40% of…", "and that Unicef was one of the signatories". Not "that"
 * as a pronoun before its verb ("and that was…", "and that covers the whole UK", "and that only counts instances…"),
 * nor a clause about the figure before ("and that the figure covers Scotland too"): those say more of the claim before.
 */
const REPORTED_SECOND =
  /^that\s+(?!(?:was|is|were|are|'s|s|its|this|these|those|there|which|would|will|has|had|it|they)\b)(?!(?:he|she)\s+(?:was|is|'s)\s+(?!\p{L}+ing\b)\S+\s*\S*\s*[.!?]*$)(?!(?:\p{L}+ly\s+|only\s+|just\s+|also\s+|even\s+)?(?:means?|meant|makes?|made|covers?|covered|includes?|included|counts?|counted|refers?|referred|applies|applied|relates?|excludes?|shows?|showed|proves?|suggests?|goes|went|comes|came|happened|seems?|sounds?|looks?|matches|fits|accounts?)\b)(?!(?:the|this|that)\s+(?:figure|number|stat|statistic|data|total|share|rise|count|percentage|one)\s+(?:\p{L}+ly\s+|only\s+|also\s+)?(?:covers?|covered|includes?|included|is|was|counts?|counted|refers?|applies|excludes?|relates?)\b)/iu;
/**
 * …or a pronoun, when what follows names whom the claim puts in place of the source's ("and that it was the Met
 * Police that backed his call", "and that it was Keir Starmer he was lobbying") or gives a figure of its own ("and that
 * it employs 35,000 safety staff"). Else it says more of what the claim before names ("…, and that it was TikTok",
 * "…, and that they accused Facebook…"), and is read with it.
 */
const CLEFT = /^that\s+it\s+(?:was|is|'s)\s+(?:the\s+)?[^,.;]{2,40}?\s+(?:who|that|he|she|they)\s+\p{L}/iu;
const PRONOUN_SECOND = /^that\s+(?:it|they)\s+/iu;
const reportsSecond = (right: string): RegExpExecArray | null => {
  const opening = /^that\s+/iu.exec(right);
  if (!PRONOUN_SECOND.test(right)) return REPORTED_SECOND.exec(right);
  return CLEFT.test(right) || statesFigure(untilNextJoin(right)) ? opening : null;
};
/** Whose figures or words they are: "the figures came from Ofcom", "the quotes were from the BBC". */
export const SOURCED =
  /\b(?:came|come|comes|were|was|are|is)\s+(?:from|by)\s+(?:the\s+)?\p{L}|\b(?:compiled|published|reported|quoted|carried out|done|produced|commissioned)\s+by\b|\bhad the (?:quotes?|story|figures|interview)\b/iu;
/** A verb that reports what someone said or found. */
const REPORTING =
  /\b(?:says?|said|saying|reckons?|claims?|claimed|told (?:me|us)|tells (?:me|us)|found|finds|reports?|reported|wrote|writes|heard|read(?= that\b)|saw(?= that\b)|thinks?|insists?|insisted|argues?|argued|suggests?|suggested|states?|stated)\b/iu;

/**
 * A clause with a subject and a verb of its own: "the call was backed…", "twitter was in 3%", "12,925 offences were
 * recorded…". (Not one that points back, "and that was in Scotland alone", which qualifies the claim before it.)
 */
const NEW_CLAUSE = new RegExp(
  String.raw`^(?!(?:that|it|its|it's|this|which|there|these|those|they|he|she|so|then|was|were|is|are|has|have|had|did|does|got|came|rose|fell|went|found|signed|backed|used|accounted|made|led|announced|also|still|only|just|now|${SAYS})\b)(?:(?:the|a|an|their|his|her)\s+)?(?:[\p{L}\p{N}'’,.%-]+\s+){1,4}?(?:was|were|is|are|has|have|had|did|does|got|came|rose|fell|went|found|signed|backed|used|accounted|made|led|announced|${SAYS})\b`,
  'iu',
);
/** A year named anywhere in a side ("…tweeted it on 6 Feb 2020"). */
const A_YEAR = /\b(?:19|20)\d\d\b/u;
/** A label that notes something on the claim before rather than opening another item: "Note:", "NB:", "Edit:". */
const NOTE_LABEL =
  /^(?:notes?|nb|n\.b\.?|caveat|edit|update|correction|clarification|ps|p\.s\.?|fyi|btw|context|source|sources|warning|disclaimer)$/iu;
/** A side that says more of the figure before: "which were all in…", "all of them were…", "though it was…". */
const QUALIFIES_BEFORE =
  /^(?:which|who|where|whereas|though|although|all of (?:them|those|these)|both|each|none|most|some|only|mainly|mostly|including|excluding)\b/iu;
/** A label naming whose words follow by role or name: "FB spokesperson", "NSPCC chief", "Wanless". */
function namesSpeaker(label: string, isName: (phrase: string) => boolean): boolean {
  return (
    isName(label) ||
    label.split(/\s+/u).some((w) => isName(w)) ||
    SPEAKER_ROLE.test(label) ||
    /\b(?:report|study)\b/iu.test(label)
  );
}

/** A deed done to it, credited or dated: "it was shared by IANSLIFE on 6 March 2020", "it was sent to Boris". */
export const DONE_TO_IT =
  /^(?:(?:and|but|so)\s+)?(?:it|they|this|that|which)\s+(?:was|were|is|are|has been|have been|had been)\s+(?:\p{L}+ly\s+)?\p{L}+(?:ed|en|t)\s+(?:by|to|on|in|at|from)\b/iu;
/** A passive deed credited to someone, its subject left out: "was led by Barnardo's", "was addressed to the PM". */
export const SECOND_DEED =
  /^(?:was|were|is|are|has been|have been|had been)\s+(?:\p{L}+ly\s+)?(?:led|backed|supported|endorsed|organi[sz]ed|coordinated|written|sent|addressed|launched|started|commissioned|funded|published)\s+(?:by|to)\s+\S/iu;
/**
 * A deed told of what the clause before names, after a bare comma: "…signed that open letter to facebook, led by the
 * children's commissioner", "…, coordinated by Barnardo's", "…, addressed to Boris Johnson".
 */
export const PARTICIPLE_DEED =
  /^(?:\p{L}+ly\s+)?(?:led|backed|supported|endorsed|organi[sz]ed|co-?ordinated|written|sent|addressed|launched|commissioned|funded|published|cited|quoted|reported|announced|posted|tweeted|shared|aimed)\s+(?:by|to|at)\s+\S/iu;
/** A passive deed credited to someone: "was signed by", "were backed by". */
const PASSIVE_DEED = /\b(?:was|were|is|are|been)\s+(?:\p{L}+ly\s+)?\p{L}{3,}(?:ed|en)\s+by\b/iu;
/** A subject, then a figure told of it in passing: "The open letter, signed by more than 100 organisations". */
const APPOSITIVE_FIGURE =
  /^[^,]{2,80},\s+(?:\p{L}+ly\s+)?\p{L}{3,}(?:ed|en)\s+(?:by|in|to|at|from|for)\s+[^,]+$/u;
/** After a deed told in passing, the sentence's own verb going on: ", signed the letter", ", have written to…". */
const MAIN_VERB_GOES_ON =
  /,\s+(?:(?:have|has|had|then|also|all|jointly)\s+)?(?:signed|sign|signs|wrote|write|writes|written|sent|send|sends|urged|urge|urges|called|call|calls|demanded|demand|have|has|was|were|is|are)\b/iu;
/** A clause of what "he" or "she" said, wants or did ("he wants tech bosses held criminally responsible"). */
const HE_SAYS = new RegExp(
  String.raw`^(?:he|she)(?:\s+|['’]s\s+(?=the\b|a\b|an\b|not\b))(?:\p{L}+ly\s+)?(?:${SAYS}|wants?|wanted|called|calls|urged|urges|warned|warns|accused|accuses|backed|backs|announced|wrote|writes|has|had|is|was|the|a|an|not)\b`,
  'iu',
);
/** A second thing the same subject says or wants: "…and fears ongoing restrictions will feed the surge". */
export const SECOND_SAYING = new RegExp(
  String.raw`^(?:also\s+)?(?:${SAYS})\s+(?!(?:it|so|this|them)\b)\S`,
  'iu',
);
const CREDITED = new RegExp(String.raw`\b(?:by|announced|backed|signed|led|quoted|reported|${SAYS})\b`, 'iu');
/**
 * A word pointing back to the claim before ("and zuckerberg said it in march 2019"): one claim, not two. ("it'd give
 * offenders a place to hide" opens what is said, as "it would" does.)
 */
const POINTS_BACK =
  /\b(?:it|them)\b(?!['’](?:d|ll|s)\b|\s+(?:is|was|has|had|will|would|could|can|gives|stamps|removes|finds|\p{L}+s)\b)|\b(?:that|this|these|those) (?:was|is|were|are|figure|number|stat|claim|one)\b/iu;
/**
 * A clause ending on its deed done to what came before: "the NSPCC backed them", "Facebook denied it", "it was
 * zuckerberg who said it".
 */
export const DEED_ON_IT =
  /^\S+(?:\s+\S+){0,3}\s+(?:\p{L}+(?:ed|s)|said|did|made|wrote|ran|led|sent|told|put)\s+(?:them|it)\s*[.!?]*$/u;
/** Most words a comment after a claim has ("its not just a covid thing"); a longer one may claim something. */
const COMMENT_WORDS = 6;
/** A comment after a claim: "its not just a covid thing", "which is shocking", "thats insane". */
export const COMMENT_AFTER = new RegExp(
  String.raw`^(?:(?:it'?s|its|that'?s|thats|this is|which is|which was) (?:(?:so |really |pretty |absolutely |genuinely )?(?:crazy|insane|shocking|mad|wild|scary|sad|awful|terrible|grim|disgusting|worrying|alarming|horrific|horrible|bad|nuts)|not just (?:a |an |the )?[\p{L}-]+(?: thing)?)|lol|smh|wow|fair enough|about (?:bloody |damn )?time|${NOT_SURPRISED}|unsurprisingly|typical|go figure|as expected|shocking|grim|scary|sad|crazy|insane|wild|(?:the|such) irony|sure jan|(?:my|our|a|me) (?:[\p{L}'-]+ ){0,2}?(?:sent|shared|posted|forwarded|showed|linked)(?: (?:me|us))?(?: (?:it|this|that|the (?:article|link|story|post|piece|screenshot|thread)))?)[\s.!?]*(?:lol|lmao|tbh|honestly|smh)?[\s.!?]*$`,
  'iu',
);

/** A finite verb: what a clause has and a lead ("Between April 2017 and March 2020,", "Per the NSPCC,") lacks. */
const HAS_VERB = new RegExp(
  String.raw`\b(?:was|were|is|are|has|have|had|did|does|got|came|rose|fell|went|found|signed|backed|used|made|led|${SAYS}|\p{L}{3,}ed)\b`,
  'iu',
);

/**
 * A clause opening on a name the packs know, its verb and what it says: "nspcc said abuse…", "the NSPCC warns abuse…"
 * (not a closing credit, "…, the NSPCC said.", which names the claim's speaker).
 */
export function namedSubject(clause: string, isName: (phrase: string) => boolean): boolean {
  const subject = new RegExp(
    String.raw`^(?:(?:the|a|an)\s+)?((?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)\s+(?:${SAYS}|was|were|is|are|has|have|had|backed|signed|led|found)\s+(?:\S+\s+\S|(?:them|him|her|it|this|that|these|those)\b)`,
    'iu',
  ).exec(clause)?.[1];
  if (!subject) return false;
  // (A capitalised name the packs do not know is a subject too: "…, Johnson said he would".)
  if (/^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?$/u.test(subject)) return true;
  const words = subject.split(/\s+/u);
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j <= words.length; j++) if (isName(words.slice(i, j).join(' '))) return true;
  return false;
}

/** A leading phrase naming the cases a later figure is a share of ("Of the 1,220 cases", "Across the 12,925"). */
const BASE_FIRST =
  /^\s*(?:across|of|among|amongst|out of|from|within) (?:the |all |those |these )?(?:[\d,.]+k?|\w+ thousand)\b/iu;

/**
 * The side after a cut up to a dash, a second thing reported or a contrast: "over 100 charities and groups signed a letter — and
 * that Facebook banned 10,000 accounts" has no figure on the side "groups signed a letter" of its first "and".
 */
function untilNextJoin(right: string): string {
  const next = /\s+[-–—]+\s+|,?\s+and that\s+|,\s+(?:while|whereas|but|although|though|yet)\s+/u.exec(right);
  return next ? right.slice(0, next.index) : right;
}

/**
 * Splits a sentence into clauses at "and"/"but"/"while" where both sides hold a figure (`hasFigure`), so
 * "Instagram was used in over a third of cases and Snapchat in 20%" is two claims; `reported` when a frame that
 * reports it ("my mate says") was taken off the sentence.
 */
export function splitClauses(
  sentence: string,
  hasFigure: (text: string) => boolean,
  isName: (phrase: string) => boolean = () => false,
  reported = false,
  namesThing: (phrase: string) => boolean = isName,
): string[] {
  const cuts: Array<{ at: number; length: number }> = [];
  for (const m of sentence.matchAll(JOINS)) cuts.push({ at: m.index ?? 0, length: m[0].length });
  const clauses: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    const left = sentence.slice(start, cut.at);
    const right = sentence.slice(cut.at + cut.length);
    // "between 2017 and 2020" is one period; "Across the 12,925 offences…, 51% involved…" gives the base of
    // the figure after it, so both are one claim.
    const joiner = sentence.slice(cut.at, cut.at + cut.length);
    // ("n" and "&" join as "and" does: "insta in a quarter of cases n snapchat in 30%", "england n wales".)
    const plain = joiner.replace(/^(,?\s+)(?:n|&)(\s+)$/iu, '$1and$2');
    // "apr 2017 - mar 2020" is one span of dates.
    const range =
      (/\bbetween\s+(?:\p{L}+\.?\s+)?\S+$/iu.test(left) && /^,?\s+and\s+$/iu.test(plain)) ||
      (/\b(?:19|20)\d\d$/u.test(left.trimEnd()) &&
        /^\s+[-–—]+\s+$/u.test(joiner) &&
        /^(?:\p{L}+\.?\s+)?(?:19|20)\d\d\b/u.test(right));
    // A name joined by "and" ("England and Wales") is one name.
    const lastWord = /[\p{L}'’]+$/u.exec(left)?.[0];
    const nextWord = /^[\p{L}'’]+/u.exec(right)?.[0];
    const joined = lastWord && nextWord ? `${lastWord}${plain}${nextWord}` : '';
    // "facebook, whatsapp or insta and…": a comma between names of a list that goes on is no clause break.
    const nextName = /^([\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)\s*(?:,|\s(?:or|and|&)\s)/u.exec(right)?.[1];
    // (…nor "&" or "n" between two names: "Facebook, WhatsApp & Instagram".)
    const inList =
      lastWord !== undefined &&
      isName(lastWord) &&
      ((/^,\s+$/u.test(joiner) && nextName !== undefined && isName(nextName)) ||
        (/^\s+(?:&|n)\s+$/u.test(joiner) && nextWord !== undefined && isName(nextWord)));
    // "more then a third" is "more than", misspelt: one claim.
    const than =
      /^\s+then\s+$/iu.test(joiner) &&
      /\b(?:more|less|fewer|higher|lower|greater|bigger|smaller|rather|other)$/iu.test(left.trimEnd());
    // "someone says X, and that 40% of Y": a second thing reported, with a figure and a subject of its own, is a
    // claim of its own. ("…, and that was in 2021", "…, and that it was TikTok" only qualify the first.)
    const second = reportsSecond(right);
    if (
      second &&
      /^,?\s+and\s+$/iu.test(joiner) &&
      (reported || REPORTING.test(sentence.slice(0, cut.at))) &&
      // (…or whose it is, "…, and that the figures came from Ofcom", or any other statement of three words or more:
      // "…, and that Unicef was one of the signatories", "…, and that most were boys".)
      (hasFigure(right) || SOURCED.test(right) || wordsIn(right.slice(second[0].length)) >= 3) &&
      left.trim().split(/\s+/u).length >= 3
    ) {
      clauses.push(sentence.slice(start, cut.at).trim());
      start = cut.at + cut.length + second[0].length;
      continue;
    }
    // "X, and the call was backed by Y", "…than snapchat did, and twitter was in 3%": a second clause with a subject
    // and verb of its own, after a comma, is a claim of its own when either side states a figure.
    // "…, and he wants tech bosses held criminally responsible": a second statement of someone the side before names,
    // each a claim of its own however few figures there are.
    // (…or after a dash: "…the chance to turn the tide - he was speaking as NSPCC chair".)
    const heSays =
      (/^,?\s+(?:and|but)\s+$/iu.test(plain) || /^\s+[-–—]+\s+$/u.test(joiner)) &&
      HE_SAYS.test(right) &&
      HAS_VERB.test(left) &&
      wordsIn(left) >= 3 &&
      wordsIn(right) >= 4;
    const ownClause =
      (/^(?:,|\s+[-–—]+)\s+(?:and|but)\s+$/iu.test(plain) ||
        // (…and after a bare comma or "and", when its subject is a name the packs know: "fb said encryption is vital,
        // nspcc said abuse…", "…signed an open letter and facebook says it stamps out grooming".)
        (/^,?\s+(?:(?:and|but)\s+)?$/iu.test(plain) &&
          namedSubject(right, isName) &&
          // (Not a list of names, "Facebook, WhatsApp and Instagram were used…", nor after a lead with no verb of
          // its own, "Between April 2017 and March 2020, Instagram was used…".)
          !(lastWord && isName(lastWord)) &&
          HAS_VERB.test(left) &&
          // (…and only when the side before makes a claim of its own: a lead, "In Scotland, based on police data,", is
          // the scope of the clause after it, not a clause to drop.)
          hasFigure(left))) &&
      NEW_CLAUSE.test(right) &&
      // (A name's deed done to what the side before names is still its own claim: "…encryption plans, the NSPCC
      // backed them".)
      (!POINTS_BACK.test(right) || (namedSubject(right, isName) && DEED_ON_IT.test(right))) &&
      // (Only a clause with something to check: a figure, or a deed credited to someone; "…, and most were on
      // facebook apps" stays with its figure.)
      (hasFigure(right) || CREDITED.test(right)) &&
      wordsIn(left) >= 3 &&
      (hasFigure(left) || hasFigure(right));
    // "home office backed the nspcc call, and ofcom is gonna be the regulator": after a comma and "and" or "but", two
    // statements with subjects and verbs of their own, four words or more each, are two claims.
    // "…signed the open letter but it was sent to boris", "…the open letter, which was addressed to the PM": a deed
    // done to what the side before names is a claim of its own.
    const doneToIt =
      /^,?\s+(?:(?:and|but)\s+)?$/iu.test(plain) &&
      DONE_TO_IT.test(right) &&
      wordsIn(left) >= 3 &&
      HAS_VERB.test(left);
    // (…and a name's deed done to what the side before names: "npcc backed wanless's call, and the telegraph ran it".)
    const item = untilNextJoin(right);
    const doer =
      /^(?:the\s+)?([\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,2}?)\s+\p{L}+\s+(?:it|them)\s*[.!?]*$/iu.exec(
        item,
      )?.[1];
    const namedDeedOnIt = doer !== undefined && isName(doer);
    const twoSaid =
      /^,\s+(?:and|but)\s+$/iu.test(plain) &&
      (NEW_CLAUSE.test(right) || namedDeedOnIt) &&
      !QUALIFIES_BEFORE.test(right) &&
      (!POINTS_BACK.test(item) || namedDeedOnIt) &&
      wordsIn(item) >= 4 &&
      wordsIn(left) >= 4 &&
      HAS_VERB.test(left) &&
      !(lastWord && isName(lastWord));
    // "…, its not just a covid thing": a short comment ending the sentence states nothing to check. (Not "…, its not
    // just england its the whole uk", which does.)
    if (
      /^,\s+$/u.test(joiner) &&
      COMMENT_AFTER.test(right) &&
      !hasFigure(right) &&
      !/[\d,;]/u.test(right) &&
      wordsIn(right) <= COMMENT_WORDS &&
      wordsIn(left) >= 3
    ) {
      clauses.push(left.trim());
      start = sentence.length;
      break;
    }
    // "…was signed by more than 100 organisations and was led by Barnardo's": a second deed of the same subject,
    // credited to someone, is a claim of its own (read with the clause before for what it is about).
    const secondDeed =
      ((/^,?\s+and\s+$/iu.test(plain) &&
        (SECOND_DEED.test(right) || (SECOND_SAYING.test(right) && wordsIn(right) >= 4))) ||
        // (…and a second saying after "but": "…called lockdown a 'perfect storm' but said restrictions would…".)
        (/^,?\s+but\s+$/iu.test(plain) && SECOND_SAYING.test(right) && wordsIn(right) >= 4) ||
        // (…and "was" left out after a passive deed: "…was signed by more than 100 organisations and led by
        // Barnardo's".)
        (/^\s+and\s+$/iu.test(plain) && PASSIVE_DEED.test(left) && PARTICIPLE_DEED.test(right)) ||
        // (…after a clause with a verb of its own: "More than 100 organisations, led by the NSPCC, signed…" is one.)
        // (Nor one the sentence's own verb goes on after: "…groups, led by Barnardo's, signed the letter".)
        (/^,\s+$/u.test(joiner) &&
          PARTICIPLE_DEED.test(right) &&
          HAS_VERB.test(left) &&
          !MAIN_VERB_GOES_ON.test(right)) ||
        // (…and the sentence's own deed after a figure told in passing: "The open letter, signed by more than 100
        // organisations, was addressed to the UK government".)
        (/^,\s+$/u.test(joiner) &&
          APPOSITIVE_FIGURE.test(left) &&
          hasFigure(left) &&
          SECOND_DEED.test(right))) &&
      wordsIn(left) >= 3;
    // "…, met police backed it", "…, and 43 forces signed up to it": two statements, each a claim of its own. (Not a
    // list of names, "…said Facebook, WhatsApp and Instagram were…": after a name only ", and" or ", while" joins.)
    const statements =
      !(lastWord && isName(lastWord) && !/^,\s+\S+\s+$/u.test(joiner)) &&
      twoStatements(left, plain, right, {
        states: hasFigure,
        named: (text) => namedSubject(text, isName),
        ownClause: (text) => NEW_CLAUSE.test(text),
        hasVerb: (text) => HAS_VERB.test(text),
        pointsBack: (text) => POINTS_BACK.test(text),
      });
    // "…over a third of cases, and snapchat way more", "…, for adults too": a short closing clause leaning on the
    // claim before it is a claim of its own.
    const leans = leansOnClauseBefore(left, plain, right, hasFigure, namesThing);
    // "…, with the average victim aged 13", "…as arrests climb 25%": a closing clause with a number of its own.
    const numbered = numberedClause(left, plain, right, {
      states: hasFigure,
      hasVerb: (text) => HAS_VERB.test(text),
      pointsBack: (text) => POINTS_BACK.test(text),
      isName,
    });
    // "- FB spokesperson: >97%… - NSPCC: FB encryption gives…": a dash before a label naming whose words follow opens
    // another item of a list. (Not a note on the claim before: "… - Note: this is Scotland only", "- Edit: per month".)
    // (…and a dash before a statement with a figure or a year of its own: "…vital to protect privacy and security — plans
    // first announced by Zuckerberg in March 2018". Not one pointing back, "- that is Facebook, WhatsApp and Instagram
    // together", nor one qualifying the figure before, "- which were all in Northern Ireland", "- though it was…".)
    const dash = /^\s+[-–—•]+\s+$/u.test(joiner);
    const label = /^([\p{L}@#][\p{L}\p{N}'’ .&-]{0,30}):\s/u.exec(right)?.[1] ?? '';
    const nextItem =
      dash &&
      ((label !== '' && !NOTE_LABEL.test(label) && namesSpeaker(label, isName)) ||
        (wordsIn(left) >= 4 &&
          wordsIn(item) >= 4 &&
          HAS_VERB.test(left) &&
          HAS_VERB.test(item) &&
          // (…unless it dates what it points back to: "- IANSLIFE tweeted it on 6 Feb 2020".)
          (!POINTS_BACK.test(item) || A_YEAR.test(item)) &&
          !QUALIFIES_BEFORE.test(item) &&
          // (Not a question about the side before: "… - does the report actually say that?".)
          !/\?\s*$|^(?:does|do|did|is|are|was|were|can|could|should|has|have|will|would|isn'?t|doesn'?t|right|true|really)\b/iu.test(
            item,
          ) &&
          (statesFigure(item) || A_YEAR.test(item))));
    if (
      !range &&
      !than &&
      !inList &&
      !BASE_FIRST.test(left) &&
      (secondDeed ||
        nextItem ||
        twoSaid ||
        doneToIt ||
        leans ||
        heSays ||
        statements ||
        (!(joined && isName(joined)) && ((hasFigure(left) && hasFigure(item)) || ownClause || numbered)))
    ) {
      clauses.push(left.trim());
      // ("…12,925 offences, of which more than half…" keeps its "of which": the share is of the figure before.)
      start = cut.at + (/of which\s+$/iu.test(joiner) ? joiner.search(/of which/iu) : cut.length);
    }
  }
  clauses.push(sentence.slice(start).trim());
  return clauses.filter(Boolean);
}
