// One stored gaps row as the report reads it, from SQLite's or PostgreSQL's column names.
import type { GapRow } from './gaps-store.js';

/** A database row (snake_case columns, any driver's value types) as a GapRow. */
export function gapRowOf(r: Record<string, unknown>): GapRow {
  return {
    id: Number(r.id),
    askedAt: Number(r.asked_at),
    platform: String(r.platform),
    packId: String(r.pack_id),
    status: r.status as GapRow['status'],
    reason: String(r.reason),
    question: String(r.question),
    topFactId: String(r.top_fact_id),
    feedback: String(r.feedback ?? ''),
  };
}
