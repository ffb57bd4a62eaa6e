import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript, spawnScript } from '../helpers/run-node.js';
import { makeMention } from '../helpers/slack-payloads.js';
import { type SlackStandIn, startSlackStandIn } from '../helpers/slack-stand-in.js';

let standIn: SlackStandIn;
beforeAll(async () => {
  standIn = await startSlackStandIn();
});
afterAll(async () => {
  await standIn.close();
});

describe('npm start with Slack settings', () => {
  it('starts the Slack adapter in Socket Mode, answers, and exits 0 on SIGTERM', async () => {
    const bot = spawnScript('src/main.ts', {
      SLACK_BOT_TOKEN: 'xoxb-main-test-token',
      SLACK_APP_TOKEN: 'xapp-main-test-token',
      SLACK_API_URL: standIn.apiUrl,
      LOG_LEVEL: 'info',
    });
    await standIn.socket();
    await standIn.sendEnvelope(
      'events_api',
      makeMention({ channel: 'CMAIN', text: '<@UBOT> snapchat?' }),
      'main-1',
    );
    const call = await standIn.waitFor('chat.postMessage', (c) => c.body.channel === 'CMAIN', 10_000);
    expect(String(call.body.text)).toContain('Snapchat was used in 20 percent');
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    const { stdout, stderr } = bot.output();
    expect(stdout).toBe('');
    expect(stderr).toContain('slack adapter started');
    expect(stderr).not.toContain('xoxb-main-test-token');
    expect(stderr).not.toContain('xapp-main-test-token');
  });

  it('fails start-up with a clear message when Slack rejects the token', async () => {
    standIn.failMethod('auth.test', 'invalid_auth');
    const { code, stderr } = await runScript('src/main.ts', [], '', {
      SLACK_BOT_TOKEN: 'xoxb-rejected-token',
      SLACK_SIGNING_SECRET: 'secret',
      PORT: '0',
      SLACK_API_URL: standIn.apiUrl,
    });
    standIn.failMethod('auth.test', undefined);
    expect(code).toBe(1);
    expect(stderr).toContain('Slack did not accept SLACK_BOT_TOKEN (invalid_auth)');
    expect(stderr).not.toContain('xoxb-rejected-token');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('fails fast when settings contradict each other', async () => {
    const { code, stderr } = await runScript('src/main.ts', [], '', { SLACK_BOT_TOKEN: 'xoxb-x' });
    expect(code).toBe(1);
    expect(stderr).toContain(
      'Slack needs SLACK_APP_TOKEN (Socket Mode, recommended) or SLACK_SIGNING_SECRET (HTTP mode)',
    );
  });
});
