import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanEnv } from '../helpers/spawn-in.js';

const PLATFORM_LIBRARIES = ['@slack/bolt', 'discord.js', 'ioredis'];

/** Runs `npm start`'s entry with one piped question; returns the packages it imported. */
async function packagesImported(env: NodeJS.ProcessEnv): Promise<string[]> {
  const log = join(mkdtempSync(join(tmpdir(), 'statbot-imports-')), 'imports.txt');
  writeFileSync(log, '');
  const recorder = pathToFileURL(resolve('test/fixtures/record-imports.mjs')).href;
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', recorder, 'src/main.ts'], {
    env: cleanEnv({ STATBOT_DB_PATH: ':memory:', IMPORT_LOG: log, ...env }),
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  child.stdin.end('snapchat?\n');
  await new Promise((r) => child.on('close', r));
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

describe('cold start: each platform library loads only when that platform is configured', () => {
  it('the console loads neither Bolt, discord.js nor ioredis', async () => {
    const imported = await packagesImported({});
    expect(imported).toContain('pino');
    expect(PLATFORM_LIBRARIES.filter((p) => imported.includes(p))).toEqual([]);
  });

  it('Slack settings load Bolt (and still not discord.js)', async () => {
    const imported = await packagesImported({
      SLACK_BOT_TOKEN: 'xoxb-lazy',
      SLACK_APP_TOKEN: 'xapp-lazy',
      SLACK_API_URL: 'http://127.0.0.1:1/api/',
    });
    expect(imported).toContain('@slack/bolt');
    expect(imported).not.toContain('discord.js');
  }, 30_000);
});
