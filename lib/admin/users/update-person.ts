import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { schema, withTransaction } from "@/db/client";
import { revokeSessionsIn } from "@/lib/auth/revoke-sessions";
import { roles } from "@/lib/auth/roles";
import { assertDepartment } from "../assert-refs";
import { hourlyCost, id, optionalId } from "../fields";
import { invalidField, notFound } from "../invalid";
import { type Actor, recordAdminChange } from "../record-admin-change";

export const updatePersonInput = z.object({
  userId: id,
  roles: z.array(z.enum(roles)).min(1, "pickRole"),
  departmentId: optionalId,
  vip: z.boolean(),
  // Empty: the desk-wide default hourly cost applies.
  hourlyCost: hourlyCost.nullable(),
  active: z.boolean(),
});

/**
 * An admin edits a person: roles (several allowed), department, VIP, hourly cost, active. Admins cannot
 * take away their own admin role nor deactivate themselves: either would lock them out, and with it
 * possibly the last admin of the desk. The change and its audit event are one transaction.
 */
export async function updatePerson(actor: Actor, raw: z.input<typeof updatePersonInput>) {
  const input = updatePersonInput.parse(raw);
  const newRoles = [...new Set(input.roles)].sort();
  if (input.userId === actor.id && !newRoles.includes("admin")) throw invalidField("roles", "ownAdminRole");
  if (input.userId === actor.id && !input.active) throw invalidField("active", "ownAccount");
  return withTransaction(async (tx) => {
    const [user] = await tx.db.select().from(schema.users).where(eq(schema.users.id, input.userId)).for("update");
    if (!user) throw notFound();
    if (input.departmentId) await assertDepartment(tx.db, input.departmentId);
    const oldRoles = (
      await tx.db.select({ role: schema.userRoles.role }).from(schema.userRoles).where(eq(schema.userRoles.userId, user.id))
    )
      .map((r) => r.role)
      .sort();

    await tx.db
      .update(schema.users)
      .set({ departmentId: input.departmentId, vip: input.vip, hourlyCost: input.hourlyCost, active: input.active })
      .where(eq(schema.users.id, user.id));
    // A person deactivated loses every session and token with the change.
    if (user.active && !input.active) await revokeSessionsIn(tx, user.id, actor.id);
    const removed = oldRoles.filter((r) => !newRoles.includes(r));
    const added = newRoles.filter((r) => !oldRoles.includes(r));
    if (removed.length)
      await tx.db.delete(schema.userRoles).where(and(eq(schema.userRoles.userId, user.id), inArray(schema.userRoles.role, removed)));
    if (added.length) await tx.db.insert(schema.userRoles).values(added.map((role) => ({ userId: user.id, role })));

    await recordAdminChange(
      tx,
      actor,
      { entityType: "user", entityId: user.id, action: "updated" },
      { roles: oldRoles, departmentId: user.departmentId, vip: user.vip, hourlyCost: user.hourlyCost, active: user.active },
      { roles: newRoles, departmentId: input.departmentId, vip: input.vip, hourlyCost: input.hourlyCost, active: input.active },
    );
    return { id: user.id };
  });
}
