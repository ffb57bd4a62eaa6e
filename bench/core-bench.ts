// Benchmarks the answering core against fuse.js (default options) and MiniSearch on the same facts and questions.
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { answerQuestion } from '../src/core/answer-question.js';
import { buildIndex } from '../src/core/retrieve/build-index.js';
import type { Pack } from '../src/pack/schema.js';

export interface EngineResult {
  engine: string;
  medianMicros: number;
  p99Micros: number;
  /** Top-1 accuracy on answerable questions. */
  accuracy: number;
  /** Share of should-decline questions declined (fuse.js and MiniSearch never decline). */
  declineRate: number | null;
}

export interface CoreBenchResult {
  pack: string;
  facts: number;
  questions: number;
  buildMs: number;
  rssMiB: number;
  heapMiB: number;
  engines: EngineResult[];
}

interface Case {
  q: string;
  expect: string;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Times `fn` on every question `rounds` times (after a warm-up) and returns per-call microseconds, sorted. */
function timeCalls(questions: readonly string[], rounds: number, fn: (q: string) => unknown): number[] {
  for (const q of questions.slice(0, 50)) fn(q);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t = process.hrtime.bigint();
      fn(q);
      samples.push(Number(process.hrtime.bigint() - t) / 1000);
    }
  }
  return samples.sort((a, b) => a - b);
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Runs all three engines on one pack. `baselineLimit` caps the questions given to the slow baselines
 * (0 skips them).
 */
export function benchCore(
  name: string,
  packs: Pack[],
  cases: readonly Case[],
  rounds: number,
  baselineLimit = cases.length,
): CoreBenchResult {
  gc();
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  const started = process.hrtime.bigint();
  const index = buildIndex(packs);
  const buildMs = Number(process.hrtime.bigint() - started) / 1e6;
  gc();
  const rssMiB = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
  const heapMiB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

  const answerable = cases.filter((c) => !c.expect.startsWith('decline') && !c.expect.startsWith('compare:'));
  const declinable = cases.filter((c) => c.expect.startsWith('decline'));
  const right = (c: Case, factId: string | undefined) =>
    factId !== undefined && c.expect.split('|').includes(factId);

  const ours = timeCalls(
    cases.map((c) => c.q),
    rounds,
    (q) => answerQuestion(q, index),
  );
  const oursTop = (q: string) => {
    const r = answerQuestion(q, index);
    return r.status === 'answered' && r.kind === 'fact' ? r.facts[0].factId : undefined;
  };
  const engines: EngineResult[] = [
    {
      engine: 'statbot core',
      medianMicros: percentile(ours, 50),
      p99Micros: percentile(ours, 99),
      accuracy: answerable.filter((c) => right(c, oursTop(c.q))).length / answerable.length,
      declineRate: declinable.length
        ? declinable.filter((c) => answerQuestion(c.q, index).status === 'abstained').length /
          declinable.length
        : null,
    },
  ];

  const facts = index.facts.map((f) => f.fact);
  if (baselineLimit === 0)
    return { pack: name, facts: facts.length, questions: cases.length, buildMs, rssMiB, heapMiB, engines };
  const fuse = new Fuse(facts.map((f) => f.statement));
  const fuseTop = (q: string) => {
    const hit = fuse.search(q, { limit: 1 })[0];
    return hit ? facts[hit.refIndex]?.id : undefined;
  };
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  mini.addAll(facts.map((f, id) => ({ id, text: f.statement })));
  const miniTop = (q: string) => {
    const hit = mini.search(q)[0];
    return hit ? facts[Number(hit.id)]?.id : undefined;
  };
  const baselineCases = answerable.slice(0, baselineLimit);
  const baselineRounds = Math.max(1, Math.floor(rounds / 4));
  for (const [engine, top] of [
    ['fuse.js 7 (default options)', fuseTop],
    ['MiniSearch 7', miniTop],
  ] as const) {
    const samples = timeCalls(
      baselineCases.map((c) => c.q),
      baselineRounds,
      top,
    );
    engines.push({
      engine,
      medianMicros: percentile(samples, 50),
      p99Micros: percentile(samples, 99),
      accuracy: baselineCases.filter((c) => right(c, top(c.q))).length / baselineCases.length,
      // A baseline "declines" only when it finds nothing at all.
      declineRate: declinable.length
        ? declinable.filter((c) => top(c.q) === undefined).length / declinable.length
        : null,
    });
  }
  return { pack: name, facts: facts.length, questions: cases.length, buildMs, rssMiB, heapMiB, engines };
}
