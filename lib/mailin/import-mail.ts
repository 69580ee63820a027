import { and, eq, gt, sql } from "drizzle-orm";
import { getDb, schema, withTransaction } from "@/db/client";
import { config } from "@/lib/config";
import { enqueue } from "@/lib/jobs/queue";
import { threadMessageIdDomain } from "@/lib/notify/ticket-thread-headers";
import { getUserById } from "@/lib/people/get-user";
import { getSetting } from "@/lib/settings/settings";
import { automaticMailReason } from "./automatic-mail";
import { fileByMail } from "./file-by-mail";
import { type IncomingMail, parseMail } from "./parse-mail";
import { claimImport, completeImport, type ImportResult, isUniqueViolation, recordOnly } from "./record-import";
import { renderRefusalMail } from "./refusal-mail";
import { replyByMail } from "./reply-by-mail";

/** The bare address of a From like "Service Desk <helpdesk@example.org>". */
export function addressOf(from: string): string {
  return (/<([^>]+)>/.exec(from)?.[1] ?? from).trim().toLowerCase();
}

/**
 * One mail from a mailbox into the desk, exactly once: a reply to a ticket becomes a remark by its sender, any
 * other mail from a known person a ticket filed as them; mail from an unknown address is refused politely (or,
 * for the allowed domains, its sender gets a requester account); automatic mail and our own are recorded and
 * never answered. Whatever it becomes is committed with its `mail_imports` row; only then may the caller mark
 * the mail in the mailbox. A mail already imported answers "duplicate" and changes nothing.
 */
export async function importMail(source: Buffer, context: { mailbox: string; ownAddresses?: readonly string[] }): Promise<ImportResult> {
  const mail = await parseMail(source);
  try {
    return await importParsed(mail, context.mailbox, [addressOf(config.mailFrom()), ...(context.ownAddresses ?? [])]);
  } catch (error) {
    // Another worker imported the same mail meanwhile: its commit stands, this one rolled back.
    if (isUniqueViolation(error)) return { outcome: "duplicate" };
    throw error;
  }
}

async function importParsed(mail: IncomingMail, mailbox: string, ownAddresses: string[]): Promise<ImportResult> {
  const db = getDb();
  const [earlier] = await db.select().from(schema.mailImports).where(eq(schema.mailImports.messageId, mail.messageId));
  if (earlier) return { outcome: "duplicate", ticketId: earlier.ticketId ?? undefined };

  const automatic = automaticMailReason({
    headers: mail.headers,
    from: mail.from,
    messageId: mail.messageId,
    ownAddresses,
    ownMessageIdDomain: threadMessageIdDomain,
  });
  if (automatic) return recordOnly(mailbox, mail, "ignored", automatic);

  const [account] = await db
    .select({ id: schema.users.id, active: schema.users.active })
    .from(schema.users)
    .where(sql`lower(${schema.users.email}) = ${mail.from}`);
  const sender = account?.active ? await getUserById(account.id) : null;
  if (sender) return (await replyByMail(mailbox, mail, sender)) ?? fileByMail(mailbox, mail, { sender });

  // A disabled account is refused like a stranger, and never re-created.
  const policy = await getSetting(db, "mailinUnknownSenders");
  const domain = mail.from.split("@")[1] ?? "";
  if (!account && policy.mode === "create" && policy.domains.includes(domain)) return fileByMail(mailbox, mail, { newAccount: true });
  return refuse(mailbox, mail, account ? "account disabled" : "unknown sender");
}

/**
 * The polite refusal, queued as a mail in the same transaction as the import row. At most one a day to an
 * address: an auto-responder that does not say it is one would otherwise get an answer to each of its answers.
 */
async function refuse(mailbox: string, mail: IncomingMail, reason: string): Promise<ImportResult> {
  return withTransaction(async (tx) => {
    const importId = await claimImport(tx, mailbox, mail, "refused", reason);
    const [answered] = await tx.db
      .select({ id: schema.mailLog.id })
      .from(schema.mailLog)
      .where(
        and(
          eq(schema.mailLog.toEmail, mail.from),
          sql`${schema.mailLog.headers}->>'Auto-Submitted' = 'auto-replied'`,
          gt(schema.mailLog.createdAt, sql`now() - interval '1 day'`),
        ),
      )
      .limit(1);
    if (answered) {
      const quiet = `${reason}; already answered today`;
      await completeImport(tx, importId, { reason: quiet });
      return { outcome: "refused" as const, reason: quiet };
    }
    const rendered = renderRefusalMail({ subject: mail.subject, messageId: mail.messageId, appUrl: config.appUrl(), importId });
    const [row] = await tx.db
      .insert(schema.mailLog)
      .values({ toEmail: mail.from, language: "ru", ...rendered })
      .returning({ id: schema.mailLog.id });
    await enqueue(tx, "mail.send", { mailId: row.id });
    return { outcome: "refused" as const, reason };
  });
}
