import { describe, expect, it } from "vitest";
import { effectiveThreshold, similarityScale } from "./effective-threshold";

describe("effectiveThreshold", () => {
  it("is the factor times the median positive best-neighbour similarity", () => {
    expect(similarityScale([0.5, 0, 0.2, 0.9, 0.4])).toBeCloseTo(0.45);
    expect(effectiveThreshold([0.5, 0.2, 0.9], { threshold: 0.01, relativeThreshold: 0.2 })).toBeCloseTo(0.1);
  });

  it("scales with the corpus: ten times the similarities, ten times the threshold", () => {
    const forum = [0.02, 0.05, 0.04, 0.03];
    const tickets = forum.map((s) => s * 10);
    const params = { threshold: 0, relativeThreshold: 0.2 };
    expect(effectiveThreshold(tickets, params)).toBeCloseTo(10 * effectiveThreshold(forum, params));
  });

  it("never goes below the floor, and is the floor when relativeThreshold is 0 or there is no neighbour", () => {
    expect(effectiveThreshold([0.05, 0.05], { threshold: 0.02, relativeThreshold: 0.1 })).toBe(0.02);
    expect(effectiveThreshold([0.5], { threshold: 0.03, relativeThreshold: 0 })).toBe(0.03);
    expect(effectiveThreshold([0, 0], { threshold: 0.02, relativeThreshold: 0.2 })).toBe(0.02);
  });
});
