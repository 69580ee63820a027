import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { resolve } from "node:path";
import type { Client } from "@elastic/elasticsearch";
import { closeDb, getDb } from "@/db/client";
import { seedDatabase } from "@/lib/demo/seed";
import { startMailSink } from "@/lib/mail/mail-sink";
import { createSearchClient } from "@/search/client";
import { isAlive, readPidFile, type SearchEngine, startSearchEngine, stopPid } from "@/search/engine";
import { ensureIndices } from "@/search/indices/ensure-indices";
import { searchKinds } from "@/search/indices/names";
import { reindexKind } from "@/search/sync/reindex";
import { buildIfChanged } from "../lib/app-build";
import { migrateDatabase } from "../lib/migrate";
import { step } from "../lib/run";
import { createTestDatabase } from "../lib/test-database";
import { waitForHttp } from "../lib/wait-for-http";
import { startDbProxy } from "./db-proxy";
import { webProcess, workerProcess } from "./processes";

type AddCleanup = (name: string, run: () => Promise<void>) => void;

/**
 * The desk as it runs in production, started once for every scenario: a database of its own on the machine's
 * PostgreSQL (reached by the app through a proxy the suite can cut), the embedded search node on an empty data
 * folder, the SMTP sink, the production build served by `next start`, and one worker. The suite's own process
 * reads the database directly (not through the proxy) to count what was written.
 */
export async function startStack(addCleanup: AddCleanup) {
  const env = process.env;
  const ports = {
    search: Number(env.TEST_SEARCH_PORT ?? 9260),
    smtp: Number(env.TEST_SMTP_PORT ?? 2526),
    web: Number(env.E2E_PORT ?? 3100),
  };
  const production = { ...env, NODE_ENV: "production" as const };
  await buildIfChanged(production);

  const searchDir = resolve(".data/faults-search");
  const freshNode = async () => {
    const leftover = readPidFile(searchDir);
    if (leftover && isAlive(leftover.pid)) await stopPid(leftover.pid);
    await rm(searchDir, { recursive: true, force: true });
    return startSearchEngine({ port: ports.search, dataDir: searchDir, log: () => {} });
  };
  const starting = freshNode(); // the JVM takes a while: while the database is made
  starting.catch(() => {});
  let engine: SearchEngine | null = null;
  addCleanup("stop the search node", async () => {
    await engine?.stop();
    await rm(searchDir, { recursive: true, force: true });
  });

  const baseUrl = env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const database = await step("database: create, migrate, seed the demo", async () => {
    const db = await createTestDatabase(baseUrl);
    addCleanup("drop the database", db.drop);
    await migrateDatabase(db.url);
    await seedDatabase(db.url, { quiet: true });
    return db;
  });
  process.env.DATABASE_URL = database.url;
  addCleanup("close the suite's database pool", closeDb);
  const target = new URL(database.url);
  const proxy = await startDbProxy({ host: target.hostname, port: Number(target.port || 5432) });
  addCleanup("stop the database proxy", proxy.stop);
  const appDatabaseUrl = new URL(database.url);
  appDatabaseUrl.hostname = "127.0.0.1";
  appDatabaseUrl.port = String(proxy.port);

  const mailDir = resolve(`.data/faults-mail-${process.pid}`);
  const sink = await startMailSink(ports.smtp, mailDir);
  addCleanup("stop the mail sink", async () => {
    await sink.stop();
    await rm(mailDir, { recursive: true, force: true });
  });

  engine = await step("search node", () => starting);
  const searchUrl = engine.url;
  let search: Client = await createSearchClient(searchUrl, "opensearch");
  await step("index the seeded database", async () => {
    await ensureIndices(search);
    for (const kind of searchKinds) await reindexKind(search, getDb(), kind);
  });

  const appEnv: NodeJS.ProcessEnv = {
    ...production,
    DATABASE_URL: appDatabaseUrl.toString(),
    ELASTICSEARCH_URL: searchUrl,
    SMTP_SINK_PORT: String(ports.smtp),
    MAIL_SINK_DIR: mailDir,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    APP_URL: `http://127.0.0.1:${ports.web}`,
  };
  const web = webProcess(ports.web, appEnv);
  addCleanup("stop the web server", web.stop);
  const worker = workerProcess("worker", appEnv);
  addCleanup("stop the worker", worker.stop);
  await step(`next start on port ${ports.web}, and the worker`, async () => {
    web.start();
    worker.start();
    await waitForHttp(`${appEnv.APP_URL}/api/health`);
  });

  return {
    baseUrl: appEnv.APP_URL!,
    appEnv,
    proxy,
    mailDir,
    web,
    worker,
    get search() {
      return search;
    },
    get searchPid() {
      return engine?.pid;
    },
    /** The search node SIGKILLed: no shutdown, its data folder as the crash left it. */
    async killSearch(): Promise<number> {
      const pid = engine!.pid;
      process.kill(pid, "SIGKILL");
      while (isAlive(pid)) await new Promise((r) => setTimeout(r, 100));
      return pid;
    },
    /** The search node started again on the same port and data folder, as an operator (or systemd) would. */
    async startSearch(): Promise<void> {
      engine = await startSearchEngine({ port: ports.search, dataDir: searchDir, log: () => {} });
      search = await createSearchClient(searchUrl, "opensearch");
    },
  };
}

export type Stack = Awaited<ReturnType<typeof startStack>>;
