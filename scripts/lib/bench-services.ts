import { rm } from "node:fs/promises";
import { resolve } from "node:path";
import { seedDatabase } from "@/lib/demo/seed";
import { benchDatabase as throwawayDatabase } from "@/search/bench/bench-database";
import { startSearchEngine } from "@/search/engine";
import { freePort } from "./free-port";

type AddCleanup = (name: string, run: () => Promise<void>) => void;

/**
 * A throwaway database (see search/bench/bench-database.ts), seeded with the demo (its people with roles,
 * categories, articles); dropped by the cleanup.
 */
export async function benchDatabase(addCleanup: AddCleanup): Promise<string> {
  const database = await throwawayDatabase();
  addCleanup("drop the database", database.drop);
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
