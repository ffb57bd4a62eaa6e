// Block Kit pieces every Slack renderer shares: the limits, the message shape, and section and context blocks
// cut to fit.
import { truncate } from './escape.js';

/** Slack's limits that matter here. */
export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2000,
  fallback: 3000,
} as const;

export type Block = Record<string, unknown>;

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** A mrkdwn section, cut to Slack's limit. */
export const section = (text: string): Block => ({
  type: 'section',
  text: { type: 'mrkdwn', text: truncate(text, SLACK_LIMITS.sectionText) },
});

/** A context block of mrkdwn elements, each cut to fit, at most Slack's number of elements. */
export const context = (texts: string[]): Block => ({
  type: 'context',
  elements: texts
    .slice(0, SLACK_LIMITS.contextElements)
    .map((t) => ({ type: 'mrkdwn', text: truncate(t, SLACK_LIMITS.sectionText) })),
});
