import { asc } from "drizzle-orm";
import { getDb, schema } from "@/db/client";

export type CategoryNode = { id: string; parentId: string | null; nameRu: string; nameEn: string };

/** Every category, in the admins' order; the pickers build the tree from `parentId`. */
export async function listCategories(): Promise<CategoryNode[]> {
  const { categories } = schema;
  return getDb()
    .select({ id: categories.id, parentId: categories.parentId, nameRu: categories.nameRu, nameEn: categories.nameEn })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.nameEn));
}
