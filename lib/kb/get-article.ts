import { eq } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isItStaff } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";

/** An article as `viewer` may read it: IT staff any; everyone else only published public ones (else 404). */
export async function getArticle(viewer: CurrentUser, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError("not_found", "Not found");
  const { articles, categories } = schema;
  const [row] = await getDb()
    .select({
      id: articles.id,
      title: articles.title,
      body: articles.body,
      status: articles.status,
      visibility: articles.visibility,
      language: articles.language,
      tags: articles.tags,
      updatedAt: articles.updatedAt,
      categoryRu: categories.nameRu,
      categoryEn: categories.nameEn,
    })
    .from(articles)
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .where(eq(articles.id, id));
  const readable = row && (isItStaff(viewer.roles) || (row.status === "published" && row.visibility === "public"));
  if (!readable) throw new AppError("not_found", "Not found");
  return row;
}
