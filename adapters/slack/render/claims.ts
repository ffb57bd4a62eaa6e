// Renders a claims check as Block Kit: the shared claims outline mapped to one block group per claim (badge,
// claimed vs source figure, quote, attribution), a plain-text fallback and feedback buttons, inside Slack's limits
// and escaped.
import type { ClaimsReply } from '../../../src/app/reply-types.js';
import { moreClaimsNote, outlineClaims, type VerdictOutline } from '../../../src/render/claims-outline.js';
import { renderClaimsPlainText } from '../../../src/render/claims-plain-text.js';
import { type Block, context, SLACK_LIMITS, type SlackMessage, section } from './blocks.js';
import { safeText } from './escape.js';
import { feedbackButtons, renderSlackReply } from './reply.js';

function claimBlocks(claim: VerdictOutline): Block[] {
  const lines = [
    `*${claim.badge}* — “${safeText(claim.claim, 600)}”`,
    claim.figures ? safeText(claim.figures, 400) : '',
    safeText(claim.explanation, 1200),
  ].filter(Boolean);
  const blocks = [section(lines.join('\n'))];
  if (claim.quote) {
    blocks.push(section(`>${safeText(claim.quote.text, SLACK_LIMITS.sectionText - 4)}`));
    blocks.push(context([`— ${safeText(claim.quote.attribution, 1000)}`]));
  }
  return blocks;
}

/** Block Kit and fallback text for a check. Every string we did not write is escaped. */
export function renderSlackClaims(reply: ClaimsReply): SlackMessage {
  const outline = outlineClaims(reply);
  if (outline.kind === 'help') return renderSlackReply(outline.reply);
  const fallback = safeText(renderClaimsPlainText(reply), SLACK_LIMITS.fallback);
  if (outline.kind === 'note') return { text: fallback, blocks: [section(safeText(outline.text, 600))] };
  const actions = outline.feedback ? [{ type: 'actions', elements: feedbackButtons(outline.feedback) }] : [];
  const room = SLACK_LIMITS.blocks - actions.length - 2;
  const blocks: Block[] = [context([`*${outline.heading}:* ${safeText(outline.text, 300)}`])];
  let shown = 0;
  for (const claim of outline.claims) {
    const next = [{ type: 'divider' }, ...claimBlocks(claim)];
    if (blocks.length + next.length > room) break;
    blocks.push(...next);
    shown++;
  }
  if (shown < outline.claims.length)
    blocks.push(context([`_${moreClaimsNote(outline.claims.length - shown)}_`]));
  return { text: fallback, blocks: [...blocks, ...actions] };
}
