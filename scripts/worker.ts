// npm run worker: runs background jobs (mail, indexing, auto-close) until stopped, and waits on the mailboxes
// over IMAP IDLE so mail becomes a ticket within seconds (MAILIN_IDLE=false leaves only the minute's poll).
import { isDatabaseUnavailable } from "@/lib/errors";
import { startWorker } from "@/lib/jobs/worker";
import { watchMailboxes } from "@/lib/mailin/watch-mailboxes";

// pg-boss 10 records a job's outcome (complete, fail) without awaiting it: when PostgreSQL goes away mid-job that
// write rejects unhandled, and Node would end the worker (npm run test:faults found it). The job itself is safe —
// it stays active and is retried once it expires — so the worker notes it on one line and goes on; anything else
// unhandled still ends it, as Node does by default.
process.on("unhandledRejection", (reason) => {
  if (!isDatabaseUnavailable(reason)) throw reason;
  console.warn(`jobs: a job's outcome was not recorded (database unavailable); it is retried once it expires`);
});

const boss = await startWorker();
const idle = /^(0|false|no|off)$/i.test(process.env.MAILIN_IDLE ?? "") ? null : watchMailboxes();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await idle?.stop();
    await boss.stop({ graceful: true, timeout: 10_000 });
    process.exit(0);
  });
}
