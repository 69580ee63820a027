import { z } from "zod";
import { schema, withTransaction } from "@/db/client";
import { assertActiveUser } from "../assert-refs";
import { type Actor, recordAdminChange } from "../record-admin-change";
import { uniqueKey } from "../unique-key";
import { departmentFields } from "./department-input";

export const createDepartmentInput = departmentFields;

/** Adds a department; its key comes from the English name and never changes. */
export async function createDepartment(actor: Actor, raw: z.input<typeof createDepartmentInput>) {
  const input = createDepartmentInput.parse(raw);
  return withTransaction(async (tx) => {
    if (input.managerId) await assertActiveUser(tx.db, input.managerId, "managerId");
    const key = await uniqueKey(tx.db, schema.departments, input.nameEn);
    const [row] = await tx.db
      .insert(schema.departments)
      .values({ key, ...input })
      .returning({ id: schema.departments.id });
    await recordAdminChange(tx, actor, { entityType: "department", entityId: row.id, action: "created" }, null, { key, ...input });
    return row;
  });
}
