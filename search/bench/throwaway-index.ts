import type { Client } from "@elastic/elasticsearch";
import { createPhysicalIndex } from "../indices/create-index";
import type { SearchKind } from "../indices/names";
import type { SearchDocument } from "../sync/build-documents";

/** A uniquely named index with the production settings and mapping of `kind`, for one benchmark run. */
export async function createThrowawayIndex(client: Client, kind: SearchKind, purpose: string): Promise<string> {
  const name = `bench-${purpose}-${kind}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  await createPhysicalIndex(client, kind, name);
  await client.indices.putSettings({ index: name, settings: { refresh_interval: "-1" } });
  return name;
}

/** Loads documents in bulk requests of `batch`, then (unless told not to, for a load in parts) refreshes once. */
export async function loadDocuments(
  client: Client,
  index: string,
  docs: { id: string; document: SearchDocument }[],
  batch = 2000,
  { refresh = true }: { refresh?: boolean } = {},
): Promise<void> {
  for (let i = 0; i < docs.length; i += batch) {
    const operations = docs.slice(i, i + batch).flatMap(({ id, document }) => [{ index: { _index: index, _id: id } }, document]);
    const answer = await client.bulk({ operations });
    if (answer.errors) {
      const failed = answer.items.find((item) => item.index?.error)?.index?.error;
      throw new Error(`bulk load into ${index} failed: ${failed?.type} ${failed?.reason}`);
    }
  }
  if (!refresh) return;
  await client.indices.putSettings({ index, settings: { refresh_interval: "1s" } });
  await client.indices.refresh({ index });
}

export async function dropIndex(client: Client, index: string): Promise<void> {
  await client.indices.delete({ index, ignore_unavailable: true });
}
