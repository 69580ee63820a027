import { describe, expect, it } from "vitest";
import { coordinateAscent, foldsOf, spread, trainingSide } from "./folds";

describe("folds for cross-validation", () => {
  const ids = Array.from({ length: 67 }, (_, i) => `Q${i}`);

  it("deals every id into one of k folds of near-equal size, whatever the order", () => {
    const folds = foldsOf(ids, 5);
    expect(folds.flat().sort()).toEqual([...ids].sort());
    expect(folds.map((f) => f.length).sort()).toEqual([13, 13, 13, 14, 14]);
    expect(foldsOf([...ids].reverse(), 5)).toEqual(folds);
    expect(trainingSide(folds, 0)).toHaveLength(67 - folds[0].length);
  });

  it("mean and spread", () => {
    expect(spread([1, 3])).toEqual({ mean: 2, sd: 1 });
  });

  it("coordinate ascent keeps a change only when it gains more than the minimum", async () => {
    const objective = async (c: { a: number; b: number }) => -((c.a - 2) ** 2) + (c.b === 1 ? 0.001 : 0);
    const best = await coordinateAscent({ a: 0, b: 0 }, { a: [0, 1, 2, 3], b: [0, 1] }, objective, { minGain: 0.01 });
    expect(best).toEqual({ a: 2, b: 0 });
  });
});
