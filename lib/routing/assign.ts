import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { schema, type TxDb } from "@/db/client";
import { openStatuses } from "@/lib/tickets/ticket-status";
import { activeStaff } from "./active-staff";
import type { Priority } from "./priority";

export type RoutingFacts = {
  categoryId: string | null;
  type: "incident" | "request";
  departmentId: string | null;
  priority: Priority;
};

/** Who gets a new ticket; `ruleId` says which rule chose (null when a category default or nobody did). */
export type Assignment = { assigneeId: string | null; lineId: string | null; ruleId: string | null };

type Rule = typeof schema.assignmentRules.$inferSelect;

const nobody: Assignment = { assigneeId: null, lineId: null, ruleId: null };

/**
 * The category and its ancestors, nearest first, with each one's default assignee, so a rule on a parent
 * matches tickets filed under its children. The depth limit means even a cycle in the tree (which the
 * admin pages refuse to make) cannot make the query run forever.
 */
async function categoryChain(db: TxDb, categoryId: string): Promise<{ id: string; defaultAssigneeId: string | null }[]> {
  const rows = await db.execute<{ id: string; default_assignee_id: string | null; depth: number }>(sql`
    with recursive up(id, parent_id, default_assignee_id, depth) as (
      select id, parent_id, default_assignee_id, 0 from ${schema.categories} where id = ${categoryId}
      union all
      select c.id, c.parent_id, c.default_assignee_id, up.depth + 1
      from ${schema.categories} c join up on c.id = up.parent_id
      where up.depth < 50
    )
    select id, default_assignee_id, depth from up order by depth`);
  return [...rows].map((r) => ({ id: r.id, defaultAssigneeId: r.default_assignee_id }));
}

/** The line member with the fewest open tickets; ties go by id order, so the choice is repeatable. */
export async function leastLoaded(db: TxDb, memberIds: string[]): Promise<string | null> {
  if (memberIds.length === 0) return null;
  const loads = await db
    .select({ id: schema.tickets.assigneeId, n: count() })
    .from(schema.tickets)
    .where(and(inArray(schema.tickets.assigneeId, memberIds), inArray(schema.tickets.status, [...openStatuses])))
    .groupBy(schema.tickets.assigneeId);
  const load = new Map(loads.map((l) => [l.id, l.n]));
  return [...memberIds].sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0) || a.localeCompare(b))[0];
}

/**
 * The next member after the one who got the rule's last ticket, in id order, wrapping round. The rule row
 * is locked first, so two tickets filed at the same moment do not both go to the same person.
 */
async function nextInTurn(db: TxDb, ruleId: string, memberIds: string[]): Promise<string | null> {
  if (memberIds.length === 0) return null;
  const [locked] = await db
    .select({ last: schema.assignmentRules.lastAssigneeId })
    .from(schema.assignmentRules)
    .where(eq(schema.assignmentRules.id, ruleId))
    .for("update");
  const sorted = [...memberIds].sort();
  const last = locked?.last;
  return (last ? sorted.find((m) => m > last) : undefined) ?? sorted[0];
}

/** Does the rule's every condition hold? An empty condition matches anything. */
function ruleMatches(rule: Rule, facts: RoutingFacts, chain: string[]): boolean {
  if (rule.categoryId) {
    const inCategory = rule.includeSubcategories ? chain.includes(rule.categoryId) : facts.categoryId === rule.categoryId;
    if (!inCategory) return false;
  }
  if (rule.type && rule.type !== facts.type) return false;
  if (rule.departmentId && rule.departmentId !== facts.departmentId) return false;
  if (rule.priority && rule.priority !== facts.priority) return false;
  return true;
}

/** Applies a matching rule: its specialist, or a member of its line; null when the rule cannot act. */
async function applyRule(db: TxDb, rule: Rule): Promise<Assignment | null> {
  if (rule.assigneeId) {
    // A rule naming someone who has left cannot act; the next rule gets its chance.
    if (!(await activeStaff(db, [rule.assigneeId])).has(rule.assigneeId)) return null;
    return { assigneeId: rule.assigneeId, lineId: rule.lineId, ruleId: rule.id };
  }
  if (!rule.lineId) return null;
  const lineId = rule.lineId;
  const listed = await db.select({ id: schema.lineMembers.userId }).from(schema.lineMembers).where(eq(schema.lineMembers.lineId, lineId));
  const able = await activeStaff(
    db,
    listed.map((m) => m.id),
  );
  const members = listed.map((m) => m.id).filter((id) => able.has(id));
  const assigneeId = rule.strategy === "round_robin" ? await nextInTurn(db, rule.id, members) : await leastLoaded(db, members);
  if (assigneeId) await db.update(schema.assignmentRules).set({ lastAssigneeId: assigneeId }).where(eq(schema.assignmentRules.id, rule.id));
  // A line with nobody able in it still takes the ticket: it waits in that line's queue, unassigned.
  return { assigneeId, lineId, ruleId: rule.id };
}

/**
 * Automatic assignment of a new ticket. The first active rule, in order, whose conditions all hold picks
 * the assignee: a specialist, or a member of a line by least open tickets or in turn. When no rule matches,
 * the category's default assignee (the nearest one up the tree) takes it; failing that nobody does, and the
 * ticket waits in the dispatcher's unassigned queue.
 */
export async function pickAssignee(db: TxDb, facts: RoutingFacts): Promise<Assignment> {
  const rules = await db
    .select()
    .from(schema.assignmentRules)
    .where(eq(schema.assignmentRules.active, true))
    .orderBy(asc(schema.assignmentRules.position), asc(schema.assignmentRules.name));
  const chain = facts.categoryId ? await categoryChain(db, facts.categoryId) : [];
  const chainIds = chain.map((c) => c.id);
  for (const rule of rules) {
    if (!ruleMatches(rule, facts, chainIds)) continue;
    const assignment = await applyRule(db, rule);
    if (assignment) return assignment;
  }
  const defaults = chain.map((c) => c.defaultAssigneeId).filter((id): id is string => id !== null);
  const able = await activeStaff(db, defaults);
  const fallback = defaults.find((id) => able.has(id));
  return fallback ? { assigneeId: fallback, lineId: null, ruleId: null } : nobody;
}
