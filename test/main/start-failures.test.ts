import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run-node.js';
import { makeEditedPack } from '../helpers/temp-pack.js';

// Nothing listens on port 1 of the loopback address: connections are refused at once.
const UNREACHABLE = 'http://127.0.0.1:1/api';

describe.concurrent('start-up fails clearly, never hangs', () => {
  it('refuses a broken knowledge pack, naming the file and the field', async () => {
    const dir = makeEditedPack((file) => {
      (file.facts as Array<Record<string, unknown>>)[0] = {
        ...(file.facts as Array<Record<string, unknown>>)[0],
        quote: 'Not in the article at all.',
      };
    });
    const { code, stderr } = await runScript('src/main.ts', [], '', { STATBOT_KNOWLEDGE_DIR: dir });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /facts\.yml: facts\.0\(facebook-apps-over-half\)\.quote: is not word for word in the source text/,
    );
  });

  it('stops with a clear message when the Slack API cannot be reached', async () => {
    const started = Date.now();
    const { code, stderr } = await runScript('src/main.ts', [], '', {
      SLACK_BOT_TOKEN: 'xoxb-x',
      SLACK_APP_TOKEN: 'xapp-x',
      SLACK_API_URL: `${UNREACHABLE}/`,
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /Could not reach the Slack API \(.+\)\. Check the network, a proxy if you use one, and SLACK_API_URL if set\./,
    );
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 40_000);

  it('stops with a clear message when the Discord API cannot be reached', async () => {
    const started = Date.now();
    const { code, stderr } = await runScript('src/main.ts', [], '', {
      DISCORD_TOKEN: 'x.y.z',
      DISCORD_API_URL: UNREACHABLE,
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/Could not reach the Discord API \(.+\)/);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 40_000);
});
