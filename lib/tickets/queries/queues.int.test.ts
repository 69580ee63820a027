import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, schema } from "@/db/client";
import { makeOrganisation } from "@/lib/test/fixtures";
import { assignTicket } from "../assign-ticket";
import { createTicket } from "../create-ticket";
import { listTickets } from "../list-tickets";
import { countQueues, countTickets } from "../queue-counts";
import { resolveTicket } from "../resolve-ticket";
import type { QueueKey } from "./queues";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;
const HOUR = 3600_000;

describe("the desk's queues against PostgreSQL", () => {
  let org: Org;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    org = await makeOrganisation();
    const db = getDb();
    const file = async (key: string, subject: string) => {
      ids[key] = (await createTicket(org.requester, { type: "incident", subject, description: "", categoryId: org.category.id })).id;
    };
    await file("unassigned", "Никому не назначена");
    await file("mine", "Моя");
    await file("line", "Линии");
    await file("late", "Просрочена");
    await file("done", "Решена");
    await assignTicket(org.dispatcher, ids.mine, { assigneeId: org.specialist.id });
    await assignTicket(org.dispatcher, ids.late, { assigneeId: org.specialist2.id });
    await assignTicket(org.dispatcher, ids.done, { assigneeId: org.specialist.id });
    await resolveTicket(org.specialist, ids.done, { solution: "Готово" });
    const [line] = await db
      .insert(schema.supportLines)
      .values({ key: `line-${org.tag}`, nameRu: "Линия", nameEn: "Line" })
      .returning();
    await db.insert(schema.lineMembers).values({ lineId: line.id, userId: org.specialist.id });
    await db.update(schema.tickets).set({ lineId: line.id, assigneeId: org.specialist2.id }).where(eq(schema.tickets.id, ids.line));
    await db
      .update(schema.tickets)
      .set({ resolutionDueAt: new Date(Date.now() + HOUR) })
      .where(eq(schema.tickets.id, ids.late));
  });

  // Scoped to this test's requester, so tickets of other tests do not count.
  const subjects = async (queue: QueueKey) =>
    (await listTickets(org.specialist, { queue, requesterId: org.requester.id, limit: 100 })).map((t) => t.subject).sort();

  it("puts each ticket in the queues it belongs to", async () => {
    expect(await subjects("unassigned")).toEqual(["Никому не назначена"]);
    expect(await subjects("mine")).toEqual(["Моя"]);
    expect(await subjects("line")).toEqual(["Линии"]);
    expect(await subjects("breaching")).toEqual(["Просрочена"]);
    expect(await subjects("awaiting")).toEqual(["Решена"]);
    expect(await subjects("open")).toHaveLength(4);
  });

  it("counts a person's own queues exactly, and a filtered list in all", async () => {
    const counts = await countQueues(org.specialist);
    expect(counts.mine).toBe(1);
    expect(counts.line).toBe(1);
    expect(await countTickets(org.specialist, { queue: "open", requesterId: org.requester.id, categoryId: org.category.id })).toBe(4);
  });

  it("a requester's counts only ever include what they may see", async () => {
    const counts = await countQueues(org.stranger);
    expect(counts.all).toBe(0);
  });

  it("sorts by priority and by due date", async () => {
    await getDb().update(schema.tickets).set({ priority: "critical" }).where(eq(schema.tickets.id, ids.mine));
    const byPriority = await listTickets(org.specialist, { queue: "open", requesterId: org.requester.id, sort: "priority" });
    expect(byPriority[0].id).toBe(ids.mine);
    const byDue = await listTickets(org.specialist, { queue: "open", requesterId: org.requester.id, sort: "due" });
    expect(byDue[0].id).toBe(ids.late);
  });
});
