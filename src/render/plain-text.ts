// Renders a core reply as plain text (console, `--json` text field and chat fallbacks), following the outline.
import type { Reply } from '../core/reply.js';
import { type FactOutline, type HelpOutline, outlineReply, statementText } from './reply-outline.js';

/** A quotation mark at the start of a quote. */
const OPENS_QUOTED = /^["“]/u;

function renderFact(fact: FactOutline, withStatement: boolean): string[] {
  const lines: string[] = [];
  if (withStatement) lines.push(`• ${statementText(fact)}`);
  if (fact.scope.length > 0) lines.push(fact.scope.map(([k, v]) => `${k}: ${v}`).join(' · '));
  // (A quote that opens with the speaker's own quotation mark is shown as it stands: wrapped again it read "““As…".)
  lines.push(OPENS_QUOTED.test(fact.quote) ? fact.quote : `“${fact.quote}”`);
  lines.push(
    `— ${fact.attribution}. Source: ${fact.source.title}${fact.source.url ? ` (${fact.source.url})` : ''}`,
  );
  for (const caveat of fact.caveats) lines.push(`Note: ${caveat}`);
  return lines;
}

/** Help first: the pack's message for this reader, the resources and the notice that they are not from the source. */
function renderHelp(help: HelpOutline): string[] {
  return [
    help.message,
    '',
    `${help.heading}:`,
    ...help.resources.map((l) => `• ${l}`),
    ...help.notices.map((n) => `(${n})`),
    ...(help.alsoAsked ? ['', help.alsoAsked] : []),
  ];
}

/** The whole reply as plain text (several lines). */
export function renderPlainText(reply: Reply): string {
  const outline = outlineReply(reply);
  const { body } = outline;
  const lines = outline.help ? renderHelp(outline.help) : [];
  if (body.kind === 'help-only') return lines.join('\n');
  if (lines.length > 0) lines.push('');
  if (outline.followUp) lines.push(`(${outline.followUp})`);
  if (body.kind === 'fact' && body.verdict)
    lines.push(`${body.verdict.badge}: ${body.verdict.explanation}`, '');
  if (body.kind === 'fact') lines.push(statementText(body.fact), '', ...renderFact(body.fact, false));
  if (body.kind === 'comparison') {
    lines.push(`${body.title}:`);
    for (const fact of body.facts) lines.push('', ...renderFact(fact, true));
  }
  if (body.kind === 'message') lines.push(body.text);
  else for (const note of body.notes) lines.push('', `Note: ${note}`);
  if (outline.suggestions) {
    const { heading, items } = outline.suggestions;
    // (Numbered: in the console, typing a number asks that question.)
    lines.push('', `${heading}:`, ...items.map((s, i) => `${i + 1}. ${s.question}`));
  }
  return lines.join('\n');
}
