// npm run worker: runs background jobs (mail, indexing, auto-close) until stopped, and waits on the mailboxes
// over IMAP IDLE so mail becomes a ticket within seconds (MAILIN_IDLE=false leaves only the minute's poll).
import { startWorker } from "@/lib/jobs/worker";
import { watchMailboxes } from "@/lib/mailin/watch-mailboxes";

const boss = await startWorker();
const idle = /^(0|false|no|off)$/i.test(process.env.MAILIN_IDLE ?? "") ? null : watchMailboxes();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await idle?.stop();
    await boss.stop({ graceful: true, timeout: 10_000 });
    process.exit(0);
  });
}
