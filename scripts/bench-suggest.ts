// npm run bench:suggest [-- --tickets 100000 --articles 10000 --clients 20 --seconds 30]: latency of
// GET /api/v1/suggest as people use it, end to end. Generated bilingual tickets and articles are written to a
// throwaway PostgreSQL database beside the demo seed, indexed by the production reindex, and served by a
// production build (`next start`); then `--clients` requesters, each with a personal API token, type problems
// into the new-ticket form for `--seconds`, and the same clients ask back-to-back for a third of that (capacity).
// Starts the search node and a database unless ELASTICSEARCH_URL / DATABASE_URL say where they are; removes
// everything it started or created, on success, failure and Ctrl-C. `--cpu-prof DIR` writes a V8 CPU profile of the
// web server there when it stops (open it in Chrome DevTools or speedscope).
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { closeDb, getDb, getSql, schema } from "@/db/client";
import { createApiToken } from "@/lib/auth/api-tokens";
import { generateArticles, generateTickets } from "@/search/bench/generate-corpus";
import { httpTypists } from "@/search/bench/http-typists";
import { driveLoad } from "@/search/bench/latency";
import { writeGeneratedArticles, writeGeneratedReferences, writeGeneratedTickets } from "@/search/bench/write-generated-tickets";
import { createSearchClient } from "@/search/client";
import { ensureIndices } from "@/search/indices/ensure-indices";
import { aliasName, searchKinds } from "@/search/indices/names";
import { reindexKind } from "@/search/sync/reindex";
import { buildIfChanged } from "./lib/app-build";
import { benchDatabase, benchSearchNode } from "./lib/bench-services";
import { cleanupList } from "./lib/cleanups";
import { freePort } from "./lib/free-port";
import { printLoad } from "./lib/print-load";
import { processCpu } from "./lib/process-cpu";
import { startChild, step } from "./lib/run";
import { searchNodeWork } from "./lib/search-node-work";
import { waitForHttp } from "./lib/wait-for-http";

const { values } = parseArgs({
  options: {
    tickets: { type: "string", default: "100000" },
    articles: { type: "string", default: "10000" },
    clients: { type: "string", default: "20" },
    seconds: { type: "string", default: "30" },
    "cpu-prof": { type: "string" },
    warmup: { type: "string", default: "60" },
  },
});
const [ticketCount, articleCount, clients, seconds] = [values.tickets, values.articles, values.clients, values.seconds].map(Number);
// The new-ticket form asks for suggestions once typing has paused this long (useDebouncedJson's default delay).
const DEBOUNCE_MS = 250;
// Not counted: a fresh server and search node spend their first few hundred requests compiling (V8's and the
// JVM's JIT) and filling caches; in the typing phase that showed as the search node's CPU a request, a half above
// the saturation phase measured after it. Back-to-back, so those requests come quickly. Ten seconds are not
// enough for the JVM: at 100,000 tickets its compiler threads still ran ~25 s in the 30 s typing phase (jstat
// -compiler), most of the node's 15.6 ms of CPU a request; after `--warmup 90` the node spent 6.0 ms a request,
// and typing p95 fell from 188 to 78 ms. A desk's node serves for days, so the default warm-up is a minute: the
// figures are the warm steady state (`--warmup 10` shows the first minute after a restart).
const WARMUP_SECONDS = Number(values.warmup);

const cleanups = cleanupList();

async function main() {
  // First, while nothing else runs: the build is the one CPU-heavy step, and it fails fast on a broken tree.
  await buildIfChanged({ ...process.env, NODE_ENV: "production" });
  // The search node takes a while to start: let it, while the database is filled.
  const searchNode = benchSearchNode(cleanups.add);
  searchNode.catch(() => {}); // awaited below; its error is thrown there

  const databaseUrl = await step("database: create, migrate, seed the demo", () => benchDatabase(cleanups.add));
  // The production code run in this process (token creation, reindex) uses this database, and, on a shared
  // cluster, indices of its own that are removed at the end.
  process.env.DATABASE_URL = databaseUrl;
  if (process.env.ELASTICSEARCH_URL) {
    const prefix = `bench-suggest-${Date.now()}-`;
    process.env.SEARCH_INDEX_PREFIX = prefix;
    cleanups.add("delete the benchmark's indices", async () => {
      const client = await createSearchClient(process.env.ELASTICSEARCH_URL!);
      await client.indices.delete({ index: `${prefix}*`, ignore_unavailable: true, allow_no_indices: true });
      await client.close();
    });
  }
  cleanups.add("close the database pool", closeDb);

  await step(`write ${ticketCount} tickets and ${articleCount} articles`, async () => {
    const db = getDb();
    await writeGeneratedReferences(db);
    const tickets = Array.from(generateTickets(ticketCount), (t) => t.source);
    await writeGeneratedTickets(db, tickets);
    await writeGeneratedArticles(
      db,
      Array.from(generateArticles(articleCount), (a) => a.source),
    );
    // As after any bulk load: without statistics the planner takes the 100,000 fresh rows for a few hundred and,
    // for the suggestion re-check, scans half the status index instead of looking 15 ids up (9 ms of Postgres CPU
    // a request instead of 0.3). Autovacuum would get there by itself, some minutes into the benchmark.
    await getSql()`analyze`;
  });
  const tokens = await step(`${clients} requesters' API tokens`, () => requesterTokens(clients));

  const { url: elasticsearchUrl, pid: searchPid } = await step("search node", () => searchNode);
  await step("index from Postgres (the production reindex)", () => indexAll(elasticsearchUrl));

  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    ELASTICSEARCH_URL: elasticsearchUrl,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const webPid = await step(`next start on ${baseUrl}`, async () => {
    // Node refuses --cpu-prof in NODE_OPTIONS, so next runs under this Node with the flag when asked for.
    const profile = values["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${values["cpu-prof"]}`] : [];
    const web = startChild("web", process.execPath, [...profile, "node_modules/next/dist/bin/next", "start", "-p", String(port)], env);
    cleanups.add("stop the web server", web.stop);
    await waitForHttp(`${baseUrl}/api/health`);
    return web.child.pid;
  });

  const typists = httpTypists(baseUrl, tokens);
  await typists.next(0).catch(() => {
    throw new Error(`the first suggestion request failed (${[...typists.tally.failures.keys()].join(", ")}); see the server output above`);
  });

  const parts = { web: webPid, search: searchPid, database: new URL(databaseUrl).pathname.slice(1) };

  console.log(`\n▶ warm-up: ${clients} clients back-to-back for ${WARMUP_SECONDS} s, not counted`);
  await driveLoad(clients, WARMUP_SECONDS, typists.next);
  console.log(
    `\n▶ typing: ${clients} clients for ${seconds} s, each waiting for its answer, then ${DEBOUNCE_MS} ms (the form's debounce) before the next request`,
  );
  typists.tally.reset();
  let cpu = processCpu(parts);
  let node = await searchNodeWork(elasticsearchUrl);
  const typing = await driveLoad(clients, seconds, typists.next, { thinkMs: DEBOUNCE_MS });
  if (cleanups.stopping()) return;
  const typed = typing.latencies.length;
  printLoad("typing (think time = debounce)", clients, typing, typists.tally, cpu.perRequest(typed), await node.perRequest(typed));

  const saturationSeconds = Math.max(3, Math.round(seconds / 3));
  console.log(`\n▶ saturation: the same ${clients} clients back-to-back, no think time, for ${saturationSeconds} s after 2 s of warm-up`);
  const capacity = httpTypists(baseUrl, tokens, 2);
  await driveLoad(clients, 2, capacity.next);
  capacity.tally.reset();
  cpu = processCpu(parts);
  node = await searchNodeWork(elasticsearchUrl);
  const saturation = await driveLoad(clients, saturationSeconds, capacity.next);
  if (cleanups.stopping()) return;
  const answered = saturation.latencies.length;
  printLoad("saturation (no think time)", clients, saturation, capacity.tally, cpu.perRequest(answered), await node.perRequest(answered));
}

/**
 * One personal API token per client, made by the production function, for the demo's requesters in turn: each
 * client is a different token, as different people are (a token's use is recorded on its row).
 */
async function requesterTokens(count: number): Promise<string[]> {
  const requesters = await getDb()
    .select({ id: schema.userRoles.userId })
    .from(schema.userRoles)
    .where(eq(schema.userRoles.role, "requester"))
    .orderBy(schema.userRoles.userId);
  if (requesters.length === 0) throw new Error("the seed made no requesters");
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) tokens.push((await createApiToken(requesters[i % requesters.length].id, { name: `bench ${i}` })).token);
  return tokens;
}

/** Builds both indices from Postgres as `npm run search:reindex` does, and prints what each took. */
async function indexAll(elasticsearchUrl: string): Promise<void> {
  const client = await createSearchClient(elasticsearchUrl);
  try {
    await ensureIndices(client);
    for (const kind of searchKinds) {
      const result = await reindexKind(client, getDb(), kind);
      console.log(
        `  ${kind}: ${result.documents} documents into ${result.index} in ${result.seconds.toFixed(1)} s (${Math.round(result.documents / result.seconds)}/s)`,
      );
    }
    // The node goes on merging the new segments for a while; measuring meanwhile would measure the rebuild.
    const t0 = performance.now();
    const merging = async () =>
      (await client.indices.stats({ index: searchKinds.map(aliasName), metric: "merge" }))._all.total?.merges?.current ?? 0;
    while ((await merging()) > 0 && performance.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 1000));
    console.log(`  merges settled after ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    // Each segment is searched on its own (its terms looked up again): how many there are is part of a query's cost.
    const segments = await client.cat.segments({ index: searchKinds.map(aliasName), format: "json" });
    const perIndex = new Map<string, number>();
    for (const s of segments as { index?: string }[]) perIndex.set(s.index ?? "?", (perIndex.get(s.index ?? "?") ?? 0) + 1);
    console.log(`  segments: ${[...perIndex].map(([index, n]) => `${index} ${n}`).join(", ")}`);
  } finally {
    await client.close();
  }
}

main().then(
  async () => {
    await cleanups.runAll();
    process.exit(0);
  },
  async (error) => {
    console.error(`\n✘ ${(error as Error).message}`);
    await cleanups.runAll();
    process.exit(1);
  },
);
