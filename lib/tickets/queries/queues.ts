import { and, eq, inArray, isNotNull, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import { schema } from "@/db/client";
import { openStatuses } from "../ticket-status";

const { tickets, lineMembers } = schema;

/** The desk's queues, in the order its tabs show them. */
export const queueKeys = ["unassigned", "mine", "line", "open", "breaching", "awaiting", "all"] as const;
export type QueueKey = (typeof queueKeys)[number];

/** How close to the resolution target a ticket counts as breaching: the dispatcher's warning horizon. */
export const breachingHorizonMs = 2 * 60 * 60 * 1000;

/**
 * The WHERE of one queue for one person. Visibility is not decided here: callers add it (every ticket
 * query includes `visibleTicketsWhere`).
 */
export function queueWhere(key: QueueKey, userId: string, now: Date): SQL | undefined {
  const isOpen = inArray(tickets.status, [...openStatuses]);
  switch (key) {
    case "unassigned":
      return and(isOpen, isNull(tickets.assigneeId));
    case "mine":
      return and(isOpen, eq(tickets.assigneeId, userId));
    case "line":
      return and(
        isOpen,
        sql`${tickets.lineId} in (select ${lineMembers.lineId} from ${lineMembers} where ${lineMembers.userId} = ${userId})`,
      );
    case "open":
      return isOpen;
    case "breaching":
      // A paused clock (waiting for the requester) cannot breach, so only a ticket already marked stays in.
      return and(
        isOpen,
        or(
          eq(tickets.breached, true),
          and(
            isNull(tickets.slaPausedAt),
            isNotNull(tickets.resolutionDueAt),
            lt(tickets.resolutionDueAt, new Date(now.getTime() + breachingHorizonMs)),
          ),
        ),
      );
    case "awaiting":
      return eq(tickets.status, "resolved");
    case "all":
      return undefined;
  }
}
