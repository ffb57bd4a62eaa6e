// `npm run bench`: core speed and accuracy vs fuse.js and MiniSearch, CLI batch, Slack HTTP under load.
// Prints a table with the targets beside the figures and writes JSON under bench/results/.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadEvalCases } from '../src/eval/evaluate.js';
import { loadPacks } from '../src/pack/load-pack.js';
import { signSlackRequest, startSlackStandIn } from '../test/helpers/slack-stand-in.js';
import { benchCore, type CoreBenchResult } from './core-bench.js';
import { generatePack } from './generate-pack.js';

const fmt = (n: number, digits = 1) => n.toFixed(digits);

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

async function slackLoad(rate: number, seconds: number, connections: number) {
  const standIn = await startSlackStandIn();
  const secret = 'bench-signing-secret';
  const server = spawn(
    process.execPath,
    [
      ...(process.env.SERVER_FLAGS?.split(' ') ?? []),
      '--import',
      'tsx',
      'bench/slack-server.ts',
      standIn.apiUrl,
      secret,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise<number>((resolve) =>
    server.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))),
  );
  const body = new URLSearchParams({
    command: '/stats',
    text: 'how often was snapchat used?',
    team_id: 'T1',
    channel_id: 'C1',
    user_id: 'U1',
    response_url: standIn.responseUrl('load'),
    trigger_id: 't',
  }).toString();
  const headers = {
    'content-type': 'application/x-www-form-urlencoded',
    ...signSlackRequest(secret, body, Math.floor(Date.now() / 1000)),
  };
  const target = { url: `http://127.0.0.1:${port}/slack/events`, method: 'POST' as const, headers, body };
  // Warm-up (JIT, connection pools), not counted.
  await autocannon({ ...target, connections: 20, overallRate: rate / 2, duration: 2 });
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/slack/events`,
    method: 'POST',
    headers,
    body,
    connections,
    overallRate: rate,
    duration: seconds,
  });
  server.kill('SIGTERM');
  await standIn.close();
  return {
    connections,
    targetRate: rate,
    seconds,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
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

const quick = process.argv.includes('--quick');
if (process.argv.includes('--load-only')) {
  const load = await slackLoad(Number(process.env.RATE ?? 1000), 10, Number(process.env.CONNECTIONS ?? 10));
  console.log(JSON.stringify(load));
  process.exit(0);
}
const realCases = [...loadEvalCases('test/eval/questions.yml'), ...loadEvalCases('test/eval/held-out.yml')];
const real = benchCore('real pack (knowledge/)', loadPacks('knowledge'), realCases, quick ? 20 : 200);
printCore(real, 'median ≤ 50 µs per question');
const generated = generatePack(10_000);
// fuse.js takes most of a second per question at this size, so the baselines get a sample of 40 questions.
const big = benchCore('generated pack', [generated.pack], generated.questions, quick ? 2 : 6, 40);
printCore(big, 'median ≤ 2 ms (2,000 µs) per question at 10,000 facts');
const perThousand = { rssMiB: (big.rssMiB / big.facts) * 1000, heapMiB: (big.heapMiB / big.facts) * 1000 };
console.log(
  `  memory per 1,000 facts: RSS ≈ ${fmt(perThousand.rssMiB, 2)} MiB, heap ≈ ${fmt(perThousand.heapMiB, 2)} MiB`,
);

const cli = await cliBatch(1000);
console.log(
  `\nCLI batch: ${cli.questions} questions through npm run --silent ask -- --json in ${fmt(cli.seconds, 2)} s (process start included), ${cli.lines} JSON lines · target < 2 s`,
);

// The same fixed rate spread over 10 and over 50 keep-alive connections: the tail depends on how bursty it is.
const loads = [];
for (const connections of [10, 50]) {
  const load = await slackLoad(1000, quick ? 3 : 10, connections);
  loads.push(load);
  console.log(
    `${connections === 10 ? '\n' : ''}Slack HTTP /stats at ${load.targetRate} req/s for ${load.seconds} s over ${connections} connections (real Bolt receiver, signed requests, answer in the ack): ${fmt(load.requestsPerSecond)} req/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, ${load.errors} errors of ${load.requests} · target p99 < 20 ms, zero errors`,
  );
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  real,
  generated: big,
  memoryPerThousandFacts: perThousand,
  cli,
  slackLoad: loads,
};
mkdirSync('bench/results', { recursive: true });
const file = join('bench/results', `bench-${results.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwritten: ${file}`);
