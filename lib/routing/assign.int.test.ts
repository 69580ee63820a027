import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { schema, type TxDb } from "@/db/client";
import type { Role } from "@/lib/auth/roles";
import { pickAssignee, type RoutingFacts } from "./assign";
import { inRolledBackTransaction } from "./rolled-back-transaction";

// Each test runs in a transaction that is rolled back: rules are global (every active rule takes part in
// routing), so the test first switches off whatever rules other tests left behind, and nobody else ever
// sees the rules it makes.

async function makeUser(db: TxDb, label: string, roles: Role[] = ["specialist"], active = true) {
  const [user] = await db
    .insert(schema.users)
    .values({ email: `${label}-${randomUUID()}@routing.test`, name: `Routing ${label}`, active })
    .returning({ id: schema.users.id });
  await db.insert(schema.userRoles).values(roles.map((role) => ({ userId: user.id, role })));
  return user.id;
}

async function makeCategory(db: TxDb, label: string, parentId: string | null = null, defaultAssigneeId: string | null = null) {
  const [row] = await db
    .insert(schema.categories)
    .values({ key: `routing-${label}-${randomUUID()}`, nameRu: label, nameEn: label, parentId, defaultAssigneeId })
    .returning({ id: schema.categories.id });
  return row.id;
}

async function makeDepartment(db: TxDb, label: string) {
  const [row] = await db
    .insert(schema.departments)
    .values({ key: `routing-${label}-${randomUUID()}`, nameRu: label, nameEn: label })
    .returning({ id: schema.departments.id });
  return row.id;
}

async function makeLine(db: TxDb, memberIds: string[]) {
  const [line] = await db
    .insert(schema.supportLines)
    .values({ key: `routing-line-${randomUUID()}`, nameRu: "Линия", nameEn: "Line" })
    .returning({ id: schema.supportLines.id });
  await db.insert(schema.lineMembers).values(memberIds.map((userId) => ({ lineId: line.id, userId })));
  return line.id;
}

type RuleFields = Partial<typeof schema.assignmentRules.$inferInsert>;

async function makeRule(db: TxDb, position: number, fields: RuleFields) {
  const [row] = await db
    .insert(schema.assignmentRules)
    .values({ name: `rule ${position}`, position, ...fields })
    .returning({ id: schema.assignmentRules.id });
  return row.id;
}

async function openTickets(db: TxDb, assigneeId: string, requesterId: string, n: number, status: "new" | "closed" = "new") {
  for (let i = 0; i < n; i++) {
    await db
      .insert(schema.tickets)
      .values({ type: "incident", subject: "load", description: "", requesterId, createdById: requesterId, assigneeId, status });
  }
}

/** A small world of our own: three specialists, a requester, a category tree and two departments. */
async function world(db: TxDb) {
  await db.update(schema.assignmentRules).set({ active: false });
  const [a, b, c] = [await makeUser(db, "a"), await makeUser(db, "b"), await makeUser(db, "c")];
  const requester = await makeUser(db, "requester", ["requester"]);
  const root = await makeCategory(db, "root");
  const child = await makeCategory(db, "child", root);
  const grandchild = await makeCategory(db, "grandchild", child);
  const other = await makeCategory(db, "other");
  const surgery = await makeDepartment(db, "surgery");
  const therapy = await makeDepartment(db, "therapy");
  return { a, b, c, requester, root, child, grandchild, other, surgery, therapy };
}

const facts = (over: Partial<RoutingFacts> = {}): RoutingFacts => ({
  categoryId: null,
  type: "incident",
  departmentId: null,
  priority: "normal",
  ...over,
});

describe("pickAssignee", () => {
  it("uses the first matching active rule, in order", async () => {
    await inRolledBackTransaction(async (db) => {
      const w = await world(db);
      const first = await makeRule(db, 1, { categoryId: w.root, assigneeId: w.a });
      await makeRule(db, 2, { categoryId: w.root, assigneeId: w.b });
      await makeRule(db, 0, { categoryId: w.root, assigneeId: w.c, active: false });
      expect(await pickAssignee(db, facts({ categoryId: w.root }))).toEqual({ assigneeId: w.a, lineId: null, ruleId: first });
      await db.update(schema.assignmentRules).set({ position: 3 }).where(eq(schema.assignmentRules.id, first));
      expect((await pickAssignee(db, facts({ categoryId: w.root }))).assigneeId).toBe(w.b);
    });
  });

  it("matches a category's whole subtree, or the category alone", async () => {
    await inRolledBackTransaction(async (db) => {
      const w = await world(db);
      await makeRule(db, 0, { categoryId: w.child, includeSubcategories: false, assigneeId: w.a });
      await makeRule(db, 1, { categoryId: w.root, includeSubcategories: true, assigneeId: w.b });
      expect((await pickAssignee(db, facts({ categoryId: w.child }))).assigneeId).toBe(w.a);
      expect((await pickAssignee(db, facts({ categoryId: w.grandchild }))).assigneeId).toBe(w.b);
      expect((await pickAssignee(db, facts({ categoryId: w.root }))).assigneeId).toBe(w.b);
      expect((await pickAssignee(db, facts({ categoryId: w.other }))).assigneeId).toBeNull();
      expect((await pickAssignee(db, facts({ categoryId: null }))).assigneeId).toBeNull();
    });
  });

  it("checks type, department and priority, all of them", async () => {
    await inRolledBackTransaction(async (db) => {
      const w = await world(db);
      await makeRule(db, 0, { type: "request", departmentId: w.surgery, priority: "high", assigneeId: w.a });
      await makeRule(db, 1, { departmentId: w.therapy, assigneeId: w.b });
      await makeRule(db, 2, { priority: "critical", assigneeId: w.c });
      const surgeryRequest = facts({ type: "request", departmentId: w.surgery, priority: "high" });
      expect((await pickAssignee(db, surgeryRequest)).assigneeId).toBe(w.a);
      expect((await pickAssignee(db, { ...surgeryRequest, type: "incident" })).assigneeId).toBeNull();
      expect((await pickAssignee(db, { ...surgeryRequest, priority: "normal" })).assigneeId).toBeNull();
      expect((await pickAssignee(db, { ...surgeryRequest, departmentId: w.therapy })).assigneeId).toBe(w.b);
      expect((await pickAssignee(db, { ...surgeryRequest, priority: "critical" })).assigneeId).toBe(w.c);
    });
  });

  it("gives a line's ticket to the member with the fewest open tickets", async () => {
    await inRolledBackTransaction(async (db) => {
      const w = await world(db);
      const line = await makeLine(db, [w.a, w.b]);
      const rule = await makeRule(db, 0, { lineId: line, strategy: "least_open" });
      await openTickets(db, w.a, w.requester, 2);
      await openTickets(db, w.b, w.requester, 1);
      await openTickets(db, w.b, w.requester, 5, "closed"); // closed tickets are no load
      expect(await pickAssignee(db, facts())).toEqual({ assigneeId: w.b, lineId: line, ruleId: rule });
      await openTickets(db, w.b, w.requester, 2);
      expect((await pickAssignee(db, facts())).assigneeId).toBe(w.a);
    });
  });

  it("gives a line's tickets to its members in turn, round robin", async () => {
    await inRolledBackTransaction(async (db) => {
      const w = await world(db);
      const members = [w.a, w.b, w.c].sort();
      const line = await makeLine(db, members);
      const rule = await makeRule(db, 0, { lineId: line, strategy: "round_robin" });
      const picked: (string | null)[] = [];
      for (let i = 0; i < 4; i++) picked.push((await pickAssignee(db, facts())).assigneeId);
      expect(picked).toEqual([members[0], members[1], members[2], members[0]]);
      const [row] = await db.select().from(schema.assignmentRules).where(eq(schema.assignmentRules.id, rule));
      expect(row.lastAssigneeId).toBe(members[0]);
    });
  });

  it("passes over people who cannot take tickets: deactivated, or no longer IT staff", async () => {
    await inRolledBackTransaction(async (db) => {
      const w = await world(db);
      const gone = await makeUser(db, "gone", ["specialist"], false);
      const notStaff = await makeUser(db, "not-staff", ["requester"]);
      await makeRule(db, 0, { assigneeId: gone });
      const line = await makeLine(db, [gone, notStaff, w.c]);
      await makeRule(db, 1, { lineId: line, strategy: "round_robin" });
      expect((await pickAssignee(db, facts())).assigneeId).toBe(w.c);
      expect((await pickAssignee(db, facts())).assigneeId).toBe(w.c);
    });
  });

  it("falls back to the nearest category default, else leaves the ticket unassigned", async () => {
    await inRolledBackTransaction(async (db) => {
      const w = await world(db);
      const withDefault = await makeCategory(db, "with-default", null, w.a);
      const under = await makeCategory(db, "under-default", withDefault);
      expect(await pickAssignee(db, facts({ categoryId: under }))).toEqual({ assigneeId: w.a, lineId: null, ruleId: null });
      expect(await pickAssignee(db, facts({ categoryId: w.other }))).toEqual({ assigneeId: null, lineId: null, ruleId: null });
      await db.update(schema.users).set({ active: false }).where(eq(schema.users.id, w.a));
      expect((await pickAssignee(db, facts({ categoryId: under }))).assigneeId).toBeNull();
    });
  });

  it("answers nobody when no rule matches", async () => {
    await inRolledBackTransaction(async (db) => {
      const w = await world(db);
      await makeRule(db, 0, { categoryId: w.root, type: "request", assigneeId: w.a });
      expect(await pickAssignee(db, facts({ categoryId: w.other, type: "request" }))).toEqual({
        assigneeId: null,
        lineId: null,
        ruleId: null,
      });
      expect(await pickAssignee(db, facts({ categoryId: w.root, type: "incident" }))).toEqual({
        assigneeId: null,
        lineId: null,
        ruleId: null,
      });
    });
  });
});
