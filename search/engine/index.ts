/**
 * Starts the embedded OpenSearch 2.19 node (search/engine/src/main/java/.../EmbeddedSearchNode.java)
 * as a child JVM, for development and tests. Production points ELASTICSEARCH_URL at a real cluster instead.
 *
 * Needs Java 17+ and Maven: the first start resolves the OpenSearch jars from Maven Central into ~/.m2
 * and compiles the launcher into search/engine/target/ (about 50 MB of jars, once).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ENGINE_DIR = path.dirname(fileURLToPath(import.meta.url));
const TARGET_DIR = path.join(ENGINE_DIR, 'target');
const CLASSPATH_FILE = path.join(TARGET_DIR, 'classpath.txt');
const MAIN_CLASS = 'helpdesk.search.EmbeddedSearchNode';
const MAIN_CLASS_FILE = path.join(TARGET_DIR, 'classes', ...MAIN_CLASS.split('.')) + '.class';
/** The launcher names the node `helpdesk-search-<pid>`; GET / tells us whether a port is served by our node. */
const NODE_NAME_PREFIX = 'helpdesk-search-';
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
  return path.resolve(dataDir ?? process.env.SEARCH_DATA_DIR ?? '.data/search');
}

export function pidFilePath(dataDir: string): string {
  return path.join(dataDir, 'search.pid');
}

export function readPidFile(dataDir: string): PidFile | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(pidFilePath(dataDir), 'utf8')) as Partial<PidFile>;
    if (typeof parsed.pid === 'number' && typeof parsed.port === 'number') return { pid: parsed.pid, port: parsed.port };
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
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** GET / on a local port; null if nothing answers with JSON. */
async function rootInfo(port: number, timeoutMs = 1500): Promise<{ name?: string; version?: { distribution?: string; number?: string } } | null> {
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
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs a command to completion without blocking the event loop (the caller may be running other work meanwhile). */
function run(command: string, args: string[], cwd?: string): Promise<{ error?: Error; status: number | null; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.once('error', (error) => resolve({ error, status: null, output }));
    child.once('close', (status) => resolve({ status, output }));
  });
}

// ---------------------------------------------------------------------------------------------- Java

export function javaBinary(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

const JAVA_HINT =
  'install it (Debian: apt-get install openjdk-17-jdk-headless maven) or set ELASTICSEARCH_URL to a running Elasticsearch/OpenSearch';

/** Major version of the Java that will run the node; throws a readable error if there is none or it is too old. */
export async function checkJava(): Promise<number> {
  const java = javaBinary();
  const r = await run(java, ['-version']);
  if (r.error) {
    const where = process.env.JAVA_HOME ? `JAVA_HOME=${process.env.JAVA_HOME} has no bin/java` : 'no `java` on PATH';
    throw new Error(`Java 17+ is needed for the embedded search node (${where}): ${JAVA_HINT}`);
  }
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.output);
  if (!m) throw new Error(`cannot tell the version of ${java} (output: ${r.output.trim()}): ${JAVA_HINT}`);
  const major = m[1] === '1' ? Number(m[2]) : Number(m[1]);
  if (major < 17) throw new Error(`Java 17+ is needed for the embedded search node, ${java} is Java ${major}: ${JAVA_HINT}`);
  return major;
}

function newestMtime(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function readClasspath(): string[] {
  return fs.readFileSync(CLASSPATH_FILE, 'utf8').trim().split(path.delimiter).filter(Boolean);
}

function buildIsFresh(): boolean {
  if (!fs.existsSync(CLASSPATH_FILE) || !fs.existsSync(MAIN_CLASS_FILE)) return false;
  const built = fs.statSync(CLASSPATH_FILE).mtimeMs;
  const sources = Math.max(newestMtime(path.join(ENGINE_DIR, 'pom.xml')), newestMtime(path.join(ENGINE_DIR, 'src')));
  // the jars live in ~/.m2: a cleaned Maven cache needs a new resolve
  return built >= sources && readClasspath().every((jar) => fs.existsSync(jar));
}

/**
 * Compiles the launcher and writes target/classpath.txt, unless target/ is newer than the sources.
 * The first run downloads the jars from Maven Central into ~/.m2.
 */
export async function ensureBuilt(log: (line: string) => void = () => {}): Promise<void> {
  if (buildIsFresh()) return;
  log('building the embedded search node (first run downloads ~50 MB of jars from Maven Central)…');
  const args = ['-q', '-B', '-f', path.join(ENGINE_DIR, 'pom.xml'), 'compile', 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`];
  const r = await run('mvn', args, ENGINE_DIR);
  if (r.error) {
    throw new Error(
      'Maven (`mvn`) is needed once to build the embedded search node: install it (Debian: apt-get install maven) ' +
        'or set ELASTICSEARCH_URL to a running Elasticsearch/OpenSearch',
    );
  }
  if (r.status !== 0) {
    const output = r.output.trim().split('\n').slice(-30).join('\n');
    throw new Error(`building the embedded search node failed (mvn ${args.join(' ')}):\n${output}`);
  }
  // the dependency plugin may leave an unchanged file alone: mark the build time explicitly
  const now = new Date();
  fs.utimesSync(CLASSPATH_FILE, now, now);
}

function parseSize(size: string): number | null {
  const m = /^(\d+)([kmg])?$/i.exec(size.trim());
  if (!m) return null;
  const unit = { k: 1 / 1024, m: 1, g: 1024 }[(m[2] ?? 'm').toLowerCase() as 'k' | 'm' | 'g'];
  return Number(m[1]) * unit; // in MiB
}

/**
 * JVM flags: bounded heap (env SEARCH_HEAP = max heap, e.g. `1g`; default 512m), what the OpenSearch distribution
 * sets, then env SEARCH_JAVA_OPTS (space-separated).
 */
export function jvmArgs(javaMajor: number): string[] {
  const heap = process.env.SEARCH_HEAP?.trim() || '512m';
  const heapMiB = parseSize(heap);
  const extra = process.env.SEARCH_JAVA_OPTS?.trim().split(/\s+/).filter(Boolean) ?? [];
  if (heapMiB === null) throw new Error(`invalid SEARCH_HEAP "${heap}": use a size such as 512m or 1g`);
  const args = [
    `-Xms${Math.min(256, heapMiB)}m`,
    `-Xmx${heap}`,
    // Serial GC: ~100 MB less RSS than G1 for this small heap, same throughput in a 20k-document bulk + search test
    ...(extra.some((flag) => /^-XX:\+Use\w+GC$/.test(flag)) ? [] : ['-XX:+UseSerialGC']),
    '-XX:+ExitOnOutOfMemoryError',
    '-Djava.awt.headless=true',
    '-Dfile.encoding=UTF-8',
    '-Djna.nosys=true',
    '-Dio.netty.noUnsafe=true',
    '-Dio.netty.noKeySetOptimization=true',
    '-Dio.netty.recycler.maxCapacityPerThread=0',
    '-Dlog4j2.disable.jmx=true',
    // Lucene logs through java.util.logging: route it to log4j (WARN+ to the console)
    '-Djava.util.logging.manager=org.apache.logging.log4j.jul.LogManager',
    // as OpenSearch's jvm.options: COMPAT keeps date formats as 2.x expects; it is gone from Java 23
    javaMajor < 23 ? '-Djava.locale.providers=SPI,COMPAT' : '-Djava.locale.providers=SPI,CLDR',
  ];
  if (javaMajor >= 21) args.push('--enable-native-access=ALL-UNNAMED'); // Lucene's MemorySegment mmap + madvise
  // extra flags last, so they win; a GC choice there (e.g. -XX:+UseG1GC) replaces the Serial GC
  args.push(...extra);
  return args;
}

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
      ? `${info.version.distribution === 'opensearch' ? 'OpenSearch' : 'Elasticsearch'} ${info.version.number ?? ''} node "${info.name}"`
      : info
        ? 'an HTTP server that is not our search node'
        : 'another program';
    const useIt = info?.version?.number ? `, or set ELASTICSEARCH_URL=${url} to use that node` : '';
    throw new Error(`port ${port} is taken by ${what}: set SEARCH_PORT to a free port${useIt}`);
  }

  const javaMajor = await checkJava();
  await ensureBuilt(log);
  fs.mkdirSync(path.join(dataDir, 'logs'), { recursive: true });

  const classpath = [path.join(TARGET_DIR, 'classes'), ...readClasspath()].join(path.delimiter);
  const args = [...jvmArgs(javaMajor), '-cp', classpath, MAIN_CLASS, '--port', String(port), '--data', dataDir];

  let child: ChildProcess;
  const recent: string[] = []; // last lines of output, for error messages
  const remember = (line: string) => {
    recent.push(line);
    if (recent.length > 40) recent.shift();
  };
  const consoleLog = path.join(dataDir, 'logs', 'console.log');

  if (opts.detached) {
    const out = fs.openSync(consoleLog, 'a');
    child = spawn(javaBinary(), args, { cwd: dataDir, detached: true, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    child.unref();
  } else {
    // the JVM watches its stdin and exits when this process (the pipe's other end) goes away
    args.push('--exit-on-stdin-eof');
    child = spawn(javaBinary(), args, { cwd: dataDir, stdio: ['pipe', 'pipe', 'pipe'] });
    for (const stream of [child.stdout!, child.stderr!]) {
      let buffered = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        buffered += chunk;
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) {
          remember(line);
          if (!line.startsWith('search node: started')) log(line); // the caller reports readiness itself
        }
      });
    }
  }

  let exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    });
    child.once('error', (err) => {
      remember(String(err));
      exited = { code: null, signal: null };
      resolve();
    });
  });

  const tail = () =>
    (opts.detached ? readTail(consoleLog, 40) : recent.join('\n')).trim() || '(no output)';

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
      'stop it (npx tsx search/engine/cli.ts stop) and start again',
  );
}

/** On Linux, check the command line so a recycled pid is not mistaken for our node. */
function isOurJvm(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(MAIN_CLASS);
  } catch {
    return process.platform !== 'linux'; // no /proc: trust the pid file
  }
}

async function stopChild(child: ChildProcess, exitPromise: Promise<void>, hasExited: () => boolean): Promise<void> {
  if (hasExited()) return;
  child.kill('SIGTERM');
  const killTimer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exitPromise;
  clearTimeout(killTimer);
}

/** SIGTERM a node by pid (e.g. from the pid file), SIGKILL after 20 s; resolves when the process is gone. */
export async function stopPid(pid: number): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_GRACE_MS;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(pid)) {
    process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(100);
  }
}

function readTail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
