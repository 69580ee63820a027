import type PgBoss from "pg-boss";
import { createBoss } from "./boss";
import { jobList, type JobName } from "./definitions";

/** Creates every queue that is missing; run by the migrate script and by the worker at start. */
export async function ensureQueues(boss: PgBoss): Promise<void> {
  for (const job of jobList) {
    if (!(await boss.getQueue(job.name))) await boss.createQueue(job.name, { name: job.name, ...(job.policy ? { policy: job.policy } : {}) });
  }
}

/**
 * Starts the worker: one pg-boss subscription per job definition (or only the named ones, as a test that
 * needs one kind of job does), and the cron schedules.
 */
export async function startWorker(log: (line: string) => void = console.log, only?: readonly JobName[]): Promise<PgBoss> {
  const boss = createBoss({ max: 4 });
  boss.on("error", (error) => log(`jobs: ${error.message}`));
  await boss.start();
  await ensureQueues(boss);
  const handled = only ? jobList.filter((job) => only.includes(job.name as JobName)) : jobList;
  for (const job of handled) {
    // One job at a time: a failure retries that job alone, never a neighbour that already succeeded.
    let workerId = "";
    workerId = await boss.work(job.name, { pollingIntervalSeconds: 1, batchSize: 1 }, async ([item]) => {
      await job.handler(job.payload.parse(item.data));
      // pg-boss would otherwise wait a whole polling interval before the next job: fetch again at once.
      boss.notifyWorker(workerId);
    });
  }
  for (const job of handled) if (job.cron) await boss.schedule(job.name, job.cron);
  log(`worker: handling ${handled.map((j) => j.name).join(", ")}`);
  return boss;
}
