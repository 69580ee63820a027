import { describe, expect, it } from "vitest";
import { filterCategories, flattenCategories } from "./category-tree";

const nodes = [
  { id: "hw", parentId: null, nameRu: "Оборудование", nameEn: "Hardware" },
  { id: "pr", parentId: "hw", nameRu: "Принтеры", nameEn: "Printers" },
  { id: "jam", parentId: "pr", nameRu: "Замятие бумаги", nameEn: "Paper jam" },
  { id: "sw", parentId: null, nameRu: "Программы", nameEn: "Software" },
  { id: "orphan", parentId: "gone", nameRu: "Сирота", nameEn: "Orphan" },
];

describe("the category tree", () => {
  it("is flattened depth first, with depth and path, in the viewer's language", () => {
    expect(flattenCategories(nodes, "ru").map((c) => [c.name, c.depth, c.path.join("/")])).toEqual([
      ["Оборудование", 0, ""],
      ["Принтеры", 1, "Оборудование"],
      ["Замятие бумаги", 2, "Оборудование/Принтеры"],
      ["Программы", 0, ""],
      // A node whose parent is missing is still offered, at the top.
      ["Сирота", 0, ""],
    ]);
  });

  it("a search keeps each match in its place, with its ancestors", () => {
    const flat = flattenCategories(nodes, "en");
    expect(filterCategories(flat, "jam").map((c) => c.id)).toEqual(["hw", "pr", "jam"]);
    expect(filterCategories(flat, "SOFT").map((c) => c.id)).toEqual(["sw"]);
    expect(filterCategories(flat, "  ")).toHaveLength(flat.length);
    expect(filterCategories(flat, "nothing like it")).toEqual([]);
  });
});
