import { getSql } from "@/db/client";
import { driveLoad } from "@/search/bench/latency";
import { recorder } from "./http";
import { countMail, waitMailDrained } from "./mail-count";
import type { People } from "./people";
import { type Outcome, scenarioReport } from "./report";
import type { Stack } from "./stack";
import { indexJobsOf, waitIndexed } from "./verify";
import { emptyWritten, writers } from "./writers";

// A killed worker's jobs are retried once they expire (lib/jobs/definitions.ts: 30 s for indexing, 60 s for mail), maintenance notices (every
// 15 s) and their retry delay passes (5–10 s): recovery takes up to about 90 s.
const RECOVERY_SECONDS = 120;

/**
 * A burst of writes leaves the worker busy sending mail and indexing; it is SIGKILLed in the middle, with jobs in
 * its hands, and started again. Every mail must reach the SMTP sink exactly once, every ticket the index.
 */
export async function workerKillScenario(stack: Stack, people: People): Promise<Outcome> {
  const report = scenarioReport("worker killed with SIGKILL while sending mail and indexing");
  const sql = getSql();
  const written = emptyWritten();
  await driveLoad(10, 8, writers(stack.baseUrl, people, recorder(), written, "kill"));

  // In the middle: some of the burst's mail sent, more still to send.
  const deadline = Date.now() + 30_000;
  let state = { sent: 0, queued: 0 };
  while (Date.now() < deadline) {
    [state] = await sql<{ sent: number; queued: number }[]>`
      select count(*) filter (where status = 'sent')::int as sent, count(*) filter (where status = 'queued')::int as queued from mail_log`;
    if (state.sent > 0 && state.queued > 10) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const active = await sql<{ name: string; n: number }[]>`
    select name, count(*)::int as n from pgboss.job where state = 'active' group by name order by name`;
  const [index] = await sql<{ n: number }[]>`
    select count(*)::int as n from pgboss.job where name = 'search.index' and state in ('created', 'retry', 'active')`;
  const inHand = await sql<{ key: string }[]>`
    select (m.headers->>'Message-ID') || ' ' || lower(m.to_email) as key from pgboss.job j
    join mail_log m on m.id::text = j.data->>'mailId' where j.name = 'mail.send' and j.state = 'active'`;
  const pid = await stack.worker.kill();
  report.injected(
    `SIGKILL to the worker (pid ${pid}) after ${written.tickets.size} tickets filed: ${state.sent} mails sent, ${state.queued} queued, ${index.n} index jobs waiting; in its hands: ${active.map((a) => `${a.n} ${a.name}`).join(", ") || "nothing"}`,
  );
  const restarted = stack.worker.start();
  report.injected(`worker started again (pid ${restarted})`);

  const mail = await waitMailDrained(RECOVERY_SECONDS);
  const indexed = await waitIndexed(stack.search, [...written.tickets.keys()], RECOVERY_SECONDS);
  const counted = await countMail(stack.mailDir);
  report.counted(
    `all mail handled ${mail.seconds.toFixed(0)} s after the restart (${mail.queued} still queued${mail.left ? `: ${mail.left}` : ""})`,
  );
  report.counted(counted.line);
  report.counted(`search: ${written.tickets.size - indexed.missing}/${written.tickets.size} tickets indexed with their status`);
  // SMTP has no way to ask whether a server took a message: a send cut between the server's "250 OK" and the
  // mail log's "sent" is sent again on the retry. Such a repeat carries the same Message-ID (mail programs show
  // it once) and can only be a mail the killed worker had in hand; every other mail must arrive exactly once.
  const cut = new Set(inHand.map((m) => m.key));
  const repeatedOutsideCut = counted.repeated.filter((key) => !cut.has(key)).length;
  report.counted(
    `${counted.repeated.length} repeated, all among the ${cut.size} mails whose SMTP conversation the kill cut: ${repeatedOutsideCut === 0 ? "yes" : `no, ${repeatedOutsideCut} others`}`,
  );
  report.expect(
    counted.missing === 0 && counted.unknown === 0 && mail.queued === 0,
    "no mail lost: every mail of the log at the SMTP sink",
  );
  report.expect(
    repeatedOutsideCut === 0,
    "every mail exactly once (by Message-ID and recipient), but for a send the kill cut mid-conversation",
  );
  if (indexed.missing > 0) report.line(`index jobs of the missing: ${await indexJobsOf(indexed.missingIds)}`);
  report.expect(indexed.missing === 0, "every document indexed");
  return report.done();
}
