import { getDb, schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { suggestAudienceFor } from "./audience";
import { markSessionSolved } from "./self-service-session";
import { loadSuggestableRows } from "./suggestable-rows";

/**
 * "This solved my problem": records a deflection, the new-ticket form ended without a ticket. Only an item that
 * could have been suggested to this person counts (anything else is "not found", and reveals nothing).
 */
export async function recordDeflection(
  user: CurrentUser,
  item: { kind: "article" | "ticket"; id: string },
  query: string,
  sessionId?: string,
) {
  const rows = await loadSuggestableRows([item], suggestAudienceFor(user));
  if (!rows.has(`${item.kind}:${item.id}`)) throw new AppError("not_found", "No such suggestion");
  const [row] = await getDb()
    .insert(schema.deflections)
    .values({ userId: user.id, kind: item.kind, itemId: item.id, query })
    .returning({ id: schema.deflections.id, createdAt: schema.deflections.createdAt });
  if (sessionId) await markSessionSolved(getDb(), user.id, sessionId, `${item.kind}:${item.id}`);
  return { id: row.id, kind: item.kind, itemId: item.id, createdAt: row.createdAt };
}
