// Renders a claims check as plain text: the console, `npm run check` and chat fallbacks use it.
import type { ClaimsReply } from '../core/claims/index.js';
import {
  CHECK_HEADING,
  describeClaimsDecline,
  figuresLine,
  NO_CLAIMS,
  VERDICT_BADGES,
} from './claims-wording.js';
import { renderPlainText } from './plain-text.js';

/** The whole check as plain text (several lines). */
export function renderClaimsPlainText(reply: ClaimsReply): string {
  if (reply.status === 'help') return renderPlainText(reply.reply);
  if (reply.status === 'declined') return describeClaimsDecline(reply);
  if (reply.claims.length === 0) return NO_CLAIMS;
  const lines = [`${CHECK_HEADING} (${reply.claims.length} claim${reply.claims.length === 1 ? '' : 's'}):`];
  for (const check of reply.claims) {
    lines.push('', `${VERDICT_BADGES[check.verdict]}: “${check.claim}”`);
    const figures = figuresLine(check);
    if (figures) lines.push(figures);
    lines.push(check.explanation);
    if (check.quote)
      lines.push(`“${check.quote.replace(/\s+/gu, ' ').trim()}”`, `— ${check.attribution ?? 'the source'}`);
  }
  return lines.join('\n');
}
