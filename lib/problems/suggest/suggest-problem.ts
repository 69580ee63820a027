import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { JobPayload } from "@/lib/jobs/definitions";
import { matchGroup } from "@/lib/reports/grouping";
import { problemGroupId } from "../problem-group";

export type Candidate = { id: string; centroid: Record<string, number>; threshold: number };

/** The text the grouping reads for a ticket (load-group-sources.ts): the subject on the first line, then the body. */
export function ticketText(subject: string, description: string): string {
  return `${subject.replace(/\s+/g, " ").trim()}\n${description}\n`;
}

/**
 * The `problems.suggest` job, queued when a ticket is filed: is the ticket another incident of a problem still open
 * or a known error? Its text is matched against each such problem's recurring group exactly as the grouping matches
 * a new text (centroid and the group's own threshold), and the best match is stored for the ticket page and the
 * queue to offer. A ticket already in a problem, or matching none, gets no suggestion. Safe to run twice.
 */
export async function suggestProblem({ ticketId }: JobPayload<"problems.suggest">): Promise<{ problemId: string | null }> {
  const db = getDb();
  const [ticket] = (await db.execute(sql`
    select t.id, t.subject, t.description,
      exists (select 1 from problem_tickets pt where pt.ticket_id = t.id and pt.unlinked_at is null) as linked
    from tickets t where t.id = ${ticketId}`)) as unknown as (UnlinkedTicket & { linked: boolean })[];
  if (!ticket || ticket.linked) return { problemId: null };
  return { problemId: await storeBestMatch(ticket, await openProblemCandidates()) };
}

export type UnlinkedTicket = { id: string; subject: string; description: string };

/** The problems still taking tickets (open or a known error), with their group's centroid and threshold. */
export async function openProblemCandidates(): Promise<Candidate[]> {
  // Oldest first: of two problems over one group, the first opened is offered (matchGroup keeps the earlier on ties).
  return (await getDb().execute(sql`
    select p.id, g.centroid, g.threshold
    from problems p join problem_groups g on g.id = ${problemGroupId}
    where p.status in ('open', 'known_error')
    order by p.created_at, p.id`)) as unknown as Candidate[];
}

/** Matches a ticket in no problem against the candidates and stores the best match; returns its problem, or null. */
export async function storeBestMatch(ticket: UnlinkedTicket, candidates: Candidate[]): Promise<string | null> {
  const match = matchGroup(ticketText(ticket.subject, ticket.description), candidates);
  // A group stored with no threshold (and so 0) would take any text at similarity 0: sharing no word is no match.
  if (!match || match.similarity <= 0) return null;
  const problemId = candidates[match.index].id;
  await getDb().execute(sql`
    insert into problem_suggestions (ticket_id, problem_id, similarity) values (${ticket.id}, ${problemId}, ${match.similarity})
    on conflict (ticket_id) do update set problem_id = excluded.problem_id, similarity = excluded.similarity, suggested_at = now(),
      -- "Not this problem" holds for that problem; another one is offered afresh.
      dismissed_at = case when problem_suggestions.problem_id = excluded.problem_id then problem_suggestions.dismissed_at end,
      dismissed_by = case when problem_suggestions.problem_id = excluded.problem_id then problem_suggestions.dismissed_by end`);
  return problemId;
}
