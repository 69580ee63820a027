import { type Db, schema } from "@/db/client";

/** Every category's parent, for building category paths; the tree is small (dozens of rows). */
export async function loadCategoryParents(db: Db): Promise<Map<string, string | null>> {
  const rows = await db.select({ id: schema.categories.id, parentId: schema.categories.parentId }).from(schema.categories);
  return new Map(rows.map((r) => [r.id, r.parentId]));
}
