import type { Client } from "@elastic/elasticsearch";
import { sql } from "drizzle-orm";
import { type Db, getDb, schema } from "@/db/client";
import { getSearchClient } from "../client";
import { ensureIndices } from "../indices/ensure-indices";
import { aliasName } from "../indices/names";
import { buildDocuments } from "./build-documents";
import { type IndexDocumentPayload, indexDocumentPayload } from "./index-document-payload";
import { type WriteResult, writeDocuments } from "./write-documents";

let ready: Promise<unknown> | null = null;

/** Once per process: the aliases exist before the first write (a write to a missing alias is refused). */
function indicesReady(client: Client): Promise<unknown> {
  ready ??= ensureIndices(client).catch((error: unknown) => {
    ready = null;
    throw error;
  });
  return ready;
}

/**
 * The `search.index` job: re-reads one ticket or article and upserts its document, or deletes it when the row
 * is gone. Throws while the search node is down, so pg-boss retries it with growing waits; queued in the same
 * transaction as the write that caused it, the change reaches the index once the node is back.
 */
export async function indexDocument(payload: IndexDocumentPayload, searchClient?: Client): Promise<WriteResult> {
  const { kind, id } = indexDocumentPayload.parse(payload);
  const client = searchClient ?? (await getSearchClient());
  await indicesReady(client);
  // FOR SHARE first: a transaction still writing this row (whose re-index collapsed into this job) holds its lock
  // until it commits; waiting for it, the document is built from the committed change (lib/tickets/ticket-command.ts).
  const table = kind === "ticket" ? schema.tickets : schema.articles;
  const changes = await getDb().transaction(async (tx) => {
    await tx.execute(sql`select 1 from ${table} where ${table.id} = ${id} for share`);
    return buildDocuments(tx as unknown as Db, kind, [id]);
  });
  return writeDocuments(client, aliasName(kind), changes);
}
