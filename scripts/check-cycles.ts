// npm run lint (second half): fails when modules of lib/ import each other in a circle.
// A cycle means loading one module loads all the others (every enqueue used to load the mail and search code),
// and the order they initialise in depends on who is imported first. Type-only imports are erased, so they do
// not count; dynamic import() is how a module may load a neighbour lazily, so it does not count either.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const roots = ["lib", "search", "db"];
const skip = new Set(["node_modules", "target", ".next", ".data"]);
const importPattern = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?([^'";]*?\sfrom\s+)?["']([^"']+)["']/g;

/** `import type { A }` and `import { type A, type B }` are erased by the compiler. */
function typeOnly(typeKeyword: string | undefined, clause: string | undefined): boolean {
  if (typeKeyword) return true;
  const names = clause
    ?.trim()
    .match(/^\{([^}]*)\}\s+from$/)?.[1]
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean);
  return !!names?.length && names.every((n) => n.startsWith("type "));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (skip.has(name)) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | undefined {
  const base = spec.startsWith("@/") ? join(root, spec.slice(2)) : spec.startsWith(".") ? join(dirname(from), spec) : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")].find(
    (p) => existsSync(p) && statSync(p).isFile(),
  );
}

const files = roots.flatMap((dir) => sourceFiles(join(root, dir)));
const edges = new Map<string, string[]>();
for (const file of files) {
  const targets: string[] = [];
  for (const [, typeKeyword, clause, spec] of readFileSync(file, "utf8").matchAll(importPattern)) {
    const target = !typeOnly(typeKeyword, clause) && resolveImport(file, spec);
    if (target) targets.push(target);
  }
  edges.set(file, targets);
}

// Tarjan's strongly connected components: every component of more than one module is a cycle.
let counter = 0;
const index = new Map<string, number>();
const low = new Map<string, number>();
const stack: string[] = [];
const onStack = new Set<string>();
const cycles: string[][] = [];
function visit(node: string): void {
  index.set(node, counter);
  low.set(node, counter++);
  stack.push(node);
  onStack.add(node);
  for (const next of edges.get(node) ?? []) {
    if (!index.has(next)) {
      visit(next);
      low.set(node, Math.min(low.get(node)!, low.get(next)!));
    } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
  }
  if (low.get(node) !== index.get(node)) return;
  const component: string[] = [];
  let member: string;
  do {
    member = stack.pop()!;
    onStack.delete(member);
    component.push(member);
  } while (member !== node);
  if (component.length > 1 || (edges.get(node) ?? []).includes(node)) cycles.push(component);
}
for (const file of files) if (!index.has(file)) visit(file);

const inLib = cycles.filter((component) => component.some((file) => relative(root, file).startsWith("lib/")));
for (const component of inLib) {
  console.error(
    `module cycle (${component.length} modules):\n  ${component
      .map((f) => relative(root, f))
      .sort()
      .join("\n  ")}`,
  );
}
if (inLib.length > 0) process.exit(1);
