import { inArray } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import { isUuid } from "@/lib/is-uuid";

/**
 * Names for the people a ticket's history mentions by id (assigned to, watcher added, filed for). Only
 * called with ids from a ticket the viewer may already see, so it reveals nothing new.
 */
export async function namesOf(ids: Iterable<string>): Promise<Record<string, string>> {
  const unique = [...new Set(ids)].filter(isUuid);
  if (unique.length === 0) return {};
  const rows = await getDb()
    .select({ id: schema.users.id, name: schema.users.name })
    .from(schema.users)
    .where(inArray(schema.users.id, unique));
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}
