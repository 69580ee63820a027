import { isStale } from "./review-date";

/** What readers and tickets tell about one article. */
export type QualityCounts = {
  views: number;
  helpful: number;
  notHelpful: number;
  /** Tickets resolved with the article as (part of) their solution. */
  uses: number;
  /** Of those, tickets now resolved or closed. */
  resolved: number;
  /** Solutions that used the article and were rejected by the requester afterwards. */
  rejected: number;
  /** Requesters for whom the article, suggested while they typed, was "This solved my problem": no ticket filed. */
  deflections: number;
};

export type AttentionReason = "stale" | "unhelpful" | "oftenRejected";

// Fewer votes than this say more about who happened to vote than about the article.
export const MIN_VOTES = 3;
// Under this share of "yes" an article is more often unhelpful than not.
export const MIN_HELPFUL_SHARE = 0.5;
// Two rejected solutions are a pattern whatever the number of uses; below that, a share of the uses.
export const MAX_REJECTIONS = 2;
export const MAX_REJECTED_SHARE = 0.3;
export const MIN_USES_FOR_SHARE = 3;

/** The share of "yes" among the votes, or null without votes. */
export function helpfulShare(counts: Pick<QualityCounts, "helpful" | "notHelpful">): number | null {
  const votes = counts.helpful + counts.notHelpful;
  return votes === 0 ? null : counts.helpful / votes;
}

export function isUnhelpful(counts: Pick<QualityCounts, "helpful" | "notHelpful">): boolean {
  const share = helpfulShare(counts);
  return share !== null && counts.helpful + counts.notHelpful >= MIN_VOTES && share < MIN_HELPFUL_SHARE;
}

export function isOftenRejected(counts: Pick<QualityCounts, "uses" | "rejected">): boolean {
  if (counts.rejected >= MAX_REJECTIONS) return true;
  return counts.rejected > 0 && counts.uses >= MIN_USES_FOR_SHARE && counts.rejected / counts.uses >= MAX_REJECTED_SHARE;
}

/** Why an article needs an editor's attention (empty: it does not). Only published articles are judged. */
export function attentionReasons(article: { status: string; reviewDueAt: Date | null } & QualityCounts, now: Date): AttentionReason[] {
  if (article.status !== "published") return [];
  const reasons: AttentionReason[] = [];
  if (isStale(article, now)) reasons.push("stale");
  if (isUnhelpful(article)) reasons.push("unhelpful");
  if (isOftenRejected(article)) reasons.push("oftenRejected");
  return reasons;
}

/**
 * Worst first: more reasons first; then rejected solutions (a requester was let down), then the unhelpful
 * share, then how long the review is overdue.
 */
export function compareAttention<T extends { reasons: AttentionReason[]; reviewDueAt: Date | null } & QualityCounts>(a: T, b: T): number {
  return (
    b.reasons.length - a.reasons.length ||
    b.rejected - a.rejected ||
    (helpfulShare(a) ?? 1) - (helpfulShare(b) ?? 1) ||
    (a.reviewDueAt?.getTime() ?? Infinity) - (b.reviewDueAt?.getTime() ?? Infinity)
  );
}
