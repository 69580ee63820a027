import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { run, step } from "./run";

/** What the production build is made from: a change to any of these makes `.next` stale. */
const APP_SOURCES = ["app", "components", "lib", "db", "search", "public", "package-lock.json", "next.config.ts"];

/** Folders and files the build never reads: the benchmarks' own code and tests would otherwise force rebuilds. */
const notBuilt = (name: string) => name === "bench" || /\.(int\.)?test\.tsx?$/.test(name);

/** The newest modification time of the app's sources (folders and files), to rebuild only when something changed. */
export function newestSource(paths: string[] = APP_SOURCES): number {
  let newest = 0;
  const walk = (path: string) => {
    if (!statSync(path).isDirectory()) return void (newest = Math.max(newest, statSync(path).mtimeMs));
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name.startsWith(".") || entry.name === "target" || notBuilt(entry.name)) continue;
      const child = join(path, entry.name);
      if (entry.isDirectory()) walk(child);
      else newest = Math.max(newest, statSync(child).mtimeMs);
    }
  };
  paths.filter(existsSync).forEach(walk);
  return newest;
}

/** True when there is no production build, or a source is newer than it. */
export function needsBuild(): boolean {
  const buildId = ".next/BUILD_ID";
  if (!existsSync(buildId)) return true;
  return newestSource() > statSync(buildId).mtimeMs;
}

/** Runs `next build` when `.next` is missing or older than the sources; says so either way. */
export async function buildIfChanged(env: NodeJS.ProcessEnv): Promise<void> {
  if (!needsBuild()) return void console.log("\n✔ production build is up to date (.next)");
  await step("build the app (next build)", () => run("node_modules/.bin/next", ["build"], env));
}
