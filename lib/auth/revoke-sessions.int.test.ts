import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, schema } from "@/db/client";
import { updatePerson } from "@/lib/admin/users/update-person";
import { makeOrganisation } from "@/lib/test/fixtures";
import { createApiToken, userForToken } from "./api-tokens";
import { revokeSessions, sessionStillHolds } from "./revoke-sessions";

describe("signing out everywhere against PostgreSQL", () => {
  it("ends the sessions signed in before it and revokes every token; a later sign-in holds", async () => {
    const org = await makeOrganisation();
    const before = Date.now() - 1000;
    const { token } = await createApiToken(org.requester.id, { name: "script" });
    expect(await sessionStillHolds(org.requester.id, before)).toBe(true);
    await revokeSessions(org.requester.id, org.requester.id);
    expect(await sessionStillHolds(org.requester.id, before)).toBe(false);
    expect(await userForToken(token)).toBeNull();
    expect(await sessionStillHolds(org.requester.id, Date.now() + 1000)).toBe(true);
    const [event] = await getDb().select().from(schema.auditEvents).where(eq(schema.auditEvents.entityId, org.requester.id));
    expect(event).toMatchObject({ entityType: "user", action: "sessions_revoked", data: { tokens: 1 } });
  });

  it("happens when an admin deactivates a person", async () => {
    const org = await makeOrganisation();
    const [admin] = await getDb()
      .insert(schema.users)
      .values({ email: `admin-${org.tag}@test.local`, name: "Admin", language: "en" })
      .returning();
    await getDb().insert(schema.userRoles).values({ userId: admin.id, role: "admin" });
    const { token } = await createApiToken(org.specialist.id, { name: "cli" });
    await updatePerson(
      { id: admin.id },
      { userId: org.specialist.id, roles: ["specialist"], departmentId: org.department.id, vip: false, hourlyCost: null, active: false },
    );
    const [row] = await getDb().select().from(schema.apiTokens).where(eq(schema.apiTokens.userId, org.specialist.id));
    expect(row.revokedAt).not.toBeNull();
    expect(await userForToken(token)).toBeNull();
  });
});
