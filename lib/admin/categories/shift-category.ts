import { asc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { schema, withTransaction } from "@/db/client";
import { direction, id } from "../fields";
import { notFound } from "../invalid";
import { type Actor, recordAdminChange } from "../record-admin-change";
import { shiftInOrder } from "../reorder";

export const shiftCategoryInput = z.object({ categoryId: id, direction });

/** Moves a category one place up or down among its siblings (the order pickers and the tree show). */
export async function shiftCategory(actor: Actor, raw: z.input<typeof shiftCategoryInput>) {
  const input = shiftCategoryInput.parse(raw);
  const { categories } = schema;
  return withTransaction(async (tx) => {
    const [category] = await tx.db.select().from(categories).where(eq(categories.id, input.categoryId));
    if (!category) throw notFound();
    const siblings = await tx.db
      .select({ id: categories.id, position: categories.position })
      .from(categories)
      .where(category.parentId ? eq(categories.parentId, category.parentId) : isNull(categories.parentId))
      .orderBy(asc(categories.position), asc(categories.nameRu))
      .for("update");
    const order = shiftInOrder(
      siblings.map((s) => s.id),
      category.id,
      input.direction,
    );
    if (!order) return { id: category.id };
    for (const [position, siblingId] of order.entries()) {
      if (siblings.find((s) => s.id === siblingId)?.position !== position) {
        await tx.db.update(categories).set({ position }).where(eq(categories.id, siblingId));
      }
    }
    await recordAdminChange(
      tx,
      actor,
      { entityType: "category", entityId: category.id, action: "reordered" },
      { position: siblings.findIndex((s) => s.id === category.id) },
      { position: order.indexOf(category.id) },
    );
    return { id: category.id };
  });
}
