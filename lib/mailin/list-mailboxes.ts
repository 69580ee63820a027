import { asc } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import { openSecret } from "@/lib/security/secret-box";
import { type Mailbox, mailbox, mailboxesFromEnv, parseAfter } from "./mailbox-config";

/** The purpose a mailbox password is sealed for (lib/security/secret-box). */
export const mailboxSecretPurpose = "mailin-password";

type MailboxRow = typeof schema.mailboxes.$inferSelect;

export function mailboxFromRow(row: MailboxRow): Mailbox {
  let password = "";
  let problem: string | undefined;
  try {
    password = openSecret(row.sealedPassword, mailboxSecretPurpose);
  } catch (error) {
    problem = (error as Error).message;
  }
  const m = mailbox({
    id: row.id,
    host: row.host,
    port: row.port,
    tls: row.tls,
    tlsVerify: row.tlsVerify,
    user: row.username,
    password,
    folder: row.folder,
    after: parseAfter(row.afterImport),
  });
  return problem ? { ...m, problem } : m;
}

/**
 * Every mailbox the worker reads: those of the environment first, then those admins added. Two entries for the
 * same user, host, port and folder would read the same mail twice over (harmless, the Message-ID guard holds,
 * but wasteful): the environment's wins.
 */
export async function listMailboxes(): Promise<Mailbox[]> {
  const fromEnv = mailboxesFromEnv();
  const rows = await getDb().select().from(schema.mailboxes).orderBy(asc(schema.mailboxes.createdAt));
  const keys = new Set(fromEnv.map((m) => m.key));
  return [...fromEnv, ...rows.map(mailboxFromRow).filter((m) => !keys.has(m.key))];
}
