// Versioned schema of the gaps database: append new steps, never edit old ones.

/** A schema change, or a pass over the stored rows that needs code (the store is handed the code). */
export type Migration = string | { review: 'stored-text' };

/** Migration N (1-based) brings the schema to version N. */
export const MIGRATIONS: readonly Migration[] = [
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
  // Rows written before the safety checks generalised: delete any that today's checks would not keep
  // (a child's disclosure, a harmful ask, a message that is no statistics question) and redact the rest.
  { review: 'stored-text' },
];
