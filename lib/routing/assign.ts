import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { schema, type TxDb } from "@/db/client";
import type { Priority } from "./priority";

export type RoutingFacts = {
  categoryId: string | null;
  type: "incident" | "request";
  departmentId: string | null;
  priority: Priority;
};

export type Assignment = { assigneeId: string | null; lineId: string | null; ruleId: string | null };

/** The category and every ancestor, so a rule on a parent matches tickets filed under its children. */
async function categoryAncestors(db: TxDb, categoryId: string): Promise<string[]> {
  const rows = await db.execute<{ id: string }>(sql`
    with recursive up(id, parent_id) as (
      select id, parent_id from ${schema.categories} where id = ${categoryId}
      union all
      select c.id, c.parent_id from ${schema.categories} c join up on c.id = up.parent_id
    )
    select id from up`);
  return [...rows].map((r) => r.id);
}

/** The line member with the fewest open tickets (ties: the one who got a ticket longest ago, by id order). */
export async function leastLoaded(db: TxDb, memberIds: string[]): Promise<string | null> {
  if (memberIds.length === 0) return null;
  const loads = await db
    .select({ id: schema.tickets.assigneeId, n: count() })
    .from(schema.tickets)
    .where(and(inArray(schema.tickets.assigneeId, memberIds), inArray(schema.tickets.status, ["new", "in_progress", "waiting"])))
    .groupBy(schema.tickets.assigneeId);
  const load = new Map(loads.map((l) => [l.id, l.n]));
  return [...memberIds].sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0) || a.localeCompare(b))[0];
}

/**
 * Automatic assignment: the first active rule, in order, whose conditions all hold picks the assignee — a
 * specialist, or a member of a line by least open tickets or in turn. No rule matches: nobody, and the
 * ticket waits in the dispatcher's unassigned queue.
 */
export async function pickAssignee(db: TxDb, facts: RoutingFacts): Promise<Assignment> {
  const rules = await db.select().from(schema.assignmentRules).where(eq(schema.assignmentRules.active, true)).orderBy(asc(schema.assignmentRules.position));
  const ancestors = facts.categoryId ? await categoryAncestors(db, facts.categoryId) : [];
  for (const rule of rules) {
    if (rule.categoryId) {
      const matches = rule.includeSubcategories ? ancestors.includes(rule.categoryId) : facts.categoryId === rule.categoryId;
      if (!matches) continue;
    }
    if (rule.type && rule.type !== facts.type) continue;
    if (rule.departmentId && rule.departmentId !== facts.departmentId) continue;
    if (rule.priority && rule.priority !== facts.priority) continue;
    if (rule.assigneeId) return { assigneeId: rule.assigneeId, lineId: rule.lineId, ruleId: rule.id };
    if (!rule.lineId) continue;
    const members = (await db.select({ id: schema.lineMembers.userId }).from(schema.lineMembers).where(eq(schema.lineMembers.lineId, rule.lineId))).map((m) => m.id).sort();
    let assigneeId: string | null;
    if (rule.strategy === "round_robin") {
      const next = rule.lastAssigneeId ? members.findIndex((m) => m > rule.lastAssigneeId!) : 0;
      assigneeId = members[next === -1 ? 0 : next] ?? null;
    } else {
      assigneeId = await leastLoaded(db, members);
    }
    if (assigneeId) await db.update(schema.assignmentRules).set({ lastAssigneeId: assigneeId }).where(eq(schema.assignmentRules.id, rule.id));
    return { assigneeId, lineId: rule.lineId, ruleId: rule.id };
  }
  return { assigneeId: null, lineId: null, ruleId: null };
}
