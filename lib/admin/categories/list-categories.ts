import { eq } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { Priority } from "@/lib/routing/priority";
import { flattenTree, type TreeEntry } from "./category-tree";

export type CategoryRow = {
  id: string;
  key: string;
  parentId: string | null;
  position: number;
  nameRu: string;
  nameEn: string;
  defaultPriority: Priority;
  defaultAssigneeId: string | null;
  defaultAssigneeName: string | null;
};

/** The whole category tree in display order, with each category's default assignee by name. */
export async function listCategories(): Promise<TreeEntry<CategoryRow>[]> {
  const { categories, users } = schema;
  const rows = await getDb()
    .select({
      id: categories.id,
      key: categories.key,
      parentId: categories.parentId,
      position: categories.position,
      nameRu: categories.nameRu,
      nameEn: categories.nameEn,
      defaultPriority: categories.defaultPriority,
      defaultAssigneeId: categories.defaultAssigneeId,
      defaultAssigneeName: users.name,
    })
    .from(categories)
    .leftJoin(users, eq(users.id, categories.defaultAssigneeId));
  return flattenTree(rows);
}
