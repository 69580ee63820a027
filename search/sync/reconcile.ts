import type { Client } from "@elastic/elasticsearch";
import type { Db } from "@/db/client";
import { aliasName, type SearchKind } from "../indices/names";
import { buildDocuments } from "./build-documents";
import { indexedVersions } from "./scroll-versions";
import { sourceVersions } from "./source-versions";
import { writeDocuments } from "./write-documents";

export type Drift = { kind: SearchKind; missing: string[]; stale: string[]; orphaned: string[] };

/**
 * Compares Postgres with the index: rows with no document (`missing`), documents older than their row
 * (`stale`) and documents whose row is gone (`orphaned`). A lost job, a node restored from an old snapshot or a
 * bug all show up here. With `repair`, rewrites exactly those from Postgres.
 */
export async function reconcileKind(client: Client, db: Db, kind: SearchKind, options: { repair?: boolean } = {}): Promise<Drift> {
  const alias = aliasName(kind);
  // Read the index first: a row that changes in between then looks stale (repaired harmlessly), never fresh.
  const indexed = await indexedVersions(client, alias);
  const rows = await sourceVersions(db, kind);
  const drift: Drift = { kind, missing: [], stale: [], orphaned: [] };
  for (const [id, version] of rows) {
    const have = indexed.get(id);
    if (have === undefined) drift.missing.push(id);
    else if (have < version) drift.stale.push(id);
  }
  for (const id of indexed.keys()) if (!rows.has(id)) drift.orphaned.push(id);
  if (options.repair) {
    // Missing documents are written whatever the index remembers of a deleted one; the rest by version as usual.
    for (const [ids, versioned] of [
      [drift.missing, false],
      [[...drift.stale, ...drift.orphaned], true],
    ] as const) {
      for (let i = 0; i < ids.length; i += 500) {
        await writeDocuments(client, alias, await buildDocuments(db, kind, ids.slice(i, i + 500)), { versioned });
      }
    }
  }
  return drift;
}
