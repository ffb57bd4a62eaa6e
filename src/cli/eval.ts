// `npm run eval`: prints accuracy, decline rate and every miss for the tuning and held-out question sets.
import { join } from 'node:path';
import { buildIndex } from '../core/build-index.js';
import { evaluate, evaluateFollowUps, loadEvalCases } from '../eval/evaluate.js';
import { loadPacks } from '../pack/load-pack.js';

const dir = process.argv[2] ?? 'knowledge';
const evalDir = process.argv[3] ?? join('test', 'eval');
const index = buildIndex(loadPacks(dir));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
for (const name of ['questions.yml', 'held-out.yml']) {
  const cases = loadEvalCases(join(evalDir, name));
  evaluate(cases, index); // warm-up, so the timing below is steady-state
  const r = evaluate(cases, index);
  console.log(`\n${name}: ${cases.length} questions`);
  console.log(`  top-1 accuracy on answerable: ${r.answeredRight}/${r.answerable} = ${pct(r.accuracy)}`);
  console.log(`  declined when they should be: ${r.declined}/${r.declinable} = ${pct(r.declineRate)}`);
  console.log(`  time per question: ${r.microsPerQuestion.toFixed(1)} µs`);
  for (const m of r.misses)
    console.log(
      `  MISS ${JSON.stringify(m.q)}: expected ${m.expect}, got ${m.got} (${m.confidence.toFixed(2)})`,
    );
}

const followUps = loadEvalCases(join(evalDir, 'follow-ups.yml'));
const f = await evaluateFollowUps(followUps, index);
console.log(`\nfollow-ups.yml: ${followUps.length} question pairs (asked in one conversation)`);
console.log(
  `  right answer to the follow-up: ${f.answeredRight + f.declined}/${followUps.length} = ${pct((f.answeredRight + f.declined) / followUps.length)}`,
);
for (const m of f.misses)
  console.log(
    `  MISS ${JSON.stringify(m.q)}: expected ${m.expect}, got ${m.got} (${m.confidence.toFixed(2)})`,
  );
