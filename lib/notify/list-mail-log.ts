import { count, desc, eq } from "drizzle-orm";
import { getDb, schema } from "@/db/client";

export type MailStatus = "queued" | "sent" | "failed";
export const mailStatuses: readonly MailStatus[] = ["queued", "sent", "failed"];

/** The admins' mail log: the latest mails (optionally of one status) and how many there are of each status. */
export async function listMailLog({ status, limit = 100 }: { status?: MailStatus; limit?: number } = {}) {
  const db = getDb();
  const { mailLog } = schema;
  const items = await db
    .select({
      id: mailLog.id,
      toEmail: mailLog.toEmail,
      subject: mailLog.subject,
      language: mailLog.language,
      status: mailLog.status,
      attempts: mailLog.attempts,
      lastError: mailLog.lastError,
      createdAt: mailLog.createdAt,
      sentAt: mailLog.sentAt,
    })
    .from(mailLog)
    .where(status ? eq(mailLog.status, status) : undefined)
    .orderBy(desc(mailLog.createdAt))
    .limit(limit);
  const totals = await db.select({ status: mailLog.status, n: count() }).from(mailLog).groupBy(mailLog.status);
  const counts = Object.fromEntries(mailStatuses.map((s) => [s, totals.find((t) => t.status === s)?.n ?? 0])) as Record<MailStatus, number>;
  return { items, counts };
}
