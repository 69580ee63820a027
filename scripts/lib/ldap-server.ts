// A real LDAP directory for the tests: Debian's slapd (apt `slapd ldap-utils`), configured from a slapd.conf in
// a folder of its own, on a free port, loaded with an LDIF of people and groups. Started once by
// scripts/test.ts; the directory sign-in tests reach it through TEST_LDAP_DIR (and can stop and start it).
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "./free-port";

export type LdapServer = {
  dir: string;
  url: string;
  suffix: string;
  /** The directory's administrator, for tests that change people (the desk itself never writes). */
  adminDn: string;
  adminPassword: string;
  start: () => Promise<void>;
  stop: () => Promise<void>;
};

const bin = (name: string) => (existsSync(`/usr/sbin/${name}`) ? `/usr/sbin/${name}` : name);
const suffix = "dc=hospital,dc=test";

/** The people and groups every test directory starts with; all passwords are "<uid>-password". */
export const directoryLdif = `dn: ${suffix}
objectClass: dcObject
objectClass: organization
o: Test Hospital
dc: hospital

dn: ou=people,${suffix}
objectClass: organizationalUnit
ou: people

dn: ou=groups,${suffix}
objectClass: organizationalUnit
ou: groups

dn: cn=desk-reader,${suffix}
objectClass: person
objectClass: simpleSecurityObject
cn: desk-reader
sn: reader
userPassword: desk-reader-password

${[
  "ivanova:Анна Иванова:Терапия:+7 495 100-00-01",
  "petrov:Pavel Petrov:IT:+7 495 100-00-02",
  "sidorov:Semyon Sidorov:Хирургия:+7 495 100-00-03",
  // The browser tests' person (e2e/directory-sign-in.spec.ts); the integration tests leave her alone.
  "kuznetsova:Ольга Кузнецова:Хирургия:+7 495 100-00-04",
]
  .map((line) => {
    const [uid, name, department, phone] = line.split(":");
    return `dn: uid=${uid},ou=people,${suffix}
objectClass: inetOrgPerson
uid: ${uid}
cn:: ${Buffer.from(name).toString("base64")}
sn: ${uid}
mail: ${uid}@hospital.test
departmentNumber:: ${Buffer.from(department).toString("base64")}
telephoneNumber: ${phone}
userPassword: ${uid}-password
`;
  })
  .join("\n")}
dn: cn=it-specialists,ou=groups,${suffix}
objectClass: groupOfNames
cn: it-specialists
member: uid=petrov,ou=people,${suffix}
member: uid=kuznetsova,ou=people,${suffix}

dn: cn=desk-admins,ou=groups,${suffix}
objectClass: groupOfNames
cn: desk-admins
member: uid=sidorov,ou=people,${suffix}
`;

function configText(dir: string): string {
  return `# Written by scripts/lib/ldap-server.ts for the tests; everything lives in this folder.
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
pidfile ${dir}/slapd.pid
argsfile ${dir}/slapd.args
modulepath /usr/lib/ldap
moduleload back_mdb
database mdb
maxsize 10485760
suffix "${suffix}"
rootdn "cn=admin,${suffix}"
rootpw admin-password
directory ${dir}/data
access to attrs=userPassword by anonymous auth by * none
access to * by * read
`;
}

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The settings (README, "Sign-in with the directory") that point the desk at this test directory. */
export function directoryEnv(url: string): Record<string, string> {
  return {
    LDAP_URL: url,
    LDAP_BIND_DN: `cn=desk-reader,${suffix}`,
    LDAP_BIND_PASSWORD: "desk-reader-password",
    LDAP_BASE_DN: `ou=people,${suffix}`,
    LDAP_GROUP_BASE_DN: `ou=groups,${suffix}`,
    LDAP_DOMAINS: "hospital.test",
  };
}

/** The controls of the directory whose folder this is (the tests get the folder from TEST_LDAP_DIR). */
export async function ldapServerAt(dir: string): Promise<LdapServer> {
  const { port } = JSON.parse(await readFile(path.join(dir, "server.json"), "utf8")) as { port: number };
  const url = `ldap://127.0.0.1:${port}`;
  const start = async () => {
    // slapd forks into the background once it listens.
    await promisify(execFile)(bin("slapd"), ["-f", path.join(dir, "slapd.conf"), "-h", `${url}/`]).catch(
      (error: Error & { stderr?: string }) => {
        throw new Error(`slapd could not start: ${error.stderr || error.message} (install slapd; .ci/run does)`);
      },
    );
    for (let i = 0; i < 100 && !(await answers(port)); i++) await new Promise((r) => setTimeout(r, 100));
  };
  const stop = async () => {
    const pid = Number((await readFile(path.join(dir, "slapd.pid"), "utf8").catch(() => "")).trim());
    if (!(pid > 0) || !alive(pid)) return;
    process.kill(pid, "SIGTERM");
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  };
  return { dir, url, suffix, adminDn: `cn=admin,${suffix}`, adminPassword: "admin-password", start, stop };
}

/** A fresh directory in a new temporary folder, loaded with `directoryLdif`, started on a free port. */
export async function startLdapServer(): Promise<LdapServer & { remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "helpdesk-ldap-"));
  await mkdir(path.join(dir, "data"));
  await writeFile(path.join(dir, "slapd.conf"), configText(dir));
  await writeFile(path.join(dir, "people.ldif"), directoryLdif);
  await writeFile(path.join(dir, "server.json"), JSON.stringify({ port: await freePort() }));
  await new Promise<void>((resolve, reject) => {
    const child = spawn(bin("slapadd"), ["-f", path.join(dir, "slapd.conf"), "-l", path.join(dir, "people.ldif")], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error) => reject(new Error(`slapadd could not run (${error.message}): install slapd`)));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`slapadd failed: ${stderr.trim()}`))));
  });
  const server = await ldapServerAt(dir);
  await server.start();
  const remove = async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
  return { ...server, remove };
}
