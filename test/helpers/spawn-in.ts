// Runs a statbot entry point from another working folder (e.g. one holding a .env file), through tsx.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NODE_FLAGS, watchChild } from './run-node.js';

const TSX = pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href;

/** The environment without statbot's own settings (so the test decides them), plus `env`. */
export function cleanEnv(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(SLACK_|DISCORD_|STATBOT_|LOG_LEVEL|REDIS_URL|PORT$)/.test(k),
    ),
  );
  return { ...base, ...env };
}

/** Starts `script` (a path in this checkout) with `cwd` as its working folder; the caller ends it. */
export function spawnIn(cwd: string, script: string, env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [...NODE_FLAGS, '--import', TSX, resolve(script)], {
    cwd,
    env: cleanEnv(env),
    stdio: 'pipe',
  });
  return watchChild(child);
}

/** Resolves once `read()` matches `pattern`, or rejects after `timeoutMs`. */
export async function waitForText(
  read: () => string,
  pattern: RegExp | string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const found = () => (typeof pattern === 'string' ? read().includes(pattern) : pattern.test(read()));
  while (!found()) {
    if (Date.now() > deadline)
      throw new Error(`no ${String(pattern)} within ${timeoutMs} ms; saw:\n${read()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
