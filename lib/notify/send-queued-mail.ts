import { eq, sql } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import { sendMail } from "@/lib/mail/send-mail";

/** An SMTP 5xx answer is permanent (no such mailbox, refused): trying again cannot help. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

/**
 * Sends one mail of the mail log. A mail already sent is left alone, so a repeated job never mails twice.
 * While the SMTP server is down the attempt is recorded (attempts, lastError) and the error rethrown, so the
 * job is retried with growing waits and the mail stays queued until the server is back. A mail the server
 * refuses for good is marked failed and not retried.
 */
export async function sendQueuedMail({ mailId }: { mailId: string }): Promise<void> {
  const db = getDb();
  const [mail] = await db.select().from(schema.mailLog).where(eq(schema.mailLog.id, mailId));
  if (!mail || mail.status !== "queued") return;
  try {
    await sendMail({ to: mail.toEmail, subject: mail.subject, text: mail.text, headers: mail.headers });
  } catch (error) {
    const failed = isPermanent(error);
    await db
      .update(schema.mailLog)
      .set({ attempts: sql`${schema.mailLog.attempts} + 1`, lastError: describe(error), ...(failed ? { status: "failed" as const } : {}) })
      .where(eq(schema.mailLog.id, mailId));
    if (failed) return;
    throw error;
  }
  await db
    .update(schema.mailLog)
    .set({ status: "sent", sentAt: new Date(), attempts: sql`${schema.mailLog.attempts} + 1` })
    .where(eq(schema.mailLog.id, mailId));
}
