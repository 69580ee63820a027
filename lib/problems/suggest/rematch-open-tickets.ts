import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { JobPayload } from "@/lib/jobs/definitions";
import { openStatuses } from "@/lib/tickets/ticket-status";
import { openProblemCandidates, storeBestMatch, type UnlinkedTicket } from "./suggest-problem";

/** How far back a problem opened today looks for tickets already waiting that repeat it; and how many at most. */
const LOOK_BACK_DAYS = 90;
const AT_MOST = 2000;

/**
 * The `problems.rematch` job, queued when a problem opens: the tickets still open and in no problem, filed before
 * it existed, are matched again (the same matching as for a new ticket, suggest-problem.ts), so the incidents already
 * waiting in the queue are offered for linking too, not only the ones filed from now on. Newest first; the
 * candidate problems are read once for all of them.
 */
export async function rematchOpenTickets({ problemId }: JobPayload<"problems.rematch">): Promise<{ matched: number }> {
  const tickets = (await getDb().execute(sql`
    select t.id, t.subject, t.description from tickets t
    where t.status in (${sql.join(
      openStatuses.map((s) => sql`${s}`),
      sql`, `,
    )}) and t.created_at > now() - make_interval(days => ${LOOK_BACK_DAYS})
      and not exists (select 1 from problem_tickets pt where pt.ticket_id = t.id and pt.unlinked_at is null)
      and exists (select 1 from problems p where p.id = ${problemId} and p.status in ('open', 'known_error'))
    order by t.created_at desc limit ${AT_MOST}`)) as unknown as UnlinkedTicket[];
  if (tickets.length === 0) return { matched: 0 };
  const candidates = await openProblemCandidates();
  let matched = 0;
  for (const ticket of tickets) if ((await storeBestMatch(ticket, candidates)) === problemId) matched += 1;
  return { matched };
}
