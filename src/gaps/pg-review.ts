// `--purge-unsafe` on PostgreSQL: today's keep-rules over every stored row, in one transaction.
import type { PoolClient } from 'pg';
import { planReview, type ReviewText, type StoredText } from './review-rows.js';

/** Deletes the rows `review` rejects and rewrites the rest; returns the counts. */
export async function reviewPgRows(
  client: PoolClient,
  review: ReviewText,
): Promise<{ deleted: number; rewritten: number }> {
  await client.query('BEGIN');
  try {
    // Locked while reviewed, so a replica's feedback update waits rather than being overwritten.
    const result = await client.query<Record<string, unknown>>(
      'SELECT id, question, reason, feedback FROM statbot_gaps FOR UPDATE',
    );
    const rows = result.rows.map(
      (r): StoredText => ({
        id: Number(r.id),
        question: String(r.question),
        reason: String(r.reason),
        feedback: String(r.feedback ?? ''),
      }),
    );
    const plan = planReview(rows, review);
    if (plan.deletes.length > 0)
      await client.query('DELETE FROM statbot_gaps WHERE id = ANY($1::bigint[])', [plan.deletes]);
    for (const u of plan.updates)
      await client.query('UPDATE statbot_gaps SET question = $1, feedback = $2 WHERE id = $3', [
        u.question,
        u.feedback,
        u.id,
      ]);
    await client.query('COMMIT');
    return { deleted: plan.deletes.length, rewritten: plan.updates.length };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
