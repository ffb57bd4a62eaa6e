// The one shape every handler has: the message as the understand stage read it in, a reply value out.
import type { Screening } from '../../safety/screen.js';
import type { Reply } from '../reply.js';
import type { FactIndex } from '../retrieve/build-index.js';
import type { Analysis } from '../understand/analyse.js';
import type { PriorTurn } from './follow-up/follow-up.js';

/** A message as the understand stage read it. */
export interface Asked {
  index: FactIndex;
  /** The message as sent (bounded in length). */
  question: string;
  /** Without chat markup. */
  text: string;
  /** Folded and single-spaced. */
  folded: string;
  screening: Screening;
  /** The analysis for matching, made once on first use (some kinds never need it). */
  analysis: () => Analysis;
  prior?: PriorTurn;
}

/** Answers one kind of message. */
export type Handler = (asked: Asked) => Reply;
