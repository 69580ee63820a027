// npm run search:reconcile [-- --check]: finds documents missing from the index, older than their row, or left
// over from rows that are gone, and rewrites them from Postgres. --check only reports (exit code 1 on drift).
import { parseArgs } from "node:util";
import { closeDb, getDb } from "@/db/client";
import { getSearchClient } from "@/search/client";
import { searchKinds } from "@/search/indices/names";
import { reconcileKind } from "@/search/sync/reconcile";

const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
let drifted = 0;
try {
  const client = await getSearchClient();
  for (const kind of searchKinds) {
    const drift = await reconcileKind(client, getDb(), kind, { repair: !values.check });
    const total = drift.missing.length + drift.stale.length + drift.orphaned.length;
    drifted += total;
    const verb = values.check ? "found" : "repaired";
    console.log(`${kind}: ${verb} ${drift.missing.length} missing, ${drift.stale.length} stale, ${drift.orphaned.length} orphaned`);
  }
} finally {
  await closeDb();
}
process.exit(values.check && drifted > 0 ? 1 : 0);
