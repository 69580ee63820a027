import { loadDuringFault } from "./load-during-fault";
import type { People } from "./people";
import { type Outcome, scenarioReport } from "./report";
import type { Stack } from "./stack";
import { checkInPostgres, waitIndexed } from "./verify";

const SECONDS = 20;
const KILL_AFTER_SECONDS = 4;
const DOWN_SECONDS = 6;
// Index jobs that failed while the node was away wait 5, 10, 20 … s before their next try (lib/jobs/queue.ts).
const CATCH_UP_SECONDS = 120;

/**
 * The search node SIGKILLed under load and started again a little later: writes go on succeeding, suggestions
 * come from the PostgreSQL fallback flagged `limited`, and the index catches up with everything written meanwhile.
 */
export async function searchScenario(stack: Stack, people: People): Promise<Outcome> {
  const report = scenarioReport("search node killed under load");
  const { rec, written, tally, typed } = await loadDuringFault(
    stack,
    people,
    report,
    { seconds: SECONDS, tag: "search", seed: 7 },
    async () => {
      await new Promise((r) => setTimeout(r, KILL_AFTER_SECONDS * 1000));
      const pid = await stack.killSearch();
      report.injected(`SIGKILL to the search node (pid ${pid}) ${KILL_AFTER_SECONDS} s into the load`);
      await new Promise((r) => setTimeout(r, DOWN_SECONDS * 1000));
      const t0 = performance.now();
      await stack.startSearch();
      report.injected(
        `search node started again after ${DOWN_SECONDS} s down (it took ${((performance.now() - t0) / 1000).toFixed(0)} s to answer)`,
      );
    },
  );
  report.expect(rec.count((s) => s >= 300 || s === 0) === 0, "every write succeeded");
  report.expect(typed.serverErrors === 0 && tally.limited > 0, "suggestions answered while the node was down, flagged limited");
  const inPostgres = await checkInPostgres(written);
  report.counted(inPostgres.line);
  report.expect(inPostgres.ok, "every write in PostgreSQL with its audit event");
  const ids = [...written.tickets.keys()];
  const indexed = await waitIndexed(stack.search, ids, CATCH_UP_SECONDS);
  report.counted(
    `search: ${ids.length - indexed.missing}/${ids.length} tickets in the index with their status, ${indexed.seconds.toFixed(0)} s after the load`,
  );
  report.expect(indexed.missing === 0, "catch-up complete");
  return report.done();
}
