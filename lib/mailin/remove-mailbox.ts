import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema, withTransaction } from "@/db/client";
import { notFound } from "@/lib/admin/invalid";
import { type Actor, recordAdminChange } from "@/lib/admin/record-admin-change";
import { mailboxKeyOf } from "./mailbox-config";

export const removeMailboxInput = z.object({ id: z.string().uuid() });

/**
 * Stops reading a mailbox an admin added. What it imported stays (tickets, remarks and the mail_imports rows
 * that keep those mails from being imported twice should the mailbox be added again).
 */
export async function removeMailbox(actor: Actor, raw: z.input<typeof removeMailboxInput>) {
  const { id } = removeMailboxInput.parse(raw);
  return withTransaction(async (tx) => {
    const [row] = await tx.db.delete(schema.mailboxes).where(eq(schema.mailboxes.id, id)).returning();
    if (!row) throw notFound();
    await tx.db
      .delete(schema.mailboxStatus)
      .where(eq(schema.mailboxStatus.mailbox, mailboxKeyOf({ user: row.username, host: row.host, port: row.port, folder: row.folder })));
    await recordAdminChange(
      tx,
      actor,
      { entityType: "mailbox", entityId: id, action: "deleted" },
      { host: row.host, port: row.port, username: row.username, folder: row.folder },
      {},
    );
    return { id };
  });
}
