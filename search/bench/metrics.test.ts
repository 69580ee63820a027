import { describe, expect, it } from "vitest";
import { averagePrecision, evaluate, ndcgAt, precisionAt, reciprocalRank } from "./metrics";

const judged = new Map([
  ["a", 0],
  ["b", 2],
  ["c", 0],
  ["d", 1],
]);

describe("ranking measures", () => {
  it("average precision over the relevant documents", () => {
    // relevant b at 2 and d at 4: (1/2 + 2/4) / 2
    expect(averagePrecision(["a", "b", "c", "d"], judged)).toBeCloseTo(0.5);
    expect(averagePrecision(["b", "d", "a", "c"], judged)).toBeCloseTo(1);
    expect(averagePrecision(["a", "c"], judged)).toBe(0); // nothing relevant retrieved
  });

  it("reciprocal rank and precision", () => {
    expect(reciprocalRank(["a", "c", "d"], judged)).toBeCloseTo(1 / 3);
    expect(precisionAt(1, ["b"], judged)).toBe(1);
    expect(precisionAt(5, ["a", "b", "c", "d"], judged)).toBeCloseTo(2 / 5);
  });

  it("nDCG with 2^grade − 1 as gains", () => {
    expect(ndcgAt(10, ["b", "d", "a"], judged)).toBeCloseTo(1);
    const dcg = 1 / Math.log2(2) + 3 / Math.log2(3);
    const ideal = 3 / Math.log2(2) + 1 / Math.log2(3);
    expect(ndcgAt(10, ["d", "b"], judged)).toBeCloseTo(dcg / ideal);
  });

  it("averages over all queries, a query with nothing relevant counting 0", () => {
    const qrels = new Map([
      ["q1", judged],
      ["q2", new Map([["x", 0]])],
    ]);
    const scores = evaluate(new Map([["q1", ["b", "d"]]]), qrels, ["q1", "q2"]);
    expect(scores.map).toBeCloseTo(50);
    expect(scores.mrr).toBeCloseTo(50);
  });
});
