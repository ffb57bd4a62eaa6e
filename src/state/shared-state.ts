// The state replicas share when REDIS_URL / DATABASE_URL are set, or this process's own when they are not.
import type { Logger } from '../logger.js';
import {
  type ConversationStore,
  createMemoryConversationStore,
  createRedisConversationStore,
} from './conversation-store.js';
import { createDeliveryDedup, type DeliveryDedup } from './delivery-dedup.js';
import type { DependencyHealth, DependencyProbe } from './dependency-health.js';
import { openSharedRedis, type SharedRedis } from './shared-redis.js';
import { createRedisTurns, type SharedTurns } from './turn-store.js';

export interface SharedState {
  conversations: ConversationStore;
  /** Answered turns a 👎 on another replica can find (only with Redis). */
  turns?: SharedTurns;
  /** Slack deliveries answered once, across replicas. */
  deliveries: DeliveryDedup;
  /** Each configured dependency, for /readyz. */
  dependencies: DependencyProbe;
  /** The connection itself, for the rate limiter (only with Redis). */
  redis?: SharedRedis;
  close(): Promise<void>;
}

export interface SharedStateOptions {
  redisUrl?: string;
  logger: Logger;
  /** The gaps database's probe, when it is PostgreSQL. */
  gapsHealth?: () => Promise<DependencyHealth>;
}

/** Opens the Redis connection (in the background) when one is configured. */
export function openSharedState(options: SharedStateOptions): SharedState {
  const redis = options.redisUrl
    ? openSharedRedis({ url: options.redisUrl, logger: options.logger })
    : undefined;
  return {
    conversations: redis ? createRedisConversationStore(redis) : createMemoryConversationStore(),
    ...(redis ? { turns: createRedisTurns(redis), redis } : {}),
    deliveries: createDeliveryDedup(redis),
    dependencies: async () => [
      ...(redis ? [redis.health()] : []),
      ...(options.gapsHealth ? [await options.gapsHealth()] : []),
    ],
    close: async () => {
      await redis?.close();
    },
  };
}
