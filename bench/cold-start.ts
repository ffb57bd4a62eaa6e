// Cold start: how long a fresh process takes to answer its first console question, and where the time goes.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ColdStartResult {
  command: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

const QUESTION = 'how often was snapchat used?\n';
const ANSWER = 'Snapchat was used in 20 percent';

/** Builds the JavaScript into a temp folder laid out like the image's /app; returns that folder. */
export function buildImageLikeFolder(): string {
  const app = mkdtempSync(join(tmpdir(), 'statbot-bench-built-'));
  copyFileSync('package.json', join(app, 'package.json'));
  symlinkSync(resolve('node_modules'), join(app, 'node_modules'));
  symlinkSync(resolve('knowledge'), join(app, 'knowledge'));
  const tsc = spawnSync(
    process.execPath,
    [resolve('node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', join(app, 'dist')],
    { encoding: 'utf8' },
  );
  if (tsc.status !== 0) throw new Error(`build failed:\n${tsc.stdout}${tsc.stderr}`);
  return app;
}

/** The environment without platform settings, so every entry point runs the console. */
function consoleEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(SLACK_|DISCORD_|STATBOT_|REDIS_URL|LOG_LEVEL)/.test(k)),
  );
  return { ...env, STATBOT_DB_PATH: ':memory:' };
}

/** Milliseconds from spawning `command` to the first answer on its stdout. */
function timeOnce(command: string, args: string[], cwd: string): Promise<number> {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env: consoleEnv(), stdio: 'pipe' });
    let out = '';
    let answeredAt: number | undefined;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (answeredAt === undefined && out.includes(ANSWER))
        answeredAt = Number(process.hrtime.bigint() - started) / 1e6;
    });
    child.on('error', fail);
    child.on('close', () =>
      answeredAt === undefined
        ? fail(new Error(`${command} ${args.join(' ')}: no answer`))
        : done(answeredAt),
    );
    child.stdin.end(QUESTION);
  });
}

/** Runs `command` `runs` times, each a fresh process, one after another. */
export async function coldStart(
  label: string,
  command: string,
  args: string[],
  cwd: string,
  runs: number,
): Promise<ColdStartResult> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeOnce(command, args, cwd));
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const medianMs = times.length % 2 ? (times[mid] ?? 0) : ((times[mid - 1] ?? 0) + (times[mid] ?? 0)) / 2;
  return { command: label, runs, medianMs, minMs: times[0] ?? 0, maxMs: times.at(-1) ?? 0 };
}

/** Where a built cold start spends its time: each step timed in a fresh process (median of `runs`). */
export function coldStartPhases(app: string, runs: number): Array<{ phase: string; ms: number }> {
  const script = `
const t = () => performance.now();
const out = [['node start-up to first line of script', t()]];
let s = t();
const lap = (n) => { const e = t(); out.push([n, e - s]); s = e; };
await import('zod'); lap('import zod (config and pack schema)');
await import('pino'); lap('import pino (logger)');
const { loadConfig } = await import('./dist/src/config/config.js');
const config = loadConfig({ STATBOT_DB_PATH: ':memory:' }); lap('config module and parse');
const { loadPacks } = await import('./dist/src/pack/load-pack.js'); lap('import pack loader (yaml)');
const packs = loadPacks('knowledge'); lap('load and check the pack');
const { buildIndex } = await import('./dist/src/core/retrieve/build-index.js');
const { createStatbotService } = await import('./dist/src/app/statbot-service.js'); lap('import core, service, gaps (better-sqlite3)');
const index = buildIndex(packs); lap('build the index');
await import('./dist/adapters/console/adapter.js'); lap('import console adapter');
const service = createStatbotService({ index });
await service.ask('how often was snapchat used?', { platform: 'console', userKey: 'c', conversationKey: 'c' }); lap('first answer');
await new Promise((r) => setTimeout(r, 0)); lap('after the answer is out: work it scheduled (gaps, redaction)');
await import('@slack/bolt'); lap('(not loaded for the console) @slack/bolt');
await import('discord.js'); lap('(not loaded for the console) discord.js');
await import('ioredis'); lap('(not loaded without REDIS_URL) ioredis');
process.stdout.write(JSON.stringify(out));
`;
  const samples: Array<Array<[string, number]>> = [];
  for (let i = 0; i < runs; i++) {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: app,
      env: consoleEnv(),
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(run.stderr);
    samples.push(JSON.parse(run.stdout) as Array<[string, number]>);
  }
  return (samples[0] ?? []).map(([phase], i) => {
    const values = samples.map((s) => s[i]?.[1] ?? 0).sort((a, b) => a - b);
    return { phase, ms: values[Math.floor(values.length / 2)] ?? 0 };
  });
}
