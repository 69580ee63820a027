import { rm } from "node:fs/promises";
import { resolve } from "node:path";
import postgres from "postgres";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed/seed";
import { startSearchEngine } from "@/search/engine";
import { freePort } from "./free-port";
import { createTestDatabase } from "./test-database";

type AddCleanup = (name: string, run: () => Promise<void>) => void;

/** The same default server as the tests (scripts/test.ts): a local PostgreSQL that trusts user postgres. */
const DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * A throwaway database, migrated and seeded with the demo (its people with roles, categories, articles), on the
 * server of DATABASE_URL or else the tests' default; dropped by the cleanup. Throws a message saying what to
 * set when neither answers: a benchmark of 100,000 tickets needs a real server, not the embedded PGlite.
 */
export async function benchDatabase(addCleanup: AddCleanup): Promise<string> {
  const base = process.env.DATABASE_URL ?? DEFAULT_DATABASE;
  const probe = postgres(base, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await probe`select 1`;
  } catch (error) {
    throw new Error(
      `No PostgreSQL answers at ${base.replace(/:\/\/([^:@]+):[^@]+@/, "://$1:***@")} (${(error as Error).message}). ` +
        "Start one, or set DATABASE_URL to a server where this user may create databases; the benchmark creates its own and drops it.",
    );
  } finally {
    await probe.end();
  }
  const database = await createTestDatabase(base);
  addCleanup("drop the database", database.drop);
  await migrateDatabase(database.url);
  await seedDatabase(database.url, { quiet: true });
  return database.url;
}

/**
 * ELASTICSEARCH_URL when set (the run then uses indices of its own there, see SEARCH_INDEX_PREFIX in the caller);
 * else the embedded node on a free port with an empty data folder under .data/, stopped and removed afterwards.
 */
export async function benchSearchNode(addCleanup: AddCleanup): Promise<{ url: string; pid?: number }> {
  if (process.env.ELASTICSEARCH_URL) return { url: process.env.ELASTICSEARCH_URL };
  const dataDir = resolve(`.data/bench-suggest-search-${process.pid}`);
  addCleanup("remove the search data", () => rm(dataDir, { recursive: true, force: true }));
  const engine = await startSearchEngine({ port: await freePort(), dataDir });
  addCleanup("stop the search node", engine.stop);
  return { url: engine.url, pid: engine.pid };
}
