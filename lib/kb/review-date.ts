/** How long a published article stays fresh before it is flagged for review. */
export const REVIEW_INTERVAL_MONTHS = 12;

export function nextReviewDue(from: Date): Date {
  const due = new Date(from);
  due.setMonth(due.getMonth() + REVIEW_INTERVAL_MONTHS);
  return due;
}

/** Stale: published, and its review date has passed. */
export function isStale(article: { status: string; reviewDueAt: Date | null }, now: Date): boolean {
  return article.status === "published" && article.reviewDueAt !== null && article.reviewDueAt.getTime() < now.getTime();
}
