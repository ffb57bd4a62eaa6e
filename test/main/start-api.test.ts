import { describe, expect, it } from 'vitest';
import { freePort } from '../helpers/free-port.js';
import { runScript, spawnScript } from '../helpers/run-node.js';
import { waitForText } from '../helpers/spawn-in.js';

const TOKEN = 'main-api-token-0123456789';

describe('npm start with STATBOT_API_TOKENS', () => {
  it('starts the HTTP API instead of the console, answers, and exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const bot = spawnScript('src/main.ts', {
      STATBOT_API_TOKENS: TOKEN,
      STATBOT_API_PORT: String(port),
      STATBOT_API_HOST: '127.0.0.1',
      STATBOT_DB_PATH: ':memory:',
      LOG_LEVEL: 'info',
    });
    await waitForText(() => bot.output().stderr, 'http api started', 20_000);
    const res = await fetch(`http://127.0.0.1:${port}/v1/ask`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'snapchat?' }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { text: string }).text).toContain('Snapchat was used in 20 percent');
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    const { stdout, stderr } = bot.output();
    expect(stdout).toBe('');
    expect(stderr).not.toContain(TOKEN);
  }, 30_000);

  it('fails start-up naming the variable when a token is too short', async () => {
    const { code, stderr } = await runScript('src/main.ts', [], '', { STATBOT_API_TOKENS: 'short' });
    expect(code).toBe(1);
    expect(stderr).toContain('STATBOT_API_TOKENS: each token must be at least 16 characters');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
