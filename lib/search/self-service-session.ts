import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type TxDb } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";

const item = z.string().regex(/^(article|ticket):[0-9a-f-]{36}$/i, "Not a suggestion");

/** What the new-ticket form tells of one visit: the suggestions it has shown so far, and one it opened. */
export const sessionInput = z.object({
  id: z.string().uuid("Not a valid id"),
  shown: z.array(item).max(50).default([]),
  opened: item.optional(),
});

/** A text[] value: drizzle would spread a JS array into a parenthesised list, which is no array at all. */
function textArray(items: string[]) {
  return items.length === 0
    ? sql`'{}'::text[]`
    : sql`array[${sql.join(
        items.map((i) => sql`${i}`),
        sql`, `,
      )}]::text[]`;
}

/** At most this many items are kept per list: a visit never shows more. */
const CAP = 50;

/**
 * Records one visit of the new-ticket form for the self-service funnel (lib/reports/self-service.ts): created at
 * the first answer, growing as more is shown or opened. Only ids: what the person typed is not stored. A visit
 * belongs to whoever started it; another person's id is left alone.
 */
export async function recordSession(user: CurrentUser, raw: z.input<typeof sessionInput>): Promise<void> {
  const input = sessionInput.parse(raw);
  const shown = input.shown.slice(0, CAP);
  const opened = input.opened ? [input.opened] : [];
  await getDb().execute(sql`
    insert into self_service_sessions (id, user_id, shown, opened) values (${input.id}, ${user.id}, ${textArray(shown)}, ${textArray(opened)})
    on conflict (id) do update set
      shown = (select coalesce(array_agg(distinct s), '{}') from unnest(self_service_sessions.shown || excluded.shown) s),
      opened = (select coalesce(array_agg(distinct s), '{}') from unnest(self_service_sessions.opened || excluded.opened) s)
    where self_service_sessions.user_id = excluded.user_id and cardinality(self_service_sessions.shown) < ${CAP}`);
}

/** "This solved my problem" ends the visit; only its own person's visit, and the first answer counts. */
export async function markSessionSolved(
  db: TxDb | ReturnType<typeof getDb>,
  userId: string,
  sessionId: string,
  solved: string,
): Promise<void> {
  await db.execute(sql`update self_service_sessions set solved = ${solved}, solved_at = now()
    where id = ${sessionId} and user_id = ${userId} and solved is null`);
}

/**
 * The ticket filed anyway ends the visit too; called in the ticket's own transaction. A visit filed before any
 * suggestion came back is recorded here for the first time.
 */
export async function markSessionFiled(db: TxDb, userId: string, sessionId: string, ticketId: string): Promise<void> {
  await db.execute(sql`insert into self_service_sessions (id, user_id, ticket_id) values (${sessionId}, ${userId}, ${ticketId})
    on conflict (id) do update set ticket_id = excluded.ticket_id
    where self_service_sessions.user_id = excluded.user_id and self_service_sessions.ticket_id is null`);
}
