// The example questions two packs learn from (`examples.jsonl`, retrieve/example-model.ts): every blind question set
// written for them, except the ones kept as honest measures, with each question's expected fact (the first fact
// whose quote holds the set's excerpt) or a decline.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FactIndex } from '../core/retrieve/build-index.js';
import type { Example } from '../pack/schema.js';
import { loadBlindCases } from './blind-questions.js';

/**
 * Question sets never learned from: the held-out half, and the sets written in the ninth 2026-11-30 session (scored
 * unread, then kept as the measure of what the examples learned).
 */
export const NOT_EXAMPLES = [
  join('test', 'eval', 'questions-blind', 'held-out.yml'),
  join('test', 'eval', 'fresh-29', 'questions.yml'),
  join('test', 'fixtures', 'packs', 'eastmoor-roads-2023', 'questions-blind-23.yml'),
];

/** The NSPCC pack's example sets: the blind tuning halves and every fresh set's questions. */
export function nspccExampleSets(evalDir = join('test', 'eval')): string[] {
  const fresh = readdirSync(evalDir)
    .filter((d) => /^fresh(?:-\d+)?$/u.test(d))
    .sort((a, b) => setNumber(a) - setNumber(b))
    .map((d) => join(evalDir, d, 'questions.yml'));
  return [
    join(evalDir, 'questions-blind', 'tuning.yml'),
    join(evalDir, 'questions-blind', 'tuning-2.yml'),
    ...fresh,
  ]
    .filter(existsSync)
    .filter((f) => !NOT_EXAMPLES.includes(f));
}

/** A pack folder's own blind sets (`questions-blind*.yml`), as the roads fixture keeps them. */
export function packExampleSets(packDir: string): string[] {
  return readdirSync(packDir)
    .filter((f) => /^questions-blind(?:-\d+)?\.yml$/u.test(f))
    .sort((a, b) => setNumber(a) - setNumber(b))
    .map((f) => join(packDir, f))
    .filter((f) => !NOT_EXAMPLES.includes(f));
}

const setNumber = (name: string) => Number(/(\d+)/u.exec(name)?.[1] ?? 0);

/** The examples of some question sets for a one-pack index: the first expected fact, or a decline; once per text. */
export function examplesFrom(files: readonly string[], index: FactIndex): Example[] {
  const seen = new Set<string>();
  const examples: Example[] = [];
  for (const file of files)
    for (const c of loadBlindCases(file, index)) {
      const key = c.q.trim().toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const fact = c.expected[0]?.split('/')[1];
      examples.push(fact ? { q: c.q.trim(), fact } : { q: c.q.trim(), decline: true });
    }
  return examples;
}
