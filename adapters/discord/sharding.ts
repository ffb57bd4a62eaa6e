// Runs the Discord adapter as several shard processes with discord.js's ShardingManager.
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import type { Adapter, AdapterDeps } from '../../src/app/adapter.js';
import { startFailure } from '../../src/app/start-error.js';
import { restOptions } from './rest-backoff.js';
import type { DiscordConfig } from './settings.js';

/** How many shards Discord recommends (GET /gateway/bot), through DISCORD_API_URL when set. */
async function recommendedShards(config: DiscordConfig): Promise<number> {
  const rest = new REST({ version: '10', ...restOptions(config.apiUrl) }).setToken(config.token);
  const gateway = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return Math.max(1, gateway.shards);
}

/**
 * A sharded Discord adapter. `shardEntry` is the shard entry point without extension: the built `.js`
 * when running compiled code, else the `.ts` source run through tsx.
 */
export function createShardedAdapter(deps: AdapterDeps, config: DiscordConfig, shardEntry: URL): Adapter {
  let manager: ShardingManager | undefined;
  return {
    name: 'discord (sharded)',
    async start() {
      let totalShards: number;
      try {
        totalShards = config.shards === 'auto' ? await recommendedShards(config) : config.shards;
      } catch (error) {
        throw startFailure('Discord', 'DISCORD_TOKEN', 'DISCORD_API_URL', error);
      }
      const compiled = fileURLToPath(shardEntry).includes('/dist/');
      manager = new ShardingManager(`${fileURLToPath(shardEntry)}.${compiled ? 'js' : 'ts'}`, {
        token: config.token,
        totalShards,
        respawn: true,
        ...(compiled ? {} : { execArgv: ['--import', 'tsx'] }),
      });
      manager.on('shardCreate', (shard) =>
        deps.logger.info({ shard: shard.id, totalShards }, 'discord shard started'),
      );
      await manager.spawn({ timeout: 60_000 });
      deps.logger.info({ totalShards }, 'discord adapter started (sharded)');
    },
    async stop() {
      if (!manager) return;
      // Shard.kill() drops the respawn listener first, then sends SIGTERM: each shard shuts down gracefully.
      for (const shard of manager.shards.values()) shard.kill();
    },
  };
}
