// The answering core, as a pipeline: screen for safety → understand (the kind, the analysis) → the kind's handler
// → a reply value. Pure.
import { compactText } from '../safety/compact.js';
import { hasHarmSignal } from '../safety/harm-rules.js';
import { rulesSeeConcern } from '../safety/safeguarding-rules.js';
import { type Screening, screenMessage } from '../safety/screen.js';
import { stripChatMarkup } from '../text/chat-markup.js';
import { foldText } from '../text/normalise.js';
import { saidIn } from './claims/said-in.js';
import { alternativesOf } from './decide/alternatives.js';
import { answerAskAlone } from './decide/ask-alone.js';
import { calibrated } from './decide/calibrate.js';
import { choosePackReply } from './decide/choose-pack.js';
import { answerPastToldFigure } from './decide/context-figure.js';
import {
  foreignName,
  knownOnlyTo,
  knownShare,
  ownsNamed,
  packsCalledLoosely,
  packsNamedByKind,
} from './decide/pack-fit.js';
import { answerTimeBetween, answerWhichFirst } from './handlers/comparison/compare-order.js';
import type { PriorTurn } from './handlers/follow-up/follow-up.js';
import type { Asked } from './handlers/handler.js';
import { HANDLERS } from './handlers/registry.js';
import { asksForHelpService, asksHowToReport } from './handlers/safeguarding/help-resources.js';
import type { Reply } from './reply.js';
import { coveredList, decline } from './respond/decline.js';
import { decisionOf, explainReply } from './respond/explain.js';
import { type FactIndex, factKey, type IndexedFact } from './retrieve/build-index.js';
import { namedNumbers } from './retrieve/candidates.js';
import { scoreFacts } from './retrieve/score.js';
import { type Analysis, analyseText } from './understand/analyse.js';
import { questionFocus } from './understand/focus.js';
import { type QuestionKind, readKind, readsAsClaim } from './understand/read-kind.js';
import { readQuestion } from './understand/read-question.js';

export type { PriorTurn } from './handlers/follow-up/follow-up.js';
export { helpResources } from './handlers/safeguarding/help-resources.js';

/** Longest question text the core reads; the rest is ignored (chat messages can be huge). */
export const MAX_QUESTION_CHARS = 1000;

/** Options for answering. */
export interface AnswerOptions {
  /** The previous answered turn of this conversation, for follow-ups. */
  prior?: PriorTurn;
  /** The safety reading of this message, when the caller has already made it. */
  screening?: Screening;
  /** Add how the message was understood and why it got its reply (`reply.explain`). */
  explain?: boolean;
}

/** The safety reading of a raw message, exactly as `answerQuestion` makes it. */
export function screenQuestion(rawQuestion: string): Screening {
  return screenMessage(rawQuestion.slice(0, MAX_QUESTION_CHARS * 4));
}

/**
 * Answers one question from the indexed packs. Never throws on any input string. An answer's confidence is the
 * calibrated chance that it is right (decide/calibrate.ts); any other reply's is its best match's score.
 */
export function answerQuestion(rawQuestion: string, index: FactIndex, options: AnswerOptions = {}): Reply {
  const reply = answerUncalibrated(rawQuestion, index, options);
  const final = calibrated(questionText(rawQuestion), index, reply);
  return final !== reply && final.explain ? withDecision(final, final.explain) : final;
}

/** The pipeline's reply before calibration: an answer's confidence is its match score (what `npm run calibrate` reads). */
export function answerUncalibrated(
  rawQuestion: string,
  index: FactIndex,
  options: AnswerOptions = {},
): Reply {
  // (Screened once: the alternatives below are read under the whole message's reading.)
  const screened = { ...options, screening: options.screening ?? screenQuestion(rawQuestion) };
  const reply = answerAsTyped(rawQuestion, index, screened);
  const answered = answerOneAlternative(rawQuestion, index, screened, reply) ?? reply;
  return answerByParts(rawQuestion, index, screened, answered);
}

/** A step that may answer a part of the message apart from the rest, given the reply so far. */
type PartStep = (
  index: FactIndex,
  text: string,
  reply: Reply,
  answerPart: (ask: string) => Reply,
) => Reply | undefined;

/**
 * The steps that read a part of a message apart from the rest, in order, each given the reply so far:
 * - a long message declined as a whole, answered by its question sentence alone (decide/ask-alone.ts): "Some of the
 *   kids I tutor add me on social media… What was the percentage?" is never one (see `readsPartApart`);
 * - a question asking for another figure than the one the message states before it (decide/context-figure.ts);
 * - "Which came first: A or B?": each event's own dated fact, side by side (comparison/compare-order.ts);
 * - "How long between A and B?": the same, with the months between them worked out, or declined when the source
 *   dates only one of them (comparison/compare-order.ts).
 */
const PART_STEPS: readonly PartStep[] = [
  answerAskAlone,
  answerPastToldFigure,
  answerWhichFirst,
  answerTimeBetween,
];

/**
 * The reply after every part step, never for a follow-up nor a message in which the safety reading sees any sign of
 * a concern or a harmful intent. A step's reply with no explanation of its own keeps the one before it, its decision
 * brought up to date.
 */
function answerByParts(
  rawQuestion: string,
  index: FactIndex,
  options: AnswerOptions & { screening: Screening },
  reply: Reply,
): Reply {
  if (!readsPartApart(options)) return reply;
  const text = questionText(rawQuestion);
  const answerPart = (ask: string) => answerAsTyped(ask, index, options);
  let current = reply;
  for (const step of PART_STEPS) {
    const next = step(index, text, current, answerPart);
    if (next) current = next.explain || !current.explain ? next : withDecision(next, current.explain);
  }
  return current;
}

/** A reply with an explanation whose decision is the reply's own. */
function withDecision(reply: Reply, explain: NonNullable<Reply['explain']>): Reply {
  return { ...reply, explain: { ...explain, decision: decisionOf(reply) } };
}

/**
 * Whether a part of the message may be answered apart from the rest: never in a follow-up, nor in a message in which
 * the safety reading sees any sign of a concern or a harmful intent, however weak.
 */
function readsPartApart(options: AnswerOptions & { screening: Screening }): boolean {
  const { screening } = options;
  return !(
    options.prior ||
    screening.caution ||
    screening.safeguarding ||
    screening.harmful ||
    screening.harmDoubt
  );
}

/** The text of a message the core reads: chat markup stripped, cut to length. */
export function questionText(rawQuestion: string): string {
  return stripChatMarkup(rawQuestion.slice(0, MAX_QUESTION_CHARS * 4)).slice(0, MAX_QUESTION_CHARS);
}

/** The question as the core reads it: chat markup stripped, cut to length, folded and single-spaced. */
function foldedQuestion(rawQuestion: string): { question: string; text: string; folded: string } {
  const text = questionText(rawQuestion);
  return {
    question: rawQuestion.slice(0, MAX_QUESTION_CHARS * 4),
    text,
    folded: foldText(text).replace(/\s+/gu, ' ').trim(),
  };
}

/** Declines the source may still answer by stating one of two alternatives the question offers. */
const ALTERNATIVE_DECLINES: ReadonlySet<string> = new Set(['not_covered', 'off_topic']);

/**
 * A declined question offering two alternatives ("the casualty rate - is that per 100k population or per vehicle
 * miles?") answered by the fact that states one of them: asked alone, one alternative is answered by a fact that names
 * it, and the other is not answered at all. Never for a message the safety reading doubts.
 */
function answerOneAlternative(
  rawQuestion: string,
  index: FactIndex,
  options: AnswerOptions & { screening: Screening },
  reply: Reply,
): Reply | undefined {
  if (reply.status !== 'abstained' || !ALTERNATIVE_DECLINES.has(reply.reason.code) || options.prior)
    return undefined;
  const { screening } = options;
  if (screening.caution || screening.safeguarding || screening.harmful) return undefined;
  const offered = alternativesOf(foldedQuestion(rawQuestion).folded);
  if (!offered) return undefined;
  // The question must ask something of its own beside the alternatives ("is it facebook or whatsapp?" does not).
  const beside = analyseText(offered.asked, index.vocab, true);
  if (beside.terms.length + beside.numbers.length + beside.years.length === 0) return undefined;
  // A figure the question names beside its alternatives ("were the 1,220 cases on Instagram or WhatsApp?") must be the
  // answer's own: another fact's figure for one alternative does not split it.
  const named = beside.numbers.map((n) => n.value);
  const replies = [
    [offered.first, offered.firstWords],
    [offered.second, offered.secondWords],
  ].map(([question = '', words = '']) => {
    const r = answerAsTyped(question, index, options);
    return r.status === 'answered' && statesAlternative(index, r, words) && holdsFigures(index, r, named)
      ? r
      : undefined;
  });
  const [first, second] = replies;
  const one = first && !second ? first : second && !first ? second : undefined;
  return one ? { ...one, question: reply.question } : undefined;
}

/** Whether the facts of a reply give every figure named. */
function holdsFigures(
  index: FactIndex,
  reply: Reply & { status: 'answered' },
  values: readonly number[],
): boolean {
  const given = new Set(
    reply.facts.flatMap(
      (f) => index.byKey.get(factKey(f.packId, f.factId))?.fact.figures.map((g) => g.value) ?? [],
    ),
  );
  return values.every((v) => given.has(v));
}

const describedBy = new WeakMap<IndexedFact, ReadonlySet<string>>();

/** The terms of what the pack says a fact measures: its keywords, measure, period, place and base (read once). */
function describingTerms(index: FactIndex, fact: IndexedFact): ReadonlySet<string> {
  let terms = describedBy.get(fact);
  if (!terms) {
    const { keywords, measure, period, place, base } = fact.fact;
    const own = `${keywords.join(' ')} ${measure} ${period?.label ?? ''} ${place ?? ''} ${base ?? ''}`;
    terms = new Set(analyseText(own, index.vocab, false).terms);
    describedBy.set(fact, terms);
  }
  return terms;
}

/**
 * Whether every fact of a reply states words of the alternative: in its quote, title or statement, or in what the pack
 * says it measures (its measure, period, place, base and keywords), not only in the ways people ask for it.
 */
function statesAlternative(index: FactIndex, reply: Reply & { status: 'answered' }, words: string): boolean {
  const terms = analyseText(words, index.vocab, true).terms;
  if (terms.length === 0) return false;
  return reply.facts.every((f) => {
    const fact = index.byKey.get(factKey(f.packId, f.factId));
    if (!fact) return false;
    const said = saidIn(index, fact).weights;
    const described = describingTerms(index, fact);
    return terms.some((t) => said.has(t) || described.has(t));
  });
}

function answerAsTyped(
  rawQuestion: string,
  index: FactIndex,
  options: AnswerOptions & { screening: Screening },
): Reply {
  const { question, text, folded } = foldedQuestion(rawQuestion);
  const screening = readingFor(index, options.screening);
  const kind = readKind({
    folded,
    screening,
    asksForHelpService:
      asksForHelpService(index, folded) ||
      (!screening.harmful && !screening.harmDoubt && asksHowToReport(index, folded)),
    hasPrior: options.prior !== undefined,
  });
  let read: Analysis | undefined;
  // Decided once per message, whichever packs then read it.
  let whole: boolean | undefined;
  const readWhole = () => {
    whole ??= screening.harmDoubt && harmBesideQuestion(folded);
    return whole;
  };
  const ask = (within: FactIndex) => {
    let analysis: Analysis | undefined;
    const packScreening = readingFor(within, screening);
    const asked: Asked = {
      index: within,
      question,
      text,
      folded,
      screening: packScreening,
      // The part that asks gives the words, unless what it would set aside shows a harmful intent ("Want somewhere
      // to talk to 12 year olds where mods won't see. How many cases were on Snapchat?"): that message is read
      // whole and strictly, so the ask cannot hide behind a plain question. A harm signal inside the question
      // itself ("the targeting of young people" in a youth worker's question) does not stop its preamble being
      // set aside.
      analysis: () => {
        analysis ??=
          packScreening.harmDoubt && readWhole()
            ? analyseText(text, within.vocab, true)
            : readQuestion(text, within.vocab, { clearOfHarm: !packScreening.harmDoubt });
        if (within === index) read = analysis;
        return analysis;
      },
      ...(options.prior ? { prior: options.prior } : {}),
    };
    return asked;
  };
  const asked = ask(index);
  const answer = (k: QuestionKind, screen: Screening = screening): Reply => {
    const withScreen = (a: Asked): Asked => (screen === screening ? a : { ...a, screening: screen });
    return index.parts && PER_PACK_KINDS.has(k)
      ? answerEachPack(index, index.parts.map(ask).map(withScreen), k, asked.analysis().entities)
      : HANDLERS[k](withScreen(asked));
  };
  const reply =
    kind === 'safeguarding'
      ? (answerOutsideHelp(index, question, screening, answer) ?? answer(kind))
      : answer(kind);
  // With several packs the explanation reads the question with every pack's words.
  if (options.explain && index.parts && PER_PACK_KINDS.has(kind)) asked.analysis();
  return options.explain ? { ...reply, explain: explainReply(index, kind, folded, read, reply) } : reply;
}

/**
 * A concern only the trained model saw (no rule did) speaks for the topic it was trained on: when a pack that gives
 * no help answers the message outright ("who is the head of libraries?"), that answer stands. A concern the rules
 * see, or a message no such pack answers, gets the help as before.
 */
function answerOutsideHelp(
  index: FactIndex,
  question: string,
  screening: Screening,
  answer: (kind: QuestionKind, screen: Screening) => Reply,
): Reply | undefined {
  // (Nor one the harm model reads as far from an ordinary question: "me (41) and a lass of 14 have been texting, where
  // can we meet privately?" got a road-deaths figure, and no help, from the road casualties pack alone.)
  if (!screening.safeguarding || screening.farFromOrdinary || rulesSeeConcern(compactText(question)))
    return undefined;
  const withoutHelp = new Set(index.packs.filter((p) => !p.safeguarding).map((p) => p.pack.id));
  if (withoutHelp.size === 0) return undefined;
  const plain = { ...screening, safeguarding: false };
  // Read as the question it is: hearsay ("someone told me Hatherley had 80,000 visitors") is a claim to check.
  const folded = foldText(stripChatMarkup(question));
  const reply = answer(plain.harmful ? 'harmful' : readsAsClaim(folded, false) ? 'claim' : 'figure', plain);
  return reply.status === 'answered' && reply.citations.every((c) => withoutHelp.has(c.packId))
    ? reply
    : undefined;
}

/**
 * The safety reading these packs answer under. The harm model's lean alone (`Screening.modelDoubtOnly`) is a reading
 * learned from the child-safety topic: packs that switch on no safeguarding read the message as plain ("How far back
 * do the comparable records go?" tips it). The rules' readings, and every pack with safeguarding, keep the doubt.
 * (With several packs loaded each pack answers under its own reading; the whole index's is the strictest.)
 */
function readingFor(index: FactIndex, screening: Screening): Screening {
  return screening.modelDoubtOnly && index.packs.every((p) => !p.safeguarding)
    ? { ...screening, harmDoubt: false, helpOnly: false, modelDoubtOnly: false }
    : screening;
}

/** Whether the part of a (folded, single-spaced) message outside its question shows a sign of harmful intent. */
function harmBesideQuestion(folded: string): boolean {
  const focus = questionFocus(folded);
  const beside = focus === folded ? '' : folded.replace(focus, ' ');
  return beside.trim() !== '' && hasHarmSignal(compactText(beside));
}

/** Kinds matched against facts: with several packs each pack answers on its own, then one reply is chosen. */
const PER_PACK_KINDS: ReadonlySet<QuestionKind> = new Set([
  'figure',
  'claim',
  'follow-up',
  'opinion',
  'safeguarding',
]);

function answerEachPack(
  index: FactIndex,
  asks: readonly Asked[],
  kind: QuestionKind,
  entities: readonly string[],
): Reply {
  const named = packsNamedByKind(
    asks.map((a) => a.index),
    asks[0]?.folded ?? '',
  );
  const calledSo = packsCalledLoosely(
    asks.map((a) => a.index),
    asks[0]?.folded ?? '',
  );
  const replies = asks.map((asked) => {
    const analysis = asked.analysis();
    const whole = analyseText(asked.text, asked.index.vocab, true);
    const { matched } = namedNumbers(asked.index, analysis);
    const reply = HANDLERS[kind](asked);
    // A name only another pack knows ("…in Eastmoor" to the NSPCC pack): this pack's facts are not about it.
    const foreign =
      reply.status === 'answered' ? foreignName(index, asked.index, entities, asked.folded) : undefined;
    return {
      part: asked.index,
      reply: foreign ? foreignDecline(index, asked, foreign) : reply,
      relevance: scoreFacts(asked.index, analysis, matched)[0]?.score ?? 0,
      // (Over the whole message too: each pack reads the part that asks as that pack sees it, so two packs may weigh
      // different parts; "The release mentions 'injury-based reporting' - what difference does it make?" was the NSPCC
      // article's for its one word "make". Weighing only thin readings, of one word or none, so, was measured: 2 more
      // wrong answers on the NSPCC sets with both packs loaded, 3 fewer right on the roads sets.)
      known: Math.min(knownShare(asked.index, analysis, matched), wholeKnown(asked, whole)),
      distinct: knownOnlyTo(
        asked.index,
        whole.terms,
        asks.filter((a) => a !== asked).map((a) => a.index),
      ),
      named: named.has(asked.index),
      calledSo: calledSo.has(asked.index),
      // (Years are no figures here: the analysis leaves them out of its numbers.)
      statesNamed: matched.length > 0,
      ownsName: ownsNamed(index, asked.index, entities, asked.text, subjectsOf(asked.index, reply)),
    };
  });
  const chosen = choosePackReply(index, replies);
  // Help comes only from the packs that give it (a child-safety pack), whichever pack's reply was chosen.
  const help = replies.flatMap((r) => r.reply.help ?? []);
  return help.length > 0 ? { ...chosen, help } : chosen;
}

/** The subjects (entity ids) of the facts a reply answers with. */
function subjectsOf(part: FactIndex, reply: Reply): Set<string> {
  if (reply.status !== 'answered') return new Set();
  return new Set(
    reply.facts.flatMap((f) => part.byKey.get(factKey(f.packId, f.factId))?.fact.subjects ?? []),
  );
}

/** The share of the whole message's words and figures a pack knows. */
function wholeKnown(asked: Asked, whole: Analysis): number {
  return knownShare(asked.index, whole, namedNumbers(asked.index, whole).matched);
}

/** The decline of a pack asked about a name only another pack knows. */
function foreignDecline(index: FactIndex, asked: Asked, name: { id: string; kind: string }): Reply {
  const kind = name.kind === 'place' || name.kind === 'platform' ? name.kind : 'other';
  const value = index.entityNames.get(name.id) ?? name.id;
  return decline(asked.index, asked.question, {
    code: 'not_covered',
    kind,
    value,
    covered: coveredList(asked.index, kind),
  });
}
