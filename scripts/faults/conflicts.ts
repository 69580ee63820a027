import { randomUUID } from "node:crypto";
import { getSql } from "@/db/client";
import { type Answer, call } from "./http";
import type { People } from "./people";
import { type Outcome, scenarioReport } from "./report";
import type { Stack } from "./stack";

const ROUNDS = 5;
const statuses = (answers: Answer[]) => answers.map((a) => a.status).sort((a, b) => a - b);
const tally = (all: number[]) =>
  [...new Set(all)]
    .sort()
    .map((s) => `${all.filter((x) => x === s).length}× ${s}`)
    .join(", ");

/**
 * People acting on one ticket at the same instant: two dispatchers assigning, a requester confirming while the
 * specialist remarks, forms sent twice (with and without an Idempotency-Key). Each request must get one result,
 * the loser a 409, and the ticket must show exactly the effects of the winners.
 */
export async function conflictsScenario(stack: Stack, people: People): Promise<Outcome> {
  const report = scenarioReport(`concurrent conflicting actions (${ROUNDS} rounds each)`);
  const sql = getSql();
  const post = (who: keyof People, path: string, body: unknown, headers?: Record<string, string>) =>
    call(stack.baseUrl, people[who].token, "POST", path, body, headers);
  const fileTicket = async () => {
    const answer = await post("requester", "/api/v1/tickets", { type: "request", subject: `Конфликт ${randomUUID().slice(0, 8)}` });
    if (answer.status !== 201) throw new Error(`filing a ticket answered ${answer.status}`);
    return (answer.body as { id: string }).id;
  };
  const events = async (id: string, action: string) =>
    sql<{ changes: { assigneeId?: { from: string | null; to: string } } | null }[]>`
      select changes from audit_events where entity_type = 'ticket' and entity_id = ${id} and action = ${action} order by id`;

  // Two dispatchers give one ticket to different people at the same moment: the ticket's row lock orders them,
  // so both apply in turn and the history must say so (the second assignment's "from" is the first's "to").
  let assignAnswers: number[] = [];
  let assignConsistent = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const id = await fileTicket();
    const answers = await Promise.all([
      post("dispatcher", `/api/v1/tickets/${id}/assign`, { assigneeId: people.specialist.id }),
      post("admin", `/api/v1/tickets/${id}/assign`, { assigneeId: people.specialist2.id }),
    ]);
    assignAnswers = assignAnswers.concat(statuses(answers));
    const history = await events(id, "assigned");
    const [row] = await sql<{ assignee: string }[]>`select assignee_id::text as assignee from tickets where id = ${id}`;
    const chain = history.every((e, i) => i === 0 || e.changes?.assigneeId?.from === history[i - 1].changes?.assigneeId?.to);
    const last = history.at(-1)?.changes?.assigneeId?.to;
    if (chain && last === row.assignee && history.length === answers.filter((a) => a.status === 200).length) assignConsistent += 1;
  }
  report.injected(`two dispatchers assign one ticket to two specialists at once, ${ROUNDS} tickets`);
  report.counted(
    `answers ${tally(assignAnswers)}; ${assignConsistent}/${ROUNDS} tickets whose assignee is the last assignment's and whose history chains`,
  );
  report.expect(assignAnswers.every((s) => s === 200 || s === 409) && assignConsistent === ROUNDS, "one result each, no lost assignment");

  // The requester confirms a resolved ticket while the specialist remarks on it.
  let raceAnswers: number[] = [];
  let raceConsistent = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const id = await fileTicket();
    await post("dispatcher", `/api/v1/tickets/${id}/resolve`, { solution: "Перезапущена служба печати" });
    const body = `Проверьте ещё раз ${randomUUID()}`;
    const [confirm, remark] = await Promise.all([
      post("requester", `/api/v1/tickets/${id}/confirm`, { rating: 5 }),
      post("specialist", `/api/v1/tickets/${id}/remarks`, { body }),
    ]);
    raceAnswers = raceAnswers.concat([confirm.status, remark.status]);
    const [row] = await sql<{ status: string; remarks: number }[]>`
      select status::text, (select count(*)::int from ticket_remarks where ticket_id = t.id and body = ${body}) as remarks from tickets t where id = ${id}`;
    const expectedRemarks = remark.status === 201 ? 1 : 0;
    if (confirm.status === 200 && row.status === "closed" && [201, 409].includes(remark.status) && row.remarks === expectedRemarks)
      raceConsistent += 1;
  }
  report.injected(`a requester confirms while the specialist remarks, ${ROUNDS} resolved tickets`);
  report.counted(`answers ${tally(raceAnswers)}; ${raceConsistent}/${ROUNDS} closed with exactly the remarks answered 201`);
  report.expect(raceConsistent === ROUNDS, "confirm wins or the remark lands first; a late remark gets 409 and leaves nothing");

  // A form sent twice at once: a create with an Idempotency-Key is done once and answered the same twice; a
  // command (resolve, confirm) done once, the second answered 409.
  const doubled: string[] = [];
  let doubleOk = 0;
  let doubleRounds = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const key = randomUUID();
    const subject = `Дважды ${key.slice(0, 8)}`;
    const creates = await Promise.all(
      [0, 1].map(() => post("requester", "/api/v1/tickets", { type: "incident", subject }, { "Idempotency-Key": key })),
    );
    const [filed] = await sql<{ n: number }[]>`select count(*)::int as n from tickets where subject = ${subject}`;
    const sameAnswer = creates.every((c) => c.status === 201) && JSON.stringify(creates[0].body) === JSON.stringify(creates[1].body);
    const id = (creates[0].body as { id: string }).id;

    const remarkKey = randomUUID();
    const body = `Дубль ${remarkKey}`;
    const remarks = await Promise.all(
      [0, 1].map(() => post("specialist", `/api/v1/tickets/${id}/remarks`, { body }, { "Idempotency-Key": remarkKey })),
    );
    const [remarkRows] = await sql<{ n: number }[]>`select count(*)::int as n from ticket_remarks where body = ${body}`;
    const otherBody = await post(
      "specialist",
      `/api/v1/tickets/${id}/remarks`,
      { body: `${body} (иначе)` },
      { "Idempotency-Key": remarkKey },
    );

    const resolves = await Promise.all([0, 1].map(() => post("dispatcher", `/api/v1/tickets/${id}/resolve`, { solution: "Готово" })));
    const confirms = await Promise.all([0, 1].map(() => post("requester", `/api/v1/tickets/${id}/confirm`, {})));
    const [resolvedEvents] = await sql<{ n: number }[]>`
      select count(*)::int as n from audit_events where entity_id = ${id} and action in ('resolved', 'confirmed')`;

    doubled.push(
      `create ${creates.map((c) => `${c.status}${c.headers["idempotent-replayed"] ? " (replayed)" : ""}`).join(" + ")} → ${filed.n} ticket; ` +
        `remark ${remarks.map((r) => r.status).join(" + ")} → ${remarkRows.n} remark, other body with the key ${otherBody.status}; ` +
        `resolve ${statuses(resolves).join(" + ")}; confirm ${statuses(confirms).join(" + ")} → ${resolvedEvents.n} events`,
    );
    doubleRounds += 1;
    const ok =
      sameAnswer &&
      filed.n === 1 &&
      remarks.every((r) => r.status === 201) &&
      JSON.stringify(remarks[0].body) === JSON.stringify(remarks[1].body) &&
      remarkRows.n === 1 &&
      otherBody.status === 400 &&
      statuses(resolves).join() === "200,409" &&
      statuses(confirms).join() === "200,409" &&
      resolvedEvents.n === 2;
    if (ok) doubleOk += 1;
    else
      report.line(
        `round ${round + 1} broke: ${doubled.at(-1)}; same create answer ${sameAnswer}, same remark answer ${JSON.stringify(remarks[0].body) === JSON.stringify(remarks[1].body)}`,
      );
  }
  report.injected(
    `forms sent twice at the same instant, ${ROUNDS} times: file (with Idempotency-Key), remark (with key), resolve, confirm`,
  );
  report.counted(doubled[0]);
  report.counted(
    `${doubleOk}/${doubleRounds} rounds: one ticket and one remark with the same answer twice, one resolve and one confirm with a 409 for the other`,
  );
  report.expect(doubleOk === doubleRounds, "one result each, the loser 409, no duplicate ticket or remark, same answer twice");

  // A problem opened twice with one key (the third create endpoint that takes one).
  const problemKey = randomUUID();
  const problems = await Promise.all(
    [0, 1].map(() =>
      post("specialist", "/api/v1/problems", { title: `Принтеры ${problemKey.slice(0, 8)}` }, { "Idempotency-Key": problemKey }),
    ),
  );
  const [problemRows] = await sql<
    { n: number }[]
  >`select count(*)::int as n from problems where title = ${`Принтеры ${problemKey.slice(0, 8)}`}`;
  report.counted(`problem opened twice with one key: ${problems.map((p) => p.status).join(" + ")} → ${problemRows.n} problem`);
  report.expect(
    problemRows.n === 1 && problems.every((p) => p.status === 201) && JSON.stringify(problems[0].body) === JSON.stringify(problems[1].body),
    "one problem, the same answer twice",
  );
  return report.done();
}
