import { eq, or, type SQL, sql } from "drizzle-orm";
import { schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";

const { tickets, ticketWatchers, users } = schema;

/**
 * The tickets a user may see, as a WHERE condition every ticket query includes: IT staff see all; a
 * requester sees what they filed, what they are requester of and what they watch; a department head also
 * sees the department's tickets.
 */
export function visibleTicketsWhere(user: CurrentUser): SQL | undefined {
  if (can(user.roles, "tickets.work")) return undefined;
  const own = involvingWhere(user.id);
  if (can(user.roles, "tickets.department") && user.departmentId) {
    const ofDepartment = sql`exists (select 1 from ${users} where ${users.id} = ${tickets.requesterId} and ${users.departmentId} = ${user.departmentId})`;
    return or(own, ofDepartment);
  }
  return own;
}

/** Tickets a person filed, is requester of, or watches: "my tickets" for everyone, staff included. */
export function involvingWhere(userId: string): SQL {
  return or(
    eq(tickets.requesterId, userId),
    eq(tickets.createdById, userId),
    sql`exists (select 1 from ${ticketWatchers} where ${ticketWatchers.ticketId} = ${tickets.id} and ${ticketWatchers.userId} = ${userId})`,
  )!;
}
