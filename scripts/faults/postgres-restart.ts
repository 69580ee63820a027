import { loadDuringFault } from "./load-during-fault";
import type { People } from "./people";
import { type Outcome, scenarioReport } from "./report";
import type { Stack } from "./stack";
import { checkInPostgres, halfWritten, ticketsSince, waitIndexed } from "./verify";

const SECONDS = 20;
const CUT_AFTER_SECONDS = 4;
const DOWN_SECONDS = 6;

/**
 * PostgreSQL taken away from the desk under load (every connection of the web server and the worker cut, new ones
 * refused) and given back: 503 with Retry-After meanwhile, never a 500, no ticket half written, and the clients'
 * repeats (same Idempotency-Key, after Retry-After) all succeed once it is back, without a duplicate.
 */
export async function postgresScenario(stack: Stack, people: People): Promise<Outcome> {
  const report = scenarioReport("PostgreSQL restarted under load");
  const since = new Date();
  const uncaughtBefore = stack.web.uncaught + stack.worker.uncaught;
  const { rec, written, typed } = await loadDuringFault(stack, people, report, { seconds: SECONDS, tag: "pg", seed: 11 }, async () => {
    await new Promise((r) => setTimeout(r, CUT_AFTER_SECONDS * 1000));
    const cut = await stack.proxy.cut();
    report.injected(`PostgreSQL away ${CUT_AFTER_SECONDS} s into the load: ${cut} open connections reset, new ones refused`);
    await new Promise((r) => setTimeout(r, DOWN_SECONDS * 1000));
    await stack.proxy.restore();
    report.injected(`PostgreSQL back after ${DOWN_SECONDS} s`);
  });
  const serverErrors = rec.count((s) => (s >= 500 && s !== 503) || s === 0);
  const unavailable = rec.count((s) => s === 503);
  report.counted(
    `${unavailable} answers 503 (${written.withoutRetryAfter} without Retry-After), ${written.retried} requests sent again after Retry-After, ${written.failed} whose last answer was not a success`,
  );
  report.expect(unavailable > 0 && written.withoutRetryAfter === 0, "503 with Retry-After while it was down");
  report.expect(serverErrors === 0 && !/HTTP 5(?!03)/.test(typed.line), "no 500 (nor a dropped connection)");
  report.expect(written.failed === 0, "every write repeated after it returned succeeded");
  const uncaught = stack.web.uncaught + stack.worker.uncaught - uncaughtBefore;
  report.expect(uncaught === 0, `no uncaught exception in the web server or the worker (${uncaught} logged)`);

  const inPostgres = await checkInPostgres(written);
  const half = await halfWritten(since);
  const filed = await ticketsSince(since);
  report.counted(
    `${inPostgres.line}; ${filed} tickets filed since the start for ${written.tickets.size} answered 201; ${half} without their audit event`,
  );
  report.expect(inPostgres.ok && half === 0, "no half-written ticket, every success in PostgreSQL");
  report.expect(filed === written.tickets.size, "no duplicate ticket from a repeated request");
  const indexed = await waitIndexed(stack.search, [...written.tickets.keys()], 120);
  report.expect(indexed.missing === 0, `the worker resumed: every ticket indexed (${indexed.seconds.toFixed(0)} s after the load)`);
  return report.done();
}
