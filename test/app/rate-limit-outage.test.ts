import { createServer, type Server } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createRateLimiter, redisBackoffMs } from '../../src/app/rate-limit.js';
import { captureLogs } from '../helpers/log-capture.js';
import { startRedis } from '../helpers/redis-server.js';

// A "Redis" that accepts each connection and drops it at once: every reconnect attempt is counted.
async function droppingServer(): Promise<{
  url: string;
  connections: () => number;
  close: () => Promise<void>;
}> {
  let count = 0;
  const server: Server = createServer((socket) => {
    count++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `redis://127.0.0.1:${port}`,
    connections: () => count,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// Each test owns its servers and mostly waits on reconnect timers, so the tests run concurrently.
describe.concurrent('rate limiting while Redis is down', () => {
  it('backs off between reconnects and logs the outage once', async () => {
    const logs = captureLogs();
    const redis = await droppingServer();
    try {
      const limiter = createRateLimiter({
        points: 5,
        windowSeconds: 60,
        redisUrl: redis.url,
        logger: logs.logger,
      });
      expect(await limiter.consume('u')).toEqual({ allowed: true });
      await new Promise((r) => setTimeout(r, 3000));
      // ioredis' default (50 ms more per attempt, at most 2 s) reconnects about 10 times in 3 s.
      expect(redis.connections()).toBeLessThanOrEqual(4);
      expect(logs.lines().filter((l) => l.includes('redis'))).toHaveLength(1);
      const started = Date.now();
      await limiter.close();
      expect(Date.now() - started).toBeLessThan(500);
    } finally {
      await redis.close();
    }
  }, 10_000);

  it('grows the reconnect delay up to 30 seconds', () => {
    expect([1, 2, 3, 4, 10, 100].map(redisBackoffMs)).toEqual([500, 1000, 2000, 4000, 30_000, 30_000]);
  });

  it('closes an unreachable connection at once', async () => {
    const limiter = createRateLimiter({
      points: 1,
      windowSeconds: 60,
      redisUrl: 'redis://127.0.0.1:1',
      logger: captureLogs().logger,
    });
    await limiter.consume('k');
    const started = Date.now();
    await limiter.close();
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('logs the outage once and the recovery once, and shares limits again after it (real redis-server)', async (ctx) => {
    const first = await startRedis();
    if ('unavailable' in first) {
      console.warn(`Skipping the Redis recovery test: ${first.unavailable}`);
      return ctx.skip();
    }
    const port = Number(new URL(first.url).port);
    const logs = captureLogs();
    const limiter = createRateLimiter({
      points: 2,
      windowSeconds: 60,
      redisUrl: first.url,
      logger: logs.logger,
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(await limiter.consume('u')).toEqual({ allowed: true });
    await first.stop();
    await new Promise((r) => setTimeout(r, 1500));
    const again = await startRedis(port);
    if ('unavailable' in again) throw new Error(again.unavailable);
    await new Promise((r) => setTimeout(r, 2500));
    const redisLines = logs.lines().filter((l) => l.includes('redis'));
    expect(redisLines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual([
      'rate limit: redis unreachable; using the in-memory limit until it is back (retrying with back-off)',
      'rate limit: redis is reachable again; limits are shared again',
    ]);
    // The restarted server is empty: two more questions are allowed there, then the limit holds.
    expect(await limiter.consume('v')).toEqual({ allowed: true });
    expect(await limiter.consume('v')).toEqual({ allowed: true });
    expect(await limiter.consume('v')).toMatchObject({ allowed: false });
    await limiter.close();
    await again.stop();
  }, 20_000);
});
