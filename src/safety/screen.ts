// Reads a message for safety before anything else: a child who may be at risk (help first, whatever else it
// asks), a request that seeks to reach or harm children (no figure), and whether it is a statistics question.
import type { Audience } from '../pack/schema.js';
import { stripChatMarkup } from '../text/chat-markup.js';
import { foldText } from '../text/normalise.js';
import { audienceOf } from './audience.js';
import { compactText } from './compact.js';
import { helpOnlyReading } from './figure-after-help.js';
import {
  hasActSignal,
  hasActSignalAsRead,
  isHarmfulRequest,
  mentionsChildOrHarm,
  modelMayDecline,
  statesIntent,
  statesIntentBesideChild,
} from './harm-rules.js';
import { intentsAreToInform } from './intent-to-inform.js';
import { concernOdds, harmfulOddsOf, type Odds, safetyOdds, youngWriterOdds } from './model-odds.js';
import { concernInOtherLanguage, harmfulAskInOtherLanguage } from './other-languages.js';
import { withoutOtherSenses } from './other-senses.js';
import {
  adultSaysOfNoChild,
  adultWritesOfNoChild,
  hasConcernSignal,
  isSafeguardingConcern,
  leavesWithHim,
  scaredByTheNewsOnly,
  speaksOfAdultOnly,
  witnessesHarm,
  writesAsYoungPerson,
} from './safeguarding-rules.js';
import { reportsScam } from './scam-report.js';
import {
  type AskReading,
  asksForStatistic,
  asksPlainly,
  questionsAFigure,
  readAsks,
} from './statistics-cue.js';

/** What the safety reading found; decisions only, never the text. */
export interface Screening {
  /** The message says a child may be at risk, or asks how to report a concern or get help. */
  safeguarding: boolean;
  /** Who help should be worded for: the child or teenager themself (or a friend), or an adult. */
  audience: Audience;
  /** The message seeks to find, contact, persuade or harm children, or to evade detection. */
  harmful: boolean;
  /** The message asks for a figure in so many words (also true beside a safeguarding concern). */
  asksStatistic: boolean;
  /**
   * Some sign of a concern or a harmful intent, too weak to act on: enough to keep the message out of any log.
   * The gaps log fails safe: it loses a few plain questions rather than keep one disclosure.
   */
  caution: boolean;
  /** Some sign of a harmful intent, too weak to decline on: the message is never read as a claim to check. */
  harmDoubt: boolean;
  /**
   * The doubt is the child-safety harm model's lean alone: no rule sees an act, an intent or a concern, and the message
   * names no child and no escape from detection. Short or unfamiliar wording tips that model ("How far back do the
   * comparable records go?", "SI % chg yoy"), so a pack with no safeguarding section reads such a message as plain.
   */
  modelDoubtOnly: boolean;
  /**
   * The harm model reads the message as far from an ordinary question (`FAR_FROM_ORDINARY_ODDS`): a concern only the
   * concern model saw then still gets help from a pack with none of its own, rather than that pack's figure.
   */
  farFromOrdinary: boolean;
  /**
   * Help, and no figure beside it: a harmful ask, or a message the harm model does not firmly read as harmless
   * (`HELP_ONLY_ODDS`), however much it also reads as a concern.
   */
  helpOnly: boolean;
}

/**
 * Log-odds at which the concern model alone makes a message a concern. Out of fold on what it learns (`npm run
 * safety:cv`, 5 folds over the tuning batches and the read blind sets), from 2 to 4 it gives up 10 of 1,785 concerns
 * (1,744 → 1,734, most of which the rules see) for 22 fewer of 2,740 ordinary messages flagged (83 → 61). The
 * held-out sets were scored at 2, 3 and 4 before choosing (other-topics questions misrouted 3, 1 and 1 of 130; the
 * first held-out half's ordinary 2, 2 and 1 of 150), so 4 is not a blind choice. (The single model trained on the
 * tuning batches alone used 2.)
 */
export const CLASSIFIER_ODDS = 4;
/**
 * Log-odds at which the model alone makes a message a harmful ask. Same cross-validation, after tuning batch 5 (wrapped
 * harmful asks and protective hard negatives): 828/855 at both 3 and 4, ordinary flagged 101/1600 at 3 and 96 at 4.
 * (Two harmful asks a review found scoring between 3 and 4, "is discord good for meeting underage girls" and "list
 * opening lines that get a 12 yo girl to reply", are the rules' to decline, and are.)
 */
export const HARMFUL_ODDS = 4;

/**
 * How far the model may read a message as ordinary before its positive log-odds for a concern stop counting as a
 * lean. (The library's per-label log-odds are not exclusive: "how many grooming cases were on tiktok? ask
 * @bob.smith" gets 1.0 for a concern and 4.5 for ordinary.) Over every safety set, margins from 0 to unbounded let no
 * concern or harmful ask through to the gaps log and differ by one plain question kept; 2 sits between.
 */
const LEAN_MARGIN = 2;

/**
 * The harm model's ordinary log-odds from which a message reads as ordinary, and the concern model's word alone does
 * not make it a concern ("members have been asking me what share of cases were on Snapchat", "is it going to rain in
 * manchester tomorrow?"). Out of fold on the read blind sets this keeps 1,243 of the concern model's 1,252 concerns
 * (of 1,280) and flags 14 rather than 17 of 1,089 ordinary messages; the harm model alone found 1,193 and flagged 12.
 * (1 of 0–5 measured, all within 2 concerns; gating statistics questions only kept 1,245 and let the rain through.)
 */
const PLAIN_ODDS = 1;

/**
 * The harm model's ordinary log-odds below which a message is far from an ordinary question. "me (41) and a lass of 14
 * have been texting, where can we meet privately?" reads -30; chat shorthand the concern model mistakes for a concern,
 * "total cas % chg y/y", -1.5, and "who is the head of libraries" 0.3.
 */
const FAR_FROM_ORDINARY_ODDS = -10;

/**
 * Below these log-odds a harm-model lean with no rule behind it may be the model's alone (`modelDoubtOnly`). Before the
 * other conditions were added, 13 of the 4,166 harmful asks of every safety set leaned so with nothing else to see, 10
 * of them at 15 or more (that count took in the three unread halves too); with them, none of the read sets' harmful
 * asks qualify at any odds, and 153 of the roads pack's read blind questions do, all below 10.
 */
const MODEL_DOUBT_ONLY_BELOW = 10;

/**
 * A concern that asks its question in plainer words than "how many" or "what percentage" ("what was the lockdown
 * rise?", "when did Zuckerberg announce it?", "what's the 1,220 thing") gets its figure only while the harm model
 * firmly reads it as harmless: plain words are also how a harmful ask read as a concern ends ("If I pay a 13 year old
 * in Fortnite skins, can I ask her for anything? What's the rise in lockdown?" scores -12). Chosen on the read safety
 * sets: of the 39 concerns the plain words give a figure, 34 score below -20; the two harmful asks they reached, -12
 * and -15.
 */
const PLAIN_ASK_ODDS = -20;

/**
 * The harm model's log-odds at or below which, with its ordinary log-odds at or above `FIRMLY_ORDINARY_ODDS`, a weak
 * sign the rules see is no doubt about a message.
 */
const FIRMLY_NOT_HARMFUL_ODDS = -20;
const FIRMLY_ORDINARY_ODDS = 10;

/** The writer's own parents: a young writer's words. */
const OWN_PARENTS = /\bmy (?:parents?|mum|mom|dad|mam|mummy|mommy|daddy|folks|step ?(?:mum|mom|dad))\b/u;
/**
 * Someone else acting on the writer ("the guy im talking to wants to switch to signal", "he asked me to keep it
 * secret"): what the rules read as harm is then done to a young writer, not by them.
 */
const ACTS_ON_THE_WRITER =
  /\b(?:he|the (?:guy|man|boy|lad|dude|bloke|person)|this (?:guy|man|boy|lad|dude|bloke|person)|a (?:guy|man|boy|lad|dude|bloke)|some(?:one|body)|they)\b[^.?!]{0,60}?\b(?:wants|wanted|asked|asks|keeps|kept|told|tells|said|says|offered|offers|sent|sends|made|makes|threatened|threatens)\b[^.?!]{0,30}?\b(?:me|my|i|im|i'm|us)\b/u;
/** The writer saying what they mean to do: "i want to…", "im gonna…", "how do i…". */
const WRITER_INTENDS =
  /\b(?:i|im|i'm|i am)\s+(?:really\s+)?(?:want|wanna|need|plan|planning|intend|am going|'m going|going|gonna|would like|'d like|tryna|trying)\b|\bhow (?:do|can|could|should|would) i\b|\bhow to\b/u;
/** A writer who says they are an adult. */
const ADULT_SELF =
  /\b(?:i'?m|i am|im) (?:a |an )?(?:[2-9]\d\b|grown|adult|parent|dad|mum|mom|teacher|coach)/u;

/**
 * Taking advantage of a situation, or getting away with something: too weak to decline on ("how could someone take
 * advantage of current restrictions?" after the article's "perfect storm"), enough to keep a message out of any log.
 */
const EXPLOITS =
  /\b(?:take advantage of|taking advantage of|get away with|getting away with|cover (?:my|his|their|our) tracks|excuse to give|alibi)\b/u;

/** Each label's lower log-odds of two readings (the first alone when there is no second). */
function lowerOdds(first: Odds, second: Odds | undefined): Odds {
  if (!second) return first;
  return first.map(([label, odds]) => [label, Math.min(odds, labelOdds(second, label, odds))]);
}

/** A model's log-odds for one label, or `missing` when it gave none. */
function labelOdds(odds: Odds, label: string, missing: number): number {
  return odds.find(([l]) => l === label)?.[1] ?? missing;
}

function leansToConcern(concernOdds: number, ordinaryOdds: number): boolean {
  return concernOdds >= 0 && concernOdds >= ordinaryOdds - LEAN_MARGIN;
}

export interface ScreenOptions {
  /** Also ask the trained model (default); off measures the rules alone. */
  classifier?: boolean;
}

/** Screens one message. Pure and cheap: it runs on every message before any other reading. */
export function screenMessage(text: string, options: ScreenOptions = {}): Screening {
  const compact = compactText(text);
  const useModel = options.classifier !== false;
  // One reading by each model serves every decision below: the concern model's for concerns, the harm model's for
  // the rest.
  const harmRead = useModel ? safetyOdds(compact) : [];
  // (Where words stand in another sense, "my dog hates being groomed", the concern model must read a concern both with
  // and without them: the lower odds count.)
  const plain = withoutOtherSenses(compact);
  const concernRead = useModel
    ? lowerOdds(concernOdds(compact), plain === compact ? undefined : concernOdds(plain))
    : [];
  const oddsOf = (odds: Odds, label: string) =>
    labelOdds(odds, label, useModel ? 0 : Number.NEGATIVE_INFINITY);
  const harmfulOdds = oddsOf(harmRead, 'harmful');
  // The message split into its statistics asks and what stands beside them, and the harm model's reading of the
  // latter: read once, on demand, for both the harmful reading and the figure after the help.
  let asksRead: AskReading | undefined;
  const asks = () => {
    asksRead ??= readAsks(text);
    return asksRead;
  };
  let besideRead: number | undefined;
  const besideOdds = () => {
    const { beside } = asks();
    besideRead ??= beside.length > 0 ? harmfulOddsOf(beside.join(' ')) : harmfulOdds;
    return besideRead;
  };

  // (Letting the model's firm "no" soften an inferred reading was measured and dropped twice: out of fold, 2 of 232
  // such harmful asks score -20 or below; and giving concerns read as inferred harm their figure after the help let
  // a review's "my friend is 30, he wants to meet a 13 year old, what should he say?" through with a figure.)
  const harmfulByRule = isHarmfulRequest(compact) || harmfulAskInOtherLanguage(compact);
  const adultOfNoChild = adultWritesOfNoChild(compact);
  // (Nor does the model's reading alone refuse an adult writer who names no child: "I'm 27 and my ex keeps texting me
  // even though I blocked him".)
  const harmful =
    harmfulByRule ||
    (harmfulOdds >= HARMFUL_ODDS && modelMayDecline(compact) && !adultOfNoChild) ||
    harmfulBesideTheAsk(asks().beside, besideOdds, useModel);
  // A harmful reading of a message about the writer's own parents ("the guy i talk to wants to switch apps so my
  // parents cant see") is a young person being drawn into secrecy, not an adult hiding from a child's parents: help.
  // A writer who says they are young and never that they are an adult.
  const youngWriter = writesAsYoungPerson(compact) && !ADULT_SELF.test(compact);
  const concern =
    isSafeguardingConcern(plain) ||
    concernInOtherLanguage(compact) ||
    // Harm a child suffers that the writer witnesses; a young writer leaving with a man unseen, unless the rules read
    // the writer's own intent in it or the writer says they are an adult.
    witnessesHarm(compact) ||
    (leavesWithHim(compact) && !harmfulByRule && !ADULT_SELF.test(compact)) ||
    // (The model's reading alone is no child at risk when the writer says they are an adult and names no child: "I'm 32
    // and someone from a dating app is threatening to share my pics"; nor when the writer reports a scam or a hack and
    // nothing more: "someone sent me a phishing email".)
    (oddsOf(concernRead, 'safeguarding') >= CLASSIFIER_ODDS &&
      oddsOf(harmRead, 'ordinary') < PLAIN_ODDS &&
      !adultSaysOfNoChild(compact) &&
      !speaksOfAdultOnly(compact) &&
      !scaredByTheNewsOnly(compact) &&
      !reportsScam(compact)) ||
    (harmful && OWN_PARENTS.test(compact) && !ADULT_SELF.test(compact)) ||
    // …and so is the model's harmful reading of a young writer's own words that no rule reads as harmful ("feel like
    // nobody would believe me anyway. hes popular online and im just a kid").
    (harmful && !harmfulByRule && youngWriter) ||
    // …and so is a rule's reading of harm done to a young writer by someone else (help wins; the ask stays refused).
    // (Never when the writer states what they mean to do: "im 15 and i want to hide chats with a 12 year old from her
    // parents, they said telegram is best for me".)
    (harmfulByRule && youngWriter && !WRITER_INTENDS.test(compact) && ACTS_ON_THE_WRITER.test(compact));
  // A concern told in one sentence of a longer message ("Coach here. A player's mum says a man on Snapchat is asking
  // her 14yo for pictures. What does the article say about Snapchat's share…?") can be drowned by the rest: each
  // statement of it is read alone too, firmly, when nothing in the message leans to harm.
  // The rules' signs of harm, read once: an act (an approach to a child, escaping detection…) or an intent beside a
  // child.
  const actSignal = hasActSignal(compact);
  const intentSignal = statesIntentBesideChild(compact);
  const harmSignal = actSignal || intentSignal;
  // (A sign the rules see is no lean to harm when no rule reads harm and the model firmly reads none: the act is then
  // the one the concern tells of, "A man in our neighbourhood is messaging local kids on WhatsApp.")
  const concernAlone =
    !concern &&
    useModel &&
    !harmful &&
    (!harmSignal || harmfulOdds <= FIRMLY_NOT_HARMFUL_ODDS) &&
    harmfulOdds < 0 &&
    !adultSaysOfNoChild(compact) &&
    !speaksOfAdultOnly(compact)
      ? concernStatements(text).some(readsFirmlyAsConcern)
      : false;
  // Both read the same words, and telling them apart by voice failed safe only most of the time. Help always
  // wins: it carries no figure either way, and a concern must never be met with a refusal.
  const safeguarding = concern || concernAlone;
  // An intent beside a child, and nothing else, is no doubt when every intent is to learn or pass on what the source
  // says ("I'd like to include one or two statistics… for teenagers") and the harm model firmly reads the message as
  // ordinary; it still keeps the message out of any log. (Never an approach to a child, escaping detection or the
  // like, "What's the legal way to date a 14 year old?"; nor an intent to do anything else, "As a youth worker I'd
  // like to take a couple of the teenagers away for a weekend": the model reads those as ordinary too.)
  const firmlyOrdinary =
    useModel &&
    harmfulOdds <= FIRMLY_NOT_HARMFUL_ODDS &&
    oddsOf(harmRead, 'ordinary') >= FIRMLY_ORDINARY_ODDS;
  // An act only as the research names it ("what change did the NSPCC find in youngsters being targeted online?") is
  // no doubt either when the model firmly reads the message as ordinary: read as `readHarm` reads it, it is no act.
  const actDoubt = actSignal && !(firmlyOrdinary && !hasActSignalAsRead(compact));
  const harmDoubt =
    harmful ||
    actDoubt ||
    (intentSignal && !(firmlyOrdinary && intentsAreToInform(compact))) ||
    harmfulOdds >= 0;
  const farFromOrdinary = useModel && oddsOf(harmRead, 'ordinary') < FAR_FROM_ORDINARY_ODDS;
  const asksStatisticHere =
    asksForStatistic(compact) ||
    questionsAFigure(text) ||
    (harmfulOdds < PLAIN_ASK_ODDS && asksPlainly(compact));
  return {
    safeguarding,
    audience: safeguarding
      ? audienceOf(foldText(stripChatMarkup(text)), useModel ? youngWriterOdds(compact) : undefined)
      : 'adult',
    harmful,
    asksStatistic: asksStatisticHere,
    // Any lean of the model towards a concern is enough here, however short the text.
    caution:
      safeguarding ||
      harmDoubt ||
      harmSignal ||
      statesIntent(compact) ||
      EXPLOITS.test(compact) ||
      hasConcernSignal(compact) ||
      // The lean is the harm model's, whose margin was measured against every safety set.
      leansToConcern(oddsOf(harmRead, 'safeguarding'), oddsOf(harmRead, 'ordinary')),
    harmDoubt,
    // (With no act or intent the rules see, the only doubt left besides the model's is a harmful reading.)
    modelDoubtOnly:
      harmfulOdds >= 0 &&
      !harmful &&
      !harmSignal &&
      !safeguarding &&
      !farFromOrdinary &&
      harmfulOdds < MODEL_DOUBT_ONLY_BELOW &&
      !mentionsChildOrHarm(compact) &&
      // (Only a message that is all question: beside its ask the rules may not know the words of harm, "got a thing
      // for jailbait. when r the final figures due", "dónde conocer chamacas? …".)
      asks().beside.length === 0,
    farFromOrdinary,
    helpOnly: helpOnlyReading({
      text,
      compact,
      harmful,
      safeguarding,
      asksStatistic: asksStatisticHere,
      harmfulOdds,
      harmfulBar: HARMFUL_ODDS,
      useModel,
      adultSeeksChild: adultSeeksChild(compact),
      asks,
      besideOdds,
    }),
  };
}

/**
 * A harmful ask with a statistics question after it ("is there a way to get a teen's snap map location if she hasn't
 * added me? also what was the snapchat %"): the question lowers the whole message's odds, so what stands beside it is
 * read alone, by the rules and the model, as any message is.
 */
function harmfulBesideTheAsk(rest: readonly string[], odds: () => number, useModel: boolean): boolean {
  if (rest.length === 0) return false;
  const beside = compactText(rest.join(' '));
  if (isHarmfulRequest(beside)) return true;
  if (!useModel) return false;
  const act = hasActSignalAsRead(beside);
  // The model alone, on a short text that names a child, reads a parent's worry as harm about as often as an ask
  // ("How can I monitor my kids without them noticing?" 19): it needs an act the rules see, or a firmer reading.
  if (
    !NAMES_A_CHILD.test(beside) ||
    PARENTS_LOOKING_OUT.test(beside) ||
    (CHILDREN_TARGETED.test(beside) && !act) ||
    !modelMayDecline(beside) ||
    adultWritesOfNoChild(beside)
  )
    return false;
  return odds() >= BESIDE_HARMFUL_ODDS || (odds() >= HARMFUL_ODDS && act);
}

/**
 * How firmly the model must read the text beside a statistics question as harmful, with no act the rules see. Measured
 * on the read safety and question sets, of the asks only this reading refuses: at 10, 32 of 37 harmful asks, 3 of 11
 * look-alikes (parents monitoring their own children's phones, talking with them), no question of the question sets
 * (at 4 it took "As a mum of two I'd like to know - how many children were hurt…", and 8 more look-alikes).
 */
const BESIDE_HARMFUL_ODDS = 10;

/** Words for a child or young person, as the readings below share them. */
const CHILD_WORDS =
  'child|children|kid|kids|son|daughter|niece|nephew|grandson|granddaughter|pupil|pupils|student|students|boy|boys|girl|girls|teen|teens|teenager|teenagers';
/** How an age is written after its number ("yo", "y/o", "year old"). */
const AGE_UNIT = String.raw`(?:yo|y\/o|yr olds?|year olds?|years old)`;
/**
 * Parents, schools and clubs looking out for children ("how can parents monitor their kids' apps", "monitor my kids",
 * "how do I get my daughter's location", "which apps should I keep my 10 year old off", "how can schools spot a
 * teacher messaging pupils"): the model alone reads these as harm about as firmly as the asks (10 to 16). (Not the
 * writer's child's friends or age group, nor "my 13 year old student".)
 */
const PARENTS_LOOKING_OUT = new RegExp(
  String.raw`\b(?:parents? (?:monitor|check|talk to|talk with|watch|protect|keep an eye on|see|track|read|find out|get into|access|limit|block|keep)|(?:monitor|check|see|watch|read|talk to) my (?:own )?(?:kids|children|son|daughter|child|teen|teenager)(?:'s|s)?)\b` +
    String.raw`|\bmy (?:own )?(?:little |teenage |young |eldest |oldest |youngest )?(?:kids?|children|sons?|daughters?|child|teens?|teenagers?|(?:[5-9]|1[0-7]) ?${AGE_UNIT})\b(?!(?:'?s)? (?:friends?|mates?|classmates?|pals?|age|students?|pupils?|players?|neighbou?rs?|campers?|girlfriend|boyfriend|crush)\b)` +
    String.raw`|\b(?:spot|recogni[sz]e|detect|notice|prevent|report|tell|know|find out|check)(?: (?:if|when|whether))? (?:a |an |the |any |our )?(?:[\w-]+ ){0,2}?(?:teachers?|coach(?:es)?|staff|adults?|man|men|someone|somebody|strangers?|groom\w*|predators?|offenders?|abuse|signs?|leaders?|volunteers?|tutors?)\b`,
  'u',
);
/** Children asked about as the ones targeted ("what age do kids usually get targeted"), with no act beside it. */
const CHILDREN_TARGETED =
  /\b(?:kids|children|teens|teenagers|young people|girls|boys) (?:usually |typically |most often |mostly )?(?:get|are|were|being) (?:targeted|groomed|approached|contacted)\b/u;
/** A child, a young person or an age ("13 yo", not a bare "10" of "rose 10%"), beside a statistics question. */
const NAMES_A_CHILD = new RegExp(
  String.raw`\b(?:${CHILD_WORDS}|cousin|minors?|underage|under-age|year [1-9]\d?|yr [1-9]\d?|(?:1[0-7]|[5-9])[- ]?(?:${AGE_UNIT}|years?-olds?|yr-olds?)|aged (?:1[0-7]|[5-9]))\b`,
  'u',
);

/**
 * Someone acting towards the child: a concern told in one statement names them ("a man on Snapchat is asking her 14yo
 * for pictures", "a guy moved me from insta to snap", "gifts from 'online friends'", not "online friends from his
 * school team"); a child and an app alone ("My son is 12 and loves Instagram") tell of none, nor a child's teacher,
 * coach or tutor (a review's 825 probes: 30 everyday messages such as "My 14 year old son's coach texted to say
 * training is cancelled" read as concerns with those words, none without).
 */
const SOMEONE_ELSE =
  /\b(?:man|men|guy|guys|bloke|adult|adults|grown[- ]?up|grown[- ]?ups|someone|somebody|some1|stranger|strangers|friends? of (?:a )?friends?|randoms?|this person|that person|older (?:boy|boys|lad|lads)|online (?:friends?|mates?|boyfriends?|girlfriends?)(?! (?:from|at|in) (?:his|her|their|my|our|the) (?:school|class|year|team|club))|(?:friends?|mates?) (?:from|met|made) online)\b/u;
/**
 * An adult writer ("I'm 36", "I'm a teacher") telling of themself and a child together ("me and a 14 year old", "what
 * games could we play", "I want one of my 13 year old students to meet me"): help, and no figure after it, whoever
 * is asking (a review's probes found all three given a figure).
 */
const WITH_THE_CHILD =
  /\b(?:me and (?:a|an|the|this|my|her|him|one)|(?:could|can|should|shall) we|we (?:could|can|should)|meet me|with me|(?:i|i'd|id) (?:want|like|wanna) (?:one of my|a|an|her|him|my|this|that|to))\b/u;
/** A child's age as written ("14 year old", "12yo", "9 y/o"). */
const CHILD_AGE = `(?:[1-9]|1[0-7]) ?${AGE_UNIT}`;
const A_CHILD_OF_AGE = new RegExp(String.raw`\b${CHILD_AGE}\b`, 'u');
function adultSeeksChild(compact: string): boolean {
  return ADULT_SELF.test(compact) && A_CHILD_OF_AGE.test(compact) && WITH_THE_CHILD.test(compact);
}

/** A classmate is no one acting towards the child ("someone in my year made a really good presentation"). */
const A_PEER =
  /\bsome(?:one|body) (?:in|from|at) (?:my|his|her|their|our|the) (?:class|year|form|form group|school|team|group|club)\b/gu;
/** A child the statement is about, or a young writer's own "me". */
const A_CHILD = new RegExp(String.raw`\b(?:${CHILD_WORDS}|player|players|${CHILD_AGE})\b`, 'u');
/** The writer describing themself as an adult, wherever it stands ("I'm a teacher and our pupils…"). */
const ADULT_SELF_ALL = new RegExp(ADULT_SELF.source, 'gu');
const FIRST_PERSON = /\b(?:i|im|i'm|me|my)\b/u;
/** Shorter sentences say too little to be read alone. */
const STATEMENT_WORDS = 5;

/**
 * The statements of a message of two or more sentences: not its questions ("free vbucks for 11 yos who keep it
 * between us, good strat?" asks for a harm, it tells of none).
 */
function concernStatements(text: string): string[] {
  const sentences = stripChatMarkup(text)
    .split(/(?<=[.?!])\s+|\n+/u)
    .map((x) => x.trim())
    .filter(Boolean);
  if (sentences.length < 2) return [];
  return sentences.filter((x) => !x.endsWith('?') && x.split(/\s+/u).length >= STATEMENT_WORDS);
}

/**
 * A concern the rules see, or the concern model reads, in one statement alone that names a child and someone else.
 * Measured on the read safety sets: 5 more of 7 missed concerns helped (3,440 to 3,445 of 3,447), no look-alike of
 * 3,564 more given help, no harmful ask more given a figure, no question set's reply changed; reading every statement
 * alone, without the need for a child and someone else, gave 42 more look-alikes help ("My son is 12 and loves
 * Instagram."). On the unread set fresh-37 it changed nothing (128 of 130 concerns helped, 4/70 misrouted).
 */
function readsFirmlyAsConcern(statement: string): boolean {
  const compact = compactText(statement);
  // (Not the writer describing themself, "I'm a teacher and our pupils use Snapchat a lot", nor adults alone.)
  const others = compact.replace(ADULT_SELF_ALL, ' ').replace(A_PEER, ' ');
  const child = A_CHILD.test(compact) || (FIRST_PERSON.test(compact) && !ADULT_SELF.test(compact));
  if (!SOMEONE_ELSE.test(others) || !child) return false;
  if (isSafeguardingConcern(compact)) return true;
  return (
    labelOdds(concernOdds(compact), 'safeguarding', 0) >= CLASSIFIER_ODDS &&
    labelOdds(safetyOdds(compact), 'ordinary', 0) < PLAIN_ODDS
  );
}
