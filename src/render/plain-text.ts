// Renders a reply as plain text: the console, the CLI's `text` field and chat fallbacks use it.
import type { FactView, Reply } from '../core/reply.js';
import {
  describeOutcome,
  describeScope,
  FOLLOW_UP_NOTE,
  HELP_HEADING,
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

/** The whole reply as plain text (several lines). */
export function renderPlainText(reply: Reply): string {
  const lines = [...(reply.readAs ? [`(${FOLLOW_UP_NOTE})`] : []), describeOutcome(reply)];
  if (reply.status === 'answered') {
    for (const fact of reply.facts) lines.push('', ...renderFact(fact, reply.kind === 'comparison'));
    for (const note of reply.notes) lines.push('', `Note: ${note}`);
  }
  if (reply.status === 'abstained' && reply.help) {
    lines.push(
      '',
      `${HELP_HEADING}:`,
      ...helpResourceLines(reply.help).map((l) => `• ${l}`),
      ...helpNotices(reply.help).map((n) => `(${n})`),
    );
  }
  if (reply.suggestions.length > 0) {
    lines.push('', `${suggestionsHeading(reply)}:`, ...reply.suggestions.map((s) => `• ${s.question}`));
  }
  return lines.join('\n');
}
