// The verdict a reply to a claim carries, as one line ("Verdict: contradicted. The source gives…"), or '' for none.
import type { Reply } from '../../src/core/reply.js';

export function verdictLine(reply: Reply): string {
  if (reply.status !== 'answered' || reply.kind !== 'fact' || !reply.verdict) return '';
  return `Verdict: ${reply.verdict.verdict.replaceAll('_', ' ')}. ${reply.verdict.explanation}`;
}
