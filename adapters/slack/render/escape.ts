// Makes text we did not write safe for Slack mrkdwn, and keeps it inside Slack's size limits.
import { truncate as cutToFit } from '../../../src/render/truncate.js';

/** Escapes the three characters Slack treats as control sequences; makes <!channel> and <@U…> inert. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** Cuts text to at most `max` characters with an ellipsis, never splitting an escape such as "&amp;". */
export function truncate(text: string, max: number): string {
  return cutToFit(text, max, (cut) => {
    const amp = cut.lastIndexOf('&');
    return amp >= 0 && !cut.slice(amp).includes(';') ? cut.slice(0, amp) : cut;
  });
}

/** Escaped and cut to fit: the one way untrusted text enters a block. */
export function safeText(text: string, max: number): string {
  return truncate(escapeMrkdwn(text), max);
}

/** Plain-text field (buttons, headers): no escaping in plain_text, only a length cut. */
export function plainText(text: string, max: number): string {
  return truncate(text.replace(/\s+/gu, ' ').trim(), max);
}
