// `npm run bench`: core speed and accuracy vs fuse.js and MiniSearch, cold start, CLI batch, Slack HTTP under load,
// and one replica vs two behind a proxy with the shared state (Redis, PostgreSQL) on and off.
// Prints a table with the targets beside the figures and writes JSON under bench/results/.
// `--quick` (under 30 s) skips the slow baselines at 10,000 facts, the build and the fixed-rate loads, and
// runs the maximum-rate comparison for 3 s. `--replicas-only` runs only the replica comparison.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEvalCases } from '../src/eval/evaluate.js';
import { loadPacks } from '../src/pack/load-pack.js';
import { buildImageLikeFolder, type ColdStartResult, coldStart, coldStartPhases } from './cold-start.js';
import { benchCore, type CoreBenchResult } from './core-bench.js';
import { generatePack } from './generate-pack.js';
import { type ReplicaLoadResult, replicaLoads } from './replica-load.js';
import { type LoadResult, slackLoad } from './slack-load.js';

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const quick = process.argv.includes('--quick');

async function cliBatch(n: number): Promise<{ questions: number; seconds: number; lines: number }> {
  const cases = [...loadEvalCases('test/eval/questions.yml'), ...loadEvalCases('test/eval/held-out.yml')];
  const input = Array.from({ length: n }, (_, i) => cases[i % cases.length]?.q ?? '').join('\n');
  const started = process.hrtime.bigint();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'ask', '--', '--json'], {
      stdio: 'pipe',
      env: { ...process.env, STATBOT_DB_PATH: ':memory:' },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('error', reject);
    child.on('close', () => resolve(out));
    child.stdin.end(`${input}\n`);
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { questions: n, seconds, lines: output.trimEnd().split('\n').length };
}

function printCore(r: CoreBenchResult, target: string): void {
  console.log(
    `\n${r.pack}: ${r.facts} facts, ${r.questions} questions · index build ${fmt(r.buildMs)} ms · RSS +${fmt(r.rssMiB)} MiB (heap +${fmt(r.heapMiB)} MiB)`,
  );
  console.log(
    '  engine                         median µs    p99 µs   ratio(ours/it)  top-1 accuracy  decline rate',
  );
  const ours = r.engines[0];
  for (const e of r.engines) {
    const ratio = ours && e !== ours ? fmt(ours.medianMicros / e.medianMicros, 3) : '—';
    const decline = e.declineRate === null ? 'n/a' : `${fmt(e.declineRate * 100)}%`;
    console.log(
      `  ${e.engine.padEnd(30)} ${fmt(e.medianMicros).padStart(9)} ${fmt(e.p99Micros).padStart(9)}   ${ratio.padStart(14)}  ${`${fmt(e.accuracy * 100)}%`.padStart(14)}  ${decline.padStart(12)}`,
    );
  }
  console.log(`  target: ${target}`);
}

function printLoad(load: LoadResult, target: string): void {
  const rate = load.targetRate ? `at ${load.targetRate} req/s` : 'at the maximum rate';
  console.log(
    `Slack HTTP /stats (${load.server}) ${rate} for ${load.seconds} s over ${load.connections} connections: ${fmt(load.requestsPerSecond)} req/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, ${load.errors} errors of ${load.requests}${target ? ` · ${target}` : ''}`,
  );
}

async function coldStarts(): Promise<{
  runs: ColdStartResult[];
  phases: Array<{ phase: string; ms: number }>;
}> {
  const runs = quick ? 3 : 10;
  const results: ColdStartResult[] = [];
  let phases: Array<{ phase: string; ms: number }> = [];
  console.log(`\nCold start: a fresh process answers one piped question (median of ${runs})`);
  if (!quick) {
    const app = buildImageLikeFolder();
    results.push(
      await coldStart(
        'node --no-regexp-tier-up dist/src/main.js (the image)',
        process.execPath,
        ['--no-regexp-tier-up', 'dist/src/main.js'],
        app,
        runs,
      ),
    );
    phases = coldStartPhases(app, 5);
  }
  results.push(await coldStart('npm start', 'npm', ['start', '--silent'], process.cwd(), runs));
  for (const r of results) {
    const target = r.command === 'npm start' ? 1500 : 500;
    console.log(
      `  ${r.command.padEnd(36)} median ${fmt(r.medianMs, 0)} ms (min ${fmt(r.minMs, 0)}, max ${fmt(r.maxMs, 0)}) · target < ${target} ms ${r.medianMs < target ? '✔' : '✘'}`,
    );
  }
  if (phases.length) console.log('  where the built entry spends it (median of 5 fresh processes):');
  for (const p of phases) console.log(`    ${fmt(p.ms, 0).padStart(5)} ms  ${p.phase}`);
  return { runs: results, phases };
}

async function replicaSection(): Promise<{ runs: ReplicaLoadResult[]; note?: string }> {
  const seconds = quick ? 3 : 8;
  console.log(
    `\nSlack HTTP /stats through real src/main.ts replicas, maximum rate over 10 connections for ${seconds} s, each request a new delivery (mixed questions, a fifth of them declined and written to the gaps log):`,
  );
  const result = await replicaLoads({ seconds, warmUpSeconds: quick ? 1 : 2, connections: 10 });
  if (result.note) console.log(`  shared-state runs skipped: ${result.note}`);
  for (const r of result.runs)
    console.log(
      `  ${`${r.replicas} replica${r.replicas > 1 ? 's' : ''} ${r.via === 'proxy' ? 'behind the proxy' : 'direct'}, ${r.sharedState ? 'Redis + PostgreSQL' : 'no shared state'}`.padEnd(52)} ${fmt(r.requestsPerSecond).padStart(7)} req/s  p50 ${r.p50Ms} ms  p99 ${r.p99Ms} ms  ${r.errors} errors of ${r.requests}  statbot CPU ${fmt(r.replicaCpuMsPerRequest, 2)} ms/request`,
    );
  return result;
}

if (process.argv.includes('--replicas-only')) {
  const replicas = await replicaSection();
  const date = new Date().toISOString();
  mkdirSync('bench/results', { recursive: true });
  const file = join('bench/results', `replicas-${date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ date, node: process.version, quick, replicas }, null, 2)}\n`);
  console.log(`\nwritten: ${file}`);
  process.exit(0);
}
if (process.argv.includes('--load-only')) {
  const load = await slackLoad({
    server: 'statbot',
    connections: Number(process.env.CONNECTIONS ?? 10),
    rate: Number(process.env.RATE ?? 1000),
    seconds: 10,
    warmUpSeconds: 2,
  });
  console.log(JSON.stringify(load));
  process.exit(0);
}
const realCases = [...loadEvalCases('test/eval/questions.yml'), ...loadEvalCases('test/eval/held-out.yml')];
const real = benchCore('real pack (knowledge/)', loadPacks('knowledge'), realCases, quick ? 10 : 200);
printCore(real, 'median ≤ 50 µs per question');
const generated = generatePack(10_000);
// fuse.js takes most of a second per question at this size: the full run gives the baselines 40 questions,
// the quick run none.
const big = benchCore('generated pack', [generated.pack], generated.questions, quick ? 2 : 6, quick ? 0 : 40);
printCore(big, 'median ≤ 2 ms (2,000 µs) per question at 10,000 facts');
const perThousand = { rssMiB: (big.rssMiB / big.facts) * 1000, heapMiB: (big.heapMiB / big.facts) * 1000 };
console.log(
  `  memory per 1,000 facts: RSS ≈ ${fmt(perThousand.rssMiB, 2)} MiB, heap ≈ ${fmt(perThousand.heapMiB, 2)} MiB`,
);

const cold = await coldStarts();

const cli = await cliBatch(1000);
console.log(
  `\nCLI batch: ${cli.questions} questions through npm run --silent ask -- --json in ${fmt(cli.seconds, 2)} s (process start included), ${cli.lines} JSON lines · target < 2 s`,
);

// The same fixed rate spread over 10 and over 50 keep-alive connections: the tail depends on how bursty it is
// (full run only).
const seconds = quick ? 3 : 10;
const warmUpSeconds = quick ? 1 : 2;
console.log('');
const loads: LoadResult[] = [];
for (const connections of quick ? [] : [10, 50]) {
  const load = await slackLoad({ server: 'statbot', connections, rate: 1000, seconds, warmUpSeconds });
  loads.push(load);
  printLoad(load, 'target p99 < 20 ms, zero errors');
}
// Both servers as fast as the load generator can push them, one after the other in the same run.
const maxRate: LoadResult[] = [];
for (const server of ['bare-bolt', 'statbot'] as const) {
  const load = await slackLoad({ server, connections: 10, seconds, warmUpSeconds });
  maxRate.push(load);
  printLoad(load, '');
}
const [bare, ours] = maxRate;
const ceilingRatio = bare && ours ? ours.requestsPerSecond / bare.requestsPerSecond : 0;
console.log(
  `  statbot vs bare Bolt at the maximum rate: ${fmt(ceilingRatio, 2)}× the requests per second · target ≥ 0.85`,
);

const replicas = await replicaSection();

const results = {
  date: new Date().toISOString(),
  node: process.version,
  quick,
  real,
  generated: big,
  memoryPerThousandFacts: perThousand,
  coldStart: cold,
  cli,
  slackLoad: loads,
  slackMaxRate: { runs: maxRate, ratio: ceilingRatio },
  replicas,
};
mkdirSync('bench/results', { recursive: true });
const file = join('bench/results', `bench-${results.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwritten: ${file}`);
