// Wires the parts every entry point needs (packs, index, gaps store, shared state, rate limiter, service) and shutdown.
import type { Config } from '../config/config.js';
import { buildIndex } from '../core/retrieve/build-index.js';
import { warmExampleModels } from '../core/retrieve/example-model.js';
import { warmExampleSearches } from '../core/retrieve/example-search.js';
import { publicNamesOf, reviewStoredText } from '../gaps/keep-question.js';
import { openConfiguredGapsStore } from '../gaps/open-gaps-store.js';
import type { Logger } from '../logger.js';
import { loadPacks } from '../pack/load-pack.js';
import { openSharedState } from '../state/shared-state.js';
import type { Adapter, AdapterDeps } from './adapter.js';
import { createInFlight } from './in-flight.js';
import { createRateLimiter } from './rate-limit.js';
import { installShutdown } from './shutdown.js';
import { createStatbotService } from './statbot-service.js';

export { exitOnStartFailure } from './exit-on-start-failure.js';

/** When the packs' example models train, after start-up. */
const WARM_EXAMPLES_AFTER_MS = 1000;
const PRUNE_EVERY_MS = 6 * 60 * 60 * 1000;

/** Loads the packs and builds the service and its collaborators from validated settings. */
export function composeStatbot(config: Config, logger: Logger): Required<AdapterDeps> {
  logger.debug({ dir: config.knowledgeDir }, 'loading knowledge');
  const packs = loadPacks(config.knowledgeDir);
  const publicNames = publicNamesOf(packs);
  const { store: gaps, health: gapsHealth } = openConfiguredGapsStore(config, {
    logger,
    review: (text, reason) => reviewStoredText(text, publicNames, reason),
  });
  // Retention: every replica deletes expired rows (a repeat on a shared table deletes nothing).
  const prune = () => void Promise.resolve(gaps.prune()).catch(() => undefined);
  prune();
  setInterval(prune, PRUNE_EVERY_MS).unref();
  const state = openSharedState({
    logger,
    ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}),
    ...(gapsHealth ? { gapsHealth } : {}),
  });
  // One Redis connection for everything shared (and one outage log line), not one for rate limits besides.
  const limiter = createRateLimiter({
    ...config.rateLimit,
    logger,
    ...(state.redis ? { redis: state.redis } : {}),
  });
  const index = buildIndex(packs);
  const service = createStatbotService({
    index,
    gaps,
    admins: new Set(config.admins),
    limiter,
    logger,
    conversations: state.conversations,
    ...(state.turns ? { sharedTurns: state.turns } : {}),
  });
  logger.info({ packs: packs.map((p) => p.pack.id), facts: index.facts.length }, 'knowledge loaded');
  // The packs' example models train a second after start-up (a seventh of a second for the NSPCC pack), not in the
  // first question that needs one; not at once, which held up the first answer of a fresh process by as much.
  setTimeout(() => {
    warmExampleModels(packs);
    warmExampleSearches(packs);
  }, WARM_EXAMPLES_AFTER_MS).unref();
  const inFlight = createInFlight({
    onLateWork: () =>
      logger.warn('shutdown: a request arrived while shutting down; answering it before exit'),
  });
  return { service, logger, inFlight, state };
}

/** On SIGTERM/SIGINT: stop taking new work, let replies in progress finish, close everything, exit 0. */
export function handleShutdown(deps: Required<AdapterDeps>, adapters: readonly Adapter[]): void {
  installShutdown().manage(deps, adapters);
}
