import { Client, type Entry, InvalidCredentialsError } from "ldapts";
import { type DirectoryConfig, escapeDnValue, escapeFilterValue, fillTemplate } from "./directory-config";

/** A person as the directory describes them. */
export type DirectoryPerson = {
  dn: string;
  name: string;
  email: string;
  department: string | null;
  phone: string | null;
  groups: string[];
};

export type DirectoryAnswer =
  | { status: "ok"; person: DirectoryPerson }
  | { status: "wrong" } // wrong password (or, binding as the person, no such person)
  | { status: "not_found" } // no such person, or one the filter leaves out (disabled)
  | { status: "down"; error: string };

const first = (value: Entry[string] | undefined): string | null => {
  const one = Array.isArray(value) ? value[0] : value;
  if (one === undefined) return null;
  const text = (Buffer.isBuffer(one) ? one.toString("utf8") : String(one)).trim();
  return text || null;
};
const all = (value: Entry[string] | undefined): string[] =>
  value === undefined ? [] : (Array.isArray(value) ? value : [value]).map(String);

export function openClient(config: DirectoryConfig): Client {
  // TLS options only for ldaps://: given them, the client speaks TLS from the first byte even on ldap://.
  const tlsOptions = /^ldaps:/i.test(config.url) ? { tlsOptions: { rejectUnauthorized: config.tlsVerify } } : {};
  return new Client({ url: config.url, timeout: config.timeoutMs, connectTimeout: config.timeoutMs, ...tlsOptions });
}

export async function connect(config: DirectoryConfig): Promise<Client> {
  const client = openClient(config);
  if (config.startTls) await client.startTLS({ rejectUnauthorized: config.tlsVerify });
  return client;
}

async function findPerson(client: Client, config: DirectoryConfig, email: string, base?: string): Promise<Entry | null> {
  const filter = fillTemplate(config.userFilter, email, escapeFilterValue);
  const { attributes } = config;
  const { searchEntries } = await client.search(base ?? config.baseDn, {
    scope: base ? "base" : "sub",
    filter,
    attributes: [attributes.name, attributes.email, attributes.department, attributes.phone, "memberOf"],
    sizeLimit: 2,
  });
  // Two people answering one login is a directory mistake: signing in as either would be a guess.
  return searchEntries.length === 1 ? searchEntries[0] : null;
}

/** The groups a person is in: their memberOf (Active Directory, OpenLDAP's overlay), and groups naming them as member. */
async function groupsOf(client: Client, config: DirectoryConfig, entry: Entry): Promise<string[]> {
  const dn = escapeFilterValue(entry.dn);
  const { searchEntries } = await client.search(config.groupBaseDn, {
    filter: `(|(member=${dn})(uniqueMember=${dn}))`,
    attributes: ["dn"],
  });
  return [...new Set([...all(entry.memberOf), ...searchEntries.map((g) => g.dn)])];
}

function personOf(entry: Entry, config: DirectoryConfig, email: string, groups: string[]): DirectoryPerson {
  const a = config.attributes;
  return {
    dn: entry.dn,
    name: first(entry[a.name]) ?? email,
    email: (first(entry[a.email]) ?? email).toLowerCase(),
    department: first(entry[a.department]),
    phone: first(entry[a.phone]),
    groups,
  };
}

/**
 * Checks a person's password against the directory by binding as them, found either with the service account
 * (search, then bind) or by the DN template, and reads their name, e-mail, department, phone and groups. The
 * password is only ever sent to the directory, never stored. An unreachable directory answers "down", so the
 * sign-in can say so and local accounts still work.
 */
export async function authenticate(config: DirectoryConfig, email: string, password: string): Promise<DirectoryAnswer> {
  // An empty password is an "unauthenticated bind", which LDAP servers accept: never a sign-in.
  if (!password) return { status: "wrong" };
  let client: Client | null = null;
  try {
    client = await connect(config);
    let dn: string;
    if (config.bindDn) {
      await client.bind(config.bindDn, config.bindPassword);
      const found = await findPerson(client, config, email);
      if (!found) return { status: "not_found" };
      dn = found.dn;
    } else {
      dn = fillTemplate(config.userDnTemplate!, email, escapeDnValue);
    }
    try {
      await client.bind(dn, password);
    } catch (error) {
      if (error instanceof InvalidCredentialsError) return { status: "wrong" };
      throw error;
    }
    // Read as the service account where there is one (the person may not read the groups), else as the person.
    if (config.bindDn) await client.bind(config.bindDn, config.bindPassword);
    const entry = config.bindDn ? await findPerson(client, config, email, dn) : await findPerson(client, config, email);
    if (!entry) return { status: "not_found" };
    return { status: "ok", person: personOf(entry, config, email, await groupsOf(client, config, entry)) };
  } catch (error) {
    if (error instanceof InvalidCredentialsError) return { status: "down", error: "the service account was refused (LDAP_BIND_DN)" };
    return { status: "down", error: (error as Error).message };
  } finally {
    await client?.unbind().catch(() => {});
  }
}

/** Is a directory person still there and enabled (the user filter passes)? For the sync; "down" when it cannot tell. */
export async function stillInDirectory(config: DirectoryConfig, dn: string, email: string): Promise<"yes" | "no" | "down"> {
  if (!config.bindDn) return "down"; // without a service account only the sign-in can tell
  let client: Client | null = null;
  try {
    client = await connect(config);
    await client.bind(config.bindDn, config.bindPassword);
    return (await findPerson(client, config, email, dn)) ? "yes" : "no";
  } catch (error) {
    if ((error as { code?: unknown }).code === 32) return "no"; // noSuchObject: the entry is gone
    return "down";
  } finally {
    await client?.unbind().catch(() => {});
  }
}

/** Does the directory answer at all? For the sign-in page's notice and the health answer. */
export async function directoryAnswers(config: DirectoryConfig): Promise<boolean> {
  let client: Client | null = null;
  try {
    client = await connect(config);
    if (config.bindDn) await client.bind(config.bindDn, config.bindPassword);
    else await client.search("", { scope: "base", filter: "(objectClass=*)", attributes: ["namingContexts"] });
    return true;
  } catch {
    return false;
  } finally {
    await client?.unbind().catch(() => {});
  }
}
