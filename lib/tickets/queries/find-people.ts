import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can, permissions } from "@/lib/auth/permissions";
import { userMatches } from "@/lib/people/user-conditions";

const { users, userRoles, departments } = schema;

/**
 * Who a picker may offer:
 * - `staff`: IT staff, the only people a ticket can be assigned or escalated to;
 * - `watchers`: anyone for those who may read the directory; a requester only sees their own department,
 *   so the picker does not become a way to browse the whole hospital's staff list;
 * - `requesters`: people the viewer may file a ticket for: everyone for a dispatcher or an admin, the
 *   departments they head for a manager, nobody otherwise (createTicket enforces the same rule).
 */
export type PeopleScope = "staff" | "watchers" | "requesters";

export type PersonOption = { id: string; name: string; email: string; title: string | null };

function scopeWhere(viewer: CurrentUser, scope: PeopleScope): SQL | null {
  if (scope === "staff") {
    return inArray(
      users.id,
      getDb()
        .select({ id: userRoles.userId })
        .from(userRoles)
        .where(inArray(userRoles.role, [...permissions["tickets.work"]])),
    );
  }
  if (scope === "watchers") {
    if (can(viewer.roles, "users.list")) return sql`true`;
    return viewer.departmentId ? eq(users.departmentId, viewer.departmentId) : eq(users.id, viewer.id);
  }
  if (can(viewer.roles, "tickets.dispatch")) return sql`true`;
  if (can(viewer.roles, "tickets.department")) {
    return inArray(
      users.departmentId,
      getDb().select({ id: departments.id }).from(departments).where(eq(departments.managerId, viewer.id)),
    );
  }
  return null;
}

/** Active people in `scope` whose name or e-mail contains `q`, by name. */
export async function findPeople(viewer: CurrentUser, scope: PeopleScope, q = "", limit = 20): Promise<PersonOption[]> {
  const where = scopeWhere(viewer, scope);
  if (!where) return [];
  const conditions: SQL[] = [eq(users.active, true), where];
  const term = q.trim();
  if (term) {
    conditions.push(userMatches(term));
  }
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email, title: users.title })
    .from(users)
    .where(and(...conditions))
    .orderBy(asc(users.name))
    .limit(Math.min(limit, 100));
}

/** May this viewer file tickets for other people at all? Decides whether the form shows "on behalf of". */
export function mayFileOnBehalf(viewer: CurrentUser): boolean {
  return can(viewer.roles, "tickets.dispatch") || can(viewer.roles, "tickets.department");
}
