import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  conversationRedisKey,
  createMemoryConversationStore,
  createRedisConversationStore,
} from '../../src/state/conversation-store.js';
import { createDeliveryDedup } from '../../src/state/delivery-dedup.js';
import { openSharedRedis, type SharedRedis } from '../../src/state/shared-redis.js';
import { captureLogs } from '../helpers/log-capture.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';

const turn = (question: string) => ({
  question,
  packId: 'nspcc-online-grooming',
  factIds: ['snapchat-20-percent'],
});

let server: RedisServer | { unavailable: string };
let raw: Redis;
const opened: SharedRedis[] = [];
const open = (url: string, logger = captureLogs().logger) => {
  const redis = openSharedRedis({ url, logger });
  opened.push(redis);
  return redis;
};
beforeAll(async () => {
  server = await startRedis();
  if ('unavailable' in server) console.warn(`Skipping Redis state tests: ${server.unavailable}`);
  else raw = new Redis(server.url);
});
afterAll(async () => {
  await Promise.all(opened.map((r) => r.close()));
  if ('unavailable' in server) return;
  raw.disconnect();
  await server.stop();
});

describe('conversation context in Redis (real redis-server)', () => {
  it('is read by another replica, under a hashed key, with a 30-minute expiry', async (ctx) => {
    if ('unavailable' in server) return ctx.skip();
    const a = createRedisConversationStore(open(server.url));
    const b = createRedisConversationStore(open(server.url));
    const key = 'slack:T1:C1:1700.1:U123SECRET';
    await a.set(key, turn('how often was snapchat used?'));
    expect(await b.get(key)).toEqual(turn('how often was snapchat used?'));
    const keys = await raw.keys('statbot:ctx:*');
    expect(keys).toContain(conversationRedisKey(key));
    expect(keys.join(' ')).not.toContain('U123SECRET');
    const ttl = await raw.pttl(conversationRedisKey(key));
    expect(ttl).toBeGreaterThan(29 * 60 * 1000);
    expect(ttl).toBeLessThanOrEqual(30 * 60 * 1000);
    expect(await b.get('slack:T1:C1:other:U123SECRET')).toBeUndefined();
  });

  it('stores only what a follow-up needs, cut to size', async (ctx) => {
    if ('unavailable' in server) return ctx.skip();
    const store = createRedisConversationStore(open(server.url));
    const factIds = Array.from({ length: 50 }, (_, i) => `fact-${i}`);
    await store.set('k-big', { question: 'x'.repeat(10_000), packId: 'p', factIds });
    const stored = JSON.parse((await raw.get(conversationRedisKey('k-big'))) ?? '{}');
    expect(Object.keys(stored).sort()).toEqual(['factIds', 'packId', 'question']);
    expect(stored.question).toHaveLength(500);
    expect(stored.factIds).toHaveLength(10);
  });

  it('ignores a value it cannot read rather than failing the answer', async (ctx) => {
    if ('unavailable' in server) return ctx.skip();
    const store = createRedisConversationStore(open(server.url));
    await raw.set(conversationRedisKey('k-bad'), '{"question": 42');
    expect(await store.get('k-bad')).toBeUndefined();
    await raw.set(conversationRedisKey('k-wrong'), JSON.stringify({ question: 1, packId: [], factIds: 'x' }));
    expect(await store.get('k-wrong')).toBeUndefined();
  });
});

describe('Slack delivery de-duplication in Redis (real redis-server)', () => {
  it('lets exactly one of several replicas claim a delivery, even at the same moment', async (ctx) => {
    if ('unavailable' in server) return ctx.skip();
    const { url } = server;
    const replicas = [1, 2, 3].map(() => createDeliveryDedup(open(url)));
    const claims = await Promise.all(replicas.map((r) => r.claim('event:Ev123')));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await replicas[0]?.claim('event:Ev123')).toBe(false);
    expect(await replicas[1]?.claim('event:Ev456')).toBe(true);
    const keys = await raw.keys('statbot:seen:*');
    expect(keys.join(' ')).not.toContain('Ev123');
    expect(await raw.pttl(keys[0] ?? '')).toBeGreaterThan(59 * 60 * 1000);
  });
});

describe('while Redis is unreachable', () => {
  it('answers without context, de-duplicates per process, reports the reason, and logs once', async () => {
    const logs = captureLogs();
    const redis = open('redis://127.0.0.1:1', logs.logger);
    const store = createRedisConversationStore(redis);
    await store.set('k', turn('q'));
    expect(await store.get('k')).toBeUndefined();
    const dedup = createDeliveryDedup(redis);
    expect(await dedup.claim('event:E1')).toBe(true);
    expect(await dedup.claim('event:E1')).toBe(false);
    expect(redis.health()).toEqual({
      name: 'redis',
      up: false,
      reason: expect.stringContaining('ECONNREFUSED'),
    });
    await store.get('k');
    expect(logs.lines().filter((l) => l.includes('redis unreachable'))).toHaveLength(1);
  });

  it('keeps context in this process when no Redis is configured', async () => {
    const store = createMemoryConversationStore({ ttlMs: 1000, now: () => 0 });
    await store.set('k', turn('q'));
    expect(await store.get('k')).toEqual(turn('q'));
    expect(store.shared).toBe(false);
  });
});
