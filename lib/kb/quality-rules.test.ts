import { describe, expect, it } from "vitest";
import { attentionReasons, compareAttention, helpfulShare, isOftenRejected, isUnhelpful, type QualityCounts } from "./quality-rules";
import { isStale, nextReviewDue } from "./review-date";

const now = new Date("2026-11-27T12:00:00Z");
const zero: QualityCounts = { views: 0, helpful: 0, notHelpful: 0, uses: 0, resolved: 0, rejected: 0, deflections: 0 };
const fresh = { status: "published", reviewDueAt: new Date("2027-06-01T00:00:00Z") };

describe("quality rules", () => {
  it("calls an article stale once its review date has passed, and only while published", () => {
    expect(isStale({ status: "published", reviewDueAt: new Date("2026-11-27T11:59:00Z") }, now)).toBe(true);
    expect(isStale({ status: "published", reviewDueAt: new Date("2026-11-27T12:01:00Z") }, now)).toBe(false);
    expect(isStale({ status: "published", reviewDueAt: null }, now)).toBe(false);
    expect(isStale({ status: "archived", reviewDueAt: new Date("2020-01-01") }, now)).toBe(false);
  });

  it("moves the review date a year on", () => {
    expect(nextReviewDue(now).toISOString()).toBe("2027-11-27T12:00:00.000Z");
  });

  it("needs three votes and under half of them helpful to call an article unhelpful", () => {
    expect(helpfulShare(zero)).toBeNull();
    expect(helpfulShare({ helpful: 1, notHelpful: 3 })).toBe(0.25);
    expect(isUnhelpful({ helpful: 0, notHelpful: 2 })).toBe(false);
    expect(isUnhelpful({ helpful: 1, notHelpful: 2 })).toBe(true);
    expect(isUnhelpful({ helpful: 2, notHelpful: 2 })).toBe(false);
    expect(isUnhelpful({ helpful: 0, notHelpful: 0 })).toBe(false);
  });

  it("flags two rejected solutions, or a third of the uses once there are three", () => {
    expect(isOftenRejected({ uses: 1, rejected: 1 })).toBe(false);
    expect(isOftenRejected({ uses: 20, rejected: 2 })).toBe(true);
    expect(isOftenRejected({ uses: 3, rejected: 1 })).toBe(true);
    expect(isOftenRejected({ uses: 4, rejected: 1 })).toBe(false);
    expect(isOftenRejected({ uses: 10, rejected: 0 })).toBe(false);
  });

  it("gives every reason that applies, for published articles only", () => {
    const bad = { ...zero, status: "published", reviewDueAt: new Date("2026-01-01"), helpful: 1, notHelpful: 4, uses: 5, rejected: 2 };
    expect(attentionReasons(bad, now)).toEqual(["stale", "unhelpful", "oftenRejected"]);
    expect(attentionReasons({ ...bad, status: "archived" }, now)).toEqual([]);
    expect(attentionReasons({ ...zero, ...fresh, views: 500, helpful: 10, uses: 8, resolved: 8 }, now)).toEqual([]);
  });

  it("puts the worst first", () => {
    const row = (over: Partial<QualityCounts> & { reasons: ("stale" | "unhelpful" | "oftenRejected")[]; reviewDueAt?: Date | null }) => ({
      ...zero,
      reviewDueAt: null,
      ...over,
    });
    const staleLong = row({ reasons: ["stale"], reviewDueAt: new Date("2025-01-01") });
    const staleShort = row({ reasons: ["stale"], reviewDueAt: new Date("2026-10-01") });
    const rejected = row({ reasons: ["oftenRejected"], uses: 4, rejected: 3 });
    const both = row({ reasons: ["stale", "unhelpful"], helpful: 0, notHelpful: 3 });
    expect([staleShort, rejected, staleLong, both].sort(compareAttention)).toEqual([both, rejected, staleLong, staleShort]);
  });
});
