import type { Client } from "@elastic/elasticsearch";
import type { Db } from "@/db/client";
import { versionedIndices } from "../indices/alias-target";
import { createPhysicalIndex } from "../indices/create-index";
import { nextVersion } from "../indices/ensure-indices";
import { aliasName, type SearchKind, versionedName } from "../indices/names";
import { swapAlias } from "../indices/swap-alias";
import { buildDocuments } from "./build-documents";
import { loadCategoryParents } from "./load-category-parents";
import { scanSourceIds } from "./scan-source-ids";
import { sourceVersions } from "./source-versions";
import { writeDocuments } from "./write-documents";

export type ReindexResult = { kind: SearchKind; index: string; documents: number; caughtUp: number; removed: string[]; seconds: number };
export type ReindexOptions = { batchSize?: number; keepOld?: boolean; log?: (line: string) => void };

/**
 * Rebuilds one kind from Postgres without search ever going dark: fills a new versioned index while the alias
 * still serves the old one, swaps the alias atomically, then catches up on rows that changed while it ran (their
 * jobs wrote to the old index). Old versions are removed unless `keepOld`.
 */
export async function reindexKind(client: Client, db: Db, kind: SearchKind, options: ReindexOptions = {}): Promise<ReindexResult> {
  const started = new Date();
  const log = options.log ?? (() => {});
  const alias = aliasName(kind);
  const index = versionedName(kind, await nextVersion(client, kind));
  await createPhysicalIndex(client, kind, index);
  // While filling: no refreshes (one at the end is much cheaper than one a second) and the translog synced in
  // the background, not on every bulk request; a crash meanwhile only loses a new index nobody reads yet.
  await client.indices.putSettings({ index, settings: { refresh_interval: "-1", translog: { durability: "async" } } });
  const parents = await loadCategoryParents(db);
  let documents = 0;
  // Up to two bulk requests in flight while the next batch is read from Postgres and built: reading, building
  // and indexing overlap, and the node's write threads (one a core) all have work.
  const inFlight: Promise<number>[] = [];
  for await (const ids of scanSourceIds(db, kind, options.batchSize ?? 1000)) {
    const changes = await buildDocuments(db, kind, ids, parents);
    if (inFlight.length >= 2) documents += await inFlight.shift()!;
    const write = writeDocuments(client, index, changes, { requireAlias: false }).then((r) => r.indexed);
    write.catch(() => {}); // awaited (and its error thrown) below; until then it is not an unhandled rejection
    inFlight.push(write);
    log(`${index}: ${documents} documents`);
  }
  for (const write of inFlight) documents += await write;
  await client.indices.putSettings({ index, settings: { refresh_interval: "1s", translog: { durability: "request" } } });
  await client.indices.refresh({ index });
  const previous = await swapAlias(client, alias, index);

  // Rows changed since we started may have reached only the old index: write them again, through the alias.
  // A little slack covers clock skew between this process and the database.
  const changed = [...(await sourceVersions(db, kind, new Date(started.getTime() - 5_000))).keys()];
  let caughtUp = 0;
  for (let i = 0; i < changed.length; i += 500) {
    caughtUp += (await writeDocuments(client, alias, await buildDocuments(db, kind, changed.slice(i, i + 500), parents), { refresh: true }))
      .indexed;
  }

  const removed = options.keepOld ? [] : (await versionedIndices(client, alias)).filter((name) => name !== index);
  if (removed.length > 0) await client.indices.delete({ index: removed });
  log(`${alias} → ${index} (was ${previous.join(", ") || "nothing"}); caught up ${caughtUp}; removed ${removed.join(", ") || "nothing"}`);
  return { kind, index, documents, caughtUp, removed, seconds: (Date.now() - started.getTime()) / 1000 };
}
