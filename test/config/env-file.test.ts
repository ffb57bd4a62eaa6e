import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEnvFile } from '../../src/config/env-file.js';
import { PLATFORM_HINT, platformHint } from '../../src/config/platform-hint.js';

function envFile(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'statbot-dotenv-')), '.env');
  writeFileSync(path, content);
  return path;
}

describe('loadEnvFile', () => {
  it('adds what the file sets and the environment does not; the environment wins', () => {
    const env: NodeJS.ProcessEnv = { SLACK_BOT_TOKEN: 'xoxb-real', PORT: '' };
    const taken = loadEnvFile(
      envFile(
        '# comment\nSLACK_BOT_TOKEN=xoxb-file\nSLACK_APP_TOKEN="xapp-file"\nPORT=4000\nLOG_LEVEL=debug\n',
      ),
      env,
    );
    expect(env).toEqual({
      SLACK_BOT_TOKEN: 'xoxb-real',
      SLACK_APP_TOKEN: 'xapp-file',
      PORT: '',
      LOG_LEVEL: 'debug',
    });
    expect(taken.sort()).toEqual(['LOG_LEVEL', 'SLACK_APP_TOKEN']);
  });

  it('is a no-op without a file', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(loadEnvFile(join(tmpdir(), 'statbot-no-such-dir', '.env'), env)).toEqual([]);
    expect(env).toEqual({});
  });
});

describe('platformHint', () => {
  it.each([
    [false, true, PLATFORM_HINT],
    [false, false, undefined],
    [true, true, undefined],
  ])('a platform configured=%s, on a terminal=%s → %s', (anyPlatform, tty, expected) => {
    expect(platformHint(anyPlatform, tty)).toBe(expected);
  });
});
