// Composition root for `npm start`: loads settings and packs, then starts Slack, Discord or the console.
import { createAdapter as createConsoleAdapter } from '../adapters/console/console-adapter.js';
import type { Adapter } from './app/adapter.js';
import { createStatbotService } from './app/statbot-service.js';
import { loadConfig } from './config/config.js';
import { buildIndex } from './core/build-index.js';
import { StatbotError } from './errors.js';
import { createLogger } from './logger.js';
import { loadPacks } from './pack/load-pack.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const onPlatform = Boolean(config.slack || config.discord);
  const logger = createLogger(config.logLevel ?? (onPlatform ? 'info' : 'warn'));
  const packs = loadPacks(config.knowledgeDir);
  const service = createStatbotService({ index: buildIndex(packs) });
  logger.info({ packs: packs.map((p) => p.pack.id), facts: service.index.facts.length }, 'knowledge loaded');
  const adapters: Adapter[] = [];
  if (!onPlatform) adapters.push(createConsoleAdapter({ service, logger }));
  await Promise.all(adapters.map((a) => a.start()));
}

main().catch((error: unknown) => {
  const message =
    error instanceof StatbotError
      ? error.message
      : `statbot could not start: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
