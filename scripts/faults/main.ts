// npm run test:faults: the fault-and-load suite. Starts the desk once on real services (scripts/faults/stack.ts),
// then runs each scenario against it — load, a worker killed, two workers, PostgreSQL restarted, the search node
// killed, conflicting actions — each printing what it injected and what it counted; fails if any expectation
// broke. `-- --only load --only conflicts` runs just those (for working on one).
import { parseArgs } from "node:util";
import { cleanupList } from "../lib/cleanups";
import { step } from "../lib/run";
import { conflictsScenario } from "./conflicts";
import { loadScenario } from "./load";
import { demoPeople } from "./people";
import { postgresScenario } from "./postgres-restart";
import type { Outcome } from "./report";
import { searchScenario } from "./search-kill";
import { startStack } from "./stack";
import { twoWorkersScenario } from "./two-workers";
import { workerKillScenario } from "./worker-kill";

// The scenarios that count mail at the SMTP sink (a worker killed, two workers) run before the load: their mail
// then drains in about a minute, not behind the load's thousands.
const scenarios = {
  conflicts: conflictsScenario,
  "worker-kill": workerKillScenario,
  "two-workers": twoWorkersScenario,
  load: loadScenario,
  "search-kill": searchScenario,
  "postgres-restart": postgresScenario,
};
const only = parseArgs({ options: { only: { type: "string", multiple: true } } }).values.only ?? [];
const started = performance.now();
const cleanups = cleanupList();

async function main(): Promise<Outcome[]> {
  const stack = await startStack(cleanups.add);
  const people = await step("API tokens for the demo's people", demoPeople);
  const outcomes: Outcome[] = [];
  for (const [name, run] of Object.entries(scenarios)) {
    if (only.length > 0 && !only.includes(name)) continue;
    if (cleanups.stopping()) break;
    outcomes.push(await run(stack, people));
  }
  return outcomes;
}

main().then(
  async (outcomes) => {
    await cleanups.runAll();
    const broken = outcomes.filter((o) => o.failures.length > 0);
    console.log(
      `\nfault-and-load suite: ${outcomes.length - broken.length}/${outcomes.length} scenarios held, in ${((performance.now() - started) / 60000).toFixed(1)} min`,
    );
    for (const o of broken) console.error(`✘ ${o.name}: ${o.failures.join("; ")}`);
    process.exit(broken.length > 0 ? 1 : 0);
  },
  async (error) => {
    console.error(`\n✘ ${(error as Error).stack ?? error}`);
    await cleanups.runAll();
    process.exit(1);
  },
);
