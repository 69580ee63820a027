import type { Client } from "@elastic/elasticsearch";
import type { DocumentChange } from "./build-documents";

export type WriteResult = { indexed: number; deleted: number; stale: number };

/**
 * Writes documents to `index` (an alias or a physical index) in one bulk request: upserts, and deletes for rows
 * that are gone. Each upsert carries the row's version as an external version, so of two writers racing with
 * reads of different age the newer read always wins; the older one answers 409 and counts as `stale`, which is
 * success. Any other failure throws, so the job that asked is retried with backoff and nothing is lost.
 * `require_alias` stops a write to a missing alias from auto-creating an index with a guessed mapping.
 * `versioned: false` writes whatever version is there: for a document that is missing although its row exists,
 * where a recent delete's tombstone (kept about a minute) would otherwise refuse the write as stale.
 */
export async function writeDocuments(
  client: Client,
  index: string,
  changes: DocumentChange[],
  options: { refresh?: boolean; requireAlias?: boolean; versioned?: boolean } = {},
): Promise<WriteResult> {
  const result: WriteResult = { indexed: 0, deleted: 0, stale: 0 };
  if (changes.length === 0) return result;
  const operations: object[] = [];
  for (const { id, document } of changes) {
    if (document && options.versioned === false) {
      operations.push({ index: { _index: index, _id: id } }, document);
    } else if (document) {
      operations.push({ index: { _index: index, _id: id, version: document.sourceVersion, version_type: "external_gte" } }, document);
    } else {
      operations.push({ delete: { _index: index, _id: id } });
    }
  }
  const answer = await client.bulk({ operations, refresh: options.refresh ?? false, require_alias: options.requireAlias ?? true });
  const failures: string[] = [];
  for (const item of answer.items) {
    const [action, outcome] = Object.entries(item)[0] as [
      string,
      { _id?: string | null; status: number; error?: { type?: string; reason?: string | null } },
    ];
    if (outcome.status === 409) result.stale += 1;
    else if (action === "delete" && outcome.status === 404)
      result.deleted += 1; // already gone: the goal is met
    else if (outcome.error || outcome.status >= 300)
      failures.push(`${action} ${outcome._id}: ${outcome.error?.type ?? outcome.status} ${outcome.error?.reason ?? ""}`.trim());
    else if (action === "delete") result.deleted += 1;
    else result.indexed += 1;
  }
  if (failures.length > 0) {
    throw new Error(`search index ${index}: ${failures.length} of ${changes.length} writes failed: ${failures.slice(0, 3).join("; ")}`);
  }
  return result;
}
