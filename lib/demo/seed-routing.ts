import { and, eq, inArray, isNull, max } from "drizzle-orm";
import { type Db, schema } from "@/db/client";
import { type Priority, slaHours } from "@/lib/routing/priority";
import type { SeedIds } from "./seed";

// The demo's routing: who gets a new ticket. pickAssignee runs on every ticket filed in the demo, so these
// rules are what people see happen. Access cards have neither a rule nor a category default: those tickets
// wait in the dispatcher's unassigned queue.

const lines = [
  { key: "first-line", nameRu: "Первая линия", nameEn: "First line", members: ["specialist", "specialist2"] },
  { key: "mis-team", nameRu: "Группа МИС", nameEn: "MIS team", members: ["specialist2", "editor"] },
];

type RuleSeed = {
  name: string;
  categoryKey?: string;
  type?: "incident" | "request";
  departmentKey?: string;
  priority?: Priority;
  assignee?: string;
  lineKey?: string;
  strategy?: "least_open" | "round_robin";
};

// In order: the first rule that matches wins.
const rules: RuleSeed[] = [
  { name: "МИС — группе МИС", categoryKey: "mis", lineKey: "mis-team", strategy: "least_open" },
  { name: "Принтеры и МФУ — Орлову", categoryKey: "printers", assignee: "specialist" },
  { name: "Инциденты реанимации — первой линии", departmentKey: "icu", type: "incident", lineKey: "first-line", strategy: "least_open" },
  { name: "Сеть и Wi-Fi — первой линии по очереди", categoryKey: "network", lineKey: "first-line", strategy: "round_robin" },
];

// Cost of an hour of work, in roubles, for the time-and-money reports.
const hourlyCosts: Record<string, number> = { specialist: 1400, specialist2: 1600, dispatcher: 2200, editor: 1500, admin: 1800 };

/**
 * Seeds support lines, assignment rules, SLA policies and IT staff's hourly costs. Idempotent, and it never
 * undoes an admin's edits: lines are matched by key, and get their members and the demo's rules only when
 * they are first created (lines are never deleted, so the rules are seeded exactly once, whatever rules
 * tests or admins made meanwhile); SLA rows and hourly costs are written only where nothing is set.
 */
export async function seedRouting(db: Db, ids: SeedIds): Promise<void> {
  const user = (name: string) => ids.users.get(name)!;

  const lineIds = new Map<string, string>();
  let firstSeeding = false;
  for (const line of lines) {
    const [created] = await db
      .insert(schema.supportLines)
      .values({ key: line.key, nameRu: line.nameRu, nameEn: line.nameEn })
      .onConflictDoNothing()
      .returning({ id: schema.supportLines.id });
    if (created) {
      firstSeeding = true;
      await db.insert(schema.lineMembers).values(line.members.map((m) => ({ lineId: created.id, userId: user(m) })));
    }
    const [row] = await db.select({ id: schema.supportLines.id }).from(schema.supportLines).where(eq(schema.supportLines.key, line.key));
    lineIds.set(line.key, row.id);
  }

  if (firstSeeding) {
    // After any rules already there (none in a fresh demo), so existing precedence is kept.
    const [{ last }] = await db.select({ last: max(schema.assignmentRules.position) }).from(schema.assignmentRules);
    const departments = await db
      .select({ id: schema.departments.id, key: schema.departments.key })
      .from(schema.departments)
      .where(
        inArray(
          schema.departments.key,
          rules.flatMap((r) => (r.departmentKey ? [r.departmentKey] : [])),
        ),
      );
    const departmentIds = new Map(departments.map((d) => [d.key, d.id]));
    await db.insert(schema.assignmentRules).values(
      rules.map((rule, i) => ({
        position: (last ?? -1) + 1 + i,
        name: rule.name,
        categoryId: rule.categoryKey ? ids.categories.get(rule.categoryKey) : null,
        includeSubcategories: true,
        type: rule.type ?? null,
        departmentId: rule.departmentKey ? departmentIds.get(rule.departmentKey) : null,
        priority: rule.priority ?? null,
        assigneeId: rule.assignee ? user(rule.assignee) : null,
        lineId: rule.lineKey ? lineIds.get(rule.lineKey) : null,
        strategy: rule.strategy ?? "least_open",
      })),
    );
  }

  // The defaults of lib/routing/priority.ts; a critical ticket's clock runs round the clock, the rest in
  // business hours.
  await db
    .insert(schema.slaPolicies)
    .values(
      (Object.keys(slaHours) as Priority[]).map((priority) => ({
        priority,
        responseMinutes: slaHours[priority].response * 60,
        resolutionMinutes: slaHours[priority].resolution * 60,
        calendar: priority === "critical" ? ("24x7" as const) : ("business" as const),
      })),
    )
    .onConflictDoNothing();

  for (const [name, cost] of Object.entries(hourlyCosts)) {
    await db
      .update(schema.users)
      .set({ hourlyCost: cost })
      .where(and(eq(schema.users.id, user(name)), isNull(schema.users.hourlyCost)));
  }
}
