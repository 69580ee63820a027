import { type ChildProcess, spawn } from "node:child_process";

// FAULTS_VERBOSE=1 shows all their output (stack traces included).
const verbose = Boolean(process.env.FAULTS_VERBOSE);

/**
 * A process of the desk (the web server, a worker) that the suite can kill the hard way and start again. Output
 * is prefixed with its name; only warnings and errors are shown (FAULTS_VERBOSE=1: everything), the rest would drown the suite's report.
 */
export function appProcess(name: string, args: string[], env: NodeJS.ProcessEnv) {
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  let expected = false;
  // Errors thrown where no caller could catch them: the process goes on (Next logs them) but a request hangs or
  // a job is lost, so the suite counts them.
  let uncaught = 0;
  const show = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) {
      if (/uncaughtException|unhandledRejection/.test(line)) uncaught += 1;
      if (line.trim() && (verbose || /error|warn|✘|unavailable|failed/i.test(line)))
        process.stderr.write(`  [${name}] ${line.slice(0, 300)}\n`);
    }
  };
  const start = () => {
    // node itself, not a wrapper: a SIGKILL must reach the process doing the work.
    child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout?.on("data", show);
    child.stderr?.on("data", show);
    const current = child;
    expected = false;
    exited = new Promise<void>((resolve) =>
      current.once("exit", (code, signal) => {
        // A process of the desk that ends by itself is news: the suite says so where it happens.
        if (!expected) process.stderr.write(`  [${name}] ✘ exited by itself (${signal ?? `exit code ${code}`})\n`);
        resolve();
      }),
    );
    return current.pid!;
  };
  const running = () => child !== null && child.exitCode === null && child.signalCode === null;
  return {
    name,
    start,
    get pid() {
      return child?.pid;
    },
    /** How many uncaught exceptions and unhandled rejections it has logged so far. */
    get uncaught() {
      return uncaught;
    },
    /** SIGKILL: no handler runs, nothing is flushed, jobs in hand are left as they are. */
    async kill(): Promise<number | undefined> {
      const pid = child?.pid;
      expected = true;
      if (running()) child!.kill("SIGKILL");
      await exited;
      return pid;
    },
    /** A polite stop (SIGTERM: the worker finishes its jobs), SIGKILL after 15 s. */
    async stop(): Promise<void> {
      if (!running()) return;
      expected = true;
      child!.kill("SIGTERM");
      const timer = setTimeout(() => child?.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export type AppProcess = ReturnType<typeof appProcess>;

/** The web server: `next start` of the production build. */
export const webProcess = (port: number, env: NodeJS.ProcessEnv) =>
  appProcess("web", ["node_modules/next/dist/bin/next", "start", "-p", String(port)], env);

/** A worker, as `npm run worker` runs it, in one process (tsx as a loader, not its own parent process). */
export const workerProcess = (name: string, env: NodeJS.ProcessEnv) => appProcess(name, ["--import", "tsx", "scripts/worker.ts"], env);
