// The example questions two packs learn from (`examples.jsonl`, retrieve/example-model.ts): the blind question sets
// written for them up to a set number (later sets and the held-out half stay measures), with each question's expected
// fact (the one whose quote is closest to the set's excerpt) or a decline.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FactIndex } from '../core/retrieve/build-index.js';
import type { Example } from '../pack/schema.js';
import { closestFact, loadBlindCases } from './blind-questions.js';
import { setNumber } from './claims-eval.js';

/**
 * The sets learned from, by number: NSPCC `fresh` sets up to this one (with the blind tuning halves), roads sets up to
 * this one. A set written later stays a measure until it is read and these are raised; `held-out.yml` never is.
 */
export const LAST_LEARNED_FRESH = 37;
export const LAST_LEARNED_ROADS = 29;
/**
 * Sets never learned from, whatever the numbers above: what the example model is measured on since it came (fresh-29,
 * roads set 23) and a later pair (fresh-32, roads set 24), beside the held-out half.
 */
const NEVER_LEARNED = /(?:^|[/\\])(?:fresh-29|fresh-32)[/\\]|questions-blind-2[34]\.yml$/u;

/** The NSPCC pack's example sets: the blind tuning halves and the fresh sets' questions up to `LAST_LEARNED_FRESH`. */
export function nspccExampleSets(evalDir = join('test', 'eval')): string[] {
  const fresh = readdirSync(evalDir)
    .filter((d) => /^fresh(?:-\d+)?$/u.test(d) && setNumber(d) <= LAST_LEARNED_FRESH)
    .sort((a, b) => setNumber(a) - setNumber(b))
    .map((d) => join(evalDir, d, 'questions.yml'));
  return [
    join(evalDir, 'questions-blind', 'tuning.yml'),
    join(evalDir, 'questions-blind', 'tuning-2.yml'),
    ...fresh,
  ].filter((f) => existsSync(f) && !NEVER_LEARNED.test(f));
}

/** A pack folder's own blind sets (`questions-blind*.yml`, as the roads fixture keeps them) up to `LAST_LEARNED_ROADS`. */
export function packExampleSets(packDir: string): string[] {
  return readdirSync(packDir)
    .filter((f) => /^questions-blind(?:-\d+)?\.yml$/u.test(f) && setNumber(f) <= LAST_LEARNED_ROADS)
    .sort((a, b) => setNumber(a) - setNumber(b))
    .map((f) => join(packDir, f))
    .filter((f) => !NEVER_LEARNED.test(f));
}

/** The examples of some question sets for a one-pack index: the first expected fact, or a decline; once per text. */
export function examplesFrom(files: readonly string[], index: FactIndex): Example[] {
  const seen = new Set<string>();
  const examples: Example[] = [];
  for (const file of files)
    for (const c of loadBlindCases(file, index)) {
      const key = c.q.trim().toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      if (c.expected.length === 0) {
        examples.push({ q: c.q.trim(), decline: true });
        continue;
      }
      // Labelled with the one fact the excerpt is closest to; left out when two quote the same sentence.
      const fact = closestFact(c.note, c.expected, index)?.split('/')[1];
      if (fact) examples.push({ q: c.q.trim(), fact });
    }
  return examples;
}
