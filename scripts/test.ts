// npm test: type check, lint, unit tests, integration tests against the real PostgreSQL, the embedded search
// node, a real SMTP sink, a real IMAP server (dovecot) and a real LDAP directory (slapd), then Playwright in
// Debian's chromium against the built app. Every service is started once here and stopped at the end,
// whatever happens.
import { readdir, rm } from "node:fs/promises";
import { parseArgs } from "node:util";
import { seedDatabase } from "@/lib/demo/seed";
import { startMailSink } from "@/lib/mail/mail-sink";
import { isAlive, readPidFile, startSearchEngine, stopPid } from "@/search/engine";
import { startImapServer } from "./lib/imap-server";
import { directoryEnv, startLdapServer } from "./lib/ldap-server";
import { migrateDatabase } from "./lib/migrate";
import { missingPrerequisites } from "./lib/prerequisites";
import { run, startChild, step } from "./lib/run";
import { createTestDatabase } from "./lib/test-database";

// `npm test -- --only reports --only problems`: the test files whose path holds one of these, with the same
// services; the static checks and the build are skipped when nothing of theirs is asked for. For working on one
// part; CI and the README's command always run everything.
const only = parseArgs({ options: { only: { type: "string", multiple: true } } }).values.only ?? [];
const filterArgs = only.length > 0 ? [...only, "--passWithNoTests"] : [];

const started = Date.now();
const cleanups: (() => Promise<void>)[] = [];
// Local binaries directly, without npx: one process less each, and signals reach them.
const bin = (name: string) => `node_modules/.bin/${name}`;

/** The embedded node on an empty data folder: every run indexes its own database from scratch. */
async function freshSearchEngine(port: number, dataDir: string) {
  const leftover = readPidFile(dataDir);
  if (leftover && isAlive(leftover.pid)) await stopPid(leftover.pid);
  await rm(dataDir, { recursive: true, force: true });
  return startSearchEngine({ port, dataDir });
}

async function main() {
  const missing = await missingPrerequisites();
  if (missing.length > 0) {
    for (const m of missing) console.error(`✘ missing: ${m.what} — ${m.install}`);
    throw new Error("this machine lacks what the tests need (above); .ci/run installs it on Debian");
  }
  // The search node takes a while to start: start it now, while the static checks run.
  const searchUrl = process.env.ELASTICSEARCH_URL;
  const search = searchUrl
    ? Promise.resolve({ url: searchUrl, stop: async () => {} })
    : freshSearchEngine(Number(process.env.TEST_SEARCH_PORT ?? 9260), ".data/test-search");
  search.then(
    (s) => cleanups.push(s.stop),
    () => {},
  );

  if (only.length === 0) {
    await step("type check", () => run(bin("tsc"), ["--noEmit"]));
    await step("lint", () => run(bin("eslint"), [".", "--max-warnings=0"]));
    // One formatter and import order for the whole tree: `npm run format` fixes what this reports.
    await step("format", () => run(bin("biome"), ["check", "."]));
    await step("module cycles", () => run(bin("tsx"), ["scripts/check-cycles.ts"]));
  }
  await step("unit tests", () => run(bin("vitest"), ["run", "--project", "unit", ...filterArgs]));

  const baseDb = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const database = await step("test database", async () => {
    const db = await createTestDatabase(baseDb);
    cleanups.push(db.drop);
    await migrateDatabase(db.url);
    return db;
  });
  const smtpPort = Number(process.env.TEST_SMTP_PORT ?? 2526);
  const mailDir = `.data/test-mail-${process.pid}`;
  const sink = await startMailSink(smtpPort, mailDir);
  cleanups.push(async () => {
    await sink.stop();
    await rm(mailDir, { recursive: true, force: true });
  });
  // A real IMAP server (dovecot) for the mail-in tests, which reach it through TEST_IMAP_DIR.
  const imap = await step("IMAP server", () => startImapServer());
  cleanups.push(imap.remove);
  // A real LDAP directory (slapd) for the directory sign-in tests, which reach it through TEST_LDAP_DIR.
  const ldap = await step("LDAP server", () => startLdapServer());
  cleanups.push(ldap.remove);
  const { url: elasticsearchUrl } = await step("search node", () => search);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: database.url,
    ELASTICSEARCH_URL: elasticsearchUrl,
    // Mail goes through real SMTP to the sink, which admins read in the app, as in the demo.
    SMTP_SINK_PORT: String(smtpPort),
    MAIL_SINK_DIR: mailDir,
    TEST_IMAP_DIR: imap.dir,
    TEST_LDAP_DIR: ldap.dir,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "test-secret-test-secret-test-secret-0123",
    APP_URL: `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`,
  };
  await step("integration tests", () => run(bin("vitest"), ["run", "--project", "integration", ...filterArgs], env));
  const e2eFiles = (await readdir("e2e")).filter((f) => f.endsWith(".spec.ts"));
  if (only.length > 0 && !e2eFiles.some((f) => only.some((o) => `e2e/${f}`.includes(o)))) return;

  await step("seed", () => seedDatabase(database.url, { quiet: true }));
  // The integration tests left indices behind: rebuild them from the seeded database, as a deploy would.
  await step("search reindex", () => run(bin("tsx"), ["scripts/search-reindex.ts"], env));
  await step("recurring problems", () => run(bin("tsx"), ["scripts/run-job.ts", "group-problems"], env));
  // The type check above covered what the build would check again (next.config.ts).
  await step("build", () => run(bin("next"), ["build"], only.length === 0 ? { ...env, NEXT_TYPES_CHECKED: "1" } : env));
  // The browser tests sign directory people in through the real sign-in page: the app and the worker use the
  // test directory as they would the organisation's (the integration tests set it themselves, per file).
  const e2eEnv = { ...env, ...directoryEnv(ldap.url) };
  const worker = startChild("worker", bin("tsx"), ["scripts/worker.ts"], e2eEnv);
  cleanups.push(worker.stop);
  await step("e2e", () => run(bin("playwright"), ["test", ...only], e2eEnv));
}

async function cleanUp() {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((e) => console.error(`cleanup: ${(e as Error).message}`));
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    console.error(`\n✘ interrupted (${signal})`);
    await cleanUp();
    process.exit(130);
  });
}

main().then(
  async () => {
    await cleanUp();
    console.log(`\nall tests passed in ${((Date.now() - started) / 60000).toFixed(1)} min`);
    process.exit(0);
  },
  async (error) => {
    console.error(`\n✘ ${(error as Error).message}`);
    await cleanUp();
    process.exit(1);
  },
);
