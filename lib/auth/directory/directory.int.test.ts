import { eq, like, sql } from "drizzle-orm";
import { Attribute, Change, Client } from "ldapts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, schema } from "@/db/client";
import { hashPassword } from "@/lib/auth/password";
import { getUserById } from "@/lib/people/get-user";
import { setSetting, settingDefaults } from "@/lib/settings/settings";
import { type LdapServer, ldapServerAt, startLdapServer } from "@/scripts/lib/ldap-server";
import { verifyCredentials } from "../verify-credentials";
import { directoryStatus } from "./directory-status";
import { syncDirectory } from "./sync-directory";

// A real slapd: the one scripts/test.ts started (TEST_LDAP_DIR), else one of our own for this file.
let server: LdapServer;
let ownServer: (LdapServer & { remove: () => Promise<void> }) | undefined;
const saved = { ...process.env };
const people = "ou=people,dc=hospital,dc=test";
const tag = `${Date.now()}`;

async function asAdmin(work: (client: Client) => Promise<void>) {
  const client = new Client({ url: server.url });
  await client.bind(server.adminDn, server.adminPassword);
  try {
    await work(client);
  } finally {
    await client.unbind();
  }
}

const signIn = (email: string, password: string) => verifyCredentials({ email, password });

beforeAll(async () => {
  const dir = process.env.TEST_LDAP_DIR;
  server = dir ? await ldapServerAt(dir) : (ownServer = await startLdapServer());
  Object.assign(process.env, {
    LDAP_URL: server.url,
    LDAP_BIND_DN: "cn=desk-reader,dc=hospital,dc=test",
    LDAP_BIND_PASSWORD: "desk-reader-password",
    LDAP_BASE_DN: people,
    LDAP_GROUP_BASE_DN: "ou=groups,dc=hospital,dc=test",
    LDAP_USER_FILTER: "(&(objectClass=inetOrgPerson)(!(employeeType=disabled))(|(mail={email})(uid={login})))",
    LDAP_DOMAINS: "hospital.test",
  });
  // Accounts of an earlier run against the same database start afresh.
  await getDb()
    .update(schema.users)
    .set({ directoryDn: null, email: sql`${schema.users.email} || ${`.old${tag}`}` })
    .where(like(schema.users.email, "%@hospital.test"));
  await getDb()
    .insert(schema.departments)
    .values({ key: `therapy-${tag}`, nameRu: "Терапия", nameEn: "Therapy" })
    .onConflictDoNothing();
  await setSetting(getDb(), "directoryGroupRoles", [
    { groupDn: "cn=it-specialists,ou=groups,dc=hospital,dc=test", role: "specialist" },
    { groupDn: "cn=desk-admins,ou=groups,dc=hospital,dc=test", role: "admin" },
  ]);
});

afterAll(async () => {
  for (const key of Object.keys(process.env)) if (key.startsWith("LDAP_") && !(key in saved)) delete process.env[key];
  await setSetting(getDb(), "directoryGroupRoles", settingDefaults.directoryGroupRoles);
  await ownServer?.remove();
});

describe("sign-in with the directory (a real slapd)", () => {
  it("creates the account on first sign-in, with name, e-mail, department and phone from the directory", async () => {
    const id = await signIn("ivanova@hospital.test", "ivanova-password");
    expect(id).toBeTruthy();
    const user = (await getDb().query.users.findFirst({ where: eq(schema.users.id, id!) }))!;
    expect(user).toMatchObject({
      name: "Анна Иванова",
      email: "ivanova@hospital.test",
      phone: "+7 495 100-00-01",
      directoryDn: `uid=ivanova,${people}`,
      passwordHash: null,
    });
    const [department] = await getDb().select().from(schema.departments).where(eq(schema.departments.id, user.departmentId!));
    expect(department.nameRu).toBe("Терапия");
    expect((await getUserById(id!))!.roles).toEqual(["requester"]);
    // The same person again is the same account.
    expect(await signIn("ivanova@hospital.test", "ivanova-password")).toBe(id);
  });

  it("gives the roles of the person's directory groups", async () => {
    const id = await signIn("petrov@hospital.test", "petrov-password");
    expect((await getUserById(id!))!.roles.sort()).toEqual(["requester", "specialist"]);
  });

  it("updates a changed attribute at the next sign-in", async () => {
    await asAdmin((c) =>
      c.modify(
        `uid=ivanova,${people}`,
        new Change({ operation: "replace", modification: new Attribute({ type: "telephoneNumber", values: ["+7 495 555-55-55"] }) }),
      ),
    );
    const id = await signIn("ivanova@hospital.test", "ivanova-password");
    expect((await getDb().query.users.findFirst({ where: eq(schema.users.id, id!) }))!.phone).toBe("+7 495 555-55-55");
  });

  it("refuses a wrong password and never stores the directory's", async () => {
    expect(await signIn("ivanova@hospital.test", "wrong-password")).toBeNull();
    expect(await signIn("nobody@hospital.test", "whatever")).toBeNull();
  });

  it("refuses a person removed from the directory, and ends a disabled one's account by the sync", async () => {
    const admin = await signIn("sidorov@hospital.test", "sidorov-password");
    expect((await getUserById(admin!))!.roles.sort()).toEqual(["admin", "requester"]);
    await asAdmin((c) => c.del(`uid=sidorov,${people}`));
    expect(await signIn("sidorov@hospital.test", "sidorov-password")).toBeNull();
    expect(await getUserById(admin!)).toBeNull(); // deactivated: sessions and tokens end at the next request

    const petrov = (await getDb().query.users.findFirst({ where: eq(schema.users.email, "petrov@hospital.test") }))!;
    await asAdmin((c) =>
      c.modify(
        `uid=petrov,${people}`,
        new Change({ operation: "add", modification: new Attribute({ type: "employeeType", values: ["disabled"] }) }),
      ),
    );
    expect(await syncDirectory()).toMatchObject({ deactivated: 1 });
    expect(await getUserById(petrov.id)).toBeNull();
    expect(await signIn("petrov@hospital.test", "petrov-password")).toBeNull();
  });

  it("while the directory is down: local accounts still sign in, domain accounts cannot, and it says so", async () => {
    const email = `local-admin-${tag}@desk.local`;
    const [local] = await getDb()
      .insert(schema.users)
      .values({ email, name: "Local admin", passwordHash: await hashPassword("local-password") })
      .returning();
    expect(await directoryStatus()).toBe("ok");
    await server.stop();
    try {
      expect(await directoryStatus()).toBe("down");
      expect(await signIn(email, "local-password")).toBe(local.id);
      expect(await signIn("ivanova@hospital.test", "ivanova-password")).toBeNull();
    } finally {
      await server.start();
    }
    expect(await signIn("ivanova@hospital.test", "ivanova-password")).toBeTruthy();
  });
});
