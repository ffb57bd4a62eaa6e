// Versioned schema of the gaps database: append new steps, never edit old ones.

/** Migration N (1-based) brings the schema to version N. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE gaps (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     asked_at INTEGER NOT NULL,
     platform TEXT NOT NULL,
     pack_id TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('abstained', 'ambiguous', 'downvoted')),
     reason TEXT NOT NULL,
     question TEXT NOT NULL,
     top_fact_id TEXT NOT NULL
   );
   CREATE INDEX gaps_asked_at ON gaps (asked_at);`,
  `ALTER TABLE gaps ADD COLUMN feedback TEXT NOT NULL DEFAULT '';`,
];
