import type PgBoss from "pg-boss";
import { createBoss } from "./boss";
import { jobList } from "./definitions";

/** Creates every queue that is missing; run by the worker at start (and by setUpQueues). */
export async function ensureQueues(boss: PgBoss): Promise<void> {
  for (const job of jobList) {
    if (!(await boss.getQueue(job.name)))
      await boss.createQueue(job.name, { name: job.name, ...(job.policy ? { policy: job.policy } : {}) });
  }
}

/** pg-boss's own schema and our queues in the database at `url`, for the migrate command. Safe to run again. */
export async function setUpQueues(url: string): Promise<void> {
  const boss = createBoss({ connectionString: url, supervise: false, schedule: false, max: 1 });
  await boss.start();
  try {
    await ensureQueues(boss);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
