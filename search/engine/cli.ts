/**
 * npx tsx search/engine/cli.ts start|stop|status
 *
 * start   runs the embedded search node in the background (pid file <data dir>/search.pid,
 *         output in <data dir>/logs/console.log) and returns once the cluster is yellow or green
 * stop    stops it through the pid file (SIGTERM, SIGKILL after 20 s)
 * status  prints the node's health; exit code 1 if it is not running
 *
 * Env: SEARCH_PORT (default 9200), SEARCH_DATA_DIR (default .data/search), SEARCH_HEAP (default 512m), JAVA_HOME.
 */

import fs from "node:fs";
import { isAlive, pidFilePath, readPidFile, resolveDataDir, resolvePort, startSearchEngine, stopPid } from "./index";

async function start(): Promise<number> {
  const t0 = Date.now();
  const engine = await startSearchEngine({ detached: true, log: (line) => console.log(line) });
  // (a reused node was already reported through `log`)
  if (!engine.reused) {
    console.log(`search node running at ${engine.url} (pid ${engine.pid}), started in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  return 0;
}

async function stop(): Promise<number> {
  const dataDir = resolveDataDir();
  const running = readPidFile(dataDir);
  if (!running || !isAlive(running.pid)) {
    fs.rmSync(pidFilePath(dataDir), { force: true });
    console.log(`search node is not running (data dir ${dataDir})`);
    return 0;
  }
  await stopPid(running.pid);
  fs.rmSync(pidFilePath(dataDir), { force: true }); // already gone after a clean stop; not after SIGKILL
  console.log(`search node stopped (pid ${running.pid})`);
  return 0;
}

async function status(): Promise<number> {
  const dataDir = resolveDataDir();
  const running = readPidFile(dataDir);
  const port = running?.port ?? resolvePort();
  const url = `http://127.0.0.1:${port}`;
  try {
    const res = await fetch(`${url}/_cluster/health`, { signal: AbortSignal.timeout(3000) });
    const health = (await res.json()) as { cluster_name: string; status: string; number_of_nodes: number; active_shards: number };
    const owner = running && isAlive(running.pid) ? `embedded node, pid ${running.pid}` : "not started by this CLI";
    console.log(`${url}: ${health.status} (cluster ${health.cluster_name}, ${health.active_shards} active shards; ${owner})`);
    return health.status === "red" ? 1 : 0;
  } catch {
    if (running && isAlive(running.pid)) {
      console.log(`search node pid ${running.pid} is running but ${url} does not answer yet (starting?)`);
    } else {
      console.log(`search node is not running (${url}, data dir ${dataDir})`);
    }
    return 1;
  }
}

const commands: Record<string, () => Promise<number>> = { start, stop, status };
const command = commands[process.argv[2] ?? ""];
if (!command) {
  console.error("usage: npx tsx search/engine/cli.ts start|stop|status");
  process.exit(2);
}
command().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
