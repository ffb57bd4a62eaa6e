// Versioned schema of the PostgreSQL gaps table, tracked in the database itself: append steps, never edit them.
import type { PoolClient } from 'pg';

/** Ids are handed out in blocks of this many, so a replica can name a row before it is written. */
export const ID_BLOCK = 64;

/** Migration N (1-based) brings the schema to version N. The columns match the SQLite store's. */
export const PG_MIGRATIONS: readonly string[] = [
  `CREATE SEQUENCE statbot_gaps_id_seq INCREMENT BY ${ID_BLOCK} MINVALUE 1 START 1;
   CREATE TABLE statbot_gaps (
     id BIGINT PRIMARY KEY DEFAULT nextval('statbot_gaps_id_seq'),
     asked_at TIMESTAMPTZ NOT NULL,
     platform TEXT NOT NULL,
     pack_id TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('abstained', 'ambiguous', 'downvoted')),
     reason TEXT NOT NULL,
     question TEXT NOT NULL,
     top_fact_id TEXT NOT NULL,
     feedback TEXT NOT NULL DEFAULT ''
   );
   ALTER SEQUENCE statbot_gaps_id_seq OWNED BY statbot_gaps.id;
   CREATE INDEX statbot_gaps_asked_at ON statbot_gaps (asked_at);`,
];

/** Any fixed number: replicas starting together take this advisory lock, so one migrates and the others wait. */
const MIGRATION_LOCK = 0x57a7b07;

/** Applies the steps the database has not recorded yet; returns the schema version. */
export async function migratePostgres(client: PoolClient): Promise<number> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query(
      `CREATE TABLE IF NOT EXISTS statbot_migrations (
         version INTEGER PRIMARY KEY,
         applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
       )`,
    );
    const applied = await client.query<{ version: number }>('SELECT version FROM statbot_migrations');
    const done = new Set(applied.rows.map((r) => r.version));
    for (const [i, step] of PG_MIGRATIONS.entries()) {
      const version = i + 1;
      if (done.has(version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(step);
        await client.query('INSERT INTO statbot_migrations (version) VALUES ($1)', [version]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
    return PG_MIGRATIONS.length;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}
