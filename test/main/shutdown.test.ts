import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnScript } from '../helpers/run-node.js';
import { makeMention } from '../helpers/slack-payloads.js';
import { type SlackStandIn, startSlackStandIn } from '../helpers/slack-stand-in.js';

let standIn: SlackStandIn;
beforeAll(async () => {
  standIn = await startSlackStandIn();
});
afterAll(async () => {
  await standIn.close();
});

describe('graceful shutdown', () => {
  it('lets a reply in progress finish after SIGTERM, then exits 0', async () => {
    const bot = spawnScript('src/main.ts', {
      SLACK_BOT_TOKEN: 'xoxb-shutdown',
      SLACK_APP_TOKEN: 'xapp-shutdown',
      SLACK_API_URL: standIn.apiUrl,
      LOG_LEVEL: 'info',
    });
    await standIn.socket();
    standIn.delayMethod('chat.postMessage', 1500);
    await standIn.sendEnvelope(
      'events_api',
      makeMention({ channel: 'C-term', text: '<@UBOT> snapchat?' }),
      'term-1',
    );
    const call = await standIn.waitFor('chat.postMessage', (c) => c.body.channel === 'C-term', 10_000);
    expect(call.respondedAt).toBeUndefined();
    const signalledAt = Date.now();
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(call.respondedAt).toBeGreaterThan(signalledAt);
    expect(JSON.stringify(call.body.blocks)).toContain('Snapchat was used in');
    expect(bot.output().stderr).toContain('shutting down: no new work, finishing replies in progress');
    standIn.delayMethod('chat.postMessage', 0);
  });
});
