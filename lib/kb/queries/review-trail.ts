import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import type { ArticleEventName } from "../article-events";

const { auditEvents, users } = schema;

// The steps of an article's way through review; edits and votes are left out, they are not review.
const reviewActions = [
  "created",
  "submitted",
  "sent_back",
  "published",
  "version_restored",
  "reviewed",
  "archived",
] as const satisfies readonly ArticleEventName[];
export type ReviewStep = (typeof reviewActions)[number];

/**
 * Who moved the article through review, when, and what they said: an editor's comment when sending it back,
 * the reason of an archive, the version a publish made or a restore brought back. For IT staff; the caller
 * has already checked that the viewer may see the article.
 */
export async function reviewTrail(viewer: CurrentUser, articleId: string) {
  if (!can(viewer.roles, "kb.internal.read")) return [];
  const rows = await getDb()
    .select({ id: auditEvents.id, at: auditEvents.at, action: auditEvents.action, data: auditEvents.data, actorName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.entityType, "article"), eq(auditEvents.entityId, articleId), inArray(auditEvents.action, [...reviewActions])))
    .orderBy(asc(auditEvents.id));
  return rows.map((r) => {
    const data = r.data ?? {};
    return {
      id: r.id,
      at: r.at,
      step: r.action as ReviewStep,
      actorName: r.actorName,
      comment: typeof data.comment === "string" ? data.comment : typeof data.reason === "string" ? data.reason : null,
      version: typeof data.version === "number" ? data.version : null,
    };
  });
}
