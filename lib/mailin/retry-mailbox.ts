import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema, withTransaction } from "@/db/client";
import { notFound } from "@/lib/admin/invalid";
import { enqueue } from "@/lib/jobs/queue";
import { listMailboxes } from "./list-mailboxes";

export const retryMailboxInput = z.object({ key: z.string().min(1).max(1000) });

/**
 * "Retry now" for a mailbox that could not be read: its backoff is lifted and a read queued at once, so an
 * admin who has just fixed the mail server (or the password) need not wait up to half an hour. The read itself
 * runs in the worker, as every read does; the page shows its outcome.
 */
export async function retryMailbox(raw: z.input<typeof retryMailboxInput>) {
  const { key } = retryMailboxInput.parse(raw);
  if (!(await listMailboxes()).some((m) => m.key === key)) throw notFound();
  const at = new Date();
  await withTransaction(async (tx) => {
    await tx.db.update(schema.mailboxStatus).set({ nextPollAt: null }).where(eq(schema.mailboxStatus.mailbox, key));
    await enqueue(tx, "mailin.read", { key });
  });
  // The page waits for a check after this moment to show the retry's outcome.
  return { key, at };
}
