import { avg, count, desc, eq, gte, sql } from "drizzle-orm";
import { getDb, schema } from "@/db/client";

const { tickets, categories } = schema;

/** The analyst's first look: volume per top-level category and per month, and satisfaction. */
export async function getReportOverview(now = new Date()) {
  const db = getDb();
  const since = new Date(now.getTime() - 90 * 24 * 3600 * 1000);
  const root = sql<string>`coalesce(${categories.parentId}, ${categories.id})`;
  const byRoot = await db
    .select({ rootId: root.as("root_id"), n: count() })
    .from(tickets)
    .innerJoin(categories, eq(categories.id, tickets.categoryId))
    .where(gte(tickets.createdAt, since))
    .groupBy(root)
    .orderBy(desc(count()));
  const roots = await db.select({ id: categories.id, ru: categories.nameRu, en: categories.nameEn }).from(categories);
  const names = new Map(roots.map((r) => [r.id, r]));
  const month = sql<string>`to_char(date_trunc('month', ${tickets.createdAt}), 'YYYY-MM')`;
  const byMonth = await db.select({ month: month.as("month"), n: count() }).from(tickets).groupBy(month).orderBy(month);
  const [totals] = await db
    .select({
      total: count(),
      done: sql<number>`count(*) filter (where ${tickets.status} in ('resolved','closed'))`.mapWith(Number),
      rating: avg(tickets.rating),
    })
    .from(tickets);
  return {
    byCategory: byRoot.map((r) => ({ ru: names.get(r.rootId)?.ru ?? "—", en: names.get(r.rootId)?.en ?? "—", n: r.n })),
    byMonth,
    total: totals.total,
    done: totals.done,
    rating: totals.rating === null ? null : Number(totals.rating),
  };
}
