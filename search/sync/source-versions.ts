import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { SearchKind } from "../indices/names";

/**
 * id → version (ms) of every row in Postgres, computed the way the document builders compute `sourceVersion`
 * (a ticket: its last update or its newest audit event, whichever is later), optionally only rows changed since
 * a moment. For reconcile and for the catch-up after a rebuild.
 */
export async function sourceVersions(db: Db, kind: SearchKind, since?: Date): Promise<Map<string, number>> {
  const sinceSql = since ? since.toISOString() : null;
  const rows =
    kind === "ticket"
      ? await db.execute<{ id: string; version: string }>(sql`
          select t.id, floor(extract(epoch from greatest(t.updated_at, e.last_at)) * 1000)::bigint::text as version
          from tickets t
          left join (
            select entity_id, max(at) as last_at from audit_events where entity_type = 'ticket' group by entity_id
          ) e on e.entity_id = t.id::text
          where ${sinceSql}::timestamptz is null or greatest(t.updated_at, e.last_at) >= ${sinceSql}::timestamptz`)
      : await db.execute<{ id: string; version: string }>(sql`
          select id, floor(extract(epoch from updated_at) * 1000)::bigint::text as version
          from articles
          where ${sinceSql}::timestamptz is null or updated_at >= ${sinceSql}::timestamptz`);
  return new Map(rows.map((r) => [r.id, Number(r.version)]));
}
