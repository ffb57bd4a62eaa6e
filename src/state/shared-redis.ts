// One Redis connection for the state replicas share (rate limits, conversation context, Slack de-duplication).
// ioredis loads only when REDIS_URL is set; an outage is logged once when it starts and once when it ends.
import type { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import { type DependencyHealth, reasonOf } from './dependency-health.js';

export interface SharedRedis {
  /** The connected client, or undefined while Redis is unreachable (callers go on without it). */
  client(): Promise<Redis | undefined>;
  /** The client whatever its state, for a library that handles outages itself (the rate limiter). */
  raw(): Promise<Redis | undefined>;
  health(): DependencyHealth;
  close(): Promise<void>;
}

export interface SharedRedisOptions {
  url: string;
  logger: Logger;
  /** A command that gets no answer within this time fails (the reply goes on without Redis). */
  commandTimeoutMs?: number;
}

/** Reconnect delay after the n-th failed attempt: 0.5 s, 1 s, 2 s … at most 30 s (as for rate limits). */
const backoffMs = (attempt: number) => Math.min(30_000, 250 * 2 ** Math.min(attempt, 7));
/** How long the first use waits for the first connection (once; later uses never wait). */
const FIRST_CONNECT_MS = 1000;

/** Connects at once, in the background; never throws. */
export function openSharedRedis(options: SharedRedisOptions): SharedRedis {
  const log = options.logger.child({ component: 'redis' });
  let redis: Redis | undefined;
  let closed = false;
  let lastError = 'not connected yet';
  const connecting = (async () => {
    const { Redis } = await import('ioredis');
    if (closed) return;
    const client = new Redis(options.url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: options.commandTimeoutMs ?? 500,
      retryStrategy: backoffMs,
      lazyConnect: false,
    });
    redis = client;
    // Down from the first failed connection, or from losing a working one (a restart may come back before
    // any reconnect fails); logged once each way.
    let down = false;
    const markDown = (reason: string) => {
      lastError = reason;
      if (down) return;
      down = true;
      log.warn(
        { err: { message: reason } },
        'redis unreachable; until it is back each replica rate-limits and de-duplicates on its own and answers without shared context',
      );
    };
    client.on('error', (error: Error) => markDown(reasonOf(error)));
    client.on('close', () => {
      if (!closed) markDown('connection closed');
    });
    client.on('ready', () => {
      if (!down) return;
      down = false;
      log.info(
        'redis is reachable again; rate limits, conversation context and de-duplication are shared again',
      );
    });
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, FIRST_CONNECT_MS);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      client.once('ready', done);
      client.once('error', done);
    });
  })().catch((error: unknown) => {
    lastError = reasonOf(error);
    log.warn({ err: { message: lastError } }, 'redis client could not be created; going on without it');
  });
  const ready = () => (redis?.status === 'ready' ? redis : undefined);
  return {
    async client() {
      await connecting;
      return ready();
    },
    async raw() {
      await connecting;
      return redis;
    },
    health() {
      return ready() ? { name: 'redis', up: true } : { name: 'redis', up: false, reason: lastError };
    },
    async close() {
      closed = true;
      await connecting;
      const client = redis;
      redis = undefined;
      if (!client) return;
      if (client.status !== 'ready') {
        client.disconnect();
        return;
      }
      const timer = setTimeout(() => client.disconnect(), 1000);
      await client.quit().catch(() => undefined);
      clearTimeout(timer);
    },
  };
}
