// Answers each Slack delivery once: an event id (or a command's or click's trigger) is claimed with Redis
// SET NX, so a retry that reaches another replica is dropped there; per process while Redis is unreachable.
import { createHash } from 'node:crypto';
import { createRecentKeys } from '../app/recent-keys.js';
import type { SharedRedis } from './shared-redis.js';

export interface DeliveryDedup {
  /** True the first time `key` is seen by any replica (within an hour); false for a repeat. */
  claim(key: string): Promise<boolean>;
}

const TTL_MS = 60 * 60 * 1000;

/** The Redis key for a delivery: hashed, because command and click keys hold user ids. */
export function deliveryRedisKey(key: string): string {
  return `statbot:seen:${createHash('sha256').update(key).digest('base64url')}`;
}

/** De-duplication in this process, and across replicas when `redis` is given. */
export function createDeliveryDedup(redis?: SharedRedis): DeliveryDedup {
  // Checked first, so a replay to the same replica costs no round trip, and kept while Redis is away.
  const local = createRecentKeys({ max: 10_000, ttlMs: TTL_MS });
  return {
    async claim(key) {
      if (local.checkAndAdd(key)) return false;
      const client = await redis?.client();
      if (!client) return true;
      try {
        return (await client.set(deliveryRedisKey(key), '1', 'PX', TTL_MS, 'NX')) === 'OK';
      } catch {
        // Unreachable: answering twice is better than not answering at all.
        return true;
      }
    },
  };
}
