// Wires the parts every entry point needs (packs, index, gaps store, rate limiter, service) and shutdown.
import type { Config } from '../config/config.js';
import { buildIndex } from '../core/build-index.js';
import { openGapsStore } from '../gaps/gaps-store.js';
import type { Logger } from '../logger.js';
import { loadPacks } from '../pack/load-pack.js';
import type { Adapter, AdapterDeps } from './adapter.js';
import { createInFlight } from './in-flight.js';
import { createRateLimiter } from './rate-limit.js';
import { createStatbotService } from './statbot-service.js';

/** How long shutdown waits for replies in progress. */
const SHUTDOWN_GRACE_MS = 10_000;
const PRUNE_EVERY_MS = 6 * 60 * 60 * 1000;

/** Loads the packs and builds the service and its collaborators from validated settings. */
export function composeStatbot(config: Config, logger: Logger): Required<AdapterDeps> {
  const packs = loadPacks(config.knowledgeDir);
  const gaps = openGapsStore({ path: config.dbPath, retentionDays: config.gapsRetentionDays, logger });
  gaps.prune();
  setInterval(() => gaps.prune(), PRUNE_EVERY_MS).unref();
  const limiter = createRateLimiter({ ...config.rateLimit, logger });
  const service = createStatbotService({
    index: buildIndex(packs),
    gaps,
    admins: new Set(config.admins),
    limiter,
  });
  logger.info({ packs: packs.map((p) => p.pack.id), facts: service.index.facts.length }, 'knowledge loaded');
  return { service, logger, inFlight: createInFlight() };
}

/** On SIGTERM/SIGINT: stop taking new work, let replies in progress finish, close everything, exit 0. */
export function handleShutdown(deps: Required<AdapterDeps>, adapters: readonly Adapter[]): void {
  const shutdown = async (signal: string) => {
    deps.logger.info(
      { signal, inFlight: deps.inFlight.active },
      'shutting down: no new work, finishing replies in progress',
    );
    if (!(await deps.inFlight.drain(SHUTDOWN_GRACE_MS))) {
      deps.logger.warn(
        { inFlight: deps.inFlight.active },
        'shutdown: gave up waiting for replies in progress',
      );
    }
    await Promise.allSettled(adapters.map((a) => a.stop()));
    await deps.service.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

/** Prints a start-up failure without a stack trace or secret, and exits 1. */
export function exitOnStartFailure(scrub: (text: string) => string, isExpected: (error: unknown) => boolean) {
  return (error: unknown) => {
    const message = isExpected(error)
      ? (error as Error).message
      : `statbot could not start: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`${scrub(message)}\n`);
    process.exit(1);
  };
}
