// Runs one of statbot's TypeScript entry points in a child process, the way npm scripts do.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** This process's environment without statbot's own settings, plus `env` (and an in-memory gaps database). */
function childEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(SLACK_|DISCORD_|STATBOT_|LOG_LEVEL)/.test(k)),
  );
  return { ...base, STATBOT_DB_PATH: ':memory:', ...env };
}

/** Node's own flags for every entry point a test starts, as `npm start` passes them (see vitest.config.ts). */
export const NODE_FLAGS = ['--no-regexp-tier-up'];

/** Starts a long-running entry point; the caller ends it (e.g. with SIGTERM) and awaits `exited`. */
export function spawnScript(script: string, env: NodeJS.ProcessEnv, args: string[] = []) {
  const child = spawn(process.execPath, [...NODE_FLAGS, '--import', 'tsx', script, ...args], {
    env: childEnv(env),
    stdio: 'pipe',
  });
  return watchChild(child);
}

/** Collects a child's output and resolves `exited` with its exit code. */
export function watchChild(child: ChildProcessWithoutNullStreams) {
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  return { child, exited, output: () => ({ stdout, stderr }) };
}

/** Runs `node --no-regexp-tier-up --import tsx <script> ...args` with `input` on stdin and a clean platform-free environment. */
export async function runScript(
  script: string,
  args: string[],
  input = '',
  env: NodeJS.ProcessEnv = {},
): Promise<RunResult> {
  const run = spawnScript(script, env, args);
  run.child.stdin.end(input);
  const code = await run.exited;
  return { code, ...run.output() };
}
