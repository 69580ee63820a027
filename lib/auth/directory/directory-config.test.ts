import { describe, expect, it } from "vitest";
import { directoryFromEnv, escapeDnValue, escapeFilterValue, fillTemplate } from "./directory-config";
import { rolesFromGroups } from "./save-directory-person";
import { isDomainAccount } from "./sign-in-with-directory";

describe("directoryFromEnv", () => {
  it("is off without LDAP_URL", () => {
    expect(directoryFromEnv({})).toBeNull();
  });

  it("needs a way to find the person", () => {
    expect(() => directoryFromEnv({ LDAP_URL: "ldap://dc1" })).toThrow(/LDAP_BIND_DN/);
    expect(() => directoryFromEnv({ LDAP_URL: "ldap://dc1", LDAP_BIND_DN: "cn=svc" })).toThrow(/LDAP_BASE_DN/);
    expect(() => directoryFromEnv({ LDAP_URL: "http://dc1", LDAP_USER_DN: "{login}@X" })).toThrow(/ldap/);
  });

  it("reads the settings with Active Directory friendly defaults", () => {
    const c = directoryFromEnv({
      LDAP_URL: "ldap://dc1",
      LDAP_STARTTLS: "true",
      LDAP_USER_DN: "{login}@HOSPITAL",
      LDAP_DOMAINS: "hospital.ru, clinic.ru",
      LDAP_ATTR_DEPARTMENT: "department",
    })!;
    expect(c).toMatchObject({
      startTls: true,
      tlsVerify: true,
      bindDn: null,
      domains: ["hospital.ru", "clinic.ru"],
      attributes: { name: "cn", email: "mail", department: "department", phone: "telephoneNumber" },
    });
    expect(c.userFilter).toContain("sAMAccountName={login}");
  });
});

describe("escaping", () => {
  it("keeps what a person types from changing a filter or a DN", () => {
    expect(escapeFilterValue("*)(uid=*")).toBe("\\2a\\29\\28uid=\\2a");
    expect(escapeDnValue("a,b=c")).toBe("a\\,b\\=c");
    expect(fillTemplate("(|(mail={email})(uid={login}))", "iv*@h.ru", escapeFilterValue)).toBe("(|(mail=iv\\2a@h.ru)(uid=iv\\2a))");
  });
});

describe("rolesFromGroups", () => {
  const mapping = [
    { groupDn: "CN=IT,OU=Groups,DC=h,DC=ru", role: "specialist" as const },
    { groupDn: "cn=admins,dc=h,dc=ru", role: "admin" as const },
  ];
  it("maps groups to roles, case-insensitively, always with requester", () => {
    expect(rolesFromGroups(["cn=it,ou=groups,dc=h,dc=ru"], mapping)).toEqual(["requester", "specialist"]);
    expect(rolesFromGroups([], mapping)).toEqual(["requester"]);
  });
  it("leaves roles alone when nothing is mapped", () => {
    expect(rolesFromGroups(["cn=it"], [])).toBeNull();
  });
});

describe("isDomainAccount", () => {
  const config = directoryFromEnv({ LDAP_URL: "ldap://dc1", LDAP_USER_DN: "{login}@H", LDAP_DOMAINS: "hospital.ru" })!;
  it("sends the directory's domains to the directory, and local accounts to their password", () => {
    expect(isDomainAccount(config, "ivan@hospital.ru", undefined)).toBe(true);
    expect(isDomainAccount(config, "admin@desk.local", { id: "1", passwordHash: "x", active: true, directoryDn: null })).toBe(false);
    expect(isDomainAccount(config, "moved@other.ru", { id: "1", passwordHash: null, active: true, directoryDn: "uid=moved" })).toBe(true);
  });
});
