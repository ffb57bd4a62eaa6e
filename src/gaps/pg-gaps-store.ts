// Records questions statbot could not answer well in PostgreSQL, shared by every replica. Never blocks a reply:
// writes wait in a bounded queue (retried a few times, then dropped with a warning) while answers go on.
import type { Pool, PoolClient } from 'pg';
import type { Logger } from '../logger.js';
import { type DependencyHealth, reasonOf } from '../state/dependency-health.js';
import { gapRowOf } from './gap-row.js';
import type { GapRow, GapsStore } from './gaps-store.js';
import { createIdBlocks } from './pg-id-blocks.js';
import { migratePostgres } from './pg-migrations.js';
import { reviewPgRows } from './pg-review.js';
import type { ReviewText } from './review-rows.js';
import { createWriteQueue } from './write-queue.js';

export interface PgGapsStoreOptions {
  url: string;
  retentionDays: number;
  logger: Logger;
  now?: () => number;
  /** Today's keep-rules, for `purgeUnsafe` (the same ones the SQLite store uses). */
  review?: ReviewText;
  /** Throw instead of warning and carrying on (the report CLI must not pass off a broken database as empty). */
  strict?: boolean;
  /** Connections at most (default 4: writes are few and run one at a time). */
  poolSize?: number;
}

export interface PgGapsStore extends GapsStore {
  rows(limit?: number): Promise<GapRow[]>;
  count(): Promise<number>;
  prune(): Promise<number>;
  purgeUnsafe(): Promise<{ deleted: number; rewritten: number }>;
  flush(): Promise<void>;
  close(): Promise<void>;
  /** Whether the database answers now (for /readyz). */
  health(): Promise<DependencyHealth>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_QUESTION_CHARS = 500;
/** After a failed connection or migration, the next use tries again no sooner than this. */
const RETRY_SETUP_MS = 2000;

const COLUMNS =
  'id, (extract(epoch FROM asked_at) * 1000)::bigint AS asked_at, platform, pack_id, status, reason, question, top_fact_id, feedback';

/** Opens the store at once; pg loads in the background, connects on first use and migrates then. */
export function openPgGapsStore(options: PgGapsStoreOptions): PgGapsStore {
  const now = options.now ?? Date.now;
  const log = options.logger.child({ component: 'gaps', store: 'postgres' });
  // pg loads only when DATABASE_URL is set (it costs about 90 ms), and without delaying start-up.
  const opening: Promise<Pool> = import('pg').then(({ default: pg }) => {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 4,
      connectionTimeoutMillis: 2000,
      idleTimeoutMillis: 30_000,
      query_timeout: 5000,
      application_name: 'statbot',
    });
    // An idle connection that breaks (server restarted) must not take the process down.
    pool.on('error', (error) =>
      log.warn({ err: { message: reasonOf(error) } }, 'gaps database connection lost'),
    );
    return pool;
  });
  void opening.catch((error: unknown) =>
    log.warn({ err: { message: reasonOf(error) } }, 'gaps database: the pg driver could not be loaded'),
  );
  // Migrated once, on first use; after a failure the next use tries again no sooner than RETRY_SETUP_MS.
  let setup: Promise<void> | undefined;
  let failedAt = 0;
  const ready = () => {
    if (setup && failedAt && Date.now() - failedAt >= RETRY_SETUP_MS) setup = undefined;
    setup ??= withClient(migratePostgres).then(
      () => {
        failedAt = 0;
      },
      (error: unknown) => {
        failedAt = Date.now();
        throw error;
      },
    );
    return setup;
  };
  const withClient = async <T>(work: (client: PoolClient) => Promise<T>): Promise<T> => {
    const client = await (await opening).connect();
    try {
      return await work(client);
    } finally {
      client.release();
    }
  };
  const query = async <R extends Record<string, unknown>>(sql: string, params: unknown[] = []) => {
    await ready();
    return (await opening).query<R>(sql, params);
  };
  const cutoff = () => new Date(now() - options.retentionDays * DAY_MS);
  const guarded = async <T>(what: string, fallback: T, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (options.strict) throw error;
      log.warn({ err: { message: reasonOf(error) } }, `gaps database: could not ${what}`);
      return fallback;
    }
  };

  const ids = createIdBlocks(async () =>
    Number((await query<{ hi: string }>("SELECT nextval('statbot_gaps_id_seq') AS hi")).rows[0]?.hi),
  );
  const writes = createWriteQueue({ logger: log });

  return {
    reserveId: () => ids.take(),
    record(entry, reserved) {
      const id = reserved ?? ids.take();
      const askedAt = new Date(now());
      const values = [
        askedAt,
        entry.platform,
        entry.packId,
        entry.status,
        entry.reason,
        entry.question.slice(0, MAX_QUESTION_CHARS),
        entry.topFactId,
      ];
      writes.push(async () => {
        if (id === undefined)
          await query(
            'INSERT INTO statbot_gaps (asked_at, platform, pack_id, status, reason, question, top_fact_id) VALUES ($1, $2, $3, $4, $5, $6, $7)',
            values,
          );
        else
          await query(
            'INSERT INTO statbot_gaps (id, asked_at, platform, pack_id, status, reason, question, top_fact_id) VALUES ($8, $1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING',
            [...values, id],
          );
        return true;
      });
      return id;
    },
    addFeedback(id, feedback) {
      // The row may have been recorded by another replica whose write is still on its way: retried then.
      writes.push(
        async () =>
          (
            await query('UPDATE statbot_gaps SET feedback = $1 WHERE id = $2', [
              feedback.slice(0, MAX_QUESTION_CHARS),
              id,
            ])
          ).rowCount === 1,
      );
    },
    rows: (limit = 10_000) =>
      guarded('read the report', [] as GapRow[], async () =>
        (
          await query(
            `SELECT ${COLUMNS} FROM statbot_gaps WHERE asked_at >= $1 ORDER BY asked_at DESC, id DESC LIMIT $2`,
            [cutoff(), limit],
          )
        ).rows.map(gapRowOf),
      ),
    count: () =>
      guarded('count rows', 0, async () =>
        Number(
          (
            await query<{ n: string }>('SELECT COUNT(*) AS n FROM statbot_gaps WHERE asked_at >= $1', [
              cutoff(),
            ])
          ).rows[0]?.n ?? 0,
        ),
      ),
    prune: () =>
      guarded(
        'delete old rows',
        0,
        async () => (await query('DELETE FROM statbot_gaps WHERE asked_at < $1', [cutoff()])).rowCount ?? 0,
      ),
    async purgeUnsafe() {
      const review = options.review;
      if (!review) throw new Error('gaps database: purging needs the safety checks (no reviewer was given)');
      return guarded('purge unsafe rows', { deleted: 0, rewritten: 0 }, async () => {
        await ready();
        return withClient((client) => reviewPgRows(client, review));
      });
    },
    flush: async () => {
      await Promise.all([writes.idle(), ids.settled()]);
    },
    async close() {
      await writes.idle();
      await (await opening).end().catch(() => undefined);
    },
    async health() {
      try {
        await Promise.race([
          query('SELECT 1'),
          new Promise((_, reject) =>
            setTimeout(() => reject(new Error('no answer within 1 s')), 1000).unref(),
          ),
        ]);
        return { name: 'postgres', up: true };
      } catch (error) {
        return { name: 'postgres', up: false, reason: reasonOf(error) };
      }
    },
  };
}
