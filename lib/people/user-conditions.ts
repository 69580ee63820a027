import { eq, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { getDb, schema } from "@/db/client";
import type { Role } from "@/lib/auth/roles";

const { users, userRoles } = schema;

/** `column` contains `text` literally: LIKE's own wildcards in what people type are escaped. */
function contains(column: PgColumn, text: string): SQL {
  return ilike(column, `%${text.replace(/[%_\\]/g, "\\$&")}%`);
}

/** Users whose name or e-mail (or any further column) contains what was typed. */
export function userMatches(text: string, ...more: PgColumn[]): SQL {
  return or(...[users.name, users.email, ...more].map((column) => contains(column, text)))!;
}

/** Users holding `role`. */
export function userHasRole(role: Role): SQL {
  return inArray(users.id, getDb().select({ id: userRoles.userId }).from(userRoles).where(eq(userRoles.role, role)));
}

/** A user's roles as a sorted array, selected alongside the user's columns. */
export const userRolesColumn = sql<
  Role[]
>`coalesce((select array_agg(${userRoles.role}::text order by ${userRoles.role}) from ${userRoles} where ${userRoles.userId} = ${users.id}), '{}')`;
