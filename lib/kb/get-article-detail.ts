import { asc, eq, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/is-uuid";
import { factsOf } from "./article-command";
import { allowedArticleActions, checkArticle, stageOf } from "./article-rules";
import { articleQuality } from "./queries/quality-signals";
import { isStale } from "./review-date";

const { articles, articleVersions, categories, tickets, ticketArticles, users } = schema;
const owners = alias(users, "owners");

/**
 * One article as `viewer` may read it (else 404): the article, its owner and review date, its translations
 * (both ways, those the viewer may read), its published versions and the tickets linked to it. IT staff also
 * see the pending edit, every version's text and the quality signals; the linked tickets are listed to IT
 * staff only (a requester must not learn of other people's tickets).
 */
export async function getArticleDetail(viewer: CurrentUser, id: string) {
  if (!isUuid(id)) throw new AppError("not_found", "Article not found");
  const db = getDb();
  const [row] = await db
    .select({
      article: articles,
      categoryRu: categories.nameRu,
      categoryEn: categories.nameEn,
      authorName: users.name,
      ownerName: owners.name,
    })
    .from(articles)
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(users, eq(users.id, articles.authorId))
    .leftJoin(owners, eq(owners.id, articles.ownerId))
    .where(eq(articles.id, id));
  if (!row || !checkArticle(factsOf(row.article), viewer, "view").ok) throw new AppError("not_found", "Article not found");
  const staff = can(viewer.roles, "kb.internal.read");
  const { draftTitle, draftBody, draftSubmittedAt, ...live } = row.article;

  const versionRows = await db
    .select({
      id: articleVersions.id,
      number: articleVersions.number,
      title: articleVersions.title,
      body: articleVersions.body,
      publishedAt: articleVersions.publishedAt,
      publishedBy: { id: users.id, name: users.name },
    })
    .from(articleVersions)
    .innerJoin(users, eq(users.id, articleVersions.publishedBy))
    .where(eq(articleVersions.articleId, id))
    .orderBy(asc(articleVersions.number));
  const versions = staff
    ? versionRows
    : versionRows.map((v) => ({ id: v.id, number: v.number, title: v.title, publishedAt: v.publishedAt }));

  // The link is stored on the translation; read both ways, and only the twins the viewer may read.
  const twins = await db
    .select()
    .from(articles)
    .where(or(eq(articles.translationOfId, id), row.article.translationOfId ? eq(articles.id, row.article.translationOfId) : undefined));
  const translationOf = (a: (typeof twins)[number]) => ({ id: a.id, title: a.title, language: a.language, status: a.status });
  const readable = twins.filter((a) => checkArticle(factsOf(a), viewer, "view").ok);
  const translations = {
    of: readable.filter((a) => a.id === row.article.translationOfId).map(translationOf)[0] ?? null,
    by: readable.filter((a) => a.translationOfId === id).map(translationOf),
  };

  const linkedTickets = staff
    ? await db
        .select({
          id: tickets.id,
          number: tickets.number,
          subject: tickets.subject,
          status: tickets.status,
          relation: ticketArticles.relation,
        })
        .from(ticketArticles)
        .innerJoin(tickets, eq(tickets.id, ticketArticles.ticketId))
        .where(eq(ticketArticles.articleId, id))
        .orderBy(asc(tickets.number))
    : [];

  return {
    ...live,
    category: row.article.categoryId ? { id: row.article.categoryId, nameRu: row.categoryRu, nameEn: row.categoryEn } : null,
    author: { id: row.article.authorId, name: row.authorName },
    owner: row.article.ownerId ? { id: row.article.ownerId, name: row.ownerName } : null,
    stale: isStale(row.article, new Date()),
    stage: stageOf(factsOf(row.article)),
    translations,
    ...(staff
      ? {
          pendingEdit:
            draftTitle !== null || draftBody !== null ? { title: draftTitle, body: draftBody, submittedAt: draftSubmittedAt } : null,
        }
      : {}),
    allowedActions: allowedArticleActions(factsOf(row.article), viewer),
    versions,
    // relation: "captured" (the article was written from the ticket), "used" (its solution), "linked".
    linkedTickets,
    ...(staff ? { quality: await articleQuality(id) } : {}),
  };
}
