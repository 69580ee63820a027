import type { Client } from "@elastic/elasticsearch";

/** id → sourceVersion of every document in `index`, read with a scroll (works on Elasticsearch and OpenSearch). */
export async function indexedVersions(client: Client, index: string): Promise<Map<string, number>> {
  const versions = new Map<string, number>();
  let page = await client.search<{ sourceVersion?: number }>({
    index,
    scroll: "1m",
    size: 5000,
    _source: ["sourceVersion"],
    sort: ["_doc"],
  });
  try {
    while (page.hits.hits.length > 0) {
      for (const hit of page.hits.hits) versions.set(hit._id!, hit._source?.sourceVersion ?? 0);
      if (!page._scroll_id) break;
      page = await client.scroll<{ sourceVersion?: number }>({ scroll_id: page._scroll_id, scroll: "1m" });
    }
  } finally {
    if (page._scroll_id) await client.clearScroll({ scroll_id: page._scroll_id }).catch(() => {});
  }
  return versions;
}
