/**
 * Starts the embedded OpenSearch 2.19 node (search/engine/src/main/java/.../EmbeddedSearchNode.java)
 * as a child JVM, for development and tests. Production points ELASTICSEARCH_URL at a real cluster instead.
 *
 * Needs Java 17+ and Maven: the first start resolves the OpenSearch jars from Maven Central into ~/.m2
 * and compiles the launcher into search/engine/target/ (about 50 MB of jars, once).
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { checkJava, ensureBuilt, javaBinary, jvmArgs, launcherClasspath, MAIN_CLASS } from "./java";

/** The launcher names the node `helpdesk-search-<pid>`; GET / tells us whether a port is served by our node. */
const NODE_NAME_PREFIX = "helpdesk-search-";
const HEALTH_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 20_000;

export interface SearchEngineOptions {
  /** HTTP port; default env SEARCH_PORT, else 9200. */
  port?: number;
  /** Data directory (indices, pid file, logs); default env SEARCH_DATA_DIR, else `.data/search` (relative to cwd). */
  dataDir?: string;
  /** Receives the node's console output (warnings, errors) line by line; default: stderr with a `[search]` prefix. */
  log?: (line: string) => void;
  /**
   * Run the JVM detached from this process (output to <dataDir>/logs/console.log); used by the CLI.
   * By default the JVM is a child that exits when this process exits.
   */
  detached?: boolean;
}

export interface SearchEngine {
  url: string;
  /** pid of the JVM. */
  pid: number;
  /** true if an already running node of ours was found and reused; stop() then leaves it running. */
  reused: boolean;
  stop: () => Promise<void>;
}

interface PidFile {
  pid: number;
  port: number;
}

export function resolvePort(port?: number): number {
  const value = port ?? (process.env.SEARCH_PORT ? Number(process.env.SEARCH_PORT) : 9200);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`invalid search port "${process.env.SEARCH_PORT ?? port}": set SEARCH_PORT to a number between 1 and 65535`);
  }
  return value;
}

export function resolveDataDir(dataDir?: string): string {
  return path.resolve(dataDir ?? process.env.SEARCH_DATA_DIR ?? ".data/search");
}

export function pidFilePath(dataDir: string): string {
  return path.join(dataDir, "search.pid");
}

export function readPidFile(dataDir: string): PidFile | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(pidFilePath(dataDir), "utf8")) as Partial<PidFile>;
    if (typeof parsed.pid === "number" && typeof parsed.port === "number") return { pid: parsed.pid, port: parsed.port };
  } catch {
    // missing or half-written
  }
  return null;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** GET / on a local port; null if nothing answers with JSON. */
async function rootInfo(
  port: number,
  timeoutMs = 1500,
): Promise<{ name?: string; version?: { distribution?: string; number?: string } } | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(timeoutMs) });
    return (await res.json()) as { name?: string };
  } catch {
    return null;
  }
}

async function isHealthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/_cluster/health?wait_for_status=yellow&timeout=1s`, { signal: AbortSignal.timeout(3000) });
    return res.ok;
  } catch {
    return false;
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => server.close(() => resolve(true)));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ------------------------------------------------------------------------------------------ start/stop

/**
 * Starts the embedded node (or reuses ours if it already runs on that port) and resolves once the cluster
 * is at least yellow. Throws an Error saying what to do if Java is missing or the port belongs to something else.
 */
export async function startSearchEngine(opts: SearchEngineOptions = {}): Promise<SearchEngine> {
  const port = resolvePort(opts.port);
  const dataDir = resolveDataDir(opts.dataDir);
  const log = opts.log ?? ((line: string) => process.stderr.write(`[search] ${line}\n`));
  const url = `http://127.0.0.1:${port}`;

  const reused = await reuseRunningNode(dataDir, port);
  if (reused) {
    log(`reusing the search node already running at ${url} (pid ${reused.pid})`);
    return { url, pid: reused.pid, reused: true, stop: async () => {} };
  }

  if (!(await portIsFree(port))) {
    const info = await rootInfo(port);
    const what = info?.version?.distribution
      ? `${info.version.distribution === "opensearch" ? "OpenSearch" : "Elasticsearch"} ${info.version.number ?? ""} node "${info.name}"`
      : info
        ? "an HTTP server that is not our search node"
        : "another program";
    const useIt = info?.version?.number ? `, or set ELASTICSEARCH_URL=${url} to use that node` : "";
    throw new Error(`port ${port} is taken by ${what}: set SEARCH_PORT to a free port${useIt}`);
  }

  const javaMajor = await checkJava();
  await ensureBuilt(log);
  fs.mkdirSync(path.join(dataDir, "logs"), { recursive: true });

  const classpath = launcherClasspath();
  const args = [...jvmArgs(javaMajor), "-cp", classpath, MAIN_CLASS, "--port", String(port), "--data", dataDir];

  let child: ChildProcess;
  const recent: string[] = []; // last lines of output, for error messages
  const remember = (line: string) => {
    recent.push(line);
    if (recent.length > 40) recent.shift();
  };
  const consoleLog = path.join(dataDir, "logs", "console.log");

  if (opts.detached) {
    const out = fs.openSync(consoleLog, "a");
    child = spawn(javaBinary(), args, { cwd: dataDir, detached: true, stdio: ["ignore", out, out] });
    fs.closeSync(out);
    child.unref();
  } else {
    // the JVM watches its stdin and exits when this process (the pipe's other end) goes away
    args.push("--exit-on-stdin-eof");
    child = spawn(javaBinary(), args, { cwd: dataDir, stdio: ["pipe", "pipe", "pipe"] });
    for (const stream of [child.stdout!, child.stderr!]) {
      let buffered = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => {
        buffered += chunk;
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        for (const line of lines) {
          remember(line);
          if (!line.startsWith("search node: started")) log(line); // the caller reports readiness itself
        }
      });
    }
  }

  let exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const exitPromise = new Promise<void>((resolve) => {
    child.once("exit", (code, signal) => {
      exited = { code, signal };
      resolve();
    });
    child.once("error", (err) => {
      remember(String(err));
      exited = { code: null, signal: null };
      resolve();
    });
  });

  const tail = () => (opts.detached ? readTail(consoleLog, 40) : recent.join("\n")).trim() || "(no output)";

  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (!(await isHealthy(url))) {
    if (exited) {
      const { code, signal } = exited;
      throw new Error(`the embedded search node exited during start-up (code ${code}, signal ${signal}):\n${tail()}`);
    }
    if (Date.now() > deadline) {
      await stopChild(child, exitPromise, () => exited !== null);
      throw new Error(`the embedded search node did not become healthy within ${HEALTH_TIMEOUT_MS / 1000} s:\n${tail()}`);
    }
    await sleep(250);
  }

  const pid = child.pid!;
  return {
    url,
    pid,
    reused: false,
    stop: () => (opts.detached ? stopPid(pid) : stopChild(child, exitPromise, () => exited !== null)),
  };
}

/** If our node runs from this data dir, wait for it and return its pid file; throw if it serves another port. */
async function reuseRunningNode(dataDir: string, port: number): Promise<PidFile | null> {
  const running = readPidFile(dataDir);
  if (!running) return null;
  if (!isAlive(running.pid) || !isOurJvm(running.pid)) {
    fs.rmSync(pidFilePath(dataDir), { force: true }); // left over from a killed node
    return null;
  }
  if (running.port !== port) {
    throw new Error(
      `the embedded search node for data dir ${dataDir} already runs on port ${running.port} (pid ${running.pid}): ` +
        `set SEARCH_PORT=${running.port}, or stop it first (npx tsx search/engine/cli.ts stop)`,
    );
  }
  // it may still be starting (the pid file is written before the HTTP port opens)
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline && isAlive(running.pid)) {
    const info = await rootInfo(port);
    if (info?.name === `${NODE_NAME_PREFIX}${running.pid}` && (await isHealthy(url))) return running;
    await sleep(500);
  }
  throw new Error(
    `the embedded search node (pid ${running.pid}, data dir ${dataDir}) does not answer on port ${port}: ` +
      "stop it (npx tsx search/engine/cli.ts stop) and start again",
  );
}

/** On Linux, check the command line so a recycled pid is not mistaken for our node. */
function isOurJvm(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(MAIN_CLASS);
  } catch {
    return process.platform !== "linux"; // no /proc: trust the pid file
  }
}

async function stopChild(child: ChildProcess, exitPromise: Promise<void>, hasExited: () => boolean): Promise<void> {
  if (hasExited()) return;
  child.kill("SIGTERM");
  const killTimer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
  await exitPromise;
  clearTimeout(killTimer);
}

/** SIGTERM a node by pid (e.g. from the pid file), SIGKILL after 20 s; resolves when the process is gone. */
export async function stopPid(pid: number): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + STOP_GRACE_MS;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(pid)) {
    process.kill(pid, "SIGKILL");
    while (isAlive(pid)) await sleep(100);
  }
}

function readTail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}
