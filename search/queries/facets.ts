import type { estypes } from "@elastic/elasticsearch";

type Query = estypes.QueryDslQueryContainer;

/** The filters of the staff search; each narrows the results and every facet but its own. */
export type SearchFilters = {
  kind?: ("ticket" | "article")[];
  status?: string[];
  type?: string[];
  categoryId?: string[];
  priority?: string[];
  assigneeId?: string[];
  from?: Date;
  to?: Date;
};

export const facetNames = ["kind", "status", "type", "category", "priority", "assignee", "created"] as const;
export type FacetName = (typeof facetNames)[number];
export type FacetValue = { value: string; count: number };
export type Facets = Record<FacetName, FacetValue[]>;

const UNASSIGNED = "none";
const ticketOnly = new Set<FacetName>(["type", "priority", "assignee"]);

/** One clause per active filter, keyed by the facet it belongs to. */
export function filterClauses(filters: SearchFilters): Partial<Record<FacetName, Query>> {
  const clauses: Partial<Record<FacetName, Query>> = {};
  if (filters.kind?.length) clauses.kind = { terms: { kind: filters.kind } };
  if (filters.status?.length) clauses.status = { terms: { status: filters.status } };
  if (filters.type?.length) clauses.type = { terms: { type: filters.type } };
  // The path, not the leaf: filtering on "Printers" includes "Printers → Paper jam".
  if (filters.categoryId?.length) clauses.category = { terms: { categoryPath: filters.categoryId } };
  if (filters.priority?.length) clauses.priority = { terms: { priority: filters.priority } };
  if (filters.assigneeId?.length) {
    const people = filters.assigneeId.filter((id) => id !== UNASSIGNED);
    const anyone: Query[] = people.length ? [{ terms: { assigneeId: people } }] : [];
    if (filters.assigneeId.includes(UNASSIGNED))
      anyone.push({ bool: { filter: [{ term: { kind: "ticket" } }], must_not: [{ exists: { field: "assigneeId" } }] } });
    clauses.assignee = { bool: { should: anyone, minimum_should_match: 1 } };
  }
  if (filters.from || filters.to) {
    clauses.created = {
      range: {
        createdAt: {
          ...(filters.from ? { gte: filters.from.toISOString() } : {}),
          ...(filters.to ? { lte: filters.to.toISOString() } : {}),
        },
      },
    };
  }
  return clauses;
}

const facetAggregations: Record<FacetName, estypes.AggregationsAggregationContainer> = {
  kind: { terms: { field: "kind", size: 2 } },
  status: { terms: { field: "status", size: 10 } },
  type: { terms: { field: "type", size: 5 } },
  category: { terms: { field: "categoryPath", size: 100 } },
  priority: { terms: { field: "priority", size: 5 } },
  assignee: { terms: { field: "assigneeId", size: 50, missing: UNASSIGNED } },
  created: {
    date_range: {
      field: "createdAt",
      keyed: false,
      ranges: [
        { key: "7d", from: "now-7d/d" },
        { key: "30d", from: "now-30d/d" },
        { key: "365d", from: "now-365d/d" },
        { key: "older", to: "now-365d/d" },
      ],
    },
  },
};

/**
 * Counted facets the usual way for filters you can combine: each facet is counted under every active filter
 * except its own, so choosing "resolved" does not make the other statuses' counts drop to zero.
 */
export function facetAggs(clauses: Partial<Record<FacetName, Query>>): Record<string, estypes.AggregationsAggregationContainer> {
  const aggs: Record<string, estypes.AggregationsAggregationContainer> = {};
  for (const name of facetNames) {
    const others = Object.entries(clauses)
      .filter(([key]) => key !== name)
      .map(([, clause]) => clause!);
    // Type, priority and assignee belong to tickets: articles would only swell the "unassigned" count.
    if (ticketOnly.has(name)) others.push({ term: { kind: "ticket" } });
    aggs[name] = { filter: { bool: { filter: others } }, aggs: { values: facetAggregations[name] } };
  }
  return aggs;
}

type Bucket = { key: string | number; doc_count: number; key_as_string?: string };

/** Facet counts out of the answer's aggregations (date ranges keep their empty buckets, for a stable list). */
export function readFacets(aggregations: Record<string, unknown> | undefined): Facets {
  const facets = {} as Facets;
  for (const name of facetNames) {
    const values = (aggregations?.[name] as { values?: { buckets?: Bucket[] } } | undefined)?.values?.buckets ?? [];
    facets[name] = values.map((b) => ({ value: String(b.key), count: b.doc_count })).filter((v) => v.count > 0 || name === "created");
  }
  return facets;
}

export { UNASSIGNED };
