import { getSql, withTransaction } from "@/db/client";
import { enqueue } from "@/lib/jobs/queue";
import { driveLoad } from "@/search/bench/latency";
import { call, recorder } from "./http";
import { countMail, waitMailDrained } from "./mail-count";
import type { People } from "./people";
import { workerProcess } from "./processes";
import { type Outcome, scenarioReport } from "./report";
import type { Stack } from "./stack";
import { emptyWritten, writers } from "./writers";

const TICKETS = 10;
const RUNS = 3;

/**
 * Two workers on one database, as a desk outgrowing one machine runs them: mail made by a burst of writes goes out
 * once, and auto-close and the SLA check, queued several times at once so both workers run them together, act
 * once per ticket.
 */
export async function twoWorkersScenario(stack: Stack, people: People): Promise<Outcome> {
  const report = scenarioReport("two workers at once");
  const sql = getSql();
  const since = new Date();
  const second = workerProcess("worker-2", stack.appEnv);
  second.start();
  try {
    // Tickets for the periodic jobs: resolved 8 days ago (auto-close after 7) and open past their resolution target.
    const file = async (subject: string) => {
      const answer = await call(stack.baseUrl, people.requester.token, "POST", "/api/v1/tickets", { type: "incident", subject });
      return (answer.body as { id: string }).id;
    };
    const idle: string[] = [];
    const late: string[] = [];
    for (let i = 0; i < TICKETS; i++) {
      const id = await file(`Автозакрытие ${i}`);
      await call(stack.baseUrl, people.dispatcher.token, "POST", `/api/v1/tickets/${id}/resolve`, { solution: "Готово" });
      idle.push(id);
      late.push(await file(`Просрочено ${i}`));
    }
    // The clock moved for them: written directly, as time would (the API cannot backdate).
    await sql`update tickets set resolved_at = now() - interval '8 days' where id = any(${idle}::uuid[])`;
    await sql`update tickets set resolution_due_at = now() - interval '1 hour', response_due_at = now() - interval '1 hour' where id = any(${late}::uuid[])`;

    const written = emptyWritten();
    await withTransaction(async (tx) => {
      for (let i = 0; i < RUNS; i++) {
        await enqueue(tx, "tickets.autoClose", {});
        await enqueue(tx, "routing.slaCheck", {});
      }
    });
    report.injected(
      `a second worker (pid ${second.pid}); ${RUNS}× auto-close and ${RUNS}× SLA check queued at once over ${TICKETS} idle resolved and ${TICKETS} overdue tickets; 10 clients writing for 4 s`,
    );
    await driveLoad(10, 4, writers(stack.baseUrl, people, recorder(), written, "two"));

    const acted = async () =>
      (
        await sql<{ closed: number[]; breached: number[] }[]>`
          select array(select (select count(*)::int from audit_events e where e.entity_id = t::text and e.action = 'auto_closed')
                       from unnest(${idle}::uuid[]) t) as closed,
                 array(select (select count(*)::int from audit_events e where e.entity_id = t::text and e.action = 'sla_breached')
                       from unnest(${late}::uuid[]) t) as breached`
      )[0];
    let counts = await acted();
    const deadline = Date.now() + 60_000;
    while ((counts.closed.includes(0) || counts.breached.includes(0)) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 1000));
      counts = await acted();
    }
    const [jobs] = await sql<{ done: number }[]>`
      select count(*)::int as done from pgboss.job where name in ('tickets.autoClose', 'routing.slaCheck') and state = 'completed'`;
    const spread = (xs: number[]) =>
      `${xs.filter((n) => n === 1).length} once, ${xs.filter((n) => n > 1).length} more than once, ${xs.filter((n) => n === 0).length} never`;
    report.counted(
      `${jobs.done} auto-close/SLA runs completed; auto-closed: ${spread(counts.closed)}; SLA breach recorded: ${spread(counts.breached)}`,
    );
    report.expect(
      [...counts.closed, ...counts.breached].every((n) => n === 1),
      "auto-close and the SLA check act once per ticket",
    );

    const mail = await waitMailDrained(150, since);
    const counted = await countMail(stack.mailDir, since);
    report.counted(
      `the mail made while both workers ran, ${mail.seconds.toFixed(0)} s to drain: ${counted.line}${mail.left ? `; still waiting: ${mail.left}` : ""}`,
    );
    report.expect(counted.ok && mail.queued === 0, "no mail twice (nor lost), counted at the SMTP sink by Message-ID");
  } finally {
    await second.stop();
  }
  return report.done();
}
