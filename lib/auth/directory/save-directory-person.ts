import { and, eq, or, sql } from "drizzle-orm";
import { schema, withTransaction } from "@/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { revokeSessionsIn } from "@/lib/auth/revoke-sessions";
import type { Role } from "@/lib/auth/roles";
import { getSetting } from "@/lib/settings/settings";
import type { DirectoryPerson } from "./authenticate";

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The roles a person's directory groups give by the admins' mapping (always at least requester), or null
 * when no mapping is set: then the roles given in the desk stay as they are.
 */
export function rolesFromGroups(groups: readonly string[], mapping: readonly { groupDn: string; role: Role }[]): Role[] | null {
  if (mapping.length === 0) return null;
  const given = mapping.filter((m) => groups.some((g) => same(g, m.groupDn))).map((m) => m.role);
  return [...new Set<Role>(["requester", ...given])];
}

/**
 * Creates the account of a person signing in with the directory for the first time, or brings it up to date on
 * each sign-in: name, e-mail, phone, department (the one whose key or name matches the directory's), and the
 * roles their groups give. Changes are audited. No password is written. Answers the user id, or null for an
 * account the desk's admins deactivated (the directory cannot switch it back on).
 */
export async function saveDirectoryPerson(person: DirectoryPerson): Promise<string | null> {
  return withTransaction(async (tx) => {
    const mapping = await getSetting(tx.db, "directoryGroupRoles");
    const roles = rolesFromGroups(person.groups, mapping);
    const [department] = person.department
      ? await tx.db
          .select({ id: schema.departments.id })
          .from(schema.departments)
          .where(
            sql`lower(${schema.departments.key}) = lower(${person.department}) or lower(${schema.departments.nameRu}) = lower(${person.department}) or lower(${schema.departments.nameEn}) = lower(${person.department})`,
          )
          .orderBy(schema.departments.createdAt)
          .limit(1)
      : [];
    const fields = {
      name: person.name.slice(0, 200),
      email: person.email,
      phone: person.phone,
      directoryDn: person.dn,
      ...(department ? { departmentId: department.id } : {}),
    };

    const [existing] = await tx.db
      .select()
      .from(schema.users)
      .where(or(eq(schema.users.directoryDn, person.dn), sql`lower(${schema.users.email}) = ${person.email}`))
      .orderBy(sql`${schema.users.directoryDn} is null`)
      .limit(1);
    let userId: string;
    if (existing) {
      if (!existing.active) return null;
      userId = existing.id;
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const [key, to] of Object.entries(fields)) {
        const from = existing[key as keyof typeof existing];
        if ((from ?? null) !== (to ?? null)) changes[key] = { from: from ?? null, to: to ?? null };
      }
      if (Object.keys(changes).length > 0) {
        await tx.db.update(schema.users).set(fields).where(eq(schema.users.id, userId));
        await recordAudit(tx, { actorId: null, entityType: "user", entityId: userId, action: "directory_updated", changes });
      }
    } else {
      const [created] = await tx.db.insert(schema.users).values(fields).returning({ id: schema.users.id });
      userId = created.id;
      await recordAudit(tx, {
        actorId: null,
        entityType: "user",
        entityId: userId,
        action: "created",
        data: { via: "directory", dn: person.dn },
      });
      await tx.db.insert(schema.userRoles).values({ userId, role: "requester" });
    }

    if (roles) {
      const current = (
        await tx.db.select({ role: schema.userRoles.role }).from(schema.userRoles).where(eq(schema.userRoles.userId, userId))
      ).map((r) => r.role);
      if (current.length !== roles.length || !roles.every((r) => current.includes(r))) {
        await tx.db.delete(schema.userRoles).where(eq(schema.userRoles.userId, userId));
        await tx.db.insert(schema.userRoles).values(roles.map((role) => ({ userId, role })));
        await recordAudit(tx, {
          actorId: null,
          entityType: "user",
          entityId: userId,
          action: "directory_roles",
          changes: { roles: { from: current, to: roles } },
          data: { groups: person.groups },
        });
      }
    }
    return userId;
  });
}

/** A person the directory no longer has (or has disabled): their account ends, and with it their sessions and tokens. */
export async function deactivateDirectoryPerson(userId: string, reason: string): Promise<void> {
  await withTransaction(async (tx) => {
    const [row] = await tx.db
      .update(schema.users)
      .set({ active: false })
      .where(and(eq(schema.users.id, userId), eq(schema.users.active, true)))
      .returning({ id: schema.users.id });
    if (!row) return;
    await recordAudit(tx, {
      actorId: null,
      entityType: "user",
      entityId: userId,
      action: "deactivated",
      changes: { active: { from: true, to: false } },
      data: { via: "directory", reason },
    });
    // As when an admin deactivates someone: sessions end at their next request, API tokens are revoked.
    await revokeSessionsIn(tx, userId, null);
  });
}
