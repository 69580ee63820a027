import { connect } from "@/db/client";
import { createSearchClient } from "../client";
import { ensureIndices } from "../indices/ensure-indices";
import { reindexKind } from "./reindex";

/**
 * Gets search ready for a fresh or upgraded installation (the demo, a deploy): makes sure both aliases exist
 * and, where an index was just created or was built from an older mapping, fills a new one from Postgres.
 * Opens its own connections to the given URLs and closes them; returns a line per index for the log.
 */
export async function prepareSearch(urls: { databaseUrl: string; searchUrl: string }): Promise<string[]> {
  const client = await createSearchClient(urls.searchUrl);
  const { db, sql } = connect(urls.databaseUrl, 2);
  try {
    const lines: string[] = [];
    for (const state of await ensureIndices(client)) {
      if (!state.created && !state.outdated) {
        lines.push(`${state.alias}: ${state.index}, current`);
        continue;
      }
      const result = await reindexKind(client, db, state.kind);
      lines.push(`${state.alias}: ${result.documents} documents into ${result.index} (${state.created ? "new" : "mapping changed"})`);
    }
    return lines;
  } finally {
    await sql.end({ timeout: 5 });
    await client.close();
  }
}
