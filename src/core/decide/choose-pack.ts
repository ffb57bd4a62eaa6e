// With several packs, each pack answers on its own; this picks the reply: the best answer, a choice between packs
// when two fit about equally, or the decline of the pack the question is nearest to, naming that pack.
import type { Pack } from '../../pack/schema.js';
import type { Abstention, DeclineReason, Reply, Suggestion } from '../reply.js';
import { packsOf, toSuggestion } from '../respond/views.js';
import { type FactIndex, factKey } from '../retrieve/build-index.js';

/** One pack's reply, and how near the question came to that pack's facts (its best match score). */
export interface PackReply {
  part: FactIndex;
  reply: Reply;
  relevance: number;
  /** Share of the question's words and figures this pack knows (`knownShare`). */
  known: number;
  /** False when the question names a kind of document ("this article") this pack's source is not. */
  named: boolean;
  /**
   * The question calls its source by a loose name this pack's source goes by ("the report", "the study"): between
   * packs that fit it equally, this one.
   */
  calledSo?: boolean;
  /** The pack states a figure the message names. */
  statesNamed?: boolean;
  /** How many of the message's words this pack knows and no other does. */
  distinct?: number;
  /** The message names, by its proper name, someone or something only this pack knows (`ownsNamed`). */
  ownsName?: boolean;
}

/**
 * How much less of a question's words a pack may know than the pack that knows most and still answer it. Chosen on
 * the read question sets with all three packs loaded: 0.1 to 0.2 alike (999–1000 answered right, 128–129 wrong of
 * 2,320, from 1000 and 140 with no such rule); 0.25 and over let wrong answers back in.
 */
const KNOWN_MARGIN = 0.15;

/** Answers from two packs closer than this in confidence are a choice for the user. */
const CROSS_PACK_MARGIN = 0.04;

/** How replies name a pack when several are loaded ("the NSPCC article"). */
export function packName(pack: Pack): string {
  return pack.pack.shortName ?? pack.pack.title;
}

function onlyPack(part: FactIndex): Pack | undefined {
  return part.packs.length === 1 ? part.packs[0] : undefined;
}

/** A not-covered reason says which pack it speaks for. */
function namedReason(reason: DeclineReason, part: FactIndex): DeclineReason {
  const pack = onlyPack(part);
  return reason.code === 'not_covered' && pack ? { ...reason, source: packName(pack) } : reason;
}

/** Declines that say what a pack has come before a plain "off topic". */
const DECLINE_RANK: Partial<Record<DeclineReason['code'], number>> = { off_topic: -1 };

function withPackName(suggestion: Suggestion, part: FactIndex): Suggestion {
  const pack = onlyPack(part);
  return pack ? { ...suggestion, question: `${suggestion.question} (${packName(pack)})` } : suggestion;
}

/** Not-covered declines that say a pack has the topic but not what is asked of it (ages, a narrower scope). */
const TOPIC_DECLINES: ReadonlySet<string> = new Set(['measure', 'scope']);

/**
 * A pack nearer to the question than the answering one, knowing as much of it, that has the topic but not what is
 * asked of it: its decline is the reply. "What ages were the children who were targeted?" is the NSPCC article's
 * question, which gives no ages, not one for the roads release's child casualties. (Any kind of not-covered decline,
 * tried, cost 24 right answers on the read NSPCC sets beside the roads pack: the roads release has "no figure of
 * 12,925", "no NSPCC".)
 */
function nearerTopicDecline(
  replies: readonly PackReply[],
  best: PackReply,
): (PackReply & { reply: Abstention }) | undefined {
  return replies.find(
    (d): d is PackReply & { reply: Abstention } =>
      d.reply.status === 'abstained' &&
      d.reply.reason.code === 'not_covered' &&
      TOPIC_DECLINES.has(d.reply.reason.kind) &&
      d.named &&
      d.known >= best.known &&
      (d.distinct ?? 0) >= (best.distinct ?? 0) &&
      d.relevance > best.relevance,
  );
}

/** The one reply for a question every pack has answered on its own. */
export function choosePackReply(index: FactIndex, replies: readonly PackReply[]): Reply {
  const packs = packsOf(index);
  // Confidence is each pack's own (a claim is read leniently, on the words a pack knows); the pack the question
  // comes nearest to answers, and two packs about equally near and sure are a choice for the user.
  // A pack that knows clearly less of the question than another does not answer it ("where does the 51 come from?"
  // is not about a pack that knows only "come"); nor does one whose source is not the kind of document it names.
  const mostKnown = Math.max(0, ...replies.map((r) => r.known));
  // (A pack alone in stating a figure the message names fits it however few of its words it knows: "I keep seeing 702
  // in there. What does it measure?" is the road casualties report's, though the NSPCC pack knows "keep" and "see".)
  const onlyStating = replies.filter((r) => r.statesNamed === true);
  // (…and so does one alone in knowing a name the message gives as a name: "Which country is the NSPCC based in?" is
  // the NSPCC article's, though the roads release knows "country" and "based"; and one alone in knowing any of its
  // words where no other pack knows a word of it alone: "the rise in grooming offences BEFORE lockdown - how many
  // years did that run for?" is the NSPCC article's, though its asking part, "how many years did that run for?",
  // holds none of its words.)
  const fits = (r: PackReply) =>
    r.named &&
    (r.known >= mostKnown - KNOWN_MARGIN ||
      (onlyStating.length === 1 && onlyStating[0] === r) ||
      r.ownsName === true ||
      ((r.distinct ?? 0) > 0 && replies.every((o) => o === r || (o.distinct ?? 0) === 0)));
  const answers = replies.filter((r) => r.reply.status !== 'abstained');
  // (With no decline to give instead, one of them answers whatever the fit.)
  const fitting = answers.filter(fits);
  const offers = (fitting.length > 0 || answers.length < replies.length ? fitting : answers).sort(
    (a, b) =>
      b.relevance - a.relevance ||
      Number(b.calledSo ?? false) - Number(a.calledSo ?? false) ||
      b.reply.confidence - a.reply.confidence,
  );
  const best = offers[0];
  if (best) {
    const rival = offers.find(
      (r) =>
        r !== best &&
        r.reply.status === 'answered' &&
        best.relevance - r.relevance < CROSS_PACK_MARGIN &&
        Math.abs(best.reply.confidence - r.reply.confidence) < CROSS_PACK_MARGIN,
    );
    if (best.reply.status === 'answered' && rival) {
      const first = (r: PackReply): Suggestion[] => {
        const view = r.reply.status === 'answered' ? r.reply.facts[0] : undefined;
        const fact = view && r.part.byKey.get(factKey(view.packId, view.factId));
        return fact ? [withPackName(toSuggestion(fact), r.part)] : [];
      };
      return {
        status: 'ambiguous',
        question: best.reply.question,
        confidence: best.reply.confidence,
        suggestions: [...first(best), ...first(rival)],
        packs,
        citations: [],
      };
    }
    const nearer = nearerTopicDecline(replies, best);
    if (nearer) return { ...nearer.reply, reason: namedReason(nearer.reply.reason, nearer.part), packs };
    return { ...best.reply, packs };
  }
  // The pack the question comes nearest to speaks for the decline: another pack's not-covered rule ("no figures
  // on money, fines or costs") declines a question only when no pack is nearer to it.
  const declines = replies
    .filter((r) => r.reply.status === 'abstained')
    .sort(
      (a, b) =>
        b.relevance - a.relevance ||
        (DECLINE_RANK[(b.reply as Abstention).reason.code] ?? 0) -
          (DECLINE_RANK[(a.reply as Abstention).reason.code] ?? 0),
    );
  const chosen = declines[0];
  if (chosen?.reply.status !== 'abstained') throw new Error('choosePackReply needs at least one reply');
  return { ...chosen.reply, reason: namedReason(chosen.reply.reason, chosen.part), packs };
}
