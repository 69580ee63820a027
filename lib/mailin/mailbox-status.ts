import { eq, sql } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import { listMailboxes } from "./list-mailboxes";
import { describeMailbox } from "./mailbox-config";

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

/**
 * What the admin reads of a failed read: imapflow says only "Command failed" and keeps the server's own words
 * (e.g. "[AUTHENTICATIONFAILED] Authentication failed.") apart, so they are put together here.
 */
export function describeMailError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const e = error as Error & { responseText?: string; authenticationFailed?: boolean; code?: string };
  const parts: string[] = [];
  for (const part of [e.authenticationFailed ? "Authentication failed" : e.message, e.responseText, e.code]) {
    const bare = part?.replace(/[.\s]+$/, "").toLowerCase();
    if (bare && !parts.some((p) => p.toLowerCase().includes(bare))) parts.push(part!.replace(/[.\s]+$/, ""));
  }
  return parts.join(": ");
}

export async function recordPollFailure(key: string, error: unknown): Promise<void> {
  const now = new Date();
  const message = describeMailError(error).slice(0, 500);
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
  /** When the last mail of this mailbox became a ticket or a remark (or was refused or ignored). */
  lastImportAt: Date | null;
};

/** Every configured mailbox (password left out) with its last poll and import: the admin page and health. */
export async function listMailboxStates(): Promise<MailboxState[]> {
  const mailboxes = await listMailboxes();
  if (mailboxes.length === 0) return [];
  const [rows, imports] = await Promise.all([
    getDb().select().from(schema.mailboxStatus),
    getDb()
      .select({ mailbox: schema.mailImports.mailbox, at: sql<string>`max(${schema.mailImports.importedAt})` })
      .from(schema.mailImports)
      .groupBy(schema.mailImports.mailbox),
  ]);
  const byKey = new Map(rows.map((r) => [r.mailbox, r]));
  const lastImport = new Map(imports.map((r) => [r.mailbox, new Date(r.at)]));
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
      lastImportAt: lastImport.get(m.key) ?? null,
    };
  });
}
