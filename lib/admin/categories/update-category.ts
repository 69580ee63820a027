import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema, withTransaction } from "@/db/client";
import { assertStaff } from "../assert-refs";
import { id } from "../fields";
import { notFound } from "../invalid";
import { type Actor, recordAdminChange } from "../record-admin-change";
import { categoryFields } from "./category-input";

export const updateCategoryInput = categoryFields.extend({ categoryId: id });

/** Renames a category, or changes its default priority or default assignee. */
export async function updateCategory(actor: Actor, raw: z.input<typeof updateCategoryInput>) {
  const { categoryId, ...fields } = updateCategoryInput.parse(raw);
  return withTransaction(async (tx) => {
    const [before] = await tx.db.select().from(schema.categories).where(eq(schema.categories.id, categoryId)).for("update");
    if (!before) throw notFound();
    // Someone who has since left may stay as the default (routing skips them) until the admin picks anew.
    if (fields.defaultAssigneeId && fields.defaultAssigneeId !== before.defaultAssigneeId) {
      await assertStaff(tx.db, [fields.defaultAssigneeId], "defaultAssigneeId");
    }
    await tx.db.update(schema.categories).set(fields).where(eq(schema.categories.id, categoryId));
    await recordAdminChange(tx, actor, { entityType: "category", entityId: categoryId, action: "updated" }, before, fields);
    return { id: categoryId };
  });
}
