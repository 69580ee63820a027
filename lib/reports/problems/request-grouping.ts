import { withTransaction } from "@/db/client";
import { enqueue } from "@/lib/jobs/queue";

/** An analyst's "recompute now": one queued run, however many times it is asked for while one waits. */
export async function requestGrouping(): Promise<void> {
  await withTransaction((tx) => enqueue(tx, "reports.groupProblems", {}, { singletonKey: "on-demand" }));
}
