import { getDb } from "@/db/client";
import { getSearchClient } from "../client";
import { searchKinds } from "../indices/names";
import { type Drift, reconcileKind } from "./reconcile";

/**
 * The nightly `search.reconcile` job: finds and repairs drift between Postgres and both indices (a job lost to
 * a bug, a node restored from an old snapshot). Throws while the node is down, so it is retried.
 */
export async function reconcileSearch(): Promise<{ kind: Drift["kind"]; missing: number; stale: number; orphaned: number }[]> {
  const client = await getSearchClient();
  const report = [];
  for (const kind of searchKinds) {
    const drift = await reconcileKind(client, getDb(), kind, { repair: true });
    report.push({ kind, missing: drift.missing.length, stale: drift.stale.length, orphaned: drift.orphaned.length });
  }
  return report;
}
