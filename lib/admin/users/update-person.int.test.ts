import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, schema } from "@/db/client";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { updatePerson } from "./update-person";

async function makeUser(label: string, roles: Role[]) {
  const [user] = await getDb()
    .insert(schema.users)
    .values({ email: `${label}-${randomUUID()}@admin.test`, name: `Admin test ${label}` })
    .returning();
  await getDb()
    .insert(schema.userRoles)
    .values(roles.map((role) => ({ userId: user.id, role })));
  return user;
}

async function rolesOf(userId: string) {
  return (await getDb().select({ role: schema.userRoles.role }).from(schema.userRoles).where(eq(schema.userRoles.userId, userId)))
    .map((r) => r.role)
    .sort();
}

async function auditOf(userId: string) {
  return getDb()
    .select()
    .from(schema.auditEvents)
    .where(and(eq(schema.auditEvents.entityType, "user"), eq(schema.auditEvents.entityId, userId)));
}

const unchanged = { departmentId: null, vip: false, hourlyCost: null, active: true };

describe("updatePerson", () => {
  it("sets several roles and the other fields, with one audit event of what changed", async () => {
    const admin = await makeUser("admin", ["admin"]);
    const person = await makeUser("person", ["requester"]);
    await updatePerson(admin, { userId: person.id, ...unchanged, roles: ["specialist", "requester", "dispatcher"], hourlyCost: 1700 });
    expect(await rolesOf(person.id)).toEqual(["dispatcher", "requester", "specialist"]);
    const [row] = await getDb().select().from(schema.users).where(eq(schema.users.id, person.id));
    expect(row.hourlyCost).toBe(1700);
    const events = await auditOf(person.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: admin.id,
      action: "updated",
      changes: { roles: { from: ["requester"], to: ["dispatcher", "requester", "specialist"] }, hourlyCost: { from: null, to: 1700 } },
    });
  });

  it("records nothing when nothing changed", async () => {
    const admin = await makeUser("admin", ["admin"]);
    const person = await makeUser("person", ["requester"]);
    await updatePerson(admin, { userId: person.id, ...unchanged, roles: ["requester"] });
    expect(await auditOf(person.id)).toHaveLength(0);
  });

  it("refuses to let admins take away their own admin role, and changes nothing", async () => {
    const admin = await makeUser("self", ["admin", "specialist"]);
    const attempt = updatePerson(admin, { userId: admin.id, ...unchanged, roles: ["specialist"] });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "invalid_input", fields: { roles: "ownAdminRole" } });
    expect(await rolesOf(admin.id)).toEqual(["admin", "specialist"]);
    expect(await auditOf(admin.id)).toHaveLength(0);
  });

  it("refuses to let admins deactivate themselves, but lets them change their other roles", async () => {
    const admin = await makeUser("self", ["admin"]);
    await expect(updatePerson(admin, { userId: admin.id, ...unchanged, roles: ["admin"], active: false })).rejects.toMatchObject({
      fields: { active: "ownAccount" },
    });
    await updatePerson(admin, { userId: admin.id, ...unchanged, roles: ["admin", "analyst"] });
    expect(await rolesOf(admin.id)).toEqual(["admin", "analyst"]);
  });

  it("lets one admin remove another's admin role", async () => {
    const admin = await makeUser("admin", ["admin"]);
    const other = await makeUser("other-admin", ["admin"]);
    await updatePerson(admin, { userId: other.id, ...unchanged, roles: ["requester"] });
    expect(await rolesOf(other.id)).toEqual(["requester"]);
  });

  it("rejects an unknown department and no roles at all", async () => {
    const admin = await makeUser("admin", ["admin"]);
    const person = await makeUser("person", ["requester"]);
    await expect(
      updatePerson(admin, { userId: person.id, ...unchanged, roles: ["requester"], departmentId: randomUUID() }),
    ).rejects.toMatchObject({
      fields: { departmentId: "noSuchDepartment" },
    });
    await expect(updatePerson(admin, { userId: person.id, ...unchanged, roles: [] })).rejects.toThrow();
  });
});
