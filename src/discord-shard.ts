// Entry point of one Discord shard process, spawned by discord.js's ShardingManager (SHARDS/SHARD_COUNT set).
import { createAdapter } from '../adapters/discord/adapter.js';
import { discordSettingsFrom } from '../adapters/discord/settings.js';
import { composeStatbot, exitOnStartFailure, handleShutdown } from './app/compose.js';
import { loadConfig } from './config/config.js';
import { StatbotError } from './errors.js';
import { createLogger, scrubSecrets } from './logger.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const discord = discordSettingsFrom(process.env);
  if (!discord) throw new StatbotError('DISCORD_SHARD', 'A Discord shard needs DISCORD_TOKEN.');
  const logger = createLogger(config.logLevel ?? 'info').child({ shards: process.env.SHARDS });
  const deps = composeStatbot(config, logger);
  const adapter = createAdapter(deps, discord);
  handleShutdown(deps, [adapter]);
  await adapter.start();
}

main().catch(exitOnStartFailure(scrubSecrets, (error) => error instanceof StatbotError));
