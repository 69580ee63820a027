import { z } from "zod";
import { schema, withTransaction } from "@/db/client";
import { assertStaff } from "../assert-refs";
import { type Actor, recordAdminChange } from "../record-admin-change";
import { uniqueKey } from "../unique-key";
import { lineFields } from "./line-input";

export const createLineInput = lineFields;

/** Adds a support line; only active IT staff can be its members. */
export async function createLine(actor: Actor, raw: z.input<typeof createLineInput>) {
  const { memberIds, ...names } = createLineInput.parse(raw);
  return withTransaction(async (tx) => {
    await assertStaff(tx.db, memberIds, "memberIds");
    const key = await uniqueKey(tx.db, schema.supportLines, names.nameEn);
    const [line] = await tx.db
      .insert(schema.supportLines)
      .values({ key, ...names })
      .returning({ id: schema.supportLines.id });
    if (memberIds.length) await tx.db.insert(schema.lineMembers).values(memberIds.map((userId) => ({ lineId: line.id, userId })));
    await recordAdminChange(tx, actor, { entityType: "support_line", entityId: line.id, action: "created" }, null, {
      key,
      ...names,
      memberIds,
    });
    return line;
  });
}
