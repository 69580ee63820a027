import { type SQL, sql } from "drizzle-orm";

/**
 * The recurring-problem group a problem stands for, as SQL over a problem aliased `p`: the group it was opened from
 * while that group still exists, else the group holding most of its linked tickets (a problem opened by hand or
 * from a ticket, once the hourly grouping has put its tickets together). Null when neither is known.
 * Why both: the grouping replaces its groups every hour, and a group that dissolves must not leave its problem
 * unable to recognise new tickets.
 */
export const problemGroupId: SQL = sql`coalesce(
  (select grp.id from problem_groups grp where grp.id = p.from_group_id),
  (select pg.group_id from problem_tickets pt join problem_group_tickets pg on pg.ticket_id = pt.ticket_id
    where pt.problem_id = p.id and pt.unlinked_at is null
    group by pg.group_id order by count(*) desc, pg.group_id limit 1))`;
