// Renders a reply as plain text: the console, the CLI's `text` field and chat fallbacks use it.
import type { FactView, HelpResources, Reply } from '../core/reply.js';
import {
  ALSO_ASKED,
  describeOutcome,
  describeScope,
  FOLLOW_UP_NOTE,
  HELP_HEADING,
  helpMessage,
  helpNotices,
  helpResourceLines,
  suggestionsHeading,
} from './wording.js';

function renderFact(fact: FactView, withStatement: boolean): string[] {
  const lines: string[] = [];
  if (withStatement) lines.push(`• ${fact.statement}`);
  const scope = describeScope(fact);
  if (scope.length > 0) lines.push(scope.map(([k, v]) => `${k}: ${v}`).join(' · '));
  lines.push(`“${fact.citation.quote.replace(/\s+/gu, ' ').trim()}”`);
  lines.push(
    `— ${fact.citation.attribution}. Source: ${fact.citation.sourceTitle}${fact.citation.sourceUrl ? ` (${fact.citation.sourceUrl})` : ''}`,
  );
  for (const caveat of fact.caveats) lines.push(`Note: ${caveat}`);
  return lines;
}

/** Help first: the pack's message for this reader, the resources and the notice that they are not from the source. */
function renderHelp(help: readonly HelpResources[]): string[] {
  return [
    helpMessage(help),
    '',
    `${HELP_HEADING}:`,
    ...helpResourceLines(help).map((l) => `• ${l}`),
    ...helpNotices(help).map((n) => `(${n})`),
  ];
}

/** The whole reply as plain text (several lines). */
export function renderPlainText(reply: Reply): string {
  if (reply.status === 'abstained' && reply.help) return renderHelp(reply.help).join('\n');
  const lines = reply.help ? [...renderHelp(reply.help), '', ALSO_ASKED, ''] : [];
  lines.push(...(reply.readAs ? [`(${FOLLOW_UP_NOTE})`] : []), describeOutcome(reply));
  if (reply.status === 'answered') {
    for (const fact of reply.facts) lines.push('', ...renderFact(fact, reply.kind === 'comparison'));
    for (const note of reply.notes) lines.push('', `Note: ${note}`);
  }
  if (reply.suggestions.length > 0) {
    lines.push('', `${suggestionsHeading(reply)}:`, ...reply.suggestions.map((s) => `• ${s.question}`));
  }
  return lines.join('\n');
}
