import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStatsCommand } from '../helpers/discord-payloads.js';
import { type DiscordStandIn, startDiscordStandIn } from '../helpers/discord-stand-in.js';
import { spawnScript } from '../helpers/run-node.js';

let standIn: DiscordStandIn;
beforeAll(async () => {
  standIn = await startDiscordStandIn({ shards: 2 });
});
afterAll(async () => {
  await standIn.close();
});

describe('Discord sharding (ShardingManager)', () => {
  it('asks Discord for the shard count, runs one process per shard, and both answer', async () => {
    const bot = spawnScript('src/main.ts', {
      DISCORD_TOKEN: 'shard-token',
      DISCORD_API_URL: standIn.apiUrl,
      STATBOT_DISCORD_SHARDS: 'auto',
      LOG_LEVEL: 'info',
    });
    await standIn.ready();
    expect([...standIn.identified].sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    await new Promise((r) => setTimeout(r, 500));
    for (const shard of [0, 1]) {
      const interaction = makeStatsCommand('ask', [
        { name: 'question', type: 3, value: 'how often was snapchat used?' },
      ]);
      standIn.dispatch('INTERACTION_CREATE', interaction, shard);
      const call = await standIn.waitFor(
        (c) => c.path.startsWith(`/api/v10/interactions/${interaction.id}/`),
        10_000,
      );
      expect(JSON.stringify(call.body)).toContain('Snapchat was used in');
    }
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.output().stderr).toContain('discord adapter started (sharded)');
  }, 60_000);
});
