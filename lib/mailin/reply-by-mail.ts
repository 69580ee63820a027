import { and, eq, sql } from "drizzle-orm";
import { getDb, schema, withTransaction } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { addRemark } from "@/lib/tickets/add-remark";
import { ticketIdFromThread, ticketNumberFromSubject } from "./find-thread";
import { checkMailAttachments, discardAll, storeMailFiles } from "./mail-attachments";
import { notAttachedNote } from "./not-attached-note";
import type { IncomingMail } from "./parse-mail";
import { claimImport, completeImport, type ImportResult } from "./record-import";
import { stripReply } from "./strip-reply";

/**
 * By "[HD-n]" in the subject only the ticket's requester, a watcher or IT staff reply to it: anyone can type
 * a number, and a stranger's mail must not land on someone else's ticket.
 */
async function ticketBySubject(subject: string, sender: CurrentUser): Promise<string | null> {
  const number = ticketNumberFromSubject(subject);
  if (number === null) return null;
  const db = getDb();
  const [ticket] = await db
    .select({ id: schema.tickets.id, requesterId: schema.tickets.requesterId })
    .from(schema.tickets)
    .where(sql`${schema.tickets.number} = ${number}`);
  if (!ticket) return null;
  if (ticket.requesterId === sender.id || can(sender.roles, "tickets.work")) return ticket.id;
  const [watching] = await db
    .select({ id: schema.ticketWatchers.userId })
    .from(schema.ticketWatchers)
    .where(and(eq(schema.ticketWatchers.ticketId, ticket.id), eq(schema.ticketWatchers.userId, sender.id)));
  return watching ? ticket.id : null;
}

/**
 * A reply to one of our ticket mails (by its threading headers, else by "[HD-n]" in the subject) becomes a
 * public remark by its sender: what they wrote, without the quoted history and signature; the mail's files,
 * checked as uploads are, and the whole original mail are attached to the remark. A reply to a resolved ticket
 * is a remark like any other: its assignee is told at once, and the ticket is not reopened by it.
 *
 * Null when the mail is not a reply the sender may make (no such ticket, not theirs, or closed): the caller
 * files it as a new ticket instead.
 */
export async function replyByMail(mailbox: string, mail: IncomingMail, sender: CurrentUser): Promise<ImportResult | null> {
  const ticketId = ticketIdFromThread(mail.inReplyTo, mail.references) ?? (await ticketBySubject(mail.subject, sender));
  if (!ticketId) return null;
  const { files, refused } = checkMailAttachments(mail.attachments);
  const written: string[] = [];
  const body = `${stripReply(mail.text) || "(без текста / no text)"}${notAttachedNote(refused)}`.slice(0, 20_000);
  try {
    return await withTransaction(async (tx) => {
      const importId = await claimImport(tx, mailbox, mail, "remark");
      const eventData = { via: "email", ...(refused.length ? { notAttached: refused.map((r) => r.fileName) } : {}) };
      const remark = await addRemark(sender, ticketId, { body }, { tx, eventData });
      await storeMailFiles(
        tx,
        { ticketId: remark.ticketId, remarkId: remark.id, uploadedById: sender.id, files, original: mail.source },
        written,
      );
      await completeImport(tx, importId, { ticketId: remark.ticketId, remarkId: remark.id, userId: sender.id });
      return { outcome: "remark" as const, ticketId: remark.ticketId, remarkId: remark.id };
    });
  } catch (error) {
    await discardAll(written);
    if (error instanceof AppError && ["not_found", "forbidden", "conflict"].includes(error.code)) return null;
    throw error;
  }
}
