import { httpTypists } from "@/search/bench/http-typists";
import { driveLoad } from "@/search/bench/latency";
import { call, recorder } from "./http";
import type { People } from "./people";
import { type Outcome, scenarioReport, typingLine } from "./report";
import type { Stack } from "./stack";
import { checkInPostgres, waitIndexed } from "./verify";
import { emptyWritten, writers } from "./writers";

const WRITERS = 50;
const TYPISTS = 20;
const SECONDS = Number(process.env.FAULTS_LOAD_SECONDS ?? 60);
// The new-ticket form asks for suggestions once typing pauses this long (its debounce).
const DEBOUNCE_MS = 250;
/** The lag goal: every write findable through the search node within this many seconds of the load's end. */
export const LAG_GOAL_SECONDS = 60;

/**
 * 50 clients file tickets, remark and resolve, back to back, while 20 type into the new-ticket form, for a minute.
 * Then every 201 must be in PostgreSQL with its audit event, and in the index within the lag goal.
 */
export async function loadScenario(stack: Stack, people: People): Promise<Outcome> {
  const report = scenarioReport(`load: ${WRITERS} writing clients and ${TYPISTS} typing for ${SECONDS} s`);
  const rec = recorder();
  const written = emptyWritten();
  const step = writers(stack.baseUrl, people, rec, written, "load");
  const typists = httpTypists(stack.baseUrl, [people.requester.token, people.requester2.token, people.manager.token]);

  // The index lag the desk itself reports, sampled while the load runs.
  let maxLag = 0;
  const sampler = setInterval(async () => {
    const health = await call(stack.baseUrl, people.admin.token, "GET", "/api/health");
    maxLag = Math.max(maxLag, (health.body as { searchLagSeconds?: number })?.searchLagSeconds ?? 0);
  }, 5000);
  const [writing, typing] = await Promise.all([
    driveLoad(WRITERS, SECONDS, step),
    driveLoad(TYPISTS, SECONDS, typists.next, { thinkMs: DEBOUNCE_MS }),
  ]);
  clearInterval(sampler);

  report.injected(`${WRITERS} clients filing, remarking and resolving back to back; ${TYPISTS} typing (${DEBOUNCE_MS} ms debounce)`);
  for (const line of rec.lines(writing.elapsed)) report.counted(line);
  const typed = typingLine(typing, typists.tally);
  report.counted(typed.line);
  const total = rec.count(() => true) + typing.latencies.length + typing.errors;
  report.counted(`${total} requests in ${writing.elapsed.toFixed(1)} s = ${(total / writing.elapsed).toFixed(1)} requests/s`);
  report.expect(rec.count((s) => s >= 500 || s === 0) + typed.serverErrors === 0, "no answer ≥ 500 (nor a dropped connection)");

  const inPostgres = await checkInPostgres(written);
  report.counted(inPostgres.line);
  report.expect(inPostgres.ok, "every 201 (and every resolve's 200) in PostgreSQL with its audit event, no remark twice");

  const ids = [...written.tickets.keys()];
  const indexed = await waitIndexed(stack.search, ids, LAG_GOAL_SECONDS);
  report.counted(
    `search: ${ids.length - indexed.missing}/${ids.length} tickets in the index with their status ${indexed.seconds.toFixed(1)} s after the load (the desk reported a lag of up to ${maxLag} s meanwhile)`,
  );
  report.expect(indexed.missing === 0, `every ticket findable in the index within the lag goal (${LAG_GOAL_SECONDS} s after the load)`);

  // Findable as a person finds it: the desk's own search, by the marker in the subject, through the search node.
  const sample = ids.filter((_, i) => i % Math.max(1, Math.floor(ids.length / 10)) === 0).slice(0, 10);
  let found = 0;
  for (const id of sample) {
    const marker = written.tickets.get(id)!;
    const answer = await call(stack.baseUrl, people.dispatcher.token, "GET", `/api/v1/search?q=${encodeURIComponent(marker)}&kind=ticket`);
    const body = answer.body as { items?: { id: string }[]; limited?: boolean };
    if (answer.status === 200 && !body.limited && body.items?.some((item) => item.id === id)) found += 1;
  }
  report.expect(found === sample.length, `${found}/${sample.length} sampled tickets found by the desk's search for their words`);
  return report.done();
}
