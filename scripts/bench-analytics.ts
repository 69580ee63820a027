// npm run bench:analytics [-- --tickets 100000 --articles 10000 --warmup 5 --requests 30 --port 3300 --only overview,sla
// --keep-database]: how fast the manager reports answer, end to end, and what the recurring-problems grouping costs.
// Generated tickets (search/bench/generate-corpus.ts) with their work, SLA, ratings, audit trail and self-service visits
// (search/bench/write-generated-effort.ts) are written to a throwaway PostgreSQL database beside the demo seed; the
// `reports.groupProblems` job runs once in a child process (wall time and the child's peak RSS); then a production
// build (`next start`) is asked for each report by one analyst, sequentially, after a warm-up, for the default period
// (the last 30 days) and for the last 365 days. Prints p50/p95/max beside the goals. Removes everything it started
// or created on success, failure and Ctrl-C (`--keep-database` leaves the database for EXPLAIN and prints its URL).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { closeDb, getDb, getSql, schema } from "@/db/client";
import { createApiToken } from "@/lib/auth/api-tokens";
import { seedDatabase } from "@/lib/demo/seed";
import { addDays, todayIn } from "@/lib/reports/period";
import { getSetting } from "@/lib/settings/settings";
import { benchDatabase as throwawayDatabase } from "@/search/bench/bench-database";
import { generateArticles, generateTickets } from "@/search/bench/generate-corpus";
import { percentiles } from "@/search/bench/latency";
import { generateEffort, writeGeneratedEffort } from "@/search/bench/write-generated-effort";
import { writeGeneratedArticles, writeGeneratedReferences, writeGeneratedTickets } from "@/search/bench/write-generated-tickets";
import { buildIfChanged } from "./lib/app-build";
import { cleanupList } from "./lib/cleanups";
import { freePort } from "./lib/free-port";
import { assertPortFree } from "./lib/ports";
import { startChild, step } from "./lib/run";
import { waitForHttp } from "./lib/wait-for-http";

const { values } = parseArgs({
  options: {
    tickets: { type: "string", default: "100000" },
    articles: { type: "string", default: "10000" },
    warmup: { type: "string", default: "5" },
    requests: { type: "string", default: "30" },
    port: { type: "string", default: "3300" },
    only: { type: "string" },
    "keep-database": { type: "boolean", default: false },
  },
});
const [ticketCount, articleCount, warmup, measured, port] = [
  values.tickets,
  values.articles,
  values.warmup,
  values.requests,
  values.port,
].map(Number);
const only = values.only
  ?.split(",")
  .map((s) => s.trim())
  .filter(Boolean);

/** Goals: each report's p95 within 300 ms, the overview (the first page a manager opens) within 150 ms. */
const goalMs = (path: string) => (path === "/overview" ? 150 : 300);
/** The job's goals at 100,000 tickets. */
const GROUPING_GOAL = { seconds: 180, bytes: 2 ** 30 };

const endpoints = [
  "/overview",
  ...["category", "assignee", "department", "month", "problem"].map((g) => `/effort?groupBy=${g}`),
  ...["priority", "line", "assignee", "category"].map((g) => `/sla?groupBy=${g}`),
  ...["assignee", "category", "month"].map((g) => `/satisfaction?groupBy=${g}`),
  "/problems",
  "/problems/{id}",
  "/self-service",
].filter((path) => !only || only.some((o) => path.includes(o)));

const cleanups = cleanupList();

async function main() {
  await assertPortFree(port, "the benchmark's web server", "--port");
  // First, while nothing else runs: the build is the one CPU-heavy step, and it fails fast on a broken tree.
  await buildIfChanged({ ...process.env, NODE_ENV: "production" });

  const databaseUrl = await step("database: create, migrate, seed the demo", async () => {
    const database = await throwawayDatabase();
    if (values["keep-database"])
      cleanups.add("keep the database", async () => console.log(`\nthe database is kept: ${database.url} (drop it when done)`));
    else cleanups.add("drop the database", database.drop);
    await seedDatabase(database.url, { quiet: true });
    return database.url;
  });
  process.env.DATABASE_URL = databaseUrl;
  cleanups.add("close the database pool", closeDb);

  const now = new Date();
  await step(
    `write ${ticketCount} tickets with their work, SLA, ratings and audit trail, ${articleCount} articles, self-service visits`,
    async () => {
      const db = getDb();
      await writeGeneratedReferences(db);
      const articles = Array.from(generateArticles(articleCount), (a) => a.source);
      await writeGeneratedArticles(db, articles);
      const lineIds = (await db.select({ id: schema.supportLines.id }).from(schema.supportLines)).map((l) => l.id);
      const generated = generateEffort(
        Array.from(generateTickets(ticketCount), (t) => t.source),
        { now, lineIds, articleIds: articles.filter((a) => a.visibility === "public").map((a) => a.id) },
      );
      await writeGeneratedTickets(db, generated.tickets);
      await writeGeneratedEffort(db, generated);
      console.log(
        `  ${generated.timeEntries.length} time entries, ${generated.auditEvents.length} audit events, ` +
          `${generated.sessions.length} self-service visits, ${generated.deflections.length} deflections`,
      );
      // As after any bulk load (and the update of the tickets' SLA and rating columns): statistics, and the dead
      // row versions gone, as autovacuum would leave them some minutes later.
      await getSql()`vacuum analyze`;
    },
  );
  await printPeriodCounts(now);

  await step("the grouping job (reports.groupProblems) in a child process", () => measureGrouping(databaseUrl));
  await getSql()`vacuum analyze problem_groups, problem_group_tickets`;

  const token = await step("an analyst's API token", analystToken);

  const dataDir = await mkdtemp(join(tmpdir(), "bench-analytics-"));
  cleanups.add("remove the server's data folder", () => rm(dataDir, { recursive: true, force: true }));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    // The reports use no search node and send no mail: ports where nothing listens, so nobody else's is touched.
    ELASTICSEARCH_URL: `http://127.0.0.1:${await freePort()}`,
    SMTP_SINK_PORT: String(await freePort()),
    DATA_DIR: dataDir,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  await step(`next start on ${baseUrl}`, async () => {
    const web = startChild("web", process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], env);
    cleanups.add("stop the web server", web.stop);
    await waitForHttp(`${baseUrl}/api/health`);
  });

  const { timeZone } = await getSetting(getDb(), "businessHours");
  const today = todayIn(timeZone);
  const periods = [
    { name: "30 d", params: {} as Record<string, string> },
    { name: "365 d", params: { from: addDays(today, -364), to: today } },
  ];
  const results: { path: string; period: string; p50: number; p95: number; max: number }[] = [];
  for (const period of periods) {
    console.log(
      `\n▶ ${period.name}${period.params.from ? ` (${period.params.from} – ${period.params.to})` : " (default period)"}: ${warmup} warm-up + ${measured} measured requests per report, one after another`,
    );
    const problemId = endpoints.includes("/problems/{id}") ? await costliestProblem(baseUrl, token, period.params) : null;
    for (const path of endpoints) {
      if (cleanups.stopping()) return;
      if (path === "/problems/{id}" && !problemId) {
        console.log(`  ${path}: skipped, no recurring problem in the period`);
        continue;
      }
      const url = reportUrl(baseUrl, path.replace("{id}", problemId ?? ""), period.params);
      for (let i = 0; i < warmup; i++) await getJson(url, token);
      const latencies: number[] = [];
      for (let i = 0; i < measured; i++) {
        const t0 = performance.now();
        await getJson(url, token);
        latencies.push(performance.now() - t0);
      }
      const [p50, p95] = percentiles(latencies, [50, 95]);
      const row = { path, period: period.name, p50, p95, max: Math.max(...latencies) };
      results.push(row);
      console.log(`  ${formatRow(row)}`);
    }
  }
  printTable(results);
}

/** How many tickets each period holds, so the figures can be read against the data they were made from. */
async function printPeriodCounts(now: Date): Promise<void> {
  const [row] = await getSql()<{ last30: number; last365: number; all: number }[]>`
    select count(*) filter (where created_at >= ${new Date(now.getTime() - 30 * 86_400_000).toISOString()}::timestamptz)::int as last30,
      count(*) filter (where created_at >= ${new Date(now.getTime() - 365 * 86_400_000).toISOString()}::timestamptz)::int as last365, count(*)::int as all
    from tickets`;
  console.log(`  tickets created in the last 30 days: ${row.last30}, last 365 days: ${row.last365}, all: ${row.all}`);
}

/** Runs scripts/lib/group-problems-child.ts and reports the job's wall time and the child's peak RSS against the goals. */
async function measureGrouping(databaseUrl: string): Promise<void> {
  const t0 = performance.now();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/lib/group-problems-child.ts"], {
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve(out) : reject(new Error(`the grouping child failed (${signal ?? `exit ${code}`})`)),
    );
  });
  const wall = (performance.now() - t0) / 1000;
  const result = JSON.parse(output.trim().split("\n").at(-1)!) as { tickets: number; groups: number; ms: number; maxRssBytes: number };
  const mib = result.maxRssBytes / 2 ** 20;
  const verdict = (ok: boolean) => (ok ? "✔" : "✘");
  console.log(`  ${result.tickets} tickets grouped into ${result.groups} recurring problems`);
  console.log(
    `  wall time ${wall.toFixed(1)} s (the job itself ${(result.ms / 1000).toFixed(1)} s; the rest is starting Node and loading modules)  goal ≤ ${GROUPING_GOAL.seconds} s ${verdict(wall <= GROUPING_GOAL.seconds)}`,
  );
  console.log(
    `  peak RSS of the child ${mib.toFixed(0)} MiB  goal ≤ ${GROUPING_GOAL.bytes / 2 ** 20} MiB ${verdict(result.maxRssBytes <= GROUPING_GOAL.bytes)}`,
  );
}

/** A user with the analyst role only (every department, no ticket work), and a personal API token of theirs. */
async function analystToken(): Promise<string> {
  const db = getDb();
  const [user] = await db
    .insert(schema.users)
    .values({ email: "bench-analyst@bench.local", name: "Bench Analyst", language: "en" })
    .returning({ id: schema.users.id });
  await db.insert(schema.userRoles).values({ userId: user.id, role: "analyst" });
  return (await createApiToken(user.id, { name: "bench analytics" })).token;
}

async function costliestProblem(baseUrl: string, token: string, params: Record<string, string>): Promise<string | null> {
  const body = (await getJson(reportUrl(baseUrl, "/problems", { ...params, limit: "1" }), token)) as {
    items: { id: string; cost: number; tickets: number }[];
  };
  const top = body.items[0];
  if (top) console.log(`  the costliest recurring problem: ${top.id} (${top.tickets} tickets, cost ${top.cost})`);
  return top?.id ?? null;
}

function reportUrl(baseUrl: string, path: string, params: Record<string, string>): string {
  const url = new URL(`${baseUrl}/api/v1/reports${path}`);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

// node:http with a kept-alive connection, as bench:suggest's clients: one client, so one socket.
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** GETs a report and reads its whole answer; anything but a 200 with JSON throws, naming the answer. */
function getJson(url: string, token: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { agent, headers: { Authorization: `Bearer ${token}`, Accept: "application/json", "Accept-Language": "en" } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          if (res.statusCode !== 200) return reject(new Error(`GET ${url}: HTTP ${res.statusCode} ${text.slice(0, 300)}`));
          try {
            resolve(JSON.parse(text));
          } catch {
            reject(new Error(`GET ${url}: not JSON: ${text.slice(0, 300)}`));
          }
        });
      },
    );
    req.on("error", reject);
    req.end();
  });
}

type Result = { path: string; period: string; p50: number; p95: number; max: number };

function formatRow(r: Result): string {
  const goal = goalMs(r.path);
  const verdict = r.p95 <= goal ? "✔" : `✘ over by ${Math.round(r.p95 - goal)} ms (${(r.p95 / goal).toFixed(1)}×)`;
  const ms = (x: number) => x.toFixed(0).padStart(6);
  return `${r.path.padEnd(28)} ${r.period.padEnd(6)} ${ms(r.p50)} ${ms(r.p95)} ${ms(r.max)}   ≤ ${String(goal).padStart(3)}  ${verdict}`;
}

function printTable(results: Result[]): void {
  console.log(`\n▶ GET /api/v1/reports…, one analyst, sequential; ${measured} requests each after ${warmup} warm-up (ms)`);
  console.log(`${"report".padEnd(28)} ${"period".padEnd(6)} ${"p50".padStart(6)} ${"p95".padStart(6)} ${"max".padStart(6)}   goal p95`);
  for (const r of results) console.log(formatRow(r));
  const missed = results.filter((r) => r.p95 > goalMs(r.path));
  console.log(missed.length ? `\n${missed.length} of ${results.length} miss their goal.` : `\nAll ${results.length} within their goals.`);
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
