import { describe, expect, it } from "vitest";
import { flattenTree, subtreeIds } from "./categories/category-tree";
import { changedFields } from "./changed-fields";
import { shiftInOrder } from "./reorder";
import { ruleFields } from "./rules/rule-input";
import { slugify } from "./unique-key";

describe("changedFields", () => {
  it("keeps only what changed, from what to what", () => {
    expect(
      changedFields({ vip: false, hourlyCost: null, roles: ["requester"] }, { vip: true, hourlyCost: null, roles: ["requester"] }),
    ).toEqual({
      vip: { from: false, to: true },
    });
  });

  it("compares arrays and objects by content, and treats a missing value as null", () => {
    expect(changedFields({ roles: ["a", "b"] }, { roles: ["a", "b"] })).toEqual({});
    expect(changedFields({ roles: ["a"] }, { roles: ["a", "b"] })).toEqual({ roles: { from: ["a"], to: ["a", "b"] } });
    expect(changedFields(null, { name: "x", managerId: null })).toEqual({ name: { from: null, to: "x" } });
  });
});

describe("shiftInOrder", () => {
  it("swaps an item with its neighbour", () => {
    expect(shiftInOrder(["a", "b", "c"], "b", "up")).toEqual(["b", "a", "c"]);
    expect(shiftInOrder(["a", "b", "c"], "b", "down")).toEqual(["a", "c", "b"]);
  });

  it("does nothing past either end or for an unknown item", () => {
    expect(shiftInOrder(["a", "b"], "a", "up")).toBeNull();
    expect(shiftInOrder(["a", "b"], "b", "down")).toBeNull();
    expect(shiftInOrder(["a", "b"], "z", "up")).toBeNull();
  });
});

describe("flattenTree", () => {
  const node = (id: string, parentId: string | null, position: number, nameRu = id) => ({ id, parentId, position, nameRu, nameEn: id });

  it("lists each parent before its children, siblings by position, with depth and ancestors", () => {
    const flat = flattenTree([
      node("child2", "root", 1),
      node("root", null, 0),
      node("child1", "root", 0),
      node("grand", "child1", 0),
      node("root2", null, 1),
    ]);
    expect(flat.map((e) => [e.id, e.depth])).toEqual([
      ["root", 0],
      ["child1", 1],
      ["grand", 2],
      ["child2", 1],
      ["root2", 0],
    ]);
    expect(flat.find((e) => e.id === "grand")?.path).toEqual(["root", "child1"]);
    expect([...subtreeIds(flat, "child1")].sort()).toEqual(["child1", "grand"]);
  });

  it("shows an orphan as a root and survives a cycle", () => {
    expect(flattenTree([node("orphan", "missing", 0)]).map((e) => e.depth)).toEqual([0]);
    expect(flattenTree([node("a", "b", 0), node("b", "a", 0)])).toEqual([]);
  });
});

describe("slugify", () => {
  it("makes a readable key from an English name", () => {
    expect(slugify("MIS team")).toBe("mis-team");
    expect(slugify("  Printers & MFPs! ")).toBe("printers-mfps");
    expect(slugify("Проверка")).toBe("item");
  });
});

describe("ruleFields", () => {
  const base = {
    name: "r",
    categoryId: null,
    includeSubcategories: true,
    type: null,
    departmentId: null,
    priority: null,
    assigneeId: null,
    lineId: null,
    strategy: "least_open",
  };
  const line = "00000000-0000-4000-8000-000000000001";
  const person = "00000000-0000-4000-8000-000000000002";

  it("keeps only the chosen target", () => {
    const parsed = ruleFields.parse({ ...base, target: "line", lineId: line, assigneeId: person });
    expect(parsed).toMatchObject({ lineId: line, assigneeId: null });
    // What the guard parsed, the command can parse again.
    expect(ruleFields.parse(parsed)).toEqual(parsed);
  });

  it("asks for the target's specialist or line, next to that field", () => {
    const specialist = ruleFields.safeParse({ ...base, target: "specialist" });
    expect(specialist.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["assigneeId", "pickSpecialist"]]);
    const noLine = ruleFields.safeParse({ ...base, target: "line" });
    expect(noLine.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["lineId", "pickLine"]]);
  });
});
