// Says how a message was understood and why it was answered or declined, for `npm run ask -- --explain`.
import type { Explanation, Reply } from '../reply.js';
import type { FactIndex } from '../retrieve/build-index.js';
import type { Analysis } from '../understand/analyse.js';
import { readAskedPeriod } from '../understand/period.js';
import type { QuestionKind } from '../understand/read-kind.js';

/** What was decided, in one line: the answer and its confidence, the close call, or the decline and why. */
export function decisionOf(reply: Reply): string {
  switch (reply.status) {
    case 'answered':
      return `answered with ${reply.facts.map((f) => f.factId).join(' + ')} (confidence ${reply.confidence.toFixed(3)})`;
    case 'ambiguous': {
      const ids = reply.suggestions.map((s) => s.factId).join(', ');
      return reply.unsure
        ? `unsure answer (confidence ${reply.confidence.toFixed(3)}, under even odds): the user is asked to choose between ${ids}`
        : `close call between ${ids}: the user is asked to choose`;
    }
    default: {
      const r = reply.reason;
      const detail = r.code === 'not_covered' ? `/${r.kind}${r.value ? ` (${r.value})` : ''}` : '';
      return `declined: ${r.code}${detail}`;
    }
  }
}

/**
 * The explanation of one reply. For a message about a child at risk it says only the kind and the decision: what
 * a person wrote about a child is not repeated anywhere.
 */
export function explainReply(
  index: FactIndex,
  kind: QuestionKind,
  folded: string,
  analysis: Analysis | undefined,
  reply: Reply,
): Explanation {
  const decision = decisionOf(reply);
  if (!analysis || kind === 'safeguarding' || kind === 'harmful') return { kind, decision };
  const named = (k: string) =>
    analysis.entities
      .filter((id) => index.entityKinds.get(id) === k)
      .map((id) => index.entityNames.get(id) ?? id);
  const period = readAskedPeriod(folded);
  return {
    kind,
    decision,
    ...(period ? { period: period.label } : {}),
    ...(analysis.years.length > 0 ? { years: analysis.years } : {}),
    places: named('place'),
    entities: analysis.entities.map((id) => index.entityNames.get(id) ?? id),
    numbers: analysis.numbers.map((n) => n.raw),
    uncovered: analysis.uncovered.map((u) => `${u.kind}: ${u.name}`),
    corrections: analysis.corrections.map(([typed, meant]) => `${typed} → ${meant}`),
  };
}
