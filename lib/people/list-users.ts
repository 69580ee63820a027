import { and, asc, eq, ilike, inArray, or, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, schema } from "@/db/client";
import { roles, type Role } from "@/lib/auth/roles";

const { users, userRoles } = schema;

export const listUsersQuery = z.object({
  role: z.enum(roles).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(200).optional(),
});

/** Active users with their roles, by name; `cursor` is the last name of the previous page. */
export async function listUsers(input: z.infer<typeof listUsersQuery>) {
  const conditions = [eq(users.active, true)];
  if (input.q) {
    const like = `%${input.q.replace(/[%_\\]/g, "\\$&")}%`;
    conditions.push(or(ilike(users.name, like), ilike(users.email, like))!);
  }
  if (input.role) {
    conditions.push(inArray(users.id, getDb().select({ id: userRoles.userId }).from(userRoles).where(eq(userRoles.role, input.role))));
  }
  if (input.cursor) conditions.push(sql`${users.name} > ${input.cursor}`);
  const rows = await getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      title: users.title,
      departmentId: users.departmentId,
      roles: sql<Role[]>`coalesce((select array_agg(${userRoles.role}::text order by ${userRoles.role}) from ${userRoles} where ${userRoles.userId} = ${users.id}), '{}')`,
    })
    .from(users)
    .where(and(...conditions))
    .orderBy(asc(users.name))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? items[items.length - 1].name : null };
}
