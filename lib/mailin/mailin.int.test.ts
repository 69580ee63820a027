import { and, eq } from "drizzle-orm";
import type { ImapFlow } from "imapflow";
import MailComposer from "nodemailer/lib/mail-composer";
import type Mail from "nodemailer/lib/mailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, schema } from "@/db/client";
import { checkHealth } from "@/lib/health/check-health";
import { notifyTicketEvent } from "@/lib/notify/notify-ticket-event";
import { ticketRootMessageId } from "@/lib/notify/ticket-thread-headers";
import { setSetting, settingDefaults } from "@/lib/settings/settings";
import { makeOrganisation } from "@/lib/test/fixtures";
import { type ImapServer, imapServerAt, startImapServer, withImapClient } from "@/scripts/lib/imap-server";
import { readMailboxStatus } from "./mailbox-status";
import { pollMailboxes } from "./poll-mailboxes";

// A real dovecot: the one scripts/test.ts started (TEST_IMAP_DIR), else one of our own for this file.
let server: ImapServer;
let ownServer: (ImapServer & { remove: () => Promise<void> }) | undefined;
let org: Awaited<ReturnType<typeof makeOrganisation>>;
const savedUrl = process.env.MAILIN_IMAP_URL;
const folder = `Desk${Date.now()}`;
let mailboxKey = "";

// The smallest valid PNG (1×1), so the upload check accepts it by its bytes.
const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

const imap = <T>(work: (client: ImapFlow) => Promise<T>) => withImapClient(server, work);

let sequence = 0;
/** Delivers a real message into the test folder over IMAP (APPEND), as a mail server would. */
async function deliver(mail: Mail.Options & { messageId?: string }): Promise<string> {
  const messageId = mail.messageId ?? `<m${++sequence}.${folder}@sender.test>`;
  const raw = await new MailComposer({ to: "helpdesk@hospital.test", ...mail, messageId }).compile().build();
  await imap((client) => client.append(folder, raw));
  return messageId;
}

async function importOf(messageId: string) {
  const [row] = await getDb().select().from(schema.mailImports).where(eq(schema.mailImports.messageId, messageId));
  return row;
}

async function poll() {
  const [result] = await pollMailboxes({ force: true, log: () => {} });
  return result;
}

beforeAll(async () => {
  const dir = process.env.TEST_IMAP_DIR;
  server = dir ? await imapServerAt(dir) : (ownServer = await startImapServer());
  await imap((client) => client.mailboxCreate(folder));
  process.env.MAILIN_IMAP_URL = `${server.url.replace(/\/INBOX$/, "")}/${folder}`;
  mailboxKey = `${server.user}@127.0.0.1:${server.port}/${folder}`;
  org = await makeOrganisation();
});

afterAll(async () => {
  process.env.MAILIN_IMAP_URL = savedUrl;
  if (savedUrl === undefined) delete process.env.MAILIN_IMAP_URL;
  await setSetting(getDb(), "mailinUnknownSenders", settingDefaults.mailinUnknownSenders);
  await ownServer?.remove();
});

describe("mail-in against a real IMAP server", () => {
  it("files a new mail from a known person as their ticket, tells them threaded, and marks the mail seen", async () => {
    const id = await deliver({
      from: `Requester <${org.requester.email}>`,
      subject: `Printer jams ${org.tag}`,
      text: "The printer on ward 3 jams on every page.",
    });
    expect(await poll()).toMatchObject({ imported: 1, failed: 0 });
    const imported = await importOf(id);
    expect(imported).toMatchObject({ outcome: "ticket", userId: org.requester.id });
    const ticket = (await getDb().query.tickets.findFirst({ where: eq(schema.tickets.id, imported.ticketId!) }))!;
    expect(ticket).toMatchObject({
      type: "incident",
      subject: `Printer jams ${org.tag}`,
      requesterId: org.requester.id,
      createdById: org.requester.id,
    });
    expect(ticket.description).toContain("jams on every page");
    const files = await getDb().select().from(schema.ticketAttachments).where(eq(schema.ticketAttachments.ticketId, ticket.id));
    expect(files.map((f) => [f.fileName, f.contentType])).toEqual([["original.eml", "message/rfc822"]]);

    // The usual "ticket filed" mail reaches the sender too, as the root of the ticket's thread.
    const [created] = await getDb()
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.entityId, ticket.id), eq(schema.auditEvents.action, "created")));
    expect(created.data).toMatchObject({ via: "email" });
    await notifyTicketEvent({ eventId: created.id });
    const [mail] = await getDb()
      .select()
      .from(schema.mailLog)
      .where(and(eq(schema.mailLog.ticketId, ticket.id), eq(schema.mailLog.toEmail, org.requester.email)));
    expect(mail.headers["Message-ID"]).toBe(ticketRootMessageId(ticket.id));

    const flags = await imap(async (client) => {
      await client.mailboxOpen(folder);
      const found = await client.search({ header: { "message-id": id } }, { uid: true });
      const message = await client.fetchOne(String((found || [])[0]), { flags: true }, { uid: true });
      return message ? message.flags : undefined;
    });
    expect(flags?.has("\\Seen")).toBe(true);
    expect(await poll()).toMatchObject({ imported: 0 });
  });

  it("turns a threaded reply into a public remark without the quote and signature, the original attached", async () => {
    const first = await deliver({ from: org.requester.email, subject: `Monitor ${org.tag}`, text: "The monitor is dark." });
    await poll();
    const ticketId = (await importOf(first)).ticketId!;
    const root = ticketRootMessageId(ticketId);
    const reply = await deliver({
      from: org.requester.email,
      subject: `Re: [HD-0] Monitor ${org.tag}`,
      inReplyTo: `<ticket-${ticketId}.7.${org.specialist.id}@helpdesk.local>`,
      references: [root],
      text: `It is still dark after the restart.\n\nOn Tue, 1 Dec 2026, Service Desk wrote:\n> Please restart it\n\n-- \nRequester, ward 3`,
    });
    await poll();
    const imported = await importOf(reply);
    expect(imported).toMatchObject({ outcome: "remark", ticketId, userId: org.requester.id });
    const [remark] = await getDb().select().from(schema.ticketRemarks).where(eq(schema.ticketRemarks.id, imported.remarkId!));
    expect(remark).toMatchObject({ body: "It is still dark after the restart.", internal: false, authorId: org.requester.id });
    const files = await getDb().select().from(schema.ticketAttachments).where(eq(schema.ticketAttachments.remarkId, remark.id));
    expect(files.map((f) => f.fileName)).toEqual(["original.eml"]);
  });

  it("finds a reply by [HD-n] from staff, but files a stranger's [HD-n] mail as their own ticket", async () => {
    const first = await deliver({ from: org.requester.email, subject: `Scanner ${org.tag}`, text: "The scanner is offline." });
    await poll();
    const ticketId = (await importOf(first)).ticketId!;
    const [{ number }] = await getDb()
      .select({ number: schema.tickets.number })
      .from(schema.tickets)
      .where(eq(schema.tickets.id, ticketId));
    const fromStaff = await deliver({ from: org.specialist.email, subject: `Re: [HD-${number}] Scanner`, text: "I am on my way." });
    const fromStranger = await deliver({ from: org.stranger.email, subject: `[HD-${number}] Scanner`, text: "Mine too." });
    await poll();
    expect(await importOf(fromStaff)).toMatchObject({ outcome: "remark", ticketId, userId: org.specialist.id });
    const stranger = await importOf(fromStranger);
    expect(stranger.outcome).toBe("ticket");
    expect(stranger.ticketId).not.toBe(ticketId);
  });

  it("attaches files that pass the upload checks and names the ones that do not", async () => {
    const id = await deliver({
      from: org.requester.email,
      subject: `Error screen ${org.tag}`,
      text: "See the screenshot.",
      attachments: [
        { filename: "screen.png", content: png },
        {
          filename: "report.docx",
          content: Buffer.from("PK\u0003\u0004 not really a document"),
          contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        },
      ],
    });
    await poll();
    const imported = await importOf(id);
    const files = await getDb().select().from(schema.ticketAttachments).where(eq(schema.ticketAttachments.ticketId, imported.ticketId!));
    expect(files.map((f) => [f.fileName, f.contentType]).sort()).toEqual([
      ["original.eml", "message/rfc822"],
      ["screen.png", "image/png"],
    ]);
    const ticket = (await getDb().query.tickets.findFirst({ where: eq(schema.tickets.id, imported.ticketId!) }))!;
    expect(ticket.description).toContain("report.docx");
  });

  it("files an HTML-only mail as safe text", async () => {
    const id = await deliver({
      from: org.requester.email,
      subject: `HTML ${org.tag}`,
      html: `<html><head><style>p{color:red}</style><script>alert("x")</script></head><body><p>The <b>badge reader</b> at the door</p><p>does not open.</p></body></html>`,
    });
    await poll();
    const ticket = (await getDb().query.tickets.findFirst({ where: eq(schema.tickets.id, (await importOf(id)).ticketId!) }))!;
    expect(ticket.description).toMatch(/badge reader/i);
    expect(ticket.description).toContain("does not open.");
    expect(ticket.description).not.toMatch(/<|alert|color:red/);
  });

  it("ignores auto-replies, bounces and our own mail, and never answers them", async () => {
    const ids = [
      await deliver({
        from: org.requester.email,
        subject: `Out of office ${org.tag}`,
        text: "Away",
        headers: { "Auto-Submitted": "auto-replied" },
      }),
      await deliver({ from: org.requester.email, subject: `Autoreply ${org.tag}`, text: "Away", headers: { "X-Autoreply": "yes" } }),
      await deliver({
        from: `stranger-${org.tag}@elsewhere.test`,
        subject: `Bulk ${org.tag}`,
        text: "News",
        headers: { Precedence: "bulk" },
      }),
      await deliver({ from: "helpdesk@localhost", subject: `Ours ${org.tag}`, text: "Our own" }),
    ];
    expect(await poll()).toMatchObject({ imported: 4 });
    for (const id of ids) expect(await importOf(id)).toMatchObject({ outcome: "ignored", ticketId: null });
    const answers = await getDb()
      .select()
      .from(schema.mailLog)
      .where(eq(schema.mailLog.toEmail, `stranger-${org.tag}@elsewhere.test`));
    expect(answers).toEqual([]);
  });

  it("refuses an unknown sender politely, once a day, or makes a requester for an allowed domain", async () => {
    const stranger = `nobody-${org.tag}@elsewhere.test`;
    const first = await deliver({ from: stranger, subject: `Help ${org.tag}`, text: "Please help" });
    const second = await deliver({ from: stranger, subject: `Help again ${org.tag}`, text: "Please help!" });
    await poll();
    expect(await importOf(first)).toMatchObject({ outcome: "refused", ticketId: null });
    expect(await importOf(second)).toMatchObject({ outcome: "refused" });
    const answers = await getDb().select().from(schema.mailLog).where(eq(schema.mailLog.toEmail, stranger));
    expect(answers).toHaveLength(1);
    expect(answers[0].text).toContain("Здравствуйте");
    expect(answers[0].text).toContain("Hello");
    expect(answers[0].headers).toMatchObject({ "Auto-Submitted": "auto-replied", "In-Reply-To": first });

    const domain = `clinic-${org.tag}.test`;
    await setSetting(getDb(), "mailinUnknownSenders", { mode: "create", domains: [domain] });
    const allowed = await deliver({ from: `Anna Nurse <anna@${domain}>`, subject: `Badge ${org.tag}`, text: "My badge does not work" });
    await poll();
    const imported = await importOf(allowed);
    expect(imported.outcome).toBe("ticket");
    const person = (await getDb().query.users.findFirst({ where: eq(schema.users.id, imported.userId!) }))!;
    expect(person).toMatchObject({ email: `anna@${domain}`, name: "Anna Nurse", passwordHash: null });
  });

  it("survives the server going away: nothing lost while it is down, nothing imported twice when it is back", async () => {
    const a = await deliver({ from: org.requester.email, subject: `Down A ${org.tag}`, text: "First" });
    const b = await deliver({ from: org.requester.email, subject: `Down B ${org.tag}`, text: "Second" });
    await server.stop();
    try {
      expect(await pollMailboxes({ force: true, log: () => {} })).toEqual([]);
      expect(await readMailboxStatus(mailboxKey)).toMatchObject({ failures: 1 });
      expect((await readMailboxStatus(mailboxKey))!.nextPollAt!.getTime()).toBeGreaterThan(Date.now());
      expect(await checkHealth()).toMatchObject({ mailin: "down" });
      // Backing off: the minute's job leaves it alone until the wait is over.
      expect(await pollMailboxes({ log: () => {} })).toEqual([]);
      expect(await importOf(a)).toBeUndefined();
    } finally {
      await server.start();
    }
    expect(await poll()).toMatchObject({ imported: 2 });
    expect(await readMailboxStatus(mailboxKey)).toMatchObject({ failures: 0, lastError: null });
    expect((await checkHealth()).mailin).toBe("ok");
    const ticketA = (await importOf(a)).ticketId;
    expect(ticketA).toBeTruthy();
    expect((await importOf(b)).ticketId).toBeTruthy();

    // A crash between the commit and the marking leaves the mail unseen: it is recognised, not filed again.
    await imap(async (client) => {
      await client.mailboxOpen(folder);
      await client.messageFlagsRemove("1:*", ["\\Seen"]);
    });
    const before = await getDb()
      .select({ id: schema.tickets.id })
      .from(schema.tickets)
      .where(eq(schema.tickets.requesterId, org.requester.id));
    await poll();
    const after = await getDb()
      .select({ id: schema.tickets.id })
      .from(schema.tickets)
      .where(eq(schema.tickets.requesterId, org.requester.id));
    expect(after.length).toBe(before.length);
    // The same Message-ID delivered twice is one ticket.
    const twice = await deliver({
      from: org.requester.email,
      subject: `Twice ${org.tag}`,
      text: "Once",
      messageId: `<twice.${folder}@sender.test>`,
    });
    await deliver({ from: org.requester.email, subject: `Twice ${org.tag}`, text: "Once", messageId: twice });
    expect(await poll()).toMatchObject({ imported: 2 });
    const tickets = await getDb()
      .select()
      .from(schema.tickets)
      .where(eq(schema.tickets.subject, `Twice ${org.tag}`));
    expect(tickets).toHaveLength(1);
  });
});
