import { type SQL, sql } from "drizzle-orm";
import type { Period } from "./period";
import { within } from "./ticket-where";

/** Statuses of a ticket still being worked on. */
export const OPEN_STATUSES = sql`('new', 'in_progress', 'waiting')`;

/** Ids of tickets with an audit event of this action in the period (e.g. a rejected solution). */
export function ticketsWithEventIn(action: string, p: Period) {
  return sql`(select a.entity_id::uuid from audit_events a where a.entity_type = 'ticket' and a.action = ${action} and ${within(sql`a.at`, p)})`;
}

/** How many ratings of 1, 2, 3, 4 and 5 among tickets aliased `t`, as an array of five. */
export const ratingDistribution = sql`array[
  count(*) filter (where t.rating = 1), count(*) filter (where t.rating = 2), count(*) filter (where t.rating = 3),
  count(*) filter (where t.rating = 4), count(*) filter (where t.rating = 5)]::int[]`;

/** A timestamp as API.md writes times: ISO 8601 in UTC (raw report queries get Postgres' text otherwise). */
export function iso(column: SQL) {
  return sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
