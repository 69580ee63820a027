import { and, asc, count, eq, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb, schema } from "@/db/client";
import { type Role, roles } from "@/lib/auth/roles";
import { userHasRole, userMatches, userRolesColumn } from "@/lib/people/user-conditions";

const { users, departments } = schema;

export const PEOPLE_PAGE_SIZE = 50;

export const listPeopleQuery = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  role: z.enum(roles).optional().catch(undefined),
  // Deactivated people stay listed on request: an admin must be able to find and re-activate them.
  status: z.enum(["active", "inactive", "all"]).default("active").catch("active"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export type PersonRow = {
  id: string;
  name: string;
  email: string;
  title: string | null;
  departmentId: string | null;
  departmentRu: string | null;
  departmentEn: string | null;
  vip: boolean;
  hourlyCost: number | null;
  active: boolean;
  roles: Role[];
};

/** People for the admins' list: search by name or e-mail, filter by role and status, a page at a time. */
export async function listPeople(raw: z.input<typeof listPeopleQuery>): Promise<{ items: PersonRow[]; total: number; page: number }> {
  const input = listPeopleQuery.parse(raw);
  const conditions: SQL[] = [];
  if (input.status !== "all") conditions.push(eq(users.active, input.status === "active"));
  if (input.q) {
    conditions.push(userMatches(input.q, users.title));
  }
  if (input.role) {
    conditions.push(userHasRole(input.role));
  }
  const where = and(...conditions);
  const db = getDb();
  const [{ total }] = await db.select({ total: count() }).from(users).where(where);
  const items = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      title: users.title,
      departmentId: users.departmentId,
      departmentRu: departments.nameRu,
      departmentEn: departments.nameEn,
      vip: users.vip,
      hourlyCost: users.hourlyCost,
      active: users.active,
      roles: userRolesColumn,
    })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(where)
    .orderBy(asc(users.name), asc(users.id))
    .limit(PEOPLE_PAGE_SIZE)
    .offset((input.page - 1) * PEOPLE_PAGE_SIZE);
  return { items, total, page: input.page };
}
