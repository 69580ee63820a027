import { and, eq, gte, inArray } from "drizzle-orm";
import { type Db, schema } from "@/db/client";
import { randomFrom } from "./generate-tickets";
import type { SeedIds } from "./seed";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * Visits of the new-ticket form for the self-service funnel: most demo tickets were typed after suggestions
 * (some opened one), and other visits ended with "this solved my problem" or with nothing. Deterministic.
 */
export async function seedSelfService(db: Db, ids: SeedIds, now: Date): Promise<void> {
  const random = randomFrom(20261204);
  const requesters = [...ids.users.values()];
  const articles = await db
    .select({ id: schema.articles.id, title: schema.articles.title })
    .from(schema.articles)
    .where(and(eq(schema.articles.status, "published"), eq(schema.articles.visibility, "public")));
  if (articles.length === 0) return;
  const since = new Date(now.getTime() - 120 * DAY);
  const tickets = await db
    .select({ id: schema.tickets.id, requesterId: schema.tickets.requesterId, createdAt: schema.tickets.createdAt })
    .from(schema.tickets)
    .where(and(gte(schema.tickets.createdAt, since), inArray(schema.tickets.requesterId, requesters)));
  const shownSome = () => Array.from({ length: 1 + Math.floor(random.next() * 3) }, () => `article:${random.pick(articles).id}`);
  const visits: (typeof schema.selfServiceSessions.$inferInsert)[] = [];
  const deflections: (typeof schema.deflections.$inferInsert)[] = [];
  for (const t of tickets) {
    if (random.next() < 0.2) continue;
    const shown = random.next() < 0.3 ? [] : [...new Set(shownSome())];
    const opened = shown.length && random.next() < 0.4 ? [shown[0]] : [];
    visits.push({
      id: crypto.randomUUID(),
      userId: t.requesterId,
      startedAt: new Date(t.createdAt.getTime() - (2 + random.next() * 4) * MINUTE),
      shown,
      opened,
      ticketId: t.id,
    });
  }
  for (let n = 0; n < 90; n++) {
    const userId = random.pick(requesters);
    const startedAt = new Date(now.getTime() - random.next() * 120 * DAY);
    const shown = [...new Set(shownSome())];
    const solvedBy = n % 3 === 0 ? null : shown[0];
    const article = solvedBy ? articles.find((a) => `article:${a.id}` === solvedBy)! : null;
    visits.push({
      id: crypto.randomUUID(),
      userId,
      startedAt,
      shown,
      opened: solvedBy ? [solvedBy] : [],
      solved: solvedBy,
      solvedAt: solvedBy ? startedAt : null,
    });
    if (article)
      deflections.push({
        userId,
        kind: "article",
        itemId: article.id,
        query: article.title.toLowerCase().slice(0, 60),
        createdAt: new Date(startedAt.getTime() + MINUTE),
      });
  }
  if (visits.length) await db.insert(schema.selfServiceSessions).values(visits);
  if (deflections.length) await db.insert(schema.deflections).values(deflections);
}
