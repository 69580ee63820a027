// npm run demo: the whole desk on its embedded defaults — PGlite for PostgreSQL, an OpenSearch node, a mail
// sink — migrated, seeded and served on http://localhost:3000 (PORT overrides). Set DATABASE_URL,
// ELASTICSEARCH_URL or SMTP_URL to use real services instead.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startEmbeddedPostgres } from "@/db/embedded";
import { people } from "@/lib/demo/content/people";
import { DEMO_PASSWORD, seedDatabase } from "@/lib/demo/seed";
import { startMailSink } from "@/lib/mail/mail-sink";
import { startSearchEngine } from "@/search/engine";
import { prepareSearch } from "@/search/sync/prepare-search";
import { buildIfChanged } from "./lib/app-build";
import { migrateDatabase } from "./lib/migrate";
import { assertPortFree } from "./lib/ports";
import { run, startChild, step } from "./lib/run";
import { waitForHttp } from "./lib/wait-for-http";

const started = Date.now();
const dataDir = process.env.DATA_DIR ?? ".data";
const port = Number(process.env.PORT ?? 3000);
const stops: (() => Promise<void>)[] = [];

function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  await assertPortFree(port, "the web app", "PORT");

  const search = process.env.ELASTICSEARCH_URL
    ? Promise.resolve({ url: process.env.ELASTICSEARCH_URL, stop: async () => {} })
    : startSearchEngine({ port: Number(process.env.SEARCH_PORT ?? 9200), dataDir: join(dataDir, "search") });
  search.then(
    (s) => stops.push(s.stop),
    () => {},
  );

  const databaseUrl =
    process.env.DATABASE_URL ??
    (await step("embedded PostgreSQL (PGlite)", async () => {
      const db = await startEmbeddedPostgres(Number(process.env.PGLITE_PORT ?? 54329), join(dataDir, "pglite"));
      stops.push(db.stop);
      return db.url;
    }));
  await step("migrate", () =>
    migrateDatabase(databaseUrl).catch((error: Error) => {
      throw new Error(
        `The database at ${databaseUrl.replace(/:[^:@/]+@/, ":***@")} refused: ${error.message}. ` +
          "Check DATABASE_URL (server running, user and password right), or unset it to use the embedded database.",
      );
    }),
  );
  await step("seed", () => seedDatabase(databaseUrl));

  if (!process.env.SMTP_URL) {
    const smtpPort = Number(process.env.SMTP_SINK_PORT ?? 2525);
    const sink = await startMailSink(smtpPort, process.env.MAIL_SINK_DIR ?? join(dataDir, "mail"));
    stops.push(sink.stop);
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: authSecret(),
    PORT: String(port),
    // Next and the worker share one small database: keep their pools modest.
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? "5",
  };
  await buildIfChanged(env);
  const { url: elasticsearchUrl } = await step("search node", () => search);
  env.ELASTICSEARCH_URL = elasticsearchUrl;
  await step("search indices", () => prepareSearch({ databaseUrl, searchUrl: elasticsearchUrl }));
  // The reports read stored recurring problems; group them now rather than at the worker's next hour.
  await step("recurring problems", () => run("node_modules/.bin/tsx", ["scripts/run-job.ts", "group-problems"], env));

  const worker = startChild("worker", "node_modules/.bin/tsx", ["scripts/worker.ts"], env);
  stops.push(worker.stop);
  const web = startChild("web", "node_modules/.bin/next", ["start", "-p", String(port)], env);
  stops.push(web.stop);
  await waitForHttp(`http://127.0.0.1:${port}/api/health`);

  console.log(`\nService desk ready at http://localhost:${port} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  console.log(`Demo sign-ins, all with password ${DEMO_PASSWORD}:`);
  for (const p of people.filter((x) => x.email.endsWith("@demo.local"))) console.log(`  ${p.email.padEnd(26)} ${p.roles.join(", ")}`);
  console.log("\nPress Ctrl+C to stop.");
  await Promise.race([web.exited, worker.exited]);
  throw new Error("a process of the demo stopped; see its output above");
}

async function stopAll() {
  for (const stop of stops.reverse()) await stop().catch(() => {});
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    console.log("\nstopping…");
    await stopAll();
    process.exit(0);
  });
}

main().catch(async (error) => {
  console.error(`\n✘ ${(error as Error).message}`);
  await stopAll();
  process.exit(1);
});
