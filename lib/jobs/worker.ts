import type PgBoss from "pg-boss";
import { createBoss } from "./boss";
import { type JobName, jobList } from "./definitions";
import { ensureQueues } from "./ensure-queues";
import { handlers } from "./handlers";

/**
 * Starts the worker: one pg-boss subscription per job definition (or only the named ones, as a test that
 * needs one kind of job does), and the cron schedules.
 */
export async function startWorker(log: (line: string) => void = console.log, only?: readonly JobName[]): Promise<PgBoss> {
  // Maintenance (which retries the jobs of a worker that died, once they expire) every 15 s instead of pg-boss's
  // 2 minutes, so mail and indexing resume soon after a crash; one worker at a time does it.
  const boss = createBoss({ max: 4, maintenanceIntervalSeconds: 15 });
  boss.on("error", (error) => log(`jobs: ${error.message}`));
  await boss.start();
  await ensureQueues(boss);
  const handled = only ? jobList.filter((job) => only.includes(job.name as JobName)) : jobList;
  for (const job of handled) {
    const handler = handlers[job.name as JobName] as (payload: unknown) => Promise<unknown>;
    // One job at a time per loop: a failure retries that job alone, never a neighbour that already succeeded.
    // Jobs that mostly wait on another server (mail) run in several loops side by side.
    for (let loop = 0; loop < (job.concurrency ?? 1); loop++) {
      let workerId = "";
      workerId = await boss.work(job.name, { pollingIntervalSeconds: 1, batchSize: 1 }, async ([item]) => {
        await handler(job.payload.parse(item.data));
        // pg-boss would otherwise wait a whole polling interval before the next job: fetch again at once.
        boss.notifyWorker(workerId);
      });
    }
  }
  for (const job of handled) if (job.cron) await boss.schedule(job.name, job.cron);
  log(`worker: handling ${handled.map((j) => j.name).join(", ")}`);
  return boss;
}
