import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, schema } from "@/db/client";
import { createProblem } from "@/lib/problems/create-problem";
import { logProblemTime } from "@/lib/problems/log-problem-time";
import { markKnownError } from "@/lib/problems/mark-known-error";
import { resolveProblem } from "@/lib/problems/resolve-problem";
import { makeOrganisation } from "@/lib/test/fixtures";
import { createTicket } from "@/lib/tickets/create-ticket";
import { logTime } from "@/lib/tickets/log-time";
import { getOverview } from "../overview";
import { resolveReportQuery } from "../report-query";
import { openProblemsOfGroups } from "./group-problem-records";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;

describe("the reports' figures of problem records", () => {
  let org: Org;
  const incident = (requester: Org["requester"], subject: string) =>
    createTicket(requester, { type: "incident", subject, description: subject, categoryId: org.category.id });

  beforeAll(async () => {
    org = await makeOrganisation();
    await getDb().update(schema.users).set({ hourlyCost: 6000 }).where(eq(schema.users.id, org.specialist.id));
  });

  it("counts open problems, known errors, the time to a known error, incidents linked and cost — within the department", async () => {
    const [a, b, c] = [await incident(org.requester, "VPN"), await incident(org.requester, "Mail"), await incident(org.requester, "Wi-Fi")];
    const foreign = await incident(org.stranger, "Scanner");
    const open = await createProblem(org.specialist, { title: "VPN", ticketIds: [a.id] });
    const known = await createProblem(org.specialist, { title: "Mail", ticketIds: [b.id] });
    const solved = await createProblem(org.specialist, { title: "Wi-Fi", ticketIds: [c.id] });
    // Another department's problem: its head of therapy never counts it.
    await createProblem(org.specialist, { title: "Scanner", ticketIds: [foreign.id] });
    await getDb().update(schema.problems).set({ createdAt: sql`now() - interval '120 minutes'` }).where(eq(schema.problems.id, known.id));
    await markKnownError(org.specialist, known.id, { workaround: "Use webmail" });
    await resolveProblem(org.specialist, solved.id, { solution: "New controller" });
    await logTime(org.specialist, a.id, { minutes: 30 }); // 3,000
    await logTime(org.specialist, foreign.id, { minutes: 45 });
    await logProblemTime(org.specialist, open.id, { minutes: 60 }); // 6,000

    const overview = await getOverview(await resolveReportQuery(org.manager, {}));
    expect(overview.problems).toEqual({
      opened: 3,
      open: 1,
      knownErrors: 1,
      meanTimeToKnownErrorMinutes: 120,
      incidentsLinked: 3,
      minutes: 90,
      cost: 9000,
      previous: { opened: 0, open: 0, knownErrors: 0, meanTimeToKnownErrorMinutes: null, incidentsLinked: 0, minutes: 0, cost: 0 },
    });
    // The whole desk counts every problem, the other department's too.
    const [analystRow] = await getDb()
      .insert(schema.users)
      .values({ email: `analyst-${org.tag}@test.local`, name: "analyst" })
      .returning();
    await getDb().insert(schema.userRoles).values({ userId: analystRow.id, role: "analyst" });
    const { getUserById } = await import("@/lib/people/get-user");
    const whole = await getOverview(await resolveReportQuery((await getUserById(analystRow.id))!, {}));
    expect(whole.problems.opened).toBeGreaterThanOrEqual(4);
    expect(whole.problems.minutes).toBeGreaterThanOrEqual(135);
  });

  it("says which recurring groups have a problem open for them", async () => {
    const db = getDb();
    const [fromGroup, byTickets, none] = await db
      .insert(schema.problemGroups)
      .values([{ centroid: {} }, { centroid: {} }, { centroid: {} }])
      .returning();
    const t = await incident(org.requester, "Printer");
    await db.insert(schema.problemGroupTickets).values({ groupId: byTickets.id, ticketId: t.id });
    const first = await createProblem(org.dispatcher, { title: "From the group", fromGroupId: fromGroup.id });
    const second = await createProblem(org.dispatcher, { title: "By hand", ticketIds: [t.id] });
    await markKnownError(org.dispatcher, second.id, { workaround: "Restart" });
    const records = await openProblemsOfGroups([fromGroup.id, byTickets.id, none.id]);
    expect(records.get(fromGroup.id)).toEqual({ id: first.id, number: `PRB-${first.number}`, status: "open" });
    expect(records.get(byTickets.id)).toMatchObject({ id: second.id, status: "known_error" });
    expect(records.has(none.id)).toBe(false);
    // A resolved problem is no longer open for its group.
    await resolveProblem(org.dispatcher, first.id, { solution: "Done" });
    expect((await openProblemsOfGroups([fromGroup.id])).has(fromGroup.id)).toBe(false);
  });
});
