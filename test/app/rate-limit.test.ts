import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/app/rate-limit.js';
import { createStatbotService } from '../../src/app/statbot-service.js';
import { renderPlainText } from '../../src/render/plain-text.js';
import { captureLogs } from '../helpers/log-capture.js';
import { realIndex } from '../helpers/real-pack.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';

const logger = captureLogs().logger;

describe('rate limiting (memory store)', () => {
  it('lets each user ask `points` questions per window, then says when to try again', async () => {
    const limiter = createRateLimiter({ points: 3, windowSeconds: 60, logger });
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push(await limiter.consume('slack:U1'));
    expect(verdicts.slice(0, 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
    expect(verdicts[3]).toMatchObject({ allowed: false });
    expect((verdicts[3] as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(50);
    expect(await limiter.consume('slack:U2')).toEqual({ allowed: true });
  });

  it('gives a friendly slow-down reply through the service', async () => {
    const service = createStatbotService({
      index: realIndex(),
      limiter: createRateLimiter({ points: 1, windowSeconds: 60, logger }),
    });
    const ctx = { platform: 'discord' as const, userKey: 'discord:1', conversationKey: 'c' };
    expect((await service.ask('snapchat?', ctx)).status).toBe('answered');
    const limited = await service.ask('snapchat?', ctx);
    expect(limited.status === 'abstained' && limited.reason.code).toBe('rate_limited');
    expect(renderPlainText(limited)).toMatch(
      /^You're asking faster than I can keep up with\. Please wait \d+ seconds and try again\.$/,
    );
  });
});

let redis: RedisServer | { unavailable: string };
beforeAll(async () => {
  redis = await startRedis();
  if ('unavailable' in redis) console.warn(`Skipping Redis rate-limit tests: ${redis.unavailable}`);
});
afterAll(async () => {
  if (!('unavailable' in redis)) await redis.stop();
});

describe('rate limiting (Redis store, real redis-server)', () => {
  it('shares one limit between two replicas', async (ctx) => {
    if ('unavailable' in redis) return ctx.skip();
    const a = createRateLimiter({ points: 2, windowSeconds: 60, redisUrl: redis.url, logger });
    const b = createRateLimiter({ points: 2, windowSeconds: 60, redisUrl: redis.url, logger });
    await new Promise((r) => setTimeout(r, 200));
    expect(await a.consume('slack:U9')).toEqual({ allowed: true });
    expect(await b.consume('slack:U9')).toEqual({ allowed: true });
    expect(await a.consume('slack:U9')).toMatchObject({ allowed: false });
    expect(await b.consume('slack:U9')).toMatchObject({ allowed: false });
    await a.close();
    await b.close();
  });

  it('falls back to the in-memory limit when Redis is unreachable', async () => {
    const limiter = createRateLimiter({
      points: 1,
      windowSeconds: 60,
      redisUrl: 'redis://127.0.0.1:1',
      logger,
    });
    expect(await limiter.consume('k')).toEqual({ allowed: true });
    expect(await limiter.consume('k')).toMatchObject({ allowed: false });
    await limiter.close();
  });
});
