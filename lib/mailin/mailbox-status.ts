import { eq, sql } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import { describeMailbox, mailboxesFromEnv } from "./mailbox-config";

// After a failed poll the next waits 1, 2, 4 … minutes, at most this long: a mail server down for the night
// is not hammered, and one back in the morning is read again within half an hour.
const maxBackoffMinutes = 30;

export function backoffMinutes(failures: number): number {
  return Math.min(2 ** Math.max(0, failures - 1), maxBackoffMinutes);
}

export async function readMailboxStatus(key: string) {
  const [row] = await getDb().select().from(schema.mailboxStatus).where(eq(schema.mailboxStatus.mailbox, key));
  return row ?? null;
}

export async function recordPollSuccess(key: string, imported: number): Promise<void> {
  const now = new Date();
  await getDb()
    .insert(schema.mailboxStatus)
    .values({ mailbox: key, lastPollAt: now, lastOkAt: now, failures: 0, imported, lastError: null, nextPollAt: null })
    .onConflictDoUpdate({
      target: schema.mailboxStatus.mailbox,
      set: {
        lastPollAt: now,
        lastOkAt: now,
        failures: 0,
        lastError: null,
        nextPollAt: null,
        imported: sql`${schema.mailboxStatus.imported} + ${imported}`,
      },
    });
}

export async function recordPollFailure(key: string, error: unknown): Promise<void> {
  const now = new Date();
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  const previous = (await readMailboxStatus(key))?.failures ?? 0;
  const failures = previous + 1;
  const nextPollAt = new Date(now.getTime() + backoffMinutes(failures) * 60_000);
  await getDb()
    .insert(schema.mailboxStatus)
    .values({ mailbox: key, lastPollAt: now, failures, lastError: message, nextPollAt })
    .onConflictDoUpdate({ target: schema.mailboxStatus.mailbox, set: { lastPollAt: now, failures, lastError: message, nextPollAt } });
}

export type MailboxState = ReturnType<typeof describeMailbox> & {
  state: "ok" | "down" | "waiting";
  lastPollAt: Date | null;
  lastOkAt: Date | null;
  lastError: string | null;
  failures: number;
  nextPollAt: Date | null;
  imported: number;
};

/** Every configured mailbox (from the environment, password left out) with its last poll: the admin page and health. */
export async function listMailboxStates(): Promise<MailboxState[]> {
  const mailboxes = mailboxesFromEnv();
  if (mailboxes.length === 0) return [];
  const rows = await getDb().select().from(schema.mailboxStatus);
  const byKey = new Map(rows.map((r) => [r.mailbox, r]));
  return mailboxes.map((m) => {
    const row = byKey.get(m.key);
    return {
      ...describeMailbox(m),
      state: !row?.lastPollAt ? "waiting" : row.failures > 0 ? "down" : "ok",
      lastPollAt: row?.lastPollAt ?? null,
      lastOkAt: row?.lastOkAt ?? null,
      lastError: row?.lastError ?? null,
      failures: row?.failures ?? 0,
      nextPollAt: row?.nextPollAt ?? null,
      imported: row?.imported ?? 0,
    };
  });
}
