import type { FacetName, Facets, SearchFilters } from "@/search/queries/facets";
import { facetNames, UNASSIGNED } from "@/search/queries/facets";

/** What the fallback knows of each match, enough to filter and count facets in memory. */
export type FacetRow = {
  kind: "ticket" | "article";
  status: string;
  type: string | null;
  categoryPath: string[];
  priority: string | null;
  assigneeId: string | null;
  createdAt: Date;
};

const DAY = 86_400_000;

function matches(row: FacetRow, name: FacetName, filters: SearchFilters): boolean {
  switch (name) {
    case "kind":
      return !filters.kind?.length || filters.kind.includes(row.kind);
    case "status":
      return !filters.status?.length || filters.status.includes(row.status);
    case "type":
      return !filters.type?.length || (row.type !== null && filters.type.includes(row.type));
    case "category":
      return !filters.categoryId?.length || filters.categoryId.some((id) => row.categoryPath.includes(id));
    case "priority":
      return !filters.priority?.length || (row.priority !== null && filters.priority.includes(row.priority));
    case "assignee":
      return !filters.assigneeId?.length || filters.assigneeId.includes(row.kind === "ticket" ? (row.assigneeId ?? UNASSIGNED) : "");
    case "created":
      return (!filters.from || row.createdAt >= filters.from) && (!filters.to || row.createdAt <= filters.to);
  }
}

/** The rows every filter lets through. */
export function applyFilters<R extends FacetRow>(rows: R[], filters: SearchFilters): R[] {
  return rows.filter((row) => facetNames.every((name) => matches(row, name, filters)));
}

function valuesOf(row: FacetRow, name: FacetName, now: number): string[] {
  switch (name) {
    case "kind":
      return [row.kind];
    case "status":
      return [row.status];
    case "type":
      return row.type ? [row.type] : [];
    case "category":
      return row.categoryPath;
    case "priority":
      return row.priority ? [row.priority] : [];
    case "assignee":
      return row.kind === "ticket" ? [row.assigneeId ?? UNASSIGNED] : [];
    case "created": {
      const age = now - row.createdAt.getTime();
      return age >= 365 * DAY ? ["older"] : [...(age < 7 * DAY ? ["7d"] : []), ...(age < 30 * DAY ? ["30d"] : []), "365d"];
    }
  }
}

/**
 * Facet counts computed the way the search node computes them (facets.ts): each facet under every filter but its
 * own, highest counts first; the date ranges in their fixed order.
 */
export function countFacets(rows: FacetRow[], filters: SearchFilters, now = Date.now()): Facets {
  const facets = {} as Facets;
  for (const name of facetNames) {
    const counts = new Map<string, number>(name === "created" ? ["7d", "30d", "365d", "older"].map((k) => [k, 0]) : []);
    for (const row of rows) {
      if (!facetNames.every((other) => other === name || matches(row, other, filters))) continue;
      for (const value of valuesOf(row, name, now)) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const list = [...counts].map(([value, count]) => ({ value, count }));
    facets[name] = name === "created" ? list : list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return facets;
}
