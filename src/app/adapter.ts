// The shape every platform adapter shares, and what the composition root hands to each.
import type { Logger } from '../logger.js';
import type { SharedState } from '../state/shared-state.js';
import type { InFlight } from './in-flight.js';
import type { StatbotService } from './statbot-service.js';

/** A running platform connection. */
export interface Adapter {
  readonly name: string;
  start(): Promise<void>;
  /** Stops taking new work and closes connections. */
  stop(): Promise<void>;
}

/** What an adapter needs from the rest of statbot. */
export interface AdapterDeps {
  service: StatbotService;
  logger: Logger;
  /** Shared tracker of running work, for graceful shutdown (optional in tests). */
  inFlight?: InFlight;
  /** Delivery de-duplication and dependency health, shared by replicas when Redis is configured. */
  state?: Pick<SharedState, 'deliveries' | 'dependencies' | 'close'>;
}
