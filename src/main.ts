// Composition root for `npm start`: starts Slack, Discord (in process, or sharded) or the console.
import { createAdapter as createConsoleAdapter } from '../adapters/console/console-adapter.js';
import { createAdapter as createDiscordAdapter } from '../adapters/discord/discord-adapter.js';
import { createShardedAdapter } from '../adapters/discord/sharding.js';
import { createAdapter as createSlackAdapter } from '../adapters/slack/slack-adapter.js';
import type { Adapter } from './app/adapter.js';
import { composeStatbot, exitOnStartFailure, handleShutdown } from './app/compose.js';
import { loadConfig } from './config/config.js';
import { StatbotError } from './errors.js';
import { createLogger, scrubSecrets } from './logger.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const onPlatform = Boolean(config.slack || config.discord);
  const logger = createLogger(config.logLevel ?? (onPlatform ? 'info' : 'warn'));
  const deps = composeStatbot(config, logger);
  const adapters: Adapter[] = [];
  if (config.slack) adapters.push(createSlackAdapter(deps, config.slack));
  if (config.discord) {
    const sharded = config.discord.shards !== 1;
    adapters.push(
      sharded
        ? createShardedAdapter(deps, config.discord, new URL('./discord-shard', import.meta.url))
        : createDiscordAdapter(deps, config.discord),
    );
  }
  if (!onPlatform) adapters.push(createConsoleAdapter(deps));
  handleShutdown(deps, adapters);
  await Promise.all(adapters.map((a) => a.start()));
}

main().catch(exitOnStartFailure(scrubSecrets, (error) => error instanceof StatbotError));
