// Composition root for `npm start`: loads settings and packs, then starts Slack, Discord or the console.
import { createAdapter as createConsoleAdapter } from '../adapters/console/console-adapter.js';
import { createAdapter as createDiscordAdapter } from '../adapters/discord/discord-adapter.js';
import { createAdapter as createSlackAdapter } from '../adapters/slack/slack-adapter.js';
import type { Adapter } from './app/adapter.js';
import { createInFlight } from './app/in-flight.js';
import { createRateLimiter } from './app/rate-limit.js';
import { createStatbotService } from './app/statbot-service.js';
import { loadConfig } from './config/config.js';
import { buildIndex } from './core/build-index.js';
import { StatbotError } from './errors.js';
import { openGapsStore } from './gaps/gaps-store.js';
import { createLogger, scrubSecrets } from './logger.js';
import { loadPacks } from './pack/load-pack.js';

/** How long shutdown waits for replies in progress. */
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const onPlatform = Boolean(config.slack || config.discord);
  const logger = createLogger(config.logLevel ?? (onPlatform ? 'info' : 'warn'));
  const packs = loadPacks(config.knowledgeDir);
  const gaps = openGapsStore({ path: config.dbPath, retentionDays: config.gapsRetentionDays, logger });
  gaps.prune();
  setInterval(() => gaps.prune(), 6 * 60 * 60 * 1000).unref();
  const limiter = createRateLimiter({ ...config.rateLimit, logger });
  const service = createStatbotService({
    index: buildIndex(packs),
    gaps,
    admins: new Set(config.admins),
    limiter,
  });
  logger.info({ packs: packs.map((p) => p.pack.id), facts: service.index.facts.length }, 'knowledge loaded');

  const inFlight = createInFlight();
  const deps = { service, logger, inFlight };
  const adapters: Adapter[] = [];
  if (config.slack) adapters.push(createSlackAdapter(deps, config.slack));
  if (config.discord) adapters.push(createDiscordAdapter(deps, config.discord));
  if (!onPlatform) adapters.push(createConsoleAdapter(deps));

  const shutdown = async (signal: string) => {
    logger.info(
      { signal, inFlight: inFlight.active },
      'shutting down: no new work, finishing replies in progress',
    );
    const finished = await inFlight.drain(SHUTDOWN_GRACE_MS);
    if (!finished)
      logger.warn({ inFlight: inFlight.active }, 'shutdown: gave up waiting for replies in progress');
    await Promise.allSettled(adapters.map((a) => a.stop()));
    await service.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  await Promise.all(adapters.map((a) => a.start()));
}

main().catch((error: unknown) => {
  const message =
    error instanceof StatbotError
      ? error.message
      : `statbot could not start: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${scrubSecrets(message)}\n`);
  process.exit(1);
});
