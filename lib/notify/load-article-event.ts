import { and, eq, inArray } from "drizzle-orm";
import { schema, type TxDb } from "@/db/client";
import { permissions } from "@/lib/auth/permissions";
import type { AuditEvent, PersonRecord } from "./load-event-context";

export type ArticleEventContext = {
  event: AuditEvent;
  article: typeof schema.articles.$inferSelect;
  /** The active knowledge editors (role editor or admin). */
  editorIds: string[];
  /** The author, owner, actor and editors, with their language (active or not: the rules decide). */
  people: Map<string, Omit<PersonRecord, "roles">>;
};

/**
 * Reads what is needed to tell people about one review step of an article: the event, the article, the
 * knowledge editors and each person concerned with their language. Null when the event is not an article's
 * (or the article is gone).
 */
export async function loadArticleEvent(db: TxDb, eventId: number): Promise<ArticleEventContext | null> {
  const [event] = await db
    .select()
    .from(schema.auditEvents)
    .where(and(eq(schema.auditEvents.id, eventId), eq(schema.auditEvents.entityType, "article")));
  if (!event) return null;
  const [article] = await db.select().from(schema.articles).where(eq(schema.articles.id, event.entityId));
  if (!article) return null;

  const editors = await db
    .selectDistinct({ id: schema.userRoles.userId })
    .from(schema.userRoles)
    .innerJoin(schema.users, eq(schema.users.id, schema.userRoles.userId))
    .where(and(inArray(schema.userRoles.role, [...permissions["kb.review"]]), eq(schema.users.active, true)));
  const editorIds = editors.map((e) => e.id);

  const ids = [
    ...new Set([article.authorId, article.ownerId, event.actorId, ...editorIds].filter((v): v is string => typeof v === "string")),
  ];
  const users = await db
    .select({
      id: schema.users.id,
      name: schema.users.name,
      email: schema.users.email,
      language: schema.users.language,
      active: schema.users.active,
    })
    .from(schema.users)
    .where(inArray(schema.users.id, ids));
  // No saved preference means Russian, the desk's first language.
  const people = new Map(users.map((u) => [u.id, { ...u, language: u.language ?? ("ru" as const) }]));
  return { event, article, editorIds, people };
}
