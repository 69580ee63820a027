import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import { permissions } from "@/lib/auth/permissions";

export type PersonOption = { id: string; name: string; departmentId: string | null };

/** Active IT staff, for the specialist pickers (rules, lines, category defaults). */
export async function listStaffOptions(): Promise<PersonOption[]> {
  const { users, userRoles } = schema;
  return getDb()
    .selectDistinct({ id: users.id, name: users.name, departmentId: users.departmentId })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(users.active, true), inArray(userRoles.role, [...permissions["tickets.work"]])))
    .orderBy(asc(users.name));
}

/** Every active person, for the department head picker. */
export async function listPeopleOptions(): Promise<PersonOption[]> {
  const { users } = schema;
  return getDb()
    .select({ id: users.id, name: users.name, departmentId: users.departmentId })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(asc(users.name));
}
