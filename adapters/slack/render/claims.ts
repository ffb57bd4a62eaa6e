// Renders a claims check as Block Kit: one block group per claim (badge, claimed vs source figure, quote,
// attribution), a plain-text fallback, feedback buttons, all inside Slack's limits and escaped.
import type { ClaimCheck, ClaimsReply } from '../../../src/app/reply-types.js';
import { renderClaimsPlainText } from '../../../src/render/claims-plain-text.js';
import {
  CHECK_HEADING,
  describeClaimsDecline,
  figuresLine,
  NO_CLAIMS,
  VERDICT_BADGES,
} from '../../../src/render/claims-wording.js';
import { type Block, context, SLACK_LIMITS, type SlackMessage, section } from './blocks.js';
import { safeText } from './escape.js';
import { ACTION_FEEDBACK_DOWN, ACTION_FEEDBACK_UP, renderSlackReply } from './reply.js';

function claimBlocks(check: ClaimCheck): Block[] {
  const figures = figuresLine(check);
  const lines = [
    `*${VERDICT_BADGES[check.verdict]}* — “${safeText(check.claim, 600)}”`,
    figures ? safeText(figures, 400) : '',
    safeText(check.explanation, 1200),
  ].filter(Boolean);
  const blocks = [section(lines.join('\n'))];
  if (check.quote) {
    blocks.push(
      section(`>${safeText(check.quote.replace(/\s+/gu, ' ').trim(), SLACK_LIMITS.sectionText - 4)}`),
    );
    blocks.push(context([`— ${safeText(check.attribution ?? 'the source', 1000)}`]));
  }
  return blocks;
}

function feedback(turnId: string | undefined): Block[] {
  if (!turnId) return [];
  const button = (id: string, emoji: string) => ({
    type: 'button',
    action_id: id,
    text: { type: 'plain_text', text: emoji, emoji: true },
    value: turnId,
  });
  return [
    { type: 'actions', elements: [button(ACTION_FEEDBACK_UP, '👍'), button(ACTION_FEEDBACK_DOWN, '👎')] },
  ];
}

/** Block Kit and fallback text for a check. Every string we did not write is escaped. */
export function renderSlackClaims(reply: ClaimsReply): SlackMessage {
  if (reply.status === 'help') return renderSlackReply(reply.reply);
  const fallback = safeText(renderClaimsPlainText(reply), SLACK_LIMITS.fallback);
  if (reply.status === 'declined')
    return { text: fallback, blocks: [section(safeText(describeClaimsDecline(reply), 600))] };
  if (reply.claims.length === 0) return { text: fallback, blocks: [section(safeText(NO_CLAIMS, 600))] };
  const actions = feedback(reply.turnId);
  const room = SLACK_LIMITS.blocks - actions.length - 2;
  const blocks: Block[] = [
    context([`*${CHECK_HEADING}:* ${safeText(reply.text.replace(/\s+/gu, ' ').trim(), 300)}`]),
  ];
  let shown = 0;
  for (const check of reply.claims) {
    const next = [{ type: 'divider' }, ...claimBlocks(check)];
    if (blocks.length + next.length > room) break;
    blocks.push(...next);
    shown++;
  }
  if (shown < reply.claims.length)
    blocks.push(context([`_${reply.claims.length - shown} more claims did not fit in one message._`]));
  return { text: fallback, blocks: [...blocks, ...actions] };
}
