import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, schema } from "@/db/client";
import { createRule } from "./create-rule";
import { listRules } from "./list-rules";
import { setRuleActive } from "./set-rule-active";
import { shiftRule } from "./shift-rule";
import { updateRule } from "./update-rule";

// Rules made here are conditioned on a category of our own, so they never route anybody else's tickets.
async function setUp() {
  const db = getDb();
  const [admin] = await db
    .insert(schema.users)
    .values({ email: `rule-admin-${randomUUID()}@admin.test`, name: "Rule admin" })
    .returning();
  const [specialist] = await db
    .insert(schema.users)
    .values({ email: `rule-spec-${randomUUID()}@admin.test`, name: "Rule specialist" })
    .returning();
  await db.insert(schema.userRoles).values({ userId: specialist.id, role: "specialist" });
  const [category] = await db
    .insert(schema.categories)
    .values({ key: `rules-${randomUUID()}`, nameRu: "Правила", nameEn: "Rules" })
    .returning();
  const [line] = await db
    .insert(schema.supportLines)
    .values({ key: `rules-${randomUUID()}`, nameRu: "Линия", nameEn: "Line" })
    .returning();
  return { admin, specialist, category, line };
}

const rule = (name: string, categoryId: string) => ({
  name,
  categoryId,
  includeSubcategories: true,
  type: null,
  departmentId: null,
  priority: null,
  target: "specialist" as const,
  assigneeId: null as string | null,
  lineId: null as string | null,
  strategy: "least_open" as const,
});

async function auditOf(ruleId: string) {
  return getDb()
    .select()
    .from(schema.auditEvents)
    .where(and(eq(schema.auditEvents.entityType, "assignment_rule"), eq(schema.auditEvents.entityId, ruleId)));
}

describe("assignment rule commands", () => {
  it("add a rule at the end, move it up, switch it off, each audited", async () => {
    const { admin, specialist, category } = await setUp();
    const first = await createRule(admin, { ...rule("first", category.id), assigneeId: specialist.id });
    const second = await createRule(admin, { ...rule("second", category.id), assigneeId: specialist.id });
    let ids = (await listRules()).map((r) => r.id);
    expect(ids.indexOf(second.id)).toBe(ids.indexOf(first.id) + 1);
    await shiftRule(admin, { ruleId: second.id, direction: "up" });
    ids = (await listRules()).map((r) => r.id);
    expect(ids.indexOf(second.id)).toBe(ids.indexOf(first.id) - 1);
    await setRuleActive(admin, { ruleId: second.id, active: false });
    expect((await listRules()).find((r) => r.id === second.id)?.active).toBe(false);
    expect((await auditOf(second.id)).map((a) => a.action)).toEqual(["created", "reordered", "deactivated"]);
  });

  it("keep only the chosen target when a rule switches from a specialist to a line", async () => {
    const { admin, specialist, category, line } = await setUp();
    const created = await createRule(admin, { ...rule("switch", category.id), assigneeId: specialist.id });
    await updateRule(admin, {
      ruleId: created.id,
      rule: { ...rule("switch", category.id), target: "line", assigneeId: specialist.id, lineId: line.id, strategy: "round_robin" },
    });
    const row = (await listRules()).find((r) => r.id === created.id)!;
    expect([row.assigneeId, row.lineId, row.strategy]).toEqual([null, line.id, "round_robin"]);
    const updated = (await auditOf(created.id)).find((a) => a.action === "updated");
    expect(updated?.changes).toMatchObject({ assigneeId: { from: specialist.id, to: null }, lineId: { from: null, to: line.id } });
  });

  it("refuse a specialist who is not active IT staff", async () => {
    const { admin, category } = await setUp();
    await expect(createRule(admin, { ...rule("no staff", category.id), assigneeId: admin.id })).rejects.toMatchObject({
      fields: { assigneeId: "notStaff" },
    });
  });
});
