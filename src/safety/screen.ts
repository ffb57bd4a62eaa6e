// Reads a message for safety before anything else: a child who may be at risk (help first, whatever else it
// asks), a request that seeks to reach or harm children (no figure), and whether it is a statistics question.
import type { Audience } from '../pack/schema.js';
import { stripChatMarkup } from '../text/chat-markup.js';
import { foldText } from '../text/normalise.js';
import { audienceOf } from './audience.js';
import { isHarmfulRequest } from './harm-rules.js';
import { isSafeguardingConcern, speaksAsConcerned } from './safeguarding-rules.js';
import { asksForStatistic, isStatisticsQuestion } from './statistics-cue.js';

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
  /** The message reads as a question about the research's figures or statements. */
  statisticsQuestion: boolean;
}

/** Lower-case text with punctuation reduced to spaces, as the safety rules read it. */
export function compactText(text: string): string {
  return foldText(stripChatMarkup(text))
    .replace(/[^\p{L}\p{N}\s'%/-]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Screens one message. Pure and cheap: it runs on every message before any other reading. */
export function screenMessage(text: string): Screening {
  const compact = compactText(text);
  const harmful = isHarmfulRequest(compact);
  // An offender's ask names a child and a risk too; it is a concern only when the writer speaks as one concerned.
  const safeguarding = isSafeguardingConcern(compact) && (!harmful || speaksAsConcerned(compact));
  return {
    safeguarding,
    audience: safeguarding ? audienceOf(compact) : 'adult',
    harmful,
    asksStatistic: asksForStatistic(compact),
    statisticsQuestion: isStatisticsQuestion(compact),
  };
}
