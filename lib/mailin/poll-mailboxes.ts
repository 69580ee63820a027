import { ImapFlow, type ImapFlowOptions } from "imapflow";
import { importMail } from "./import-mail";
import { listMailboxes } from "./list-mailboxes";
import { fingerprintOf, type Mailbox } from "./mailbox-config";
import { describeMailError, readMailboxStatus, recordPollFailure, recordPollSuccess } from "./mailbox-status";
import { maxMailBytes } from "./parse-mail";
import { recordOversized } from "./record-import";

// A poll handles at most this many mails; the rest wait a minute for the next, so one flood cannot hold the worker.
const batchSize = 50;

export function clientFor(m: Mailbox, extra: Partial<ImapFlowOptions> = {}): ImapFlow {
  return new ImapFlow({
    host: m.host,
    port: m.port,
    secure: m.tls,
    auth: { user: m.user, pass: m.password },
    tls: { rejectUnauthorized: m.tlsVerify },
    logger: false,
    // A hung server fails this poll (and the next one backs off) instead of holding a worker slot.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 60_000,
    ...extra,
  });
}

/** Marks one imported mail as the mailbox is configured to: seen, moved to a folder, or deleted. */
async function markImported(client: ImapFlow, m: Mailbox, uid: number): Promise<void> {
  const range = String(uid);
  if (m.after.action === "seen") await client.messageFlagsAdd(range, ["\\Seen"], { uid: true });
  else if (m.after.action === "delete") await client.messageDelete(range, { uid: true });
  else {
    await client.mailboxCreate(m.after.folder).catch(() => {}); // exists already: fine
    await client.messageMove(range, m.after.folder, { uid: true });
  }
}

export type PollResult = { mailbox: string; imported: number; failed: number };

/**
 * Reads one mailbox: every mail not yet handled (unseen, or any left in the folder when imported mail is
 * moved or deleted) is imported, and marked only after its ticket or remark committed. A mail whose import
 * fails (the database away) is left as it is and read again next time; one imported before but not marked
 * (a crash in between) is recognised by its Message-ID and only marked. Throws when the server cannot be
 * reached; the caller records it.
 */
export async function pollMailbox(m: Mailbox, log: (line: string) => void = console.error): Promise<PollResult> {
  if (m.problem) throw new Error(m.problem);
  const client = clientFor(m);
  // Without a listener a dropped connection would be an uncaught error in the worker.
  client.on("error", (error: Error) => log(`mailin ${m.key}: ${error.message}`));
  await client.connect();
  let imported = 0;
  let failed = 0;
  try {
    const lock = await client.getMailboxLock(m.folder);
    try {
      const found = await client.search(m.after.action === "seen" ? { seen: false, deleted: false } : { deleted: false }, { uid: true });
      for (const uid of (found || []).slice(0, batchSize)) {
        const head = await client.fetchOne(String(uid), { size: true, envelope: true }, { uid: true });
        if (!head) continue;
        try {
          if ((head.size ?? 0) > maxMailBytes) {
            await recordOversized(
              m.key,
              head.envelope?.messageId,
              head.envelope?.from?.[0]?.address,
              head.envelope?.subject,
              head.size ?? 0,
            );
          } else {
            // BODY.PEEK: reading the mail does not mark it seen; only markImported does, after the commit.
            const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
            if (!message || !message.source) continue;
            await importMail(message.source, { mailbox: m.key, ownAddresses: m.user.includes("@") ? [m.user.toLowerCase()] : [] });
          }
        } catch (error) {
          failed++;
          log(`mailin ${m.key}: mail ${uid} left for the next poll: ${(error as Error).message}`);
          continue;
        }
        await markImported(client, m, uid);
        imported++;
      }
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
  return { mailbox: m.key, imported, failed };
}

// One read of a mailbox at a time in this process: the minute's job and a mail announced over IDLE
// (watch-mailboxes.ts) would otherwise read the same mail side by side. Across processes the Message-ID guard holds.
const running = new Map<string, Promise<PollResult | null>>();

/**
 * Reads one mailbox and records the outcome (its state, and the backoff after a failure); null when it failed.
 * A read made with a configuration that changed meanwhile (an admin fixed the password while the minute's poll
 * was trying the old one) records nothing: its failure would cover the new configuration's success, and the page
 * would show the old error until the backoff ends.
 */
export function pollAndRecord(m: Mailbox, log: (line: string) => void = console.error): Promise<PollResult | null> {
  const previous = running.get(m.key) ?? Promise.resolve(null);
  const next = previous.then(async () => {
    try {
      const result = await pollMailbox(m, log);
      if (await stillConfigured(m)) await recordPollSuccess(m.key, result.imported);
      return result;
    } catch (error) {
      log(`mailin ${m.key}: ${describeMailError(error)}`);
      if (await stillConfigured(m)) await recordPollFailure(m.key, error);
      return null;
    }
  });
  running.set(m.key, next);
  void next.finally(() => {
    if (running.get(m.key) === next) running.delete(m.key);
  });
  return next;
}

async function stillConfigured(m: Mailbox): Promise<boolean> {
  const current = (await listMailboxes()).find((c) => c.key === m.key);
  return current !== undefined && fingerprintOf(current) === fingerprintOf(m);
}

/**
 * The `mailin.poll` job (every minute): each configured mailbox that is not backing off after a failure is read. It is the fallback to IDLE
 * (watch-mailboxes.ts), which picks up new mail within seconds while its connection holds. An unreachable
 * server is recorded (shown on /api/health and the admin page) and tried again after 1, 2, 4 … up to 30
 * minutes; the job itself does not fail, so pg-boss does not retry on top of the backoff. `force` ignores the
 * backoff (tests).
 */
export async function pollMailboxes({
  force = false,
  log = console.error,
}: {
  force?: boolean;
  log?: (line: string) => void;
} = {}): Promise<PollResult[]> {
  const results: PollResult[] = [];
  for (const m of await listMailboxes()) {
    const status = await readMailboxStatus(m.key);
    if (!force && status?.nextPollAt && status.nextPollAt.getTime() > Date.now()) continue;
    const result = await pollAndRecord(m, log);
    if (result) results.push(result);
  }
  return results;
}

/**
 * The `mailin.read` job: one mailbox read now, backoff or not (an admin added or changed it, or pressed
 * "retry now"). It waits for a read of the same mailbox already running in this worker, so a read with the old
 * password that fails after the admin saved the new one cannot have the last word.
 */
export async function readMailboxNow(key: string, log: (line: string) => void = console.error): Promise<PollResult | null> {
  const m = (await listMailboxes()).find((candidate) => candidate.key === key);
  return m ? pollAndRecord(m, log) : null; // removed meanwhile: nothing to read
}
