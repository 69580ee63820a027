/**
 * What the search node did during a load phase, from its own counters (`_nodes/stats`): shard-level query and
 * fetch phases (a request over two indices is two of each; the fetch phase is where highlighting runs) and the
 * time it spent in each. Read before and after, like processCpu, to tell a request's node CPU apart by phase.
 */
type Counters = { query: number; queryMs: number; fetch: number; fetchMs: number };

async function read(url: string): Promise<Counters> {
  const response = await fetch(`${url}/_nodes/_local/stats/indices/search`);
  const body = (await response.json()) as {
    nodes: Record<
      string,
      { indices: { search: { query_total: number; query_time_in_millis: number; fetch_total: number; fetch_time_in_millis: number } } }
    >;
  };
  const search = Object.values(body.nodes)[0].indices.search;
  return {
    query: search.query_total,
    queryMs: search.query_time_in_millis,
    fetch: search.fetch_total,
    fetchMs: search.fetch_time_in_millis,
  };
}

export async function searchNodeWork(url: string) {
  const before = await read(url);
  return {
    async perRequest(requests: number): Promise<string> {
      const after = await read(url);
      const per = (k: keyof Counters, digits: number) => ((after[k] - before[k]) / Math.max(1, requests)).toFixed(digits);
      return `${per("query", 2)} shard queries (${per("queryMs", 2)} ms), ${per("fetch", 2)} shard fetches (${per("fetchMs", 2)} ms)`;
    },
  };
}
