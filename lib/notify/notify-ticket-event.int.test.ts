import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { simpleParser } from "mailparser";
import type PgBoss from "pg-boss";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb, getSql, schema } from "@/db/client";
import type { Role } from "@/lib/auth/roles";
import { config } from "@/lib/config";
import { startWorker } from "@/lib/jobs/worker";
import { getUserById } from "@/lib/people/get-user";
import { addRemark } from "@/lib/tickets/add-remark";
import { assignTicket } from "@/lib/tickets/assign-ticket";
import { createTicket } from "@/lib/tickets/create-ticket";
import { resolveTicket } from "@/lib/tickets/resolve-ticket";
import { addWatcher } from "@/lib/tickets/watchers";
import { listNotifications } from "./list-notifications";
import { markNotificationsRead } from "./mark-notifications-read";
import { notifyTicketEvent } from "./notify-ticket-event";
import { sendQueuedMail } from "./send-queued-mail";

const tag = `${Date.now()}${Math.floor(Math.random() * 1000)}`;

async function makePerson(key: string, name: string, roles: Role[], language: "ru" | "en") {
  const [user] = await getDb()
    .insert(schema.users)
    .values({ email: `${key}-${tag}@notify.test`, name, language })
    .returning();
  await getDb()
    .insert(schema.userRoles)
    .values(roles.map((role) => ({ userId: user.id, role })));
  return (await getUserById(user.id))!;
}

type SunkMail = { to: string; subject: string; text: string; messageId?: string; inReplyTo?: string; references: string[] };

/** Every message the SMTP sink kept for these addresses, with the threading headers read back. */
async function sunkMailTo(emails: string[]): Promise<SunkMail[]> {
  const dir = config.mailSinkDir();
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(".eml"));
  const mails = await Promise.all(names.map(async (n) => simpleParser(await readFile(join(dir, n)))));
  return mails
    .map((m) => ({
      to: Array.isArray(m.to) ? m.to.map((a) => a.text).join(", ") : (m.to?.text ?? ""),
      subject: m.subject ?? "",
      text: m.text ?? "",
      messageId: m.messageId,
      inReplyTo: m.inReplyTo,
      references: m.references === undefined ? [] : ([] as string[]).concat(m.references),
    }))
    .filter((m) => emails.includes(m.to));
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 25_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** True once every notify job of the ticket ran and every mail it queued was sent. */
async function ticketSettled(ticketId: string): Promise<boolean> {
  const [jobs] = await getSql()<{ n: number }[]>`
    select count(*)::int as n from pgboss.job j join audit_events a on a.id = (j.data->>'eventId')::bigint
    where j.name = 'notify.ticket' and a.entity_id = ${ticketId} and j.state <> 'completed'`;
  const unsent = await getDb()
    .select({ id: schema.mailLog.id })
    .from(schema.mailLog)
    .where(and(eq(schema.mailLog.ticketId, ticketId), inArray(schema.mailLog.status, ["queued", "failed"])));
  return jobs.n === 0 && unsent.length === 0;
}

let boss: PgBoss | undefined;
afterEach(async () => {
  await boss?.stop({ wait: true });
  boss = undefined;
});

// Earlier test files leave their notify and mail jobs behind (a few hundred in a full run). They are not this
// file's business, and a worker would take them before anything here: cancel them, so the waits below are for
// this file's own mail.
beforeAll(async () => {
  await getSql()`update pgboss.job set state = 'cancelled', completed_on = now()
    where name in ('notify.ticket', 'notify.article', 'mail.send') and state in ('created', 'retry')`;
});

describe("e-mail on every action", () => {
  type Person = Awaited<ReturnType<typeof makePerson>>;
  let requester: Person, specialist: Person, dispatcher: Person, watcher: Person;
  beforeAll(async () => {
    requester = await makePerson("requester", "Мария Заявкина", ["requester"], "ru");
    specialist = await makePerson("specialist", "John Fixer", ["specialist"], "en");
    dispatcher = await makePerson("dispatcher", "Ольга Диспетчерова", ["dispatcher"], "ru");
    watcher = await makePerson("watcher", "Peter Watcher", ["requester"], "en");
  });

  it("mails everyone concerned in their language, threaded per ticket, never the actor, never internal text to requesters", {
    timeout: 120_000,
  }, async () => {
    const ticket = await createTicket(requester, {
      type: "incident",
      subject: "Принтер не печатает",
      description: "Мигает оранжевая лампа",
    });
    await addWatcher(requester, ticket.id, { userId: watcher.id });
    await assignTicket(dispatcher, ticket.id, { assigneeId: specialist.id });
    await addRemark(specialist, ticket.id, { body: "Какая модель принтера?" });
    await addRemark(specialist, ticket.id, { body: "Пароль сервисного меню 4711", internal: true });
    await resolveTicket(specialist, ticket.id, { solution: "Заменён тонер-картридж" });

    boss = await startWorker(() => {});
    // A new unassigned ticket is mailed to every dispatcher in the database: allow for a crowd of them.
    await waitFor("the ticket's mail", () => ticketSettled(ticket.id), 100_000);
    const mail = await sunkMailTo([requester.email, specialist.email, dispatcher.email, watcher.email]);
    const subjectsTo = (p: Person) =>
      mail
        .filter((m) => m.to === p.email)
        .map((m) => m.subject)
        .sort();
    const n = `[HD-${ticket.number}] Принтер не печатает`;

    // The requester filed it, added the watcher: neither comes back to them. The rest does, in Russian.
    expect(subjectsTo(requester)).toEqual([`${n} — заявка назначена`, `${n} — заявка решена`, `${n} — новый комментарий`].sort());
    // The watcher hears of everything from their addition on (not of the filing before it), in English.
    expect(subjectsTo(watcher)).toEqual(
      [`${n} — new remark`, `${n} — ticket assigned`, `${n} — ticket resolved`, `${n} — watcher added`].sort(),
    );
    // The specialist wrote the remark, the note and the solution: none of those come back to them; and the
    // filing and the watcher came before they had the ticket, though the worker only ran afterwards.
    expect(subjectsTo(specialist)).toEqual([`${n} — ticket assigned`]);
    // The dispatcher assigned it, so is not told of that; but hears of the new ticket nobody had.
    // (Only if no assignment rule of another test took it automatically.)
    expect(subjectsTo(dispatcher)).toEqual(ticket.assigneeId ? [] : [`${n} — новая заявка`]);

    // The remark's status change ("started") is told within the remark's mail, not as a second one; and
    // each mail shows the status of its own moment, not the one when the worker got to it.
    expect(subjectsTo(requester).filter((s) => s.endsWith("заявка в работе"))).toEqual([]);
    const remark = mail.find((m) => m.to === requester.email && m.subject.endsWith("новый комментарий"))!;
    expect(remark.text).toContain("Комментарий:\nКакая модель принтера?");
    expect(remark.text).toContain("Статус: В работе");
    // The internal note reached nobody here: nobody on this ticket but its author is IT staff.
    expect(mail.filter((m) => m.text.includes("4711"))).toEqual([]);

    const resolved = mail.find((m) => m.to === requester.email && m.subject.endsWith("заявка решена"))!;
    expect(resolved.text).toContain("Решение:\nЗаменён тонер-картридж");
    expect(resolved.text).toContain("Кто: John Fixer");
    expect(resolved.text).toContain(`${config.appUrl()}/tickets/HD-${ticket.number}`);
    const root = `<ticket-${ticket.id}@helpdesk.local>`;
    expect(resolved.inReplyTo).toBe(root);
    expect(resolved.references).toEqual([root]);
    expect(resolved.messageId).not.toBe(root);
    const created = mail.find((m) => m.subject === `${n} — новая заявка`);
    if (created) expect(created.messageId).toBe(root);

    // The bell: the same events, unread until read.
    const bell = await listNotifications(requester.id);
    expect(
      bell.items
        .filter((i) => i.ticketId === ticket.id)
        .map((i) => i.kind)
        .sort(),
    ).toEqual(["assigned", "remarked", "resolved"]);
    expect(bell.items[0]).toMatchObject({ url: `/tickets/HD-${ticket.number}`, subject: "Принтер не печатает" });
    expect(bell.unreadCount).toBe(3);
    expect(await markNotificationsRead(requester.id, { ids: [bell.items[0].id] })).toBe(1);
    // Someone else's notification cannot be marked by another person.
    expect(await markNotificationsRead(watcher.id, { ids: [bell.items[1].id] })).toBe(0);
    expect((await listNotifications(requester.id)).unreadCount).toBe(2);
    expect(await markNotificationsRead(requester.id, {})).toBe(2);
    expect((await listNotifications(requester.id)).unreadCount).toBe(0);
  });

  it("does not tell anyone twice when the job runs again", async () => {
    const ticket = await createTicket(requester, { type: "request", subject: "Нужен доступ к папке", description: "" });
    await assignTicket(dispatcher, ticket.id, { assigneeId: specialist.id });
    const [event] = await getDb()
      .select({ id: schema.auditEvents.id })
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.entityId, ticket.id), eq(schema.auditEvents.action, "assigned")));
    await notifyTicketEvent({ eventId: event.id });
    const count = async () => (await getDb().select().from(schema.mailLog).where(eq(schema.mailLog.ticketId, ticket.id))).length;
    const first = await count();
    expect(first).toBeGreaterThan(0);
    await Promise.all([notifyTicketEvent({ eventId: event.id }), notifyTicketEvent({ eventId: event.id })]);
    expect(await count()).toBe(first);
  });
});

describe("mail while the SMTP server is down", () => {
  const original = process.env.SMTP_URL;
  const restore = () => {
    if (original === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = original;
  };
  afterAll(restore);

  it("stays queued with the error, and is delivered once the server is back", { timeout: 120_000 }, async () => {
    const requester = await makePerson("offline-requester", "Sam Offline", ["requester"], "en");
    const specialist = await makePerson("offline-specialist", "Вера Сетевая", ["specialist"], "ru");
    const dispatcher = await makePerson("offline-dispatcher", "Глеб Главный", ["dispatcher"], "ru");
    const ticket = await createTicket(requester, { type: "incident", subject: "No network", description: "" });
    await assignTicket(dispatcher, ticket.id, { assigneeId: specialist.id });
    const [assigned] = await getDb()
      .select({ id: schema.auditEvents.id })
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.entityId, ticket.id), eq(schema.auditEvents.action, "assigned")));
    // Told now, so this mail's job is queued ahead of anything the worker produces later.
    await notifyTicketEvent({ eventId: assigned.id });
    const mailTo = async (email: string) =>
      (
        await getDb()
          .select()
          .from(schema.mailLog)
          .where(and(eq(schema.mailLog.ticketId, ticket.id), eq(schema.mailLog.toEmail, email)))
      )[0];
    const queued = await mailTo(requester.email);

    // Nothing listens on port 9 (discard): the attempt is refused, recorded, and thrown so the job retries.
    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    await expect(sendQueuedMail({ mailId: queued.id })).rejects.toThrow(/ECONNREFUSED|connect/i);
    const failed = await mailTo(requester.email);
    expect(failed).toMatchObject({
      status: "queued",
      attempts: 1,
      sentAt: null,
      subject: `[HD-${ticket.number}] No network — ticket assigned`,
    });
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);

    // The server is back: the worker delivers the mail from its queued job; nothing was lost.
    restore();
    boss = await startWorker(() => {});
    await waitFor("delivery after the outage", async () => (await mailTo(requester.email))?.status === "sent", 100_000);
    const sent = await mailTo(requester.email);
    expect(sent.attempts).toBe(2);
    expect(sent.sentAt).toBeInstanceOf(Date);
    const delivered = await sunkMailTo([requester.email]);
    expect(delivered.map((m) => m.subject)).toEqual([`[HD-${ticket.number}] No network — ticket assigned`]);
    expect(delivered[0].inReplyTo).toBe(`<ticket-${ticket.id}@helpdesk.local>`);
  });
});
