type Env = Record<string, string | undefined>;

/** How to reach and read the organisation's directory (LDAP / Active Directory); the passwords stay in the environment. */
export type DirectoryConfig = {
  /** ldap://host:389 or ldaps://host:636 */
  url: string;
  /** Upgrade an ldap:// connection with StartTLS before anything is sent. */
  startTls: boolean;
  /** Check the server's certificate (off only for a self-signed test directory). */
  tlsVerify: boolean;
  /** A service account: find the person first, then bind as them (search-then-bind). */
  bindDn: string | null;
  bindPassword: string;
  /** Without a service account, bind as the person directly: "uid={login},ou=people,dc=…" or "{login}@HOSPITAL" (AD). */
  userDnTemplate: string | null;
  baseDn: string;
  /** Finds the person by what they typed; {email} and {login} (the part before @) are filled in, escaped. */
  userFilter: string;
  groupBaseDn: string;
  attributes: { name: string; email: string; department: string; phone: string };
  /** E-mail domains whose accounts sign in with the directory; empty: every account that is not a local one. */
  domains: string[];
  timeoutMs: number;
};

const yes = (value: string | undefined, fallback: boolean) =>
  value === undefined || value === "" ? fallback : !/^(0|false|no|off)$/i.test(value.trim());

/**
 * The directory settings from the environment (README, "Sign-in with the directory"), or null when LDAP_URL
 * is not set: then only local passwords sign in.
 */
export function directoryFromEnv(env: Env = process.env): DirectoryConfig | null {
  const url = env.LDAP_URL?.trim();
  if (!url) return null;
  if (!/^ldaps?:\/\//i.test(url)) throw new Error(`LDAP_URL: ${url} is not an ldap:// or ldaps:// URL`);
  const baseDn = env.LDAP_BASE_DN?.trim() ?? "";
  const bindDn = env.LDAP_BIND_DN?.trim() || null;
  const userDnTemplate = env.LDAP_USER_DN?.trim() || null;
  if (!bindDn && !userDnTemplate) throw new Error("Set LDAP_BIND_DN (search, then bind) or LDAP_USER_DN (bind as the person)");
  if (bindDn && !baseDn) throw new Error("LDAP_BASE_DN is needed to search for people");
  return {
    url,
    startTls: yes(env.LDAP_STARTTLS, false),
    tlsVerify: yes(env.LDAP_TLS_VERIFY, true),
    bindDn,
    bindPassword: env.LDAP_BIND_PASSWORD ?? "",
    userDnTemplate,
    baseDn,
    userFilter: env.LDAP_USER_FILTER?.trim() || "(&(objectClass=person)(|(mail={email})(uid={login})(sAMAccountName={login})))",
    groupBaseDn: env.LDAP_GROUP_BASE_DN?.trim() || baseDn,
    attributes: {
      name: env.LDAP_ATTR_NAME?.trim() || "cn",
      email: env.LDAP_ATTR_EMAIL?.trim() || "mail",
      department: env.LDAP_ATTR_DEPARTMENT?.trim() || "departmentNumber",
      phone: env.LDAP_ATTR_PHONE?.trim() || "telephoneNumber",
    },
    domains: (env.LDAP_DOMAINS ?? "")
      .split(/[\s,]+/)
      .map((d) => d.trim().toLowerCase())
      .filter(Boolean),
    timeoutMs: Number(env.LDAP_TIMEOUT_MS ?? 5000),
  };
}

/** RFC 4515: a value inside a search filter, so what a person types can never change the filter. */
export function escapeFilterValue(value: string): string {
  return value.replace(/[\\*()\0]/g, (c) => `\\${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

/** RFC 4514: a value inside a DN. */
export function escapeDnValue(value: string): string {
  return value
    .replace(/[\\,+"<>;=]/g, (c) => `\\${c}`)
    .replace(/^([ #])/, "\\$1")
    .replace(/ $/, "\\ ");
}

export function fillTemplate(template: string, email: string, escape: (value: string) => string): string {
  const login = email.split("@")[0];
  return template.replaceAll("{email}", escape(email)).replaceAll("{login}", escape(login));
}
