import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, schema } from "@/db/client";
import { roles } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/is-uuid";
import { userHasRole, userMatches, userRolesColumn } from "./user-conditions";

const { users } = schema;

export const listUsersQuery = z.object({
  role: z.enum(roles).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(200).optional(),
});

/** Active users with their roles, by name, a page at a time. */
export async function listUsers(input: z.infer<typeof listUsersQuery>) {
  const conditions = [eq(users.active, true)];
  if (input.q) {
    conditions.push(userMatches(input.q));
  }
  if (input.role) {
    conditions.push(userHasRole(input.role));
  }
  const after = decodeCursor(input.cursor);
  if (after) conditions.push(sql`(${users.name}, ${users.id}) > (${after.name}, ${after.id})`);
  const rows = await getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      title: users.title,
      departmentId: users.departmentId,
      roles: userRolesColumn,
    })
    .from(users)
    .where(and(...conditions))
    .orderBy(asc(users.name), asc(users.id))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > input.limit ? encodeCursor(last) : null };
}

// Keyset paging on (name, id): stable when names repeat and when users are added meanwhile.
function encodeCursor(row: { name: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.name, row.id])).toString("base64url");
}

function decodeCursor(cursor: string | undefined): { name: string; id: string } | null {
  if (!cursor) return null;
  try {
    const [name, id] = JSON.parse(Buffer.from(cursor, "base64url").toString()) as [unknown, unknown];
    if (typeof name === "string" && isUuid(id)) return { name, id };
  } catch {}
  throw new AppError("invalid_input", "Some fields are not valid", { cursor: "Not a cursor from a previous page" });
}
