// Re-reading stored rows with today's keep-rules: which to delete and which to rewrite (any database).

/**
 * Reviews stored text: for a question (with its row's decline `reason`) or a 👎 reason (`reason` undefined), the
 * text to keep, or null to delete the row (for a 👎 reason: to clear it).
 */
export type ReviewText = (text: string, reason?: string) => string | null;

/** The stored text of one row. */
export interface StoredText {
  id: number;
  question: string;
  reason: string;
  feedback: string;
}

/** What to do to the rows: delete some, rewrite others with their redacted text. */
export interface ReviewPlan {
  deletes: number[];
  updates: Array<{ id: number; question: string; feedback: string }>;
}

/** Applies `review` to each row's question and 👎 reason. */
export function planReview(rows: readonly StoredText[], review: ReviewText): ReviewPlan {
  const plan: ReviewPlan = { deletes: [], updates: [] };
  for (const row of rows) {
    const question = review(row.question, row.reason);
    if (question === null) {
      plan.deletes.push(row.id);
      continue;
    }
    const feedback = row.feedback ? (review(row.feedback) ?? '') : '';
    if (question !== row.question || feedback !== row.feedback)
      plan.updates.push({ id: row.id, question, feedback });
  }
  return plan;
}
