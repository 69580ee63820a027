import type { Client } from "@elastic/elasticsearch";
import { getDb } from "@/db/client";
import { createSearchClient } from "@/search/client";
import { versionedIndices } from "@/search/indices/alias-target";
import { ensureIndices } from "@/search/indices/ensure-indices";
import { aliasName, searchKinds } from "@/search/indices/names";
import { reindexKind } from "@/search/sync/reindex";

/**
 * Indices of one integration test file: a unique SEARCH_INDEX_PREFIX, so the file sees only the documents it
 * wrote, with the real aliases created by ensureIndices(). `indexAll` fills them from the database (as
 * `npm run search:reindex` does); `drop` removes every index made under the prefix.
 */
export async function useTestIndices(): Promise<{ client: Client; indexAll: () => Promise<void>; drop: () => Promise<void> }> {
  const url = process.env.ELASTICSEARCH_URL;
  if (!url) throw new Error("ELASTICSEARCH_URL is not set: start a search node and point ELASTICSEARCH_URL at it");
  process.env.SEARCH_INDEX_PREFIX = `test-${Date.now()}-${Math.random().toString(36).slice(2, 6)}-`;
  const client = await createSearchClient(url);
  await ensureIndices(client);
  return {
    client,
    indexAll: async () => {
      for (const kind of searchKinds) await reindexKind(client, getDb(), kind);
    },
    drop: async () => {
      for (const kind of searchKinds) {
        const names = await versionedIndices(client, aliasName(kind));
        if (names.length > 0) await client.indices.delete({ index: names, ignore_unavailable: true });
      }
      await client.close();
    },
  };
}
