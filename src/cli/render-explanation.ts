// The `--explain` lines of `npm run ask`: how a question was understood and why it got its reply.
import type { Explanation } from '../core/reply.js';

/** A few indented lines, one per thing understood (empty ones left out). */
export function renderExplanation(explain: Explanation): string {
  const lines: Array<[string, string | undefined]> = [
    ['read as', explain.kind],
    ['decision', explain.decision],
    ['period', explain.period],
    ['years', explain.years?.join(', ')],
    ['places', explain.places?.join(', ')],
    ['named', explain.entities?.join(', ')],
    ['numbers', explain.numbers?.join(', ')],
    ['not covered', explain.uncovered?.join(', ')],
    ['corrected', explain.corrections?.join(', ')],
  ];
  return lines
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([label, value]) => `  · ${label}: ${value}`)
    .join('\n');
}
