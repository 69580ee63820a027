import { describe, expect, it } from "vitest";
import { classificationScores } from "./classification";
import { isTestRow } from "./split";

describe("classificationScores", () => {
  it("computes accuracy and macro-F1", () => {
    const s = classificationScores([
      { truth: "a", predicted: "a" },
      { truth: "a", predicted: "b" },
      { truth: "b", predicted: "b" },
      { truth: "b", predicted: null },
    ]);
    expect(s.accuracy).toBeCloseTo(50);
    // a: P 1, R .5, F1 .667; b: P .5, R .5, F1 .5
    expect(s.macroF1).toBeCloseTo(((2 / 3 + 0.5) / 2) * 100);
  });
});

describe("isTestRow", () => {
  it("is deterministic and near the asked share", () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `t${i}`);
    const share = ids.filter((id) => isTestRow(id)).length / ids.length;
    expect(share).toBeGreaterThan(0.18);
    expect(share).toBeLessThan(0.22);
    expect(ids.map((id) => isTestRow(id))).toEqual(ids.map((id) => isTestRow(id)));
  });
});
