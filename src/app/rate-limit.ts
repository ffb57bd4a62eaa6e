// Per-user rate limiting shared by every adapter: in memory by default, in Redis when REDIS_URL is set.
// rate-limiter-flexible and ioredis load on first use, so a process that never limits never pays for them.
import type { Redis } from 'ioredis';
import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import type { Logger } from '../logger.js';
import type { SharedRedis } from '../state/shared-redis.js';

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Spends one point of `key`'s allowance. */
  consume(key: string): Promise<RateVerdict>;
  /** Closes the Redis connection, if any (reachable or not), so the process can exit. */
  close(): Promise<void>;
}

export interface RateLimitOptions {
  points: number;
  windowSeconds: number;
  redisUrl?: string;
  /** A connection shared with the rest of statbot (it logs outages itself and is closed by its owner). */
  redis?: SharedRedis;
  logger: Logger;
}

/** Reconnect delay after the n-th failed attempt: 0.5 s, 1 s, 2 s … at most 30 s. */
export function redisBackoffMs(attempt: number): number {
  return Math.min(30_000, 250 * 2 ** Math.min(attempt, 7));
}

interface Built {
  limiter: RateLimiterAbstract;
  isRejection: (value: unknown) => value is RateLimiterRes;
}

/** Logs an outage once when it starts and once when Redis is back, not on every reconnect attempt. */
function watchRedis(redis: Redis, logger: Logger): void {
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn(
      { err: error },
      'rate limit: redis unreachable; using the in-memory limit until it is back (retrying with back-off)',
    );
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info('rate limit: redis is reachable again; limits are shared again');
  });
}

/** Builds the limiter; with Redis, an in-memory limiter takes over while Redis is unreachable. */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  let redis: Redis | undefined;
  let closed = false;
  const build = async (): Promise<Built> => {
    const { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } = await import('rate-limiter-flexible');
    const isRejection = (value: unknown): value is RateLimiterRes => value instanceof RateLimiterRes;
    const memory = new RateLimiterMemory({
      points: options.points,
      duration: options.windowSeconds,
      keyPrefix: 'statbot',
    });
    const shared = options.redis ? await options.redis.raw() : undefined;
    if (shared && !closed) {
      const limiter = new RateLimiterRedis({
        storeClient: shared,
        points: options.points,
        duration: options.windowSeconds,
        keyPrefix: 'statbot:rl',
        insuranceLimiter: memory,
      });
      return { limiter, isRejection };
    }
    if (!options.redisUrl || options.redis || closed) return { limiter: memory, isRejection };
    const { Redis } = await import('ioredis');
    if (closed) return { limiter: memory, isRejection };
    redis = new Redis(options.redisUrl, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      retryStrategy: redisBackoffMs,
    });
    watchRedis(redis, options.logger);
    // Give the first connection a moment, so the first questions share the limit rather than each replica
    // counting alone; an unreachable Redis answers with an error at once, and the wait is bounded anyway.
    const connecting = redis;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 1000);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      connecting.once('ready', done);
      connecting.once('error', done);
    });
    const limiter = new RateLimiterRedis({
      storeClient: redis,
      points: options.points,
      duration: options.windowSeconds,
      keyPrefix: 'statbot:rl',
      insuranceLimiter: memory,
    });
    return { limiter, isRejection };
  };
  let built: Promise<Built> | undefined;
  const ready = () => {
    built ??= build();
    return built;
  };
  // With Redis, connect at start-up rather than on the first question.
  if (options.redisUrl || options.redis) void ready();
  return {
    async consume(key) {
      const { limiter, isRejection } = await ready();
      try {
        await limiter.consume(key);
        return { allowed: true };
      } catch (rejection) {
        if (isRejection(rejection))
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        // A store failure must not stop people getting answers.
        options.logger.warn({ err: rejection }, 'rate limit: store failed; letting the request through');
        return { allowed: true };
      }
    },
    async close() {
      closed = true;
      await built?.catch(() => undefined);
      if (!redis) return;
      const client = redis;
      redis = undefined;
      if (client.status !== 'ready') {
        // Not connected (or reconnecting): QUIT could wait for a server that is not there.
        client.disconnect();
        return;
      }
      const quit = client.quit().catch(() => undefined);
      const timer = setTimeout(() => client.disconnect(), 1000);
      await quit;
      clearTimeout(timer);
    },
  };
}
