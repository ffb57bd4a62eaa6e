import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStatbotService } from '../../src/app/statbot-service.js';
import { publicNamesOf, reviewStoredText } from '../../src/gaps/keep-question.js';
import { openPgGapsStore, type PgGapsStore } from '../../src/gaps/pg-gaps-store.js';
import { PG_MIGRATIONS } from '../../src/gaps/pg-migrations.js';
import { captureLogs } from '../helpers/log-capture.js';
import { type PostgresServer, startPostgres } from '../helpers/postgres-server.js';
import { realIndex } from '../helpers/real-pack.js';

const entry = {
  question: 'how many cases on tiktok?',
  platform: 'slack',
  packId: 'nspcc-online-grooming',
  status: 'abstained' as const,
  reason: 'not_covered/platform',
  topFactId: 'facebook-apps-51-percent',
};
const index = realIndex();
const publicNames = publicNamesOf(index.packs);
const review = (text: string, reason?: string) => reviewStoredText(text, publicNames, reason);

let server: PostgresServer | { unavailable: string };
const stores: PgGapsStore[] = [];
let databases = 0;

/** A fresh database on the shared server, so each test starts empty. */
async function freshDatabase(): Promise<string> {
  if ('unavailable' in server) throw new Error(server.unavailable);
  const name = `gaps_${++databases}`;
  const admin = new pg.Client(server.url);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return server.url.replace(/\/postgres$/u, `/${name}`);
}
function open(url: string, options: { now?: () => number; retentionDays?: number; strict?: boolean } = {}) {
  const logs = captureLogs();
  const store = openPgGapsStore({ url, retentionDays: 90, logger: logs.logger, review, ...options });
  stores.push(store);
  return { store, logs };
}
async function sql<R extends Record<string, unknown>>(url: string, text: string): Promise<R[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<R>(text)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  server = await startPostgres();
  if ('unavailable' in server) console.warn(`Skipping PostgreSQL gaps tests: ${server.unavailable}`);
}, 60_000);
afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
  if (!('unavailable' in server)) await server.stop();
});

describe('gaps store on PostgreSQL (real server)', () => {
  it('migrates once, tracked in the database, even when replicas start together', async (ctx) => {
    if ('unavailable' in server) return ctx.skip();
    const url = await freshDatabase();
    const replicas = [open(url).store, open(url).store, open(url).store];
    expect(await Promise.all(replicas.map((s) => s.count()))).toEqual([0, 0, 0]);
    const applied = await sql<{ version: number }>(
      url,
      'SELECT version FROM statbot_migrations ORDER BY version',
    );
    expect(applied.map((r) => r.version)).toEqual(PG_MIGRATIONS.map((_, i) => i + 1));
  });

  it('keeps rows from every replica in one table, with ids no two replicas share', async (ctx) => {
    if ('unavailable' in server) return ctx.skip();
    const url = await freshDatabase();
    const a = open(url).store;
    const b = open(url).store;
    await Promise.all([a.flush(), b.flush()]);
    const ids: Array<number | undefined> = [];
    for (let i = 0; i < 100; i++) {
      ids.push(a.record({ ...entry, question: `a ${i}` }), b.record({ ...entry, question: `b ${i}` }));
      // As in a replica, where questions arrive over time: the next block of ids is reserved meanwhile.
      if (i % 20 === 19) await Promise.all([a.flush(), b.flush()]);
    }
    await Promise.all([a.flush(), b.flush()]);
    expect(ids.every((id) => typeof id === 'number')).toBe(true);
    expect(new Set(ids).size).toBe(200);
    expect(await b.count()).toBe(200);
    expect(new Set((await a.rows()).map((r) => r.id))).toEqual(new Set(ids));
  });

  it('still writes the rows when a burst outruns the reserved ids (those get no id to add a reason to)', async (ctx) => {
    if ('unavailable' in server) return ctx.skip();
    const url = await freshDatabase();
    const { store } = open(url);
    await store.flush();
    const ids = Array.from({ length: 300 }, (_, i) => store.record({ ...entry, question: `q ${i}` }));
    await store.flush();
    expect(await store.count()).toBe(300);
    const given = ids.filter((id): id is number => id !== undefined);
    expect(given.length).toBeGreaterThanOrEqual(32);
    expect(new Set(given).size).toBe(given.length);
  });

  it('adds a 👎 reason on another replica than the one that recorded the row', async (ctx) => {
    if ('unavailable' in server) return ctx.skip();
    const url = await freshDatabase();
    const a = open(url).store;
    const b = open(url).store;
    await Promise.all([a.flush(), b.flush()]);
    const id = a.record({ ...entry, status: 'downvoted', reason: 'downvoted' });
    expect(id).toBeTypeOf('number');
    b.addFeedback(id ?? 0, 'I asked about all platforms');
    await Promise.all([a.flush(), b.flush()]);
    expect(await a.rows()).toMatchObject([
      { id, status: 'downvoted', feedback: 'I asked about all platforms' },
    ]);
  });

  it('stores any text as data (parameterised queries), cut to 500 characters', async (ctx) => {
    if ('unavailable' in server) return ctx.skip();
    const url = await freshDatabase();
    const { store } = open(url);
    const hostile = "tiktok?'); DROP TABLE statbot_gaps; -- $1 \\x00";
    store.record({ ...entry, question: hostile });
    store.record({ ...entry, question: 'y'.repeat(2000) });
    await store.flush();
    expect((await store.rows()).map((r) => r.question.length).sort()).toEqual([hostile.length, 500]);
    expect((await store.rows()).map((r) => r.question)).toContain(hostile);
  });

  it('deletes rows older than the retention period', async (ctx) => {
    if ('unavailable' in server) return ctx.skip();
    const url = await freshDatabase();
    let now = Date.parse('2026-01-01T00:00:00Z');
    const { store } = open(url, { now: () => now, retentionDays: 30 });
    store.record({ ...entry, question: 'old one' });
    await store.flush();
    now += 31 * 24 * 60 * 60 * 1000;
    store.record({ ...entry, question: 'new one' });
    await store.flush();
    expect((await store.rows()).map((r) => r.question)).toEqual(['new one']);
    expect(await store.prune()).toBe(1);
    expect(await sql<{ n: string }>(url, 'SELECT COUNT(*) AS n FROM statbot_gaps')).toEqual([{ n: '1' }]);
  });

  it('purges with the same keep-rules as SQLite: concerns and harmful asks go, the rest is redacted', async (ctx) => {
    if ('unavailable' in server) return ctx.skip();
    const url = await freshDatabase();
    const { store } = open(url);
    store.record({ ...entry, question: 'how many grooming cases were on tiktok? cc @sam.jones' });
    store.record({
      ...entry,
      question: 'my son is 12 and a man on tiktok keeps asking him for photos, how many cases?',
    });
    store.record({ ...entry, question: 'which app has the most kids on it, tryna meet some' });
    await store.flush();
    expect(await store.purgeUnsafe()).toEqual({ deleted: 2, rewritten: 1 });
    expect((await store.rows()).map((r) => r.question)).toEqual([
      'how many grooming cases were on tiktok? cc [handle]',
    ]);
  });

  it('through the service: never stores a concern, and keeps a plain question redacted', async (ctx) => {
    if ('unavailable' in server) return ctx.skip();
    const url = await freshDatabase();
    const { store } = open(url);
    const service = createStatbotService({ index, gaps: store });
    const ask = (q: string) =>
      service.ask(q, { platform: 'slack', userKey: 'slack:U1', conversationKey: `c-${Math.random()}` });
    await ask('my daughter (12) is being asked for photos on roblox, how many cases were on roblox?');
    await ask('how many grooming cases were on tiktok? my email is sam.jones@example.com');
    await service.flush();
    expect((await store.rows()).map((r) => r.question)).toEqual([
      'how many grooming cases were on tiktok? my email is [email]',
    ]);
  });
});

describe('gaps store while PostgreSQL is unreachable', () => {
  it('answers at once, retries a bounded number of times, then drops the write with a warning', async () => {
    const logs = captureLogs();
    const store = openPgGapsStore({
      url: 'postgres://statbot@127.0.0.1:1/statbot',
      retentionDays: 90,
      logger: logs.logger,
      review,
    });
    stores.push(store);
    const service = createStatbotService({ index, gaps: store });
    const reply = await service.ask('how many cases were on tiktok?', {
      platform: 'slack',
      userKey: 'slack:U1',
      conversationKey: 'c',
    });
    expect(reply.status).toBe('abstained');
    expect(await service.gapsReport('slack:U1')).toEqual({ allowed: false });
    await service.flush();
    expect(logs.lines().filter((l) => l.includes('a write was dropped'))).toHaveLength(1);
    expect(await store.rows()).toEqual([]);
    expect(await store.health()).toMatchObject({
      name: 'postgres',
      up: false,
      reason: expect.stringContaining('ECONNREFUSED'),
    });
    expect(logs.lines().join('\n')).not.toContain('postgres://');
  });

  it('in strict mode (the report CLI) fails instead of reporting an empty table', async () => {
    const store = openPgGapsStore({
      url: 'postgres://statbot@127.0.0.1:1/statbot',
      retentionDays: 90,
      logger: captureLogs().logger,
      strict: true,
    });
    stores.push(store);
    await expect(store.rows()).rejects.toThrow(/ECONNREFUSED/u);
  });
});
