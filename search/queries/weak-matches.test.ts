import { describe, expect, it } from "vitest";
import { bm25Idf, dropWeakMatches, queryScale } from "./weak-matches";

const hits = (...scores: number[]) => scores.map((score) => ({ score }));

describe("weak matches", () => {
  it("drops matches under the ratio of the best one, keeping order", () => {
    expect(dropWeakMatches(hits(10, 6, 4, 3.9, 1), { ratio: 0.4, floor: 0 })).toEqual(hits(10, 6, 4));
  });

  it("drops everything under the floor of the scale, the best one too", () => {
    expect(dropWeakMatches(hits(5, 4), { ratio: 0.4, floor: 0.2 }, 30)).toEqual([]);
    expect(dropWeakMatches(hits(7, 6, 2), { ratio: 0.4, floor: 0.2 }, 30)).toEqual(hits(7, 6));
  });

  it("applies the ratio alone without a scale, and keeps an empty list empty", () => {
    expect(dropWeakMatches(hits(1, 0.5), { ratio: 0.4, floor: 0.2 }, null)).toEqual(hits(1, 0.5));
    expect(dropWeakMatches([], { ratio: 0.4, floor: 0.2 }, 10)).toEqual([]);
  });

  it("scales a problem by what an average document holding each of its words once would score", () => {
    expect(bm25Idf(1, 100)).toBeCloseTo(Math.log(1 + 99.5 / 1.5));
    const scale = queryScale(
      [
        { termFreq: 2, docFreq: 10 },
        { termFreq: 1, docFreq: 0 },
      ],
      100,
    );
    expect(scale).toBeCloseTo(2 * bm25Idf(10, 100));
  });
});
