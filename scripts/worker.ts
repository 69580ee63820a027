// npm run worker: runs background jobs (mail, indexing, auto-close) until stopped.
import { isDatabaseUnavailable } from "@/lib/errors";
import { startWorker } from "@/lib/jobs/worker";

// pg-boss 10 records a job's outcome (complete, fail) without awaiting it: when PostgreSQL goes away mid-job that
// write rejects unhandled, and Node would end the worker (npm run test:faults found it). The job itself is safe —
// it stays active and is retried once it expires — so the worker notes it on one line and goes on; anything else
// unhandled still ends it, as Node does by default.
process.on("unhandledRejection", (reason) => {
  if (!isDatabaseUnavailable(reason)) throw reason;
  console.warn(`jobs: a job's outcome was not recorded (database unavailable); it is retried once it expires`);
});

const boss = await startWorker();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await boss.stop({ graceful: true, timeout: 10_000 });
    process.exit(0);
  });
}
