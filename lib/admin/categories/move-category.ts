import { eq, isNull, max, sql } from "drizzle-orm";
import { z } from "zod";
import { schema, type TxDb, withTransaction } from "@/db/client";
import { id, optionalId } from "../fields";
import { invalidField, notFound } from "../invalid";
import { type Actor, recordAdminChange } from "../record-admin-change";

export const moveCategoryInput = z.object({ categoryId: id, parentId: optionalId });

/** The category and its ancestors up to the root (depth-limited, so bad data cannot loop). */
async function ancestorsOf(db: TxDb, categoryId: string): Promise<string[]> {
  const rows = await db.execute<{ id: string }>(sql`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from ${schema.categories} where id = ${categoryId}
      union all
      select c.id, c.parent_id, up.depth + 1 from ${schema.categories} c join up on c.id = up.parent_id where up.depth < 50
    )
    select id from up`);
  return [...rows].map((r) => r.id);
}

/**
 * Moves a category (with everything under it) to another parent, or to the top level, at the end of its
 * new siblings. Moving a category under itself or one of its own subcategories is refused: the tree
 * would become a loop that no ticket could be filed in.
 */
export async function moveCategory(actor: Actor, raw: z.input<typeof moveCategoryInput>) {
  const { categoryId, parentId } = moveCategoryInput.parse(raw);
  const { categories } = schema;
  return withTransaction(async (tx) => {
    const [before] = await tx.db.select().from(categories).where(eq(categories.id, categoryId)).for("update");
    if (!before) throw notFound();
    if (before.parentId === parentId) return { id: categoryId };
    if (parentId) {
      const chain = await ancestorsOf(tx.db, parentId);
      if (chain.length === 0) throw invalidField("parentId", "noSuchCategory");
      if (chain.includes(categoryId)) throw invalidField("parentId", "notUnderItself");
    }
    const [{ last }] = await tx.db
      .select({ last: max(categories.position) })
      .from(categories)
      .where(parentId ? eq(categories.parentId, parentId) : isNull(categories.parentId));
    const after = { parentId, position: (last ?? -1) + 1 };
    await tx.db.update(categories).set(after).where(eq(categories.id, categoryId));
    await recordAdminChange(tx, actor, { entityType: "category", entityId: categoryId, action: "moved" }, before, after);
    return { id: categoryId };
  });
}
