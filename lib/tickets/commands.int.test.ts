import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, getSql, schema } from "@/db/client";
import { AppError } from "@/lib/errors";
import { checkSla } from "@/lib/routing/sla-check";
import { makeOrganisation } from "@/lib/test/fixtures";
import { addRemark } from "./add-remark";
import { assignTicket } from "./assign-ticket";
import { autoCloseResolved } from "./auto-close";
import { cancelTicket } from "./cancel-ticket";
import { confirmTicket, rejectTicket } from "./confirm-ticket";
import { createTicket } from "./create-ticket";
import { getSharedSolution } from "./get-shared-solution";
import { getTicket } from "./get-ticket";
import { resolveTicket } from "./resolve-ticket";
import { startTicket } from "./start-ticket";
import { ticketCommand, updateTicket } from "./ticket-command";
import { waitForRequester } from "./wait-ticket";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;
const DAY = 24 * 3600_000;

async function auditActions(ticketId: string) {
  const rows = await getDb()
    .select({ action: schema.auditEvents.action })
    .from(schema.auditEvents)
    .where(eq(schema.auditEvents.entityId, ticketId))
    .orderBy(schema.auditEvents.id);
  return rows.map((r) => r.action);
}

async function notifyJobs(ticketId: string) {
  const [row] = await getSql()<{ n: number }[]>`
    select count(*)::int as n from pgboss.job j join audit_events a on a.id = (j.data->>'eventId')::bigint
    where j.name = 'notify.ticket' and a.entity_id = ${ticketId}`;
  return row.n;
}

async function expectError(work: Promise<unknown>, code: string, message?: RegExp) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (message) expect((error as AppError).message).toMatch(message);
}

describe("the ticket lifecycle against PostgreSQL", () => {
  let org: Org;
  beforeAll(async () => {
    org = await makeOrganisation();
  });

  it("runs the seed's story: file, assign, ask, answer, resolve, reject, resolve, confirm", async () => {
    const ticket = await createTicket(org.requester, {
      type: "incident",
      subject: "Принтер не печатает",
      description: "Мигает оранжевый",
      categoryId: org.category.id,
      urgency: "high",
    });
    expect(ticket).toMatchObject({ status: "new", priority: "high", assigneeId: null, requesterId: org.requester.id });
    expect(ticket.resolutionDueAt!.getTime()).toBeGreaterThan(ticket.createdAt.getTime());

    await assignTicket(org.dispatcher, ticket.id, { assigneeId: org.specialist.id });
    await waitForRequester(org.specialist, ticket.id, { reason: "Какая модель принтера?" });
    expect((await getTicket(org.requester, ticket.id)).status).toBe("waiting");
    await addRemark(org.requester, ticket.id, { body: "Kyocera в ординаторской" });
    await resolveTicket(org.specialist, ticket.id, { solution: "Заменён тонер-картридж", shareable: true });
    await rejectTicket(org.requester, ticket.id, { complaint: "Печатает с полосами" });
    const reopened = await getTicket(org.requester, ticket.id);
    expect(reopened).toMatchObject({ status: "in_progress", reopenCount: 1, assignee: { id: org.specialist.id } });
    await resolveTicket(org.specialist, ticket.id, { solution: "Почищен барабан, заменён тонер" });
    await confirmTicket(org.requester, ticket.id, { rating: 5, comment: "Спасибо" });

    const done = await getTicket(org.requester, ticket.id);
    expect(done).toMatchObject({ status: "closed", rating: 5, closedBy: "requester", reopenCount: 1 });
    const actions = await auditActions(ticket.id);
    expect(actions).toEqual(["created", "assigned", "waiting", "remarked", "answered", "resolved", "rejected", "resolved", "confirmed"]);
    // Every event queued its notification job in its own transaction.
    expect(await notifyJobs(ticket.id)).toBe(actions.length);
    // The timeline shows every event and every remark, in order.
    expect(done.timeline.filter((i) => i.kind === "remark").map((i) => (i.kind === "remark" ? i.body : ""))).toEqual([
      "Какая модель принтера?",
      "Kyocera в ординаторской",
    ]);
  });

  it("leaves nothing behind when a command fails half-way", async () => {
    const ticket = await createTicket(org.requester, { type: "request", subject: "Новая мышь" });
    const before = await auditActions(ticket.id);
    await expect(
      ticketCommand(org.dispatcher, ticket.id, "assign", async (tx, locked) => {
        await updateTicket(tx, locked, org.dispatcher.id, "assigned", { assigneeId: org.specialist.id });
        throw new Error("crash between the change and the rest");
      }),
    ).rejects.toThrow("crash");
    const [row] = await getDb().select().from(schema.tickets).where(eq(schema.tickets.id, ticket.id));
    expect(row.assigneeId).toBeNull();
    expect(await auditActions(ticket.id)).toEqual(before);
    expect(await notifyJobs(ticket.id)).toBe(before.length);
  });

  it("refuses impossible transitions with a 409 that says why, and hides tickets from strangers", async () => {
    const ticket = await createTicket(org.requester, { type: "incident", subject: "Нет сети" });
    await expectError(confirmTicket(org.requester, ticket.id, {}), "conflict", /new/);
    await expectError(resolveTicket(org.specialist2, ticket.id, { solution: "x" }), "forbidden", /assignee or the dispatcher/);
    await expectError(getTicket(org.stranger, ticket.id), "not_found");
    await expectError(addRemark(org.stranger, ticket.id, { body: "hi" }), "not_found");
    await expectError(addRemark(org.requester, ticket.id, { body: "секрет", internal: true }), "forbidden");
    await cancelTicket(org.requester, ticket.id, { reason: "Само заработало" });
    await expectError(addRemark(org.requester, ticket.id, { body: "ещё" }), "conflict", /cancelled/);
  });

  it("lets only the assignee take a new ticket into work", async () => {
    const ticket = await createTicket(org.requester, { type: "request", subject: "Картридж для МФУ" });
    await assignTicket(org.dispatcher, ticket.id, { assigneeId: org.specialist.id });
    await expectError(startTicket(org.specialist2, ticket.id), "forbidden", /assignee/);
    await startTicket(org.specialist, ticket.id);
    const started = await getTicket(org.requester, ticket.id);
    expect(started.status).toBe("in_progress");
    expect(started.sla.firstResponseAt).not.toBeNull();
    await expectError(startTicket(org.specialist, ticket.id), "conflict");
  });

  it("keeps internal notes from the requester and lets the department head see the ticket", async () => {
    const ticket = await createTicket(org.requester, { type: "incident", subject: "МИС зависает" });
    await assignTicket(org.dispatcher, ticket.id, { assigneeId: org.specialist.id });
    await addRemark(org.specialist, ticket.id, { body: "Сервер МИС перегружен", internal: true });
    const asRequester = await getTicket(org.requester, ticket.id);
    expect(JSON.stringify(asRequester)).not.toContain("перегружен");
    const asStaff = await getTicket(org.specialist2, ticket.id);
    expect(JSON.stringify(asStaff)).toContain("перегружен");
    expect((await getTicket(org.manager, ticket.id)).id).toBe(ticket.id);
  });

  it("files on behalf of a department member only for their head, a dispatcher or an admin", async () => {
    const byManager = await createTicket(org.manager, {
      type: "request",
      subject: "Доступ к МИС для ординатора",
      requesterId: org.requester.id,
    });
    expect(byManager).toMatchObject({ requesterId: org.requester.id, createdById: org.manager.id });
    await expectError(createTicket(org.manager, { type: "request", subject: "Чужой", requesterId: org.stranger.id }), "forbidden");
    await expectError(createTicket(org.requester, { type: "request", subject: "За коллегу", requesterId: org.manager.id }), "forbidden");
  });

  it("shares a solved ticket's subject and solution only, and only when it is shareable", async () => {
    const solved = async (shareable: boolean) => {
      const ticket = await createTicket(org.requester, {
        type: "incident",
        subject: `Не печатает ${shareable}`,
        description: "кабинет 214, Смирнова",
      });
      await assignTicket(org.dispatcher, ticket.id, { assigneeId: org.specialist.id });
      await resolveTicket(org.specialist, ticket.id, { solution: "Заменён фьюзер", shareable });
      return ticket.id;
    };
    const shared = await getSharedSolution(await solved(true));
    expect(shared).toMatchObject({ subject: "Не печатает true", solution: "Заменён фьюзер" });
    expect(JSON.stringify(shared)).not.toContain("Смирнова");
    await expectError(getSharedSolution(await solved(false)), "not_found");
    const open = await createTicket(org.requester, { type: "incident", subject: "Открытая" });
    await expectError(getSharedSolution(open.id), "not_found");
  });

  it("never deletes: the database refuses even a direct DELETE", async () => {
    const ticket = await createTicket(org.requester, { type: "request", subject: "Удалить меня" });
    await expect(getSql()`delete from tickets where id = ${ticket.id}`).rejects.toThrow(/never deleted/);
    await expect(getSql()`delete from audit_events where entity_id = ${ticket.id}`).rejects.toThrow(/never deleted/);
  });

  it("closes a resolved ticket by itself after 7 idle days (injected clock)", async () => {
    const ticket = await createTicket(org.requester, { type: "incident", subject: "Не работает сканер" });
    await assignTicket(org.dispatcher, ticket.id, { assigneeId: org.specialist.id });
    await resolveTicket(org.specialist, ticket.id, { solution: "Переустановлен драйвер" });
    await autoCloseResolved(new Date(Date.now() + 6 * DAY));
    expect((await getTicket(org.requester, ticket.id)).status).toBe("resolved");
    await autoCloseResolved(new Date(Date.now() + 7 * DAY + 60_000));
    const closed = await getTicket(org.requester, ticket.id);
    expect(closed).toMatchObject({ status: "closed", closedBy: "auto" });
    expect((await auditActions(ticket.id)).at(-1)).toBe("auto_closed");
  });

  it("marks a ticket past its resolution target as breached and escalates it (injected clock)", async () => {
    const ticket = await createTicket(org.requester, { type: "incident", subject: "Телефон молчит", urgency: "high" });
    await checkSla(new Date(ticket.resolutionDueAt!.getTime() + 60_000));
    const [row] = await getDb()
      .select()
      .from(schema.tickets)
      .where(and(eq(schema.tickets.id, ticket.id)));
    expect(row).toMatchObject({ breached: true, escalationLevel: 1 });
    expect(await auditActions(ticket.id)).toContain("sla_breached");
  });
});
