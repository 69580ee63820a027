import type { Client } from "@elastic/elasticsearch";
import { getSql } from "@/db/client";
import { aliasName } from "@/search/indices/names";
import type { Written } from "./writers";

/**
 * Every write the clients were told succeeded, looked up in PostgreSQL: the ticket with its "created" audit event,
 * each remark exactly once with its "remarked" event, each resolved ticket resolved with its event.
 */
export async function checkInPostgres(written: Written) {
  const sql = getSql();
  const ids = [...written.tickets.keys()];
  const [tickets] = await sql<{ found: number; audited: number }[]>`
    select count(*)::int as found,
           count(*) filter (where exists (select 1 from audit_events e
             where e.entity_type = 'ticket' and e.entity_id = t.id::text and e.action = 'created'))::int as audited
    from tickets t where t.id = any(${ids}::uuid[])`;
  const bodies = [...written.remarks.keys()];
  const [remarks] = await sql<{ found: number; rows: number; audited: number }[]>`
    select count(distinct r.body)::int as found, count(*)::int as rows,
           count(*) filter (where exists (select 1 from audit_events e
             where e.entity_id = r.ticket_id::text and e.action = 'remarked' and e.data->>'remarkId' = r.id::text))::int as audited
    from ticket_remarks r where r.body = any(${bodies})`;
  const resolvedIds = [...written.resolved.keys()];
  const [resolved] = await sql<{ found: number }[]>`
    select count(*)::int as found from tickets t
    join unnest(${resolvedIds}::uuid[], ${[...written.resolved.values()]}::text[]) as sent(id, solution) on sent.id = t.id
    where t.status in ('resolved', 'closed') and t.solution = sent.solution
      and exists (select 1 from audit_events e where e.entity_id = t.id::text and e.action = 'resolved')`;
  const lost =
    ids.length - tickets.found + (ids.length - tickets.audited) + (bodies.length - remarks.audited) + (resolvedIds.length - resolved.found);
  return {
    ok: lost === 0 && remarks.rows === bodies.length && remarks.found === bodies.length,
    line: `PostgreSQL: tickets ${tickets.found}/${ids.length} with audit event ${tickets.audited}; remarks ${remarks.found}/${bodies.length} (${remarks.rows} rows, ${remarks.audited} with audit event); resolved ${resolved.found}/${resolvedIds.length}`,
  };
}

/** Tickets filed since `since` without their "created" event or their index job: a write half done. */
export async function halfWritten(since: Date): Promise<number> {
  const [row] = await getSql()<{ n: number }[]>`
    select count(*)::int as n from tickets t where t.created_at >= ${since.toISOString()}::timestamptz and not exists (
      select 1 from audit_events e where e.entity_type = 'ticket' and e.entity_id = t.id::text and e.action = 'created')`;
  return row.n;
}

/** Tickets in PostgreSQL created since `since` (with the clients' count: a duplicate or a lost one shows here). */
export async function ticketsSince(since: Date): Promise<number> {
  const [row] = await getSql()<
    { n: number }[]
  >`select count(*)::int as n from tickets where created_at >= ${since.toISOString()}::timestamptz`;
  return row.n;
}

/**
 * Waits until the index holds every ticket in `ids`, each with its status as PostgreSQL has it now (a resolve
 * reached the index too); returns the seconds it took and the ids still missing at the deadline.
 */
export async function waitIndexed(search: Client, ids: string[], timeoutSeconds: number) {
  const sql = getSql();
  const started = performance.now();
  while (true) {
    const truth = new Map(
      (await sql<{ id: string; status: string }[]>`select id::text, status::text from tickets where id = any(${ids}::uuid[])`).map((r) => [
        r.id,
        r.status,
      ]),
    );
    await search.indices.refresh({ index: aliasName("ticket") }).catch(() => {});
    const missing: string[] = [];
    for (let i = 0; i < ids.length; i += 1000) {
      const chunk = ids.slice(i, i + 1000);
      const answer = await search
        .search<{ status: string }>({
          index: aliasName("ticket"),
          size: chunk.length,
          _source: ["status"],
          query: { ids: { values: chunk } },
        })
        .catch(() => null);
      const indexed = new Map((answer?.hits.hits ?? []).map((h) => [h._id, h._source?.status]));
      missing.push(...chunk.filter((id) => indexed.get(id) !== truth.get(id)));
    }
    const seconds = (performance.now() - started) / 1000;
    if (missing.length === 0 || seconds > timeoutSeconds) return { seconds, missing: missing.length, missingIds: missing };
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** The index jobs of tickets still missing from the index, to say where they got stuck. */
export async function indexJobsOf(ids: string[]): Promise<string> {
  const keys = ids.slice(0, 5).map((id) => `ticket:${id}`);
  const rows = await getSql()<{ key: string; state: string; retries: number; output: unknown }[]>`
    select singleton_key as key, state::text, retry_count as retries, output from pgboss.job
    where name = 'search.index' and singleton_key = any(${keys}) order by created_on`;
  return rows
    .map((r) => `${r.key.slice(0, 15)}… ${r.state} (${r.retries} retries) ${JSON.stringify(r.output ?? "").slice(0, 120)}`)
    .join("; ");
}
