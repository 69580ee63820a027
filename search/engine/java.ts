/**
 * The embedded node's JVM: finding a Java 17+, building the launcher with Maven (once, into target/), and the
 * flags and class path it runs with. index.ts starts and stops it.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ENGINE_DIR = path.dirname(fileURLToPath(import.meta.url));
const TARGET_DIR = path.join(ENGINE_DIR, "target");
const CLASSPATH_FILE = path.join(TARGET_DIR, "classpath.txt");
export const MAIN_CLASS = "helpdesk.search.EmbeddedSearchNode";
const MAIN_CLASS_FILE = path.join(TARGET_DIR, "classes", ...MAIN_CLASS.split(".")) + ".class";

/** Runs a command to completion without blocking the event loop (the caller may be running other work meanwhile). */
function run(command: string, args: string[], cwd?: string): Promise<{ error?: Error; status: number | null; output: string }> {
  return new Promise((resolve) => {
    let output = "";
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.setEncoding("utf8").on("data", (d: string) => (output += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (output += d));
    child.once("error", (error) => resolve({ error, status: null, output }));
    child.once("close", (status) => resolve({ status, output }));
  });
}

export function javaBinary(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, "bin", "java") : "java";
}

const JAVA_HINT =
  "install it (Debian: apt-get install openjdk-17-jdk-headless maven) or set ELASTICSEARCH_URL to a running Elasticsearch/OpenSearch";

/** Major version of the Java that will run the node; throws a readable error if there is none or it is too old. */
export async function checkJava(): Promise<number> {
  const java = javaBinary();
  const r = await run(java, ["-version"]);
  if (r.error) {
    const where = process.env.JAVA_HOME ? `JAVA_HOME=${process.env.JAVA_HOME} has no bin/java` : "no `java` on PATH";
    throw new Error(`Java 17+ is needed for the embedded search node (${where}): ${JAVA_HINT}`);
  }
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.output);
  if (!m) throw new Error(`cannot tell the version of ${java} (output: ${r.output.trim()}): ${JAVA_HINT}`);
  const major = m[1] === "1" ? Number(m[2]) : Number(m[1]);
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
  return fs.readFileSync(CLASSPATH_FILE, "utf8").trim().split(path.delimiter).filter(Boolean);
}

function buildIsFresh(): boolean {
  if (!fs.existsSync(CLASSPATH_FILE) || !fs.existsSync(MAIN_CLASS_FILE)) return false;
  const built = fs.statSync(CLASSPATH_FILE).mtimeMs;
  const sources = Math.max(newestMtime(path.join(ENGINE_DIR, "pom.xml")), newestMtime(path.join(ENGINE_DIR, "src")));
  // the jars live in ~/.m2: a cleaned Maven cache needs a new resolve
  return built >= sources && readClasspath().every((jar) => fs.existsSync(jar));
}

/**
 * Compiles the launcher and writes target/classpath.txt, unless target/ is newer than the sources.
 * The first run downloads the jars from Maven Central into ~/.m2.
 */
export async function ensureBuilt(log: (line: string) => void = () => {}): Promise<void> {
  if (buildIsFresh()) return;
  log("building the embedded search node (first run downloads ~50 MB of jars from Maven Central)…");
  const args = [
    "-q",
    "-B",
    "-f",
    path.join(ENGINE_DIR, "pom.xml"),
    "compile",
    "dependency:build-classpath",
    `-Dmdep.outputFile=${CLASSPATH_FILE}`,
  ];
  const r = await run("mvn", args, ENGINE_DIR);
  if (r.error) {
    throw new Error(
      "Maven (`mvn`) is needed once to build the embedded search node: install it (Debian: apt-get install maven) " +
        "or set ELASTICSEARCH_URL to a running Elasticsearch/OpenSearch",
    );
  }
  if (r.status !== 0) {
    const output = r.output.trim().split("\n").slice(-30).join("\n");
    throw new Error(`building the embedded search node failed (mvn ${args.join(" ")}):\n${output}`);
  }
  // the dependency plugin may leave an unchanged file alone: mark the build time explicitly
  const now = new Date();
  fs.utimesSync(CLASSPATH_FILE, now, now);
}

function parseSize(size: string): number | null {
  const m = /^(\d+)([kmg])?$/i.exec(size.trim());
  if (!m) return null;
  const unit = { k: 1 / 1024, m: 1, g: 1024 }[(m[2] ?? "m").toLowerCase() as "k" | "m" | "g"];
  return Number(m[1]) * unit; // in MiB
}

/**
 * JVM flags: bounded heap (env SEARCH_HEAP = max heap, e.g. `1g`; default 512m), what the OpenSearch distribution
 * sets, then env SEARCH_JAVA_OPTS (space-separated).
 */
export function jvmArgs(javaMajor: number): string[] {
  const heap = process.env.SEARCH_HEAP?.trim() || "512m";
  const heapMiB = parseSize(heap);
  const extra = process.env.SEARCH_JAVA_OPTS?.trim().split(/\s+/).filter(Boolean) ?? [];
  if (heapMiB === null) throw new Error(`invalid SEARCH_HEAP "${heap}": use a size such as 512m or 1g`);
  const args = [
    `-Xms${Math.min(256, heapMiB)}m`,
    `-Xmx${heap}`,
    // Serial GC: ~100 MB less RSS than G1 for this small heap, same throughput in a 20k-document bulk + search test
    ...(extra.some((flag) => /^-XX:\+Use\w+GC$/.test(flag)) ? [] : ["-XX:+UseSerialGC"]),
    "-XX:+ExitOnOutOfMemoryError",
    "-Djava.awt.headless=true",
    "-Dfile.encoding=UTF-8",
    "-Djna.nosys=true",
    "-Dio.netty.noUnsafe=true",
    "-Dio.netty.noKeySetOptimization=true",
    "-Dio.netty.recycler.maxCapacityPerThread=0",
    "-Dlog4j2.disable.jmx=true",
    // Lucene logs through java.util.logging: route it to log4j (WARN+ to the console)
    "-Djava.util.logging.manager=org.apache.logging.log4j.jul.LogManager",
    // as OpenSearch's jvm.options: COMPAT keeps date formats as 2.x expects; it is gone from Java 23
    javaMajor < 23 ? "-Djava.locale.providers=SPI,COMPAT" : "-Djava.locale.providers=SPI,CLDR",
  ];
  if (javaMajor >= 21) args.push("--enable-native-access=ALL-UNNAMED"); // Lucene's MemorySegment mmap + madvise
  // extra flags last, so they win; a GC choice there (e.g. -XX:+UseG1GC) replaces the Serial GC
  args.push(...extra);
  return args;
}

/** The launcher's classes and the OpenSearch jars, as `-cp` wants them. */
export function launcherClasspath(): string {
  return [path.join(TARGET_DIR, "classes"), ...readClasspath()].join(path.delimiter);
}
