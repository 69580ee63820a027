import type { Client } from "@elastic/elasticsearch";
import { indexDefinition } from "./index-definition";
import type { SearchKind } from "./names";

/** Creates one physical index of `kind` with our settings and mapping, and waits until it can take writes. */
export async function createPhysicalIndex(client: Client, kind: SearchKind, name: string): Promise<void> {
  const { settings, mappings } = indexDefinition(kind);
  await client.indices.create({ index: name, settings, mappings, wait_for_active_shards: 1 });
}
