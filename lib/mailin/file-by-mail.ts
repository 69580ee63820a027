import { schema, type Tx, withTransaction } from "@/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { suggestCategoryFor } from "@/lib/search/suggest-category";
import { createTicket } from "@/lib/tickets/create-ticket";
import { checkMailAttachments, discardAll, storeMailFiles } from "./mail-attachments";
import { notAttachedNote } from "./not-attached-note";
import type { IncomingMail } from "./parse-mail";
import { claimImport, completeImport, type ImportResult, recordOnly } from "./record-import";

// The category is only set when the guess is this sure: a wrong one would route the ticket to the wrong line.
const confidentCategory = 0.6;

async function guessCategory(subject: string, description: string): Promise<string | null> {
  try {
    const { items } = await suggestCategoryFor({ q: subject, description: description.slice(0, 2000) }, 1);
    return items[0] && items[0].confidence >= confidentCategory ? items[0].categoryId : null;
  } catch {
    return null; // no guess is fine: the dispatcher sorts it
  }
}

/** A requester account for a sender of an allowed domain: no password (they can set one by reset) and no roles beyond requester. */
async function createRequester(tx: Tx, mail: IncomingMail): Promise<CurrentUser> {
  const name = (mail.fromName || mail.from.split("@")[0]).slice(0, 200);
  const [user] = await tx.db.insert(schema.users).values({ email: mail.from, name }).returning();
  await tx.db.insert(schema.userRoles).values({ userId: user.id, role: "requester" });
  await recordAudit(tx, {
    actorId: null,
    entityType: "user",
    entityId: user.id,
    action: "created",
    data: { via: "email", email: mail.from },
  });
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    title: null,
    roles: ["requester"],
    departmentId: null,
    language: null,
    vip: false,
  };
}

const firstLine = (text: string) =>
  text
    .split("\n")
    .find((line) => line.trim())
    ?.trim() ?? "";

/**
 * A new mail becomes a ticket filed as its sender, as if they had used the form: an incident with the mail's
 * subject and text, priority, SLA and assignment by the rules, the category when the guess is sure. Its files
 * go through the upload checks; the original mail is kept beside them. The sender gets the usual "ticket filed"
 * mail, whose Message-ID their next reply answers.
 */
export async function fileByMail(
  mailbox: string,
  mail: IncomingMail,
  who: { sender: CurrentUser } | { newAccount: true },
): Promise<ImportResult> {
  const { files, refused } = checkMailAttachments(mail.attachments);
  const subject = (mail.subject || firstLine(mail.text) || "Без темы / No subject").slice(0, 200);
  const description = `${mail.text}${notAttachedNote(refused)}`.trim().slice(0, 20_000);
  const categoryId = await guessCategory(subject, description);
  const written: string[] = [];
  try {
    return await withTransaction(async (tx) => {
      const importId = await claimImport(tx, mailbox, mail, "ticket");
      const actor = "sender" in who ? who.sender : await createRequester(tx, mail);
      const eventData = {
        via: "email",
        ...("newAccount" in who ? { newAccount: true } : {}),
        ...(refused.length ? { notAttached: refused.map((r) => r.fileName) } : {}),
      };
      const ticket = await createTicket(actor, { type: "incident", subject, description, categoryId }, { tx, eventData });
      await storeMailFiles(tx, { ticketId: ticket.id, remarkId: null, uploadedById: actor.id, files, original: mail.source }, written);
      await completeImport(tx, importId, { ticketId: ticket.id, userId: actor.id });
      return { outcome: "ticket" as const, ticketId: ticket.id };
    });
  } catch (error) {
    await discardAll(written);
    // A mail the desk cannot file (its input refused) stays failed, recorded, rather than retried forever.
    if (error instanceof AppError) return recordOnly(mailbox, mail, "failed", error.message);
    throw error;
  }
}
