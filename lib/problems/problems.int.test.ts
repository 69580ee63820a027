import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, getSql, schema } from "@/db/client";
import { AppError } from "@/lib/errors";
import { notifyProblemEvent } from "@/lib/notify/notify-problem-event";
import { getUserById } from "@/lib/people/get-user";
import { makeOrganisation } from "@/lib/test/fixtures";
import { assignTicket } from "@/lib/tickets/assign-ticket";
import { cancelTicket } from "@/lib/tickets/cancel-ticket";
import { rejectTicket } from "@/lib/tickets/confirm-ticket";
import { createTicket } from "@/lib/tickets/create-ticket";
import { getTicket } from "@/lib/tickets/get-ticket";
import { logTime } from "@/lib/tickets/log-time";
import { resolveTicket } from "@/lib/tickets/resolve-ticket";
import { closeProblem } from "./close-problem";
import { createProblem } from "./create-problem";
import { getProblem } from "./get-problem";
import { linkTicket } from "./link-ticket";
import { listProblems } from "./list-problems";
import { logProblemTime } from "./log-problem-time";
import { markKnownError } from "./mark-known-error";
import { addProblemWatcher } from "./problem-watchers";
import { resolveProblem } from "./resolve-problem";
import { unlinkTicket } from "./unlink-ticket";
import { updateProblem } from "./update-problem";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;

async function expectError(work: Promise<unknown>, code: string, message?: RegExp) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (message) expect((error as AppError).message).toMatch(message);
}

async function eventsOf(entityId: string) {
  return getDb().select().from(schema.auditEvents).where(eq(schema.auditEvents.entityId, entityId)).orderBy(schema.auditEvents.id);
}

async function jobsFor(name: string, entityId: string) {
  const [row] = await getSql()<{ n: number }[]>`
    select count(*)::int as n from pgboss.job j join audit_events a on a.id = (j.data->>'eventId')::bigint
    where j.name = ${name} and a.entity_id = ${entityId}`;
  return row.n;
}

describe("problem records against PostgreSQL", () => {
  let org: Org;
  let analyst: NonNullable<Awaited<ReturnType<typeof getUserById>>>;
  const incident = (subject: string) =>
    createTicket(org.requester, { type: "incident", subject, description: "VPN", categoryId: org.category.id });
  beforeAll(async () => {
    org = await makeOrganisation();
    const [user] = await getDb()
      .insert(schema.users)
      .values({ email: `analyst-${org.tag}@test.local`, name: "analyst", language: "en" })
      .returning();
    await getDb().insert(schema.userRoles).values({ userId: user.id, role: "analyst" });
    analyst = (await getUserById(user.id))!;
  });

  it("links a ticket to at most one problem (409 otherwise), and keeps unlinked links as history", async () => {
    const [a, b] = [await incident("VPN drops"), await incident("VPN drops again")];
    const first = await createProblem(org.specialist, { title: "VPN drops hourly", ticketIds: [a.id, `HD-${b.number}`] });
    expect(first).toMatchObject({ status: "open", ownerId: org.specialist.id });
    const detail = await getProblem(analyst, first.id);
    expect(detail.number).toBe(`PRB-${first.number}`);
    // Analysts read problems but may not run them.
    await expectError(linkTicket(analyst, first.id, { ticketId: a.id }), "forbidden");
    expect(detail.tickets.map((t) => t.id).sort()).toEqual([a.id, b.id].sort());

    await expectError(
      createProblem(org.specialist2, { title: "Another", ticketIds: [a.id] }),
      "conflict",
      new RegExp(`^Ticket HD-${a.number} is already linked to problem PRB-${first.number}$`),
    );
    const second = await createProblem(org.specialist2, { title: "Another cause" });
    await expectError(linkTicket(org.specialist2, second.id, { ticketId: a.id }), "conflict");
    // Linking it again to the same problem changes nothing.
    await linkTicket(org.specialist, first.id, { ticketId: a.id });

    await unlinkTicket(org.specialist2, first.id, { ticketId: a.id });
    await linkTicket(org.specialist2, `PRB-${second.number}`, { ticketId: a.id });
    const links = await getDb()
      .select()
      .from(schema.problemTickets)
      .where(eq(schema.problemTickets.ticketId, a.id))
      .orderBy(schema.problemTickets.linkedAt);
    expect(links.map((l) => [l.problemId, l.unlinkedAt !== null])).toEqual([
      [first.id, true],
      [second.id, false],
    ]);
    expect((await eventsOf(first.id)).map((e) => e.action)).toEqual(["created", "ticket_linked", "ticket_linked", "ticket_unlinked"]);
    expect(await jobsFor("notify.problem", first.id)).toBe(4);
    // A requester may not read problems at all.
    await expectError(getProblem(org.requester, first.id), "not_found");
    await expectError(createProblem(org.requester, { title: "Mine" }), "forbidden");
  });

  it("opens a problem from a recurring group, linking its tickets", async () => {
    const [a, b] = [await incident("Printer jam"), await incident("Printer jams")];
    const [group] = await getDb().insert(schema.problemGroups).values({ labelEn: "printer jam", centroid: {} }).returning();
    await getDb()
      .insert(schema.problemGroupTickets)
      .values([a, b].map((t) => ({ groupId: group.id, ticketId: t.id })));
    const problem = await createProblem(org.dispatcher, { title: "Printers jam", fromGroupId: group.id });
    expect((await getProblem(org.dispatcher, problem.id)).tickets).toHaveLength(2);
    expect(problem.fromGroupId).toBe(group.id);
    await expectError(createProblem(org.dispatcher, { title: "x", fromGroupId: "00000000-0000-4000-8000-000000000000" }), "invalid_input");
  });

  it("shows the workaround on linked tickets: to IT staff, and to the requester once it is public", async () => {
    const t = await incident("Mail slow");
    const problem = await createProblem(org.specialist, { title: "Mail slow", ticketIds: [t.id] });
    await expectError(markKnownError(org.specialist2, problem.id, { workaround: "Use webmail" }), "forbidden", /owner or the dispatcher/);
    await expect(markKnownError(org.specialist, problem.id, { workaround: " " })).rejects.toThrow();
    await markKnownError(org.specialist, problem.id, { workaround: "Use webmail", rootCause: "Full disk" });
    expect((await getTicket(org.specialist2, t.id)).problem).toMatchObject({
      id: problem.id,
      number: `PRB-${problem.number}`,
      status: "known_error",
      workaround: "Use webmail",
    });
    expect((await getTicket(org.requester, t.id)).problem).toBeNull();
    await updateProblem(org.dispatcher, problem.id, { workaroundPublic: true });
    expect((await getTicket(org.requester, t.id)).problem).toEqual({
      id: problem.id,
      number: `PRB-${problem.number}`,
      status: "known_error",
      workaround: "Use webmail",
    });
  });

  it("resolves exactly the open linked tickets with the solution, each with its audit event and jobs, then closes", async () => {
    const fresh = await incident("Wi-Fi down 1");
    const worked = await incident("Wi-Fi down 2");
    await assignTicket(org.dispatcher, worked.id, { assigneeId: org.specialist2.id });
    const cancelled = await incident("Wi-Fi down 3");
    await cancelTicket(org.requester, cancelled.id, { reason: "Works now" });
    const problem = await createProblem(org.specialist, { title: "Wi-Fi controller", ticketIds: [fresh.id, worked.id, cancelled.id] });
    await expectError(closeProblem(org.specialist, problem.id), "conflict", /^Not possible while the problem is open$/);

    const before = { fresh: await jobsFor("notify.ticket", fresh.id), worked: await jobsFor("notify.ticket", worked.id) };
    const result = await resolveProblem(org.specialist, problem.id, { solution: "Controller firmware updated", resolveTickets: true });
    expect(result.resolvedTickets.sort()).toEqual([fresh.number, worked.number].sort());
    for (const t of [fresh, worked]) {
      const after = await getTicket(org.specialist, t.id);
      expect(after).toMatchObject({ status: "resolved", solution: "Controller firmware updated" });
      const resolvedEvent = (await eventsOf(t.id)).find((e) => e.action === "resolved");
      expect(resolvedEvent?.data).toMatchObject({ problemId: problem.id, problemNumber: `PRB-${problem.number}` });
    }
    // Each resolved ticket queued its own notification (its requester's mail) in the same transaction.
    expect(await jobsFor("notify.ticket", fresh.id)).toBe(before.fresh + 1);
    expect(await jobsFor("notify.ticket", worked.id)).toBe(before.worked + 1);
    expect((await getTicket(org.specialist, worked.id)).assignee?.id).toBe(org.specialist2.id);
    expect((await getTicket(org.specialist, cancelled.id)).status).toBe("cancelled");
    expect((await getProblem(org.specialist, problem.id)).status).toBe("resolved");

    // A requester rejects: that ticket reopens, the problem shows it and cannot close until it is settled.
    await rejectTicket(org.requester, worked.id, { complaint: "Still drops" });
    const shown = await getProblem(org.specialist, problem.id);
    expect(shown.tickets.find((t) => t.id === worked.id)).toMatchObject({ status: "in_progress", rejections: 1 });
    // Only that ticket reopens: the other keeps its solution, waiting for its own requester.
    expect(shown.tickets.find((t) => t.id === fresh.id)).toMatchObject({ status: "resolved", rejections: 0 });
    await expectError(
      closeProblem(org.specialist, problem.id),
      "conflict",
      new RegExp(`^Tickets still open: HD-${worked.number}; resolve or unlink them first$`),
    );
    // Unlinking is not possible once resolved: the ticket is settled by its own resolve instead.
    await expectError(unlinkTicket(org.specialist, problem.id, { ticketId: worked.id }), "conflict");
    await resolveTicket(org.specialist2, worked.id, { solution: "Access point replaced" });
    await closeProblem(org.specialist, problem.id);
    expect((await getProblem(org.specialist, problem.id)).status).toBe("closed");
  });

  it("leaves nothing half-done when resolving fails half-way", async () => {
    const [a, b] = [await incident("Scanner 1"), await incident("Scanner 2")];
    const problem = await createProblem(org.specialist, { title: "Scanner driver", ticketIds: [a.id, b.id] });
    const [first, second] = [a, b].sort((x, y) => (x.id < y.id ? -1 : 1));
    const sql = getSql();
    // The second ticket's update fails inside the database, after the first was resolved in the same transaction.
    await sql.unsafe(
      `create or replace function fail_for_test() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end; $$`,
    );
    await sql.unsafe(
      `create trigger fail_for_test before update on tickets for each row when (new.id = '${second.id}') execute function fail_for_test()`,
    );
    const eventsBefore = [...(await eventsOf(first.id)), ...(await eventsOf(problem.id))].length;
    try {
      await expect(resolveProblem(org.specialist, problem.id, { solution: "New driver", resolveTickets: true })).rejects.toThrow();
    } finally {
      await sql.unsafe(`drop trigger fail_for_test on tickets`);
      await sql.unsafe(`drop function fail_for_test()`);
    }
    expect((await getTicket(org.specialist, first.id)).status).toBe("new");
    expect((await getProblem(org.specialist, problem.id)).status).toBe("open");
    expect([...(await eventsOf(first.id)), ...(await eventsOf(problem.id))].length).toBe(eventsBefore);
  });

  it("sums effort: the problem's own time and its linked tickets', each at its frozen rate", async () => {
    await getDb().update(schema.users).set({ hourlyCost: 3000 }).where(eq(schema.users.id, org.specialist.id));
    await getDb().update(schema.users).set({ hourlyCost: 6000 }).where(eq(schema.users.id, org.specialist2.id));
    const [a, b, gone] = [await incident("Slow PC 1"), await incident("Slow PC 2"), await incident("Slow PC 3")];
    const problem = await createProblem(org.specialist, { title: "Antivirus scan at noon", ticketIds: [a.id, b.id, gone.id] });
    await logTime(org.specialist, a.id, { minutes: 30 }); // 1500
    await logTime(org.specialist2, b.id, { minutes: 20 }); // 2000
    await logTime(org.specialist2, gone.id, { minutes: 60 });
    await unlinkTicket(org.specialist, problem.id, { ticketId: gone.id });
    await logProblemTime(org.specialist2, problem.id, { minutes: 90, note: "Profiling" }); // 9000
    // A later change of the rate does not rewrite what was logged.
    await getDb().update(schema.users).set({ hourlyCost: 99999 }).where(eq(schema.users.id, org.specialist2.id));
    const { effort } = await getProblem(org.dispatcher, problem.id);
    expect(effort).toEqual({ minutes: 140, cost: 12500, problem: { minutes: 90, cost: 9000 }, tickets: { minutes: 50, cost: 3500 } });
  });

  it("tells the owner and watchers, in their language, never the actor", async () => {
    const problem = await createProblem(org.specialist, { title: "Citrix freezes" });
    await addProblemWatcher(org.specialist, problem.id, { userId: org.specialist2.id });
    await markKnownError(org.dispatcher, problem.id, { workaround: "Restart the receiver" });
    const events = await eventsOf(problem.id);
    for (const e of events) await notifyProblemEvent({ eventId: e.id });
    await notifyProblemEvent({ eventId: events.at(-1)!.id }); // a retry adds nothing
    const mails = await getDb()
      .select()
      .from(schema.mailLog)
      .where(and(eq(schema.mailLog.subject, `[PRB-${problem.number}] «Citrix freezes» — известная ошибка, есть обходное решение`)));
    expect(mails.map((m) => m.userId)).toEqual([org.specialist.id]);
    const [en] = await getDb()
      .select()
      .from(schema.mailLog)
      .where(eq(schema.mailLog.subject, `[PRB-${problem.number}] "Citrix freezes" — known error, with a workaround`));
    expect(en.userId).toBe(org.specialist2.id);
    expect(en.text).toContain("Restart the receiver");
    const bells = await getDb().select().from(schema.notifications).where(eq(schema.notifications.kind, "problem.known_error"));
    expect(
      bells
        .filter((n) => n.data.problemId === problem.id)
        .map((n) => n.userId)
        .sort(),
    ).toEqual([org.specialist.id, org.specialist2.id].sort());
    // The watcher was added by the owner: only the watcher hears of it.
    const added = await getDb().select().from(schema.notifications).where(eq(schema.notifications.kind, "problem.watcher_added"));
    expect(added.filter((n) => n.data.problemId === problem.id).map((n) => n.userId)).toEqual([org.specialist2.id]);
  });

  it("lists problems with filters, counts and paging", async () => {
    const mine = await createProblem(org.specialist2, { title: `Unique ${org.tag} one` });
    await createProblem(org.specialist2, { title: `Unique ${org.tag} two` });
    const page1 = await listProblems(org.dispatcher, { q: `Unique ${org.tag}`, limit: 1 });
    expect(page1.items).toHaveLength(1);
    const page2 = await listProblems(org.dispatcher, { q: `Unique ${org.tag}`, limit: 1, cursor: page1.nextCursor! });
    expect(page2.items[0].id).toBe(mine.id);
    expect(page2.nextCursor).toBeNull();
    expect(page1.counts).toMatchObject({ open: 2, known_error: 0 });
    expect((await listProblems(org.dispatcher, { q: `PRB-${mine.number}`, limit: 25 })).items.map((p) => p.id)).toEqual([mine.id]);
    expect((await listProblems(org.dispatcher, { status: "closed", ownerId: org.specialist2.id, limit: 25 })).items).toEqual([]);
    await expectError(listProblems(org.requester, { limit: 25 }), "forbidden");
  });

  it("refuses to delete a problem, a link or a time entry in the database", async () => {
    const t = await incident("Keyboard");
    const problem = await createProblem(org.specialist, { title: "Keyboards", ticketIds: [t.id] });
    await logProblemTime(org.specialist, problem.id, { minutes: 5 });
    const sql = getSql();
    await expect(sql`delete from problems where id = ${problem.id}`).rejects.toThrow(/never deleted/);
    await expect(sql`delete from problem_tickets where problem_id = ${problem.id}`).rejects.toThrow(/never deleted/);
    await expect(sql`delete from problem_time_entries where problem_id = ${problem.id}`).rejects.toThrow(/never deleted/);
    await unlinkTicket(org.specialist, problem.id, { ticketId: t.id });
    // An unlinked link stays unlinked: linking again is a new row.
    await expect(sql`update problem_tickets set unlinked_at = null where problem_id = ${problem.id}`).rejects.toThrow(/only ever unlinked/);
  });
});
