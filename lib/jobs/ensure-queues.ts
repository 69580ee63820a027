import type PgBoss from "pg-boss";
import { jobList } from "./definitions";

/** Creates every queue that is missing; run by the migrate script and by the worker at start. */
export async function ensureQueues(boss: PgBoss): Promise<void> {
  for (const job of jobList) {
    if (!(await boss.getQueue(job.name))) await boss.createQueue(job.name, { name: job.name, ...(job.policy ? { policy: job.policy } : {}) });
  }
}
