// The value the core returns for a question: answered, abstained or ambiguous, never platform text.
import type { Audience, Figure, Resource } from '../pack/schema.js';
import type { Verdict } from './claims/types.js';

/** Where a quote comes from. */
export interface Citation {
  packId: string;
  factId: string;
  /** Verbatim from the pack's source text. */
  quote: string;
  /** Who says it, and who reported it. */
  attribution: string;
  sourceTitle: string;
  sourceUrl: string;
}

/** One fact as the renderers need it. */
export interface FactView {
  packId: string;
  factId: string;
  title: string;
  /** Our plain-language statement of the fact. */
  statement: string;
  figures: Figure[];
  measure: string;
  period?: string;
  place?: string;
  base?: string;
  caveats: string[];
  citation: Citation;
}

/** A question the user could ask next, answered by one fact. */
export interface Suggestion {
  packId: string;
  factId: string;
  title: string;
  question: string;
}

/** What a message of small talk says: hello, thanks, goodbye, or only an acknowledgement ("ok", "cool"). */
export type SmallTalk = 'hello' | 'thanks' | 'bye' | 'ok';

/** Why a question was not answered; stable codes, worded at the edge. */
export type DeclineReason =
  | { code: 'empty' }
  | { code: 'greeting'; said?: SmallTalk }
  | { code: 'help' }
  | { code: 'harmful' }
  | { code: 'safeguarding' }
  | { code: 'rate_limited'; retryAfterSeconds: number }
  | { code: 'off_topic' }
  | { code: 'opinion' }
  | {
      code: 'not_covered';
      /** `scope`: the source has the topic, but not for what the question pins down (`value`; `covered` says what it has). */
      kind: 'platform' | 'place' | 'year' | 'measure' | 'number' | 'scope' | 'other';
      value?: string;
      covered: string[];
      /** With several packs loaded: the pack this decline speaks for, as replies name it ("the NSPCC article"). */
      source?: string;
    };

interface ReplyBase {
  question: string;
  /**
   * 0–1. For an answer, the calibrated chance that it cites the fact asked about (decide/calibrate.ts), and for a choice
   * offered in its place under even odds, that chance (decide/unsure.ts); for any other reply, the best match's score,
   * below what an answer needs (`ANSWER_THRESHOLD`).
   */
  confidence: number;
  suggestions: Suggestion[];
  /** Set by the service on answers, so feedback buttons can name the turn they rate. */
  turnId?: string;
  /** Set when the question was read together with the previous turn: how it was understood. */
  readAs?: string;
  /** The packs consulted (id and title), for "what do you cover" wording. */
  packs: Array<{ id: string; title: string; covers: string }>;
  /**
   * Set when the message says a child may be at risk: renderers show it before anything else. An answer
   * can carry it too, when the same message also asked for a statistic.
   */
  help?: HelpResources[];
  /** How the message was understood, when the caller asked (`explain: true`). */
  explain?: Explanation;
}

/**
 * A figure worked out from a cited one, never stated by the source: its text is one of the reply's notes, labelled
 * as worked out; the numbers are kept so the working can be checked.
 */
export type Derivation = AverageDerivation | GapDerivation;

/** A cited total divided over the periods it covers. */
export interface AverageDerivation {
  kind: 'average';
  /** The cited total. */
  of: number;
  /** How many periods it is divided over. */
  over: number;
  /** The result, rounded to a whole number. */
  value: number;
  text: string;
}

/** The time between two cited dates, in whole months. */
export interface GapDerivation {
  kind: 'gap';
  /** The earlier cited month (YYYY-MM). */
  from: string;
  /** The later cited month (YYYY-MM). */
  to: string;
  /** Whole months from the one to the other. */
  months: number;
  text: string;
}

/** What the source says of a claim the question made: the verdict leads the reply. */
export interface ClaimVerdict {
  verdict: Verdict;
  /** One sentence: what the source says, and how the claim differs. */
  explanation: string;
}

/** A single fact answered with its quote. */
export interface FactAnswer extends ReplyBase {
  status: 'answered';
  kind: 'fact';
  facts: [FactView];
  citations: Citation[];
  notes: string[];
  /** When the question made a claim ("is it true 70% were on Facebook apps?"): the claim checker's verdict on it. */
  verdict?: ClaimVerdict;
  /** Figures worked out from the cited one (each also among the notes). */
  derivations?: Derivation[];
}

/** Several facts side by side, each with its own quote: a comparison, or a summary (a source's first figures). */
export interface ComparisonAnswer extends ReplyBase {
  status: 'answered';
  kind: 'comparison';
  title: string;
  facts: FactView[];
  citations: Citation[];
  notes: string[];
  /** Figures worked out from the cited ones (each also among the notes). */
  derivations?: Derivation[];
}

/** Where to get help: from the pack's safeguarding section, never from the source article. */
export interface HelpResources {
  packId: string;
  /** Who the wording is for: an adult worried about a child, or a child or teenager. */
  audience: Audience;
  /** The pack's first words for this reader. */
  message: string;
  notice: string;
  /** In the order this reader should see them. */
  resources: Resource[];
}

export interface Abstention extends ReplyBase {
  status: 'abstained';
  reason: DeclineReason;
  citations: [];
}

export interface Ambiguity extends ReplyBase {
  status: 'ambiguous';
  citations: [];
  /** Offered in place of an answer the calibration gave less than even odds (decide/unsure.ts), not a close call. */
  unsure?: true;
}

/** How a message was understood and why it got this reply (only when asked for: `explain`). */
export interface Explanation {
  /** The kind the message was read as (see understand/read-kind.ts). */
  kind: string;
  /** Why it was answered or declined, in a few words with the stable codes. */
  decision: string;
  /** The period the question names ("apr-jun"), as written. */
  period?: string;
  years?: number[];
  places?: string[];
  /** Named things the packs know (platforms, people, organisations, places). */
  entities?: string[];
  numbers?: string[];
  /** Named things the packs say they do not cover. */
  uncovered?: string[];
  /** Spelling corrections made: "typed → meant". */
  corrections?: string[];
}

export type Reply = FactAnswer | ComparisonAnswer | Abstention | Ambiguity;

/** One cut separates answering from declining. */
export const ANSWER_THRESHOLD = 0.5;
