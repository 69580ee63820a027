import { eq } from "drizzle-orm";
import { schema, type Tx, withTransaction } from "@/db/client";
import type { IncomingMail } from "./parse-mail";

export type ImportOutcome = typeof schema.mailImports.$inferSelect.outcome;
export type ImportResult = { outcome: ImportOutcome | "duplicate"; ticketId?: string; remarkId?: string; reason?: string };

/**
 * Claims a mail's Message-ID in the caller's transaction, first thing: a second import of the same mail (two
 * workers, or a retry after a crash before the mailbox was marked) waits on this row and then fails the unique
 * constraint, so the ticket or remark is made once.
 */
export async function claimImport(
  tx: Tx,
  mailbox: string,
  mail: IncomingMail,
  outcome: ImportOutcome,
  reason: string | null = null,
): Promise<string> {
  const [row] = await tx.db
    .insert(schema.mailImports)
    .values({ messageId: mail.messageId, mailbox, fromEmail: mail.from, subject: mail.subject.slice(0, 500), outcome, reason })
    .returning({ id: schema.mailImports.id });
  return row.id;
}

export async function completeImport(
  tx: Tx,
  id: string,
  patch: { ticketId?: string; remarkId?: string; userId?: string; reason?: string | null },
): Promise<void> {
  await tx.db.update(schema.mailImports).set(patch).where(eq(schema.mailImports.id, id));
}

/** The earlier import of this Message-ID, if any. */
export async function findImport(tx: Tx, messageId: string) {
  const [row] = await tx.db.select().from(schema.mailImports).where(eq(schema.mailImports.messageId, messageId));
  return row ?? null;
}

export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) if ((e as { code?: unknown }).code === "23505") return true;
  return false;
}

/** A mail that becomes nothing (automatic, or impossible to file): recorded, so it is marked and not retried. */
export async function recordOnly(mailbox: string, mail: IncomingMail, outcome: ImportOutcome, reason: string): Promise<ImportResult> {
  await withTransaction((tx) => claimImport(tx, mailbox, mail, outcome, reason));
  return { outcome, reason };
}

/** A mail too large to read is recorded as failed (and so marked), not fetched again every minute. */
export async function recordOversized(
  mailbox: string,
  messageId: string | undefined,
  from: string | undefined,
  subject: string | undefined,
  size: number,
): Promise<void> {
  await withTransaction(async (tx) => {
    await tx.db
      .insert(schema.mailImports)
      .values({
        messageId: messageId || `<oversized-${mailbox}-${Date.now()}@mailin.invalid>`,
        mailbox,
        fromEmail: (from ?? "").toLowerCase(),
        subject: (subject ?? "").slice(0, 500),
        outcome: "failed",
        reason: `too large (${size} bytes)`,
      })
      .onConflictDoNothing();
  });
}
