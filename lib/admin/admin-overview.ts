import { count } from "drizzle-orm";
import { getDb, schema } from "@/db/client";

export type AdminOverview = {
  activeUsers: number;
  inactiveUsers: number;
  departments: number;
  categories: number;
  lines: number;
  activeRules: number;
  rules: number;
  slaPolicies: number;
};

/** Counts for the admin hub's cards. */
export async function adminOverview(): Promise<AdminOverview> {
  const db = getDb();
  const { users, departments, categories, supportLines, assignmentRules, slaPolicies } = schema;
  const [people, [dept], [cat], [lines], rules, [sla]] = await Promise.all([
    db.select({ active: users.active, n: count() }).from(users).groupBy(users.active),
    db.select({ n: count() }).from(departments),
    db.select({ n: count() }).from(categories),
    db.select({ n: count() }).from(supportLines),
    db.select({ active: assignmentRules.active, n: count() }).from(assignmentRules).groupBy(assignmentRules.active),
    db.select({ n: count() }).from(slaPolicies),
  ]);
  const pick = (rows: { active: boolean; n: number }[], active: boolean) => rows.find((r) => r.active === active)?.n ?? 0;
  return {
    activeUsers: pick(people, true),
    inactiveUsers: pick(people, false),
    departments: dept.n,
    categories: cat.n,
    lines: lines.n,
    activeRules: pick(rules, true),
    rules: pick(rules, true) + pick(rules, false),
    slaPolicies: sla.n,
  };
}
