// Records questions statbot could not answer well, for the gaps report: the store interface, and SQLite.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from '../logger.js';
import { gapRowOf } from './gap-row.js';
import { MIGRATIONS } from './migrations.js';
import { planReview, type ReviewText, type StoredText } from './review-rows.js';

export type { ReviewText } from './review-rows.js';

/** One recorded question: no user ids or names, ever. */
export interface GapEntry {
  question: string;
  platform: string;
  packId: string;
  status: 'abstained' | 'ambiguous' | 'downvoted';
  reason: string;
  topFactId: string;
}

export interface GapRow extends GapEntry {
  id: number;
  askedAt: number;
  feedback: string;
}

type Awaitable<T> = T | Promise<T>;

/**
 * Where recorded questions go: SQLite (one file) or PostgreSQL (shared by replicas). Writes never block or fail a
 * reply: `record` hands back an id at once and a store may finish the write later (`flush` waits for it).
 */
export interface GapsStore {
  /**
   * Records an entry; returns its id, or undefined when none can be given (database unavailable). `id` is one
   * `reserveId` handed out earlier (when the entry was not known yet).
   */
  record(entry: GapEntry, id?: number): number | undefined;
  /** An id for an entry recorded later (only stores shared by replicas reserve ids ahead). */
  reserveId?(): number | undefined;
  /** Adds a down-voter's reason to an entry. */
  addFeedback(id: number, feedback: string): void;
  /** All rows newer than the retention period, newest first. */
  rows(limit?: number): Awaitable<GapRow[]>;
  /** How many rows are newer than the retention period (the report may read fewer). */
  count(): Awaitable<number>;
  /** Deletes rows older than the retention period; returns how many. */
  prune(): Awaitable<number>;
  /** Re-runs today's checks over stored rows: deletes any that would not be kept now, redacts the rest. */
  purgeUnsafe(): Awaitable<{ deleted: number; rewritten: number }>;
  /** Waits for writes still queued (a store that writes at once has none). */
  flush?(): Promise<void>;
  close(): Awaitable<void>;
}

/** The SQLite store answers at once. */
export interface SqliteGapsStore extends GapsStore {
  rows(limit?: number): GapRow[];
  count(): number;
  prune(): number;
  purgeUnsafe(): { deleted: number; rewritten: number };
  close(): void;
}

export interface GapsStoreOptions {
  path: string;
  retentionDays: number;
  logger: Logger;
  now?: () => number;
  /** Reviews stored rows in the migration that needs it (and in `purgeUnsafe`). */
  review?: ReviewText;
  /** Throw instead of warning and carrying on (the report CLI must not pass off a broken database as empty). */
  strict?: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_QUESTION_CHARS = 500;

/** Applies `review` to every row: deletes the rows it rejects, rewrites the rest; returns the counts. */
export function reviewRows(
  db: Database.Database,
  review: ReviewText,
): { deleted: number; rewritten: number } {
  const rows = db.prepare('SELECT id, question, reason, feedback FROM gaps').all() as StoredText[];
  const plan = planReview(rows, review);
  const remove = db.prepare('DELETE FROM gaps WHERE id = ?');
  const update = db.prepare('UPDATE gaps SET question = ?, feedback = ? WHERE id = ?');
  db.transaction(() => {
    for (const id of plan.deletes) remove.run(id);
    for (const row of plan.updates) update.run(row.question, row.feedback, row.id);
  })();
  return { deleted: plan.deletes.length, rewritten: plan.updates.length };
}

/** Applies the migrations the database has not seen yet (tracked in PRAGMA user_version). */
export function migrate(db: Database.Database, review?: ReviewText): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const [i, step] of MIGRATIONS.entries()) {
    const version = i + 1;
    if (version <= current) continue;
    db.transaction(() => {
      if (typeof step === 'string') db.exec(step);
      else if (review) reviewRows(db, review);
      // Without a reviewer there is nothing to review against; with no rows that is no loss.
      else if ((db.prepare('SELECT COUNT(*) AS n FROM gaps').get() as { n: number }).n > 0)
        throw new Error(
          'gaps database: stored questions must be reviewed by this migration, but no reviewer was given',
        );
      db.pragma(`user_version = ${version}`);
    })();
  }
  return MIGRATIONS.length;
}

/** A store that records nothing (used when the database cannot be opened). */
export function createNullGapsStore(): SqliteGapsStore {
  return {
    record: () => undefined,
    addFeedback: () => undefined,
    rows: () => [],
    count: () => 0,
    prune: () => 0,
    purgeUnsafe: () => ({ deleted: 0, rewritten: 0 }),
    close: () => undefined,
  };
}

/** Opens (creating on first use) the SQLite file; if that fails, logs a warning and records nothing. */
export function openGapsStore(options: GapsStoreOptions): SqliteGapsStore {
  const now = options.now ?? Date.now;
  const log = options.logger.child({ component: 'gaps' });
  let db: Database.Database;
  try {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    db = new Database(options.path);
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 100');
    migrate(db, options.review);
  } catch (error) {
    if (options.strict) throw error;
    log.warn(
      { err: error, path: options.path },
      'gaps database unavailable; unanswered questions will not be recorded',
    );
    return createNullGapsStore();
  }
  const insert = db.prepare(
    'INSERT INTO gaps (asked_at, platform, pack_id, status, reason, question, top_fact_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const setFeedback = db.prepare('UPDATE gaps SET feedback = ? WHERE id = ?');
  const select = db.prepare('SELECT * FROM gaps WHERE asked_at >= ? ORDER BY asked_at DESC, id DESC LIMIT ?');
  const remove = db.prepare('DELETE FROM gaps WHERE asked_at < ?');
  const countRecent = db.prepare('SELECT COUNT(*) AS n FROM gaps WHERE asked_at >= ?');
  const cutoff = () => now() - options.retentionDays * DAY_MS;
  const guarded = <T>(what: string, fallback: T, work: () => T): T => {
    try {
      return work();
    } catch (error) {
      if (options.strict) throw error;
      log.warn({ err: error }, `gaps database: could not ${what}`);
      return fallback;
    }
  };
  return {
    record: (e) =>
      guarded('record a question', undefined, () =>
        Number(
          insert.run(
            now(),
            e.platform,
            e.packId,
            e.status,
            e.reason,
            e.question.slice(0, MAX_QUESTION_CHARS),
            e.topFactId,
          ).lastInsertRowid,
        ),
      ),
    addFeedback: (id, feedback) =>
      guarded(
        'save feedback',
        undefined,
        () => void setFeedback.run(feedback.slice(0, MAX_QUESTION_CHARS), id),
      ),
    rows: (limit = 10_000) =>
      guarded('read the report', [] as GapRow[], () =>
        (select.all(cutoff(), limit) as Array<Record<string, unknown>>).map(gapRowOf),
      ),
    count: () => guarded('count rows', 0, () => (countRecent.get(cutoff()) as { n: number }).n),
    prune: () => guarded('delete old rows', 0, () => remove.run(cutoff()).changes),
    purgeUnsafe: () => {
      const review = options.review;
      if (!review) throw new Error('gaps database: purging needs the safety checks (no reviewer was given)');
      return guarded('purge unsafe rows', { deleted: 0, rewritten: 0 }, () => reviewRows(db, review));
    },
    close: () => guarded('close', undefined, () => db.close()),
  };
}
