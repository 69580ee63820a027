import { describe, expect, it } from "vitest";
import { applyFilters, countFacets, type FacetRow } from "./facet-counts";

const now = Date.parse("2026-06-01T00:00:00Z");
const row = (over: Partial<FacetRow>): FacetRow => ({
  kind: "ticket",
  status: "resolved",
  type: "incident",
  categoryPath: ["printers", "jam"],
  priority: "normal",
  assigneeId: "s1",
  createdAt: new Date(now - 2 * 86_400_000),
  ...over,
});
const rows = [
  row({}),
  row({ status: "closed", assigneeId: null }),
  row({
    kind: "article",
    status: "published",
    type: null,
    priority: null,
    assigneeId: null,
    categoryPath: ["printers"],
    createdAt: new Date(now - 400 * 86_400_000),
  }),
];

describe("fallback facets", () => {
  it("counts each facet under the other filters only", () => {
    const facets = countFacets(rows, { status: ["resolved"] }, now);
    expect(facets.status).toEqual([
      { value: "closed", count: 1 },
      { value: "published", count: 1 },
      { value: "resolved", count: 1 },
    ]);
    expect(facets.kind).toEqual([{ value: "ticket", count: 1 }]);
  });

  it("counts a category for every level of its path, and unassigned tickets but not articles", () => {
    const facets = countFacets(rows, {}, now);
    expect(facets.category).toEqual([
      { value: "printers", count: 3 },
      { value: "jam", count: 2 },
    ]);
    expect(facets.assignee).toEqual([
      { value: "none", count: 1 },
      { value: "s1", count: 1 },
    ]);
    expect(facets.created).toEqual([
      { value: "7d", count: 2 },
      { value: "30d", count: 2 },
      { value: "365d", count: 2 },
      { value: "older", count: 1 },
    ]);
  });

  it("filters by category path and by unassigned", () => {
    expect(applyFilters(rows, { categoryId: ["printers"] })).toHaveLength(3);
    expect(applyFilters(rows, { assigneeId: ["none"] })).toEqual([rows[1]]);
  });
});
