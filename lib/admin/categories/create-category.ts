import { eq, isNull, max } from "drizzle-orm";
import { z } from "zod";
import { schema, withTransaction } from "@/db/client";
import { assertCategory, assertStaff } from "../assert-refs";
import { optionalId } from "../fields";
import { type Actor, recordAdminChange } from "../record-admin-change";
import { uniqueKey } from "../unique-key";
import { categoryFields } from "./category-input";

export const createCategoryInput = categoryFields.extend({ parentId: optionalId });

/** Adds a category at the end of its parent's children (or of the roots). */
export async function createCategory(actor: Actor, raw: z.input<typeof createCategoryInput>) {
  const input = createCategoryInput.parse(raw);
  const { categories } = schema;
  return withTransaction(async (tx) => {
    if (input.parentId) await assertCategory(tx.db, input.parentId, "parentId");
    if (input.defaultAssigneeId) await assertStaff(tx.db, [input.defaultAssigneeId], "defaultAssigneeId");
    const [{ last }] = await tx.db
      .select({ last: max(categories.position) })
      .from(categories)
      .where(input.parentId ? eq(categories.parentId, input.parentId) : isNull(categories.parentId));
    const key = await uniqueKey(tx.db, categories, input.nameEn);
    const values = { key, ...input, position: (last ?? -1) + 1 };
    const [row] = await tx.db.insert(categories).values(values).returning({ id: categories.id });
    await recordAdminChange(tx, actor, { entityType: "category", entityId: row.id, action: "created" }, null, values);
    return row;
  });
}
