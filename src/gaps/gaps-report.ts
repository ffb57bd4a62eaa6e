// Groups recorded questions into near-duplicates, most frequent first, each with the nearest fact.

import { answerQuestion } from '../core/answer-question.js';
import type { FactIndex } from '../core/retrieve/build-index.js';
import { analyseText } from '../core/understand/analyse.js';
import type { GapRow } from './gaps-store.js';

/** One group of similar unanswered questions. */
export interface GapGroup {
  count: number;
  /** Up to three different wordings, most frequent first. */
  examples: string[];
  statuses: Record<string, number>;
  feedback: string[];
  /** The fact that came closest, for a pack author to extend (or null when none was near). */
  nearest: { factId: string; title: string; packId: string } | null;
}

const SIMILAR = 0.5;

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

function nearestFact(index: FactIndex, rows: readonly GapRow[], example: string): GapGroup['nearest'] {
  const counts = new Map<string, number>();
  for (const r of rows) if (r.topFactId) counts.set(r.topFactId, (counts.get(r.topFactId) ?? 0) + 1);
  const top =
    [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? answerQuestion(example, index).suggestions[0]?.factId;
  const fact = index.facts.find((f) => f.fact.id === top);
  return fact ? { factId: fact.fact.id, title: fact.fact.title, packId: fact.pack.pack.id } : null;
}

/** The `limit` biggest groups of near-duplicate questions. */
export function buildGapsReport(rows: readonly GapRow[], index: FactIndex, limit = 20): GapGroup[] {
  const groups: Array<{ terms: Set<string>; rows: GapRow[] }> = [];
  for (const row of rows) {
    const terms = new Set(analyseText(row.question, index.vocab, true).terms);
    const home = groups.find((g) => jaccard(g.terms, terms) >= SIMILAR);
    if (home) home.rows.push(row);
    else groups.push({ terms, rows: [row] });
  }
  return groups
    .sort((a, b) => b.rows.length - a.rows.length)
    .slice(0, limit)
    .map((g) => {
      const wordings = new Map<string, number>();
      for (const r of g.rows) wordings.set(r.question, (wordings.get(r.question) ?? 0) + 1);
      const examples = [...wordings]
        .sort((a, b) => b[1] - a[1])
        .map(([q]) => q)
        .slice(0, 3);
      const statuses: Record<string, number> = {};
      for (const r of g.rows) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      return {
        count: g.rows.length,
        examples,
        statuses,
        feedback: g.rows
          .map((r) => r.feedback)
          .filter(Boolean)
          .slice(0, 3),
        nearest: nearestFact(index, g.rows, examples[0] ?? ''),
      };
    });
}

/** The report as plain text lines (CLI, and the body of /stats gaps). */
export function formatGapsReport(groups: readonly GapGroup[]): string[] {
  if (groups.length === 0)
    return ['No unanswered, ambiguous or down-voted questions recorded in the retention period.'];
  return groups.flatMap((g, i) => [
    `${i + 1}. ${g.count}× "${g.examples[0] ?? ''}"${
      g.examples.length > 1
        ? ` (also: ${g.examples
            .slice(1)
            .map((e) => `"${e}"`)
            .join(', ')})`
        : ''
    }`,
    `   ${Object.entries(g.statuses)
      .map(([s, n]) => `${s} ${n}`)
      .join(', ')} · nearest fact: ${g.nearest ? `${g.nearest.factId} (${g.nearest.title})` : 'none'}`,
    ...g.feedback.map((f) => `   feedback: "${f}"`),
  ]);
}

/**
 * The recorded wordings as draft lines of one pack's `examples.jsonl` (`npm run gaps -- --examples <pack>`): each names
 * the fact that came nearest, or a decline when none did. Drafts for the pack's author to check, never to add
 * unread: a recorded question was declined or voted down, so its nearest fact is often not its answer.
 */
export function formatGapsExamples(groups: readonly GapGroup[], packId: string): string[] {
  return groups
    .filter((g) => g.nearest === null || g.nearest.packId === packId)
    .flatMap(({ examples, nearest }) =>
      examples
        .filter((q) => q.trim() !== '')
        .map((q) => JSON.stringify(nearest ? { q, fact: nearest.factId } : { q, decline: true })),
    );
}
