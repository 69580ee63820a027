import { asc, eq, getTableColumns } from "drizzle-orm";
import { getDb, schema } from "@/db/client";

export type RuleRow = typeof schema.assignmentRules.$inferSelect & { assigneeName: string | null; assigneeActive: boolean | null };

/** Assignment rules in the order routing tries them, with the named specialist (who may have left). */
export async function listRules(): Promise<RuleRow[]> {
  const { assignmentRules, users } = schema;
  return getDb()
    .select({ ...getTableColumns(assignmentRules), assigneeName: users.name, assigneeActive: users.active })
    .from(assignmentRules)
    .leftJoin(users, eq(users.id, assignmentRules.assigneeId))
    .orderBy(asc(assignmentRules.position), asc(assignmentRules.name));
}
