import { and, eq, inArray } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/is-uuid";
import { factsOf } from "./article-command";
import { checkArticle } from "./article-rules";
import { diffInline, readableDiff } from "./readable-diff";

const { articles, articleVersions, users } = schema;

/**
 * One published version of an article with what changed from the version before it (the first version is
 * all new). Old texts are for IT staff, as on the article itself: anyone else is told it does not exist.
 */
export async function getArticleVersion(viewer: CurrentUser, articleId: string, number: number) {
  const notFound = new AppError("not_found", "Article not found");
  if (!isUuid(articleId) || !Number.isInteger(number) || number < 1 || !can(viewer.roles, "kb.internal.read")) throw notFound;
  const db = getDb();
  const [article] = await db.select().from(articles).where(eq(articles.id, articleId));
  if (!article || !checkArticle(factsOf(article), viewer, "view").ok) throw notFound;
  const rows = await db
    .select({
      number: articleVersions.number,
      title: articleVersions.title,
      body: articleVersions.body,
      publishedAt: articleVersions.publishedAt,
      publishedBy: { id: users.id, name: users.name },
    })
    .from(articleVersions)
    .innerJoin(users, eq(users.id, articleVersions.publishedBy))
    .where(and(eq(articleVersions.articleId, articleId), inArray(articleVersions.number, [number - 1, number])));
  const version = rows.find((r) => r.number === number);
  if (!version) throw new AppError("not_found", "Not a version of this article");
  const previous = rows.find((r) => r.number === number - 1) ?? null;
  return {
    ...version,
    previousNumber: previous?.number ?? null,
    titleDiff: diffInline(previous?.title ?? "", version.title),
    diff: readableDiff(previous?.body ?? "", version.body),
  };
}
