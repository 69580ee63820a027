import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import postgres from "postgres";

type Missing = { what: string; install: string };

const onPath = (command: string) => spawnSync(command, ["-version"], { stdio: "ignore" }).error === undefined;

/**
 * What `npm test` needs from the machine, checked before anything starts: a run that would fail after minutes on
 * a missing browser says so at once, one line each, with the command that installs it.
 */
export async function missingPrerequisites(env: Record<string, string | undefined> = process.env): Promise<Missing[]> {
  const missing: Missing[] = [];
  const chromium = env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium))
    missing.push({
      what: `Chromium (${chromium}) for the browser tests`,
      install: "sudo apt-get install -y chromium, or set CHROMIUM_PATH",
    });
  if (!env.ELASTICSEARCH_URL) {
    if (!onPath("java"))
      missing.push({
        what: "Java 17+ for the embedded search node",
        install: "sudo apt-get install -y openjdk-17-jdk-headless, or set ELASTICSEARCH_URL",
      });
    if (!onPath("mvn"))
      missing.push({
        what: "Maven, which fetches the search node's jars",
        install: "sudo apt-get install -y maven, or set ELASTICSEARCH_URL",
      });
  }
  const dovecot = env.DOVECOT_BIN ?? "/usr/sbin/dovecot";
  if (!existsSync(dovecot) && !onPath("dovecot"))
    missing.push({ what: "dovecot, the IMAP server of the mail-in tests", install: "sudo apt-get install -y dovecot-imapd" });
  if (!existsSync("/usr/sbin/slapd") && !onPath("slapd"))
    missing.push({ what: "slapd, the LDAP directory of the sign-in tests", install: "sudo apt-get install -y slapd ldap-utils" });
  const url = env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const probe = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await probe`select 1`;
  } catch (error) {
    missing.push({
      what: `PostgreSQL at ${url.replace(/:\/\/([^:@]+):[^@]+@/, "://$1:***@")} (${(error as Error).message})`,
      install:
        "sudo apt-get install -y postgresql && sudo pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start, or set DATABASE_URL",
    });
  } finally {
    await probe.end().catch(() => {});
  }
  return missing;
}
