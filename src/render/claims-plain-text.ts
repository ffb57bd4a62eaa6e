// Renders a claims check as plain text (the console, `npm run check` and chat fallbacks), following the outline.
import type { ClaimsReply } from '../core/claims/index.js';
import { outlineClaims } from './claims-outline.js';
import { renderPlainText } from './plain-text.js';

/** The whole check as plain text (several lines). */
export function renderClaimsPlainText(reply: ClaimsReply): string {
  const outline = outlineClaims(reply);
  if (outline.kind === 'help') return renderPlainText(outline.reply);
  if (outline.kind === 'note') return outline.text;
  const count = outline.claims.length;
  const lines = [`${outline.heading} (${count} claim${count === 1 ? '' : 's'}):`];
  for (const claim of outline.claims) {
    lines.push('', `${claim.badge}: “${claim.claim}”`);
    if (claim.figures) lines.push(claim.figures);
    lines.push(claim.explanation);
    if (claim.quote) lines.push(`“${claim.quote.text}”`, `— ${claim.quote.attribution}`);
  }
  return lines.join('\n');
}
