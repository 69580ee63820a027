import { asc, count, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, schema } from "@/db/client";

export type DepartmentRow = {
  id: string;
  key: string;
  nameRu: string;
  nameEn: string;
  managerId: string | null;
  managerName: string | null;
  /** The head can act for the department only with the manager role; the page warns when it is missing. */
  managerHasRole: boolean;
  people: number;
};

/** Departments with their head and how many active people each has. */
export async function listDepartments(): Promise<DepartmentRow[]> {
  const { departments, users } = schema;
  const manager = alias(users, "manager");
  const db = getDb();
  const rows = await db
    .select({
      id: departments.id,
      key: departments.key,
      nameRu: departments.nameRu,
      nameEn: departments.nameEn,
      managerId: departments.managerId,
      managerName: manager.name,
      managerHasRole: sql<boolean>`exists (select 1 from ${schema.userRoles} r where r.user_id = ${departments.managerId} and r.role = 'manager')`,
    })
    .from(departments)
    .leftJoin(manager, eq(manager.id, departments.managerId))
    .orderBy(asc(departments.nameRu));
  const sizes = await db
    .select({ id: users.departmentId, n: count() })
    .from(users)
    .where(eq(users.active, true))
    .groupBy(users.departmentId);
  const size = new Map(sizes.map((s) => [s.id, s.n]));
  return rows.map((r) => ({ ...r, people: size.get(r.id) ?? 0 }));
}
