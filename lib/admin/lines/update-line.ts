import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { schema, withTransaction } from "@/db/client";
import { assertStaff } from "../assert-refs";
import { id } from "../fields";
import { notFound } from "../invalid";
import { type Actor, recordAdminChange } from "../record-admin-change";
import { lineFields } from "./line-input";

export const updateLineInput = lineFields.extend({ lineId: id });

/**
 * Renames a line or changes who is in it. Only people being added must be active IT staff: a member who
 * has since left can stay listed (routing passes them over) until the admin unticks them.
 */
export async function updateLine(actor: Actor, raw: z.input<typeof updateLineInput>) {
  const { lineId, memberIds, ...names } = updateLineInput.parse(raw);
  const { supportLines, lineMembers } = schema;
  return withTransaction(async (tx) => {
    const [before] = await tx.db.select().from(supportLines).where(eq(supportLines.id, lineId)).for("update");
    if (!before) throw notFound();
    const oldIds = (await tx.db.select({ id: lineMembers.userId }).from(lineMembers).where(eq(lineMembers.lineId, lineId)))
      .map((m) => m.id)
      .sort();
    const added = memberIds.filter((m) => !oldIds.includes(m));
    const removed = oldIds.filter((m) => !memberIds.includes(m));
    await assertStaff(tx.db, added, "memberIds");
    await tx.db.update(supportLines).set(names).where(eq(supportLines.id, lineId));
    if (removed.length) await tx.db.delete(lineMembers).where(and(eq(lineMembers.lineId, lineId), inArray(lineMembers.userId, removed)));
    if (added.length) await tx.db.insert(lineMembers).values(added.map((userId) => ({ lineId, userId })));
    await recordAdminChange(
      tx,
      actor,
      { entityType: "support_line", entityId: lineId, action: "updated" },
      { ...before, memberIds: oldIds },
      { ...names, memberIds },
    );
    return { id: lineId };
  });
}
