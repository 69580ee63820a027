import type { ImapFlow } from "imapflow";
import { listMailboxes } from "./list-mailboxes";
import { fingerprintOf, type Mailbox } from "./mailbox-config";
import { readMailboxStatus } from "./mailbox-status";
import { clientFor, pollAndRecord } from "./poll-mailboxes";

type Watch = { fingerprint: string; client: ImapFlow };

/**
 * IMAP IDLE for every configured mailbox, run by the worker process beside its jobs: one connection each waits
 * on the folder, and a mail announced there (EXISTS) is read within seconds instead of at the next minute.
 * The minute's `mailin.poll` job stays the fallback and keeps the backoff: a mailbox backing off after a failure
 * is not watched until its next try is due, and a dropped connection is only re-opened at the next check
 * (every `checkMs`), where new, changed and removed mailboxes are picked up too — every 5 s, so a mailbox an
 * admin has just added or fixed is watched before its first mail (the check is one small query). Reading itself is
 * poll-mailboxes.ts's, so IDLE adds no second way mail is imported.
 */
export function watchMailboxes({ log = console.error, checkMs = 5_000 }: { log?: (line: string) => void; checkMs?: number } = {}) {
  const watches = new Map<string, Watch>();
  let stopped = false;

  // A burst of mail (EXISTS for each) becomes one read: the announcements of half a second are gathered.
  const due = new Set<string>();
  function read(m: Mailbox) {
    if (stopped || due.has(m.key)) return;
    due.add(m.key);
    setTimeout(() => {
      due.delete(m.key);
      if (!stopped) void pollAndRecord(m, log);
    }, 500);
  }

  async function watch(m: Mailbox) {
    // Keep-alive: a NOOP after a minute of quiet finds a dead server; IDLE is renewed every 5 minutes for
    // servers and firewalls that drop a connection silent for longer.
    const client = clientFor(m, { maxIdleTime: 5 * 60_000 });
    const entry: Watch = { fingerprint: fingerprintOf(m), client };
    watches.set(m.key, entry);
    const forget = () => {
      if (watches.get(m.key) === entry) watches.delete(m.key);
    };
    client.on("error", (error: Error) => log(`mailin ${m.key} (idle): ${error.message}`));
    client.on("close", forget);
    client.on("exists", () => read(m));
    try {
      await client.connect();
      // With the folder open and nothing else to do, imapflow sits in IDLE (or NOOPs on a server without it).
      await client.mailboxOpen(m.folder, { readOnly: true });
      // Whatever came while nobody watched.
      read(m);
    } catch (error) {
      // The minute's poll records the failure and backs off; here only this watch ends.
      log(`mailin ${m.key} (idle): ${(error as Error).message}`);
      forget();
      client.close();
    }
  }

  async function check() {
    let mailboxes: Mailbox[];
    try {
      mailboxes = await listMailboxes();
    } catch (error) {
      log(`mailin (idle): ${(error as Error).message}`);
      return;
    }
    const wanted = new Map(mailboxes.map((m) => [m.key, m]));
    for (const [key, w] of watches) {
      const m = wanted.get(key);
      if (!m || fingerprintOf(m) !== w.fingerprint) {
        watches.delete(key);
        await w.client.logout().catch(() => w.client.close());
      }
    }
    for (const m of mailboxes) {
      if (stopped || watches.has(m.key) || m.problem) continue;
      const status = await readMailboxStatus(m.key).catch(() => null);
      if (status?.nextPollAt && status.nextPollAt.getTime() > Date.now()) continue;
      await watch(m);
    }
  }

  let timer: NodeJS.Timeout | undefined;
  let checking: Promise<void> = Promise.resolve();
  const loop = () => {
    checking = check().finally(() => {
      if (!stopped) timer = setTimeout(loop, checkMs);
    });
  };
  loop();

  return {
    /** Ends every connection (the worker stopping, or a test done). */
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await checking;
      await Promise.all([...watches.values()].map((w) => w.client.logout().catch(() => w.client.close())));
      watches.clear();
    },
    /** How many mailboxes hold an IDLE connection now (tests). */
    watching: () => watches.size,
  };
}
