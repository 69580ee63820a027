import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema, withTransaction } from "@/db/client";
import { assertActiveUser } from "../assert-refs";
import { id } from "../fields";
import { notFound } from "../invalid";
import { type Actor, recordAdminChange } from "../record-admin-change";
import { departmentFields } from "./department-input";

export const updateDepartmentInput = departmentFields.extend({ departmentId: id });

/** Renames a department or changes its head. */
export async function updateDepartment(actor: Actor, raw: z.input<typeof updateDepartmentInput>) {
  const { departmentId, ...fields } = updateDepartmentInput.parse(raw);
  return withTransaction(async (tx) => {
    const [before] = await tx.db.select().from(schema.departments).where(eq(schema.departments.id, departmentId)).for("update");
    if (!before) throw notFound();
    if (fields.managerId && fields.managerId !== before.managerId) await assertActiveUser(tx.db, fields.managerId, "managerId");
    await tx.db.update(schema.departments).set(fields).where(eq(schema.departments.id, departmentId));
    await recordAdminChange(tx, actor, { entityType: "department", entityId: departmentId, action: "updated" }, before, fields);
    return { id: departmentId };
  });
}
