import { eq, inArray } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { factsOf } from "../article-command";
import { isKnowledgeEditor, stageOf } from "../article-rules";
import { type AttentionReason, attentionReasons, compareAttention } from "../quality-rules";
import { countQuality } from "./quality-signals";

const { articles, categories, users } = schema;

/**
 * The editors' list of published articles needing attention, worst first, each with its reasons and the
 * counts behind them; `totals` counts the reasons over the whole list, for the page's figures.
 */
export async function needsAttention(viewer: CurrentUser, now = new Date()) {
  // Quality signals of every article, including internal ones, are the editors' business.
  if (!isKnowledgeEditor(viewer.roles)) throw new AppError("forbidden", "Only a knowledge editor can do this");
  const counts = await countQuality({ published: true });
  const ids = counts.map((c) => c.id);
  const rows = ids.length
    ? await getDb()
        .select({ article: articles, categoryRu: categories.nameRu, categoryEn: categories.nameEn, ownerName: users.name })
        .from(articles)
        .leftJoin(categories, eq(categories.id, articles.categoryId))
        .leftJoin(users, eq(users.id, articles.ownerId))
        .where(inArray(articles.id, ids))
    : [];
  const byId = new Map(rows.map((r) => [r.article.id, r]));
  const items = counts
    .map((c) => {
      const row = byId.get(c.id)!;
      const a = row.article;
      const reasons = attentionReasons({ ...c, status: a.status, reviewDueAt: a.reviewDueAt }, now);
      return {
        ...c,
        reasons,
        title: a.title,
        language: a.language,
        visibility: a.visibility,
        stage: stageOf(factsOf(a)),
        reviewDueAt: a.reviewDueAt,
        owner: a.ownerId ? { id: a.ownerId, name: row.ownerName } : null,
        category: a.categoryId ? { nameRu: row.categoryRu, nameEn: row.categoryEn } : null,
      };
    })
    .filter((item) => item.reasons.length > 0)
    .sort(compareAttention);
  const totals: Record<AttentionReason, number> = { stale: 0, unhelpful: 0, oftenRejected: 0 };
  for (const item of items) for (const reason of item.reasons) totals[reason]++;
  return { items, totals, published: counts.length };
}
