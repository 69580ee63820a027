import { eq, sql } from "drizzle-orm";
import MailComposer from "nodemailer/lib/mail-composer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, getSql, schema } from "@/db/client";
import { checkHealth } from "@/lib/health/check-health";
import { makeOrganisation } from "@/lib/test/fixtures";
import { type ImapServer, imapServerAt, startImapServer, withImapClient } from "@/scripts/lib/imap-server";
import { listMailboxes } from "./list-mailboxes";
import { listMailboxStates, readMailboxStatus } from "./mailbox-status";
import { pollAndRecord, pollMailboxes, readMailboxNow } from "./poll-mailboxes";
import { removeMailbox } from "./remove-mailbox";
import { retryMailbox } from "./retry-mailbox";
import { saveMailbox } from "./save-mailbox";
import { watchMailboxes } from "./watch-mailboxes";

// Mailboxes an admin adds on the settings page, and IMAP IDLE, against a real dovecot (the one scripts/test.ts
// started, else one of our own). The environment's MAILIN_IMAP_URL is left unset: only the admin's mailbox is read.
let server: ImapServer;
let ownServer: (ImapServer & { remove: () => Promise<void> }) | undefined;
let org: Awaited<ReturnType<typeof makeOrganisation>>;
const folder = `Admin${Date.now()}`;
const savedUrl = process.env.MAILIN_IMAP_URL;
let mailboxId = "";
let key = "";

async function deliver(from: string, subject: string): Promise<string> {
  const messageId = `<${subject.replace(/\W/g, "")}.${folder}@sender.test>`;
  const raw = await new MailComposer({ from, to: "helpdesk@hospital.test", subject, text: subject, messageId }).compile().build();
  await withImapClient(server, (client) => client.append(folder, raw));
  return messageId;
}

const importOf = async (messageId: string) =>
  (await getDb().select().from(schema.mailImports).where(eq(schema.mailImports.messageId, messageId)))[0];

async function eventually<T>(read: () => Promise<T | undefined>, ms = 8000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > until) throw new Error("not within the time");
    await new Promise((r) => setTimeout(r, 100));
  }
}

const form = () => ({
  host: "127.0.0.1",
  port: server.port,
  tls: false,
  tlsVerify: true,
  user: server.user,
  folder,
  after: "seen" as const,
  moveFolder: "",
});

beforeAll(async () => {
  delete process.env.MAILIN_IMAP_URL;
  const dir = process.env.TEST_IMAP_DIR;
  server = dir ? await imapServerAt(dir) : (ownServer = await startImapServer());
  await withImapClient(server, (client) => client.mailboxCreate(folder));
  org = await makeOrganisation();
  key = `${server.user}@127.0.0.1:${server.port}/${folder}`;
});

afterAll(async () => {
  if (mailboxId) await removeMailbox(org.dispatcher, { id: mailboxId }).catch(() => {});
  if (savedUrl !== undefined) process.env.MAILIN_IMAP_URL = savedUrl;
  await ownServer?.remove();
});

describe("a mailbox added on the admin page", () => {
  it("keeps its password sealed, shows a wrong one as an error, and reads the mailbox once the password is right", async () => {
    ({ id: mailboxId } = await saveMailbox(org.dispatcher, { ...form(), password: "not-the-password" }));
    const [row] = await getDb().select().from(schema.mailboxes).where(eq(schema.mailboxes.id, mailboxId));
    expect(row.sealedPassword).not.toContain("not-the-password");
    // The save queued a read, so the page need not wait for the minute.
    const [{ queued }] = await getSql()<{ queued: number }[]>`
      select count(*)::int as queued from pgboss.job where name = 'mailin.read' and data->>'key' = ${key} and state = 'created'`;
    expect(queued).toBeGreaterThan(0);

    expect(await pollMailboxes({ log: () => {} })).toEqual([]);
    const [down] = await listMailboxStates();
    expect(down).toMatchObject({ key, id: mailboxId, state: "down", failures: 1 });
    expect(down.lastError).toMatch(/^Authentication failed/);
    expect(down).not.toHaveProperty("password");
    expect(await checkHealth()).toMatchObject({ mailin: "down", mailboxes: { ok: 0, down: 1, waiting: 0 } });

    // Retry now lifts the backoff and reads at once (the queued job's work, here run by hand).
    expect((await readMailboxStatus(key))!.nextPollAt!.getTime()).toBeGreaterThan(Date.now());
    await retryMailbox({ key });
    expect((await readMailboxStatus(key))!.nextPollAt).toBeNull();
    expect(await readMailboxNow(key, () => {})).toBeNull();
    expect(await readMailboxStatus(key)).toMatchObject({ failures: 2, lastError: expect.stringMatching(/^Authentication failed/) });

    // A new password saved while a read with the old one was under way: that read's failure is not recorded
    // over the new configuration (it would show the old error until the backoff ends).
    const [withOldPassword] = await listMailboxes();
    await saveMailbox(org.dispatcher, { ...form(), id: mailboxId, password: server.password });
    expect(await pollAndRecord(withOldPassword, () => {})).toBeNull();
    expect(await readMailboxStatus(key)).toBeNull();

    // The rest stays, and the next read works.
    const id = await deliver(org.requester.email, `Admin mailbox ${org.tag}`);
    expect(await pollMailboxes({ log: () => {} })).toMatchObject([{ mailbox: key, imported: 1 }]);
    expect(await importOf(id)).toMatchObject({ outcome: "ticket", userId: org.requester.id, mailbox: key });
    const [ok] = await listMailboxStates();
    expect(ok).toMatchObject({ state: "ok", failures: 0, lastError: null });
    expect(ok.lastImportAt).toBeInstanceOf(Date);
    expect((await checkHealth()).mailin).toBe("ok");

    // Saving again without a password keeps the stored one.
    await saveMailbox(org.dispatcher, { ...form(), id: mailboxId, password: "" });
    expect(await pollMailboxes({ force: true, log: () => {} })).toMatchObject([{ mailbox: key, imported: 0 }]);
    const audit = await getDb()
      .select({ changes: schema.auditEvents.changes })
      .from(schema.auditEvents)
      .where(sql`${schema.auditEvents.entityType} = 'mailbox' and ${schema.auditEvents.entityId} = ${mailboxId}`);
    expect(JSON.stringify(audit)).not.toContain(server.password);
  });

  it("refuses a new mailbox without a password, a bad host and a move into the folder it reads", async () => {
    await expect(saveMailbox(org.dispatcher, { ...form(), password: "" })).rejects.toThrow(/mailboxPassword/);
    await expect(saveMailbox(org.dispatcher, { ...form(), host: "bad host;", password: "x" })).rejects.toThrow(/mailboxHost/);
    await expect(saveMailbox(org.dispatcher, { ...form(), password: "x", after: "move", moveFolder: folder })).rejects.toThrow(
      /moveToSameFolder/,
    );
  });

  it("picks up new mail over IDLE within seconds, with no poll", async () => {
    const watcher = watchMailboxes({ log: () => {}, checkMs: 500 });
    try {
      await eventually(async () => watcher.watching() > 0 || undefined);
      const started = Date.now();
      const id = await deliver(org.requester.email, `Idle ${org.tag}`);
      const imported = await eventually(() => importOf(id));
      expect(imported).toMatchObject({ outcome: "ticket", userId: org.requester.id });
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await watcher.stop();
    }
    expect(watcher.watching()).toBe(0);
  });

  it("stops reading a removed mailbox, keeping what it imported", async () => {
    await removeMailbox(org.dispatcher, { id: mailboxId });
    mailboxId = "";
    expect(await listMailboxStates()).toEqual([]);
    expect((await checkHealth()).mailin).toBe("off");
  });
});
