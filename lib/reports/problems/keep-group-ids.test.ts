import { describe, expect, it } from "vitest";
import { keepGroupIds } from "./keep-group-ids";

describe("keepGroupIds", () => {
  const old = new Map([
    ["t1", "A"],
    ["t2", "A"],
    ["t3", "A"],
    ["t4", "B"],
    ["t5", "B"],
  ]);

  it("keeps the id of the old group most of the tickets came from", () => {
    expect(keepGroupIds([{ members: ["t4", "t5", "t9"] }, { members: ["t1", "t2", "t3", "t8"] }], old)).toEqual(["B", "A"]);
  });

  it("gives a new id when no old group holds more than half of it", () => {
    expect(keepGroupIds([{ members: ["t1", "t7", "t8"] }], old)).toEqual([null]);
  });

  it("hands an old id to one group only: the one that kept most of it", () => {
    expect(keepGroupIds([{ members: ["t1", "t9"] }, { members: ["t2", "t3"] }], old)).toEqual([null, "A"]);
  });
});
