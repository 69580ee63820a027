import { eq } from "drizzle-orm";
import type { z } from "zod";
import { schema, withTransaction } from "@/db/client";
import { notFound } from "@/lib/admin/invalid";
import { type Actor, recordAdminChange } from "@/lib/admin/record-admin-change";
import { enqueue } from "@/lib/jobs/queue";
import { sealSecret } from "@/lib/security/secret-box";
import { mailboxSecretPurpose } from "./list-mailboxes";
import { mailboxKeyOf } from "./mailbox-config";
import { afterImportOf, mailboxInput } from "./mailbox-input";

export const saveMailboxInput = mailboxInput;

/**
 * Adds a mailbox, or changes one an admin added before (those of the environment are not in this table). The
 * password is sealed, never audited and never sent back to the page. A read is queued in the same
 * transaction, so the page shows whether the mailbox answers within seconds instead of at the next minute.
 */
export async function saveMailbox(actor: Actor, raw: z.input<typeof saveMailboxInput>) {
  const input = saveMailboxInput.parse(raw);
  const fields = {
    host: input.host,
    port: input.port,
    tls: input.tls,
    tlsVerify: input.tlsVerify,
    username: input.user,
    folder: input.folder,
    afterImport: afterImportOf(input),
  };
  const sealed = input.password ? { sealedPassword: sealSecret(input.password, mailboxSecretPurpose) } : {};
  return withTransaction(async (tx) => {
    let id = input.id;
    if (id) {
      const [before] = await tx.db.select().from(schema.mailboxes).where(eq(schema.mailboxes.id, id)).for("update");
      if (!before) throw notFound();
      await tx.db
        .update(schema.mailboxes)
        .set({ ...fields, ...sealed, updatedAt: new Date() })
        .where(eq(schema.mailboxes.id, id));
      const shown = {
        host: before.host,
        port: before.port,
        tls: before.tls,
        tlsVerify: before.tlsVerify,
        username: before.username,
        folder: before.folder,
        afterImport: before.afterImport,
      };
      await recordAdminChange(tx, actor, { entityType: "mailbox", entityId: id, action: "updated" }, shown, {
        ...fields,
        ...(input.password ? { passwordChanged: true } : {}),
      });
    } else {
      const [row] = await tx.db
        .insert(schema.mailboxes)
        .values({ ...fields, sealedPassword: sealSecret(input.password, mailboxSecretPurpose) })
        .returning({ id: schema.mailboxes.id });
      id = row.id;
      await recordAdminChange(tx, actor, { entityType: "mailbox", entityId: id, action: "created" }, null, fields);
    }
    // The state of an earlier configuration under the same name is not this one's.
    const key = mailboxKeyOf(input);
    await tx.db.delete(schema.mailboxStatus).where(eq(schema.mailboxStatus.mailbox, key));
    await enqueue(tx, "mailin.read", { key });
    return { id };
  });
}
