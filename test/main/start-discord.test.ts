import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStatsCommand } from '../helpers/discord-payloads.js';
import { type DiscordStandIn, startDiscordStandIn } from '../helpers/discord-stand-in.js';
import { runScript, spawnScript } from '../helpers/run-node.js';
import { makeMention } from '../helpers/slack-payloads.js';
import { type SlackStandIn, startSlackStandIn } from '../helpers/slack-stand-in.js';

let discord: DiscordStandIn;
let slack: SlackStandIn;
beforeAll(async () => {
  [discord, slack] = await Promise.all([startDiscordStandIn(), startSlackStandIn()]);
});
afterAll(async () => {
  await Promise.all([discord.close(), slack.close()]);
});

describe('npm start with Discord settings', () => {
  it('runs Slack and Discord in one process, answers on both, and exits 0 on SIGTERM', async () => {
    const bot = spawnScript('src/main.ts', {
      DISCORD_TOKEN: 'main-discord-token',
      DISCORD_API_URL: discord.apiUrl,
      SLACK_BOT_TOKEN: 'xoxb-main-both',
      SLACK_APP_TOKEN: 'xapp-main-both',
      SLACK_API_URL: slack.apiUrl,
    });
    await discord.ready();
    await slack.socket();
    await new Promise((r) => setTimeout(r, 300));
    const interaction = makeStatsCommand('ask', [
      { name: 'question', type: 3, value: 'how many cases were recorded?' },
    ]);
    discord.dispatch('INTERACTION_CREATE', interaction);
    const call = await discord.waitFor(
      (c) => c.path.startsWith(`/api/v10/interactions/${interaction.id}/`),
      10_000,
    );
    expect(JSON.stringify(call.body)).toContain('1,220');
    await slack.sendEnvelope(
      'events_api',
      makeMention({ channel: 'CBOTH', text: '<@UBOT> snapchat?' }),
      'both-1',
    );
    await slack.waitFor('chat.postMessage', (c) => c.body.channel === 'CBOTH', 10_000);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.output().stderr).not.toContain('main-discord-token');
  });

  it('fails start-up with a clear message when Discord rejects the token', async () => {
    discord.rejectToken(true);
    const { code, stderr } = await runScript('src/main.ts', [], '', {
      DISCORD_TOKEN: 'rejected-discord-token',
      DISCORD_API_URL: discord.apiUrl,
    });
    discord.rejectToken(false);
    expect(code).toBe(1);
    expect(stderr).toMatch(/Discord did not accept DISCORD_TOKEN/);
    expect(stderr).not.toContain('rejected-discord-token');
  });
});
