// npm run worker: runs background jobs (mail, indexing, auto-close) until stopped.
import { startWorker } from "@/lib/jobs/worker";

const boss = await startWorker();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await boss.stop({ graceful: true, timeout: 10_000 });
    process.exit(0);
  });
}
