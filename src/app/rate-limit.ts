// Per-user rate limiting shared by every adapter: in memory by default, in Redis when REDIS_URL is set.
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Logger } from '../logger.js';

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Spends one point of `key`'s allowance. */
  consume(key: string): Promise<RateVerdict>;
  close(): Promise<void>;
}

export interface RateLimitOptions {
  points: number;
  windowSeconds: number;
  redisUrl?: string;
  logger: Logger;
}

/** Builds the limiter; with Redis, an in-memory limiter takes over while Redis is unreachable. */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const memory = new RateLimiterMemory({
    points: options.points,
    duration: options.windowSeconds,
    keyPrefix: 'statbot',
  });
  let redis: Redis | undefined;
  const limiter = options.redisUrl
    ? (() => {
        redis = new Redis(options.redisUrl, {
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          lazyConnect: false,
        });
        redis.on('error', (error: Error) =>
          options.logger.warn({ err: error }, 'rate limit: redis error; using the in-memory limit meanwhile'),
        );
        return new RateLimiterRedis({
          storeClient: redis,
          points: options.points,
          duration: options.windowSeconds,
          keyPrefix: 'statbot:rl',
          insuranceLimiter: memory,
        });
      })()
    : memory;
  return {
    async consume(key) {
      try {
        await limiter.consume(key);
        return { allowed: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes)
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        // A store failure must not stop people getting answers.
        options.logger.warn({ err: rejection }, 'rate limit: store failed; letting the request through');
        return { allowed: true };
      }
    },
    async close() {
      await redis?.quit().catch(() => undefined);
    },
  };
}
