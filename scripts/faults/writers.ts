import { randomUUID } from "node:crypto";
import { type Answer, call, type Recorder } from "./http";
import type { People } from "./people";

/** What the writers were told was done: each 201 and 200 they got, to be found in PostgreSQL and the index. */
export type Written = {
  /** Ticket id -> the marker in its subject, for every ticket answered 201. */
  tickets: Map<string, string>;
  /** Remark marker (its body) -> ticket id, for every remark answered 201. */
  remarks: Map<string, string>;
  /** Ticket id -> the solution sent, for every resolve answered 200, or 409 to a repeat of one answered 503
   * (the first attempt was done but its answer lost: the check finds the ticket resolved with this solution). */
  resolved: Map<string, string>;
  /** Requests answered 503 and sent again with the same Idempotency-Key (creates) or as they were. */
  retried: number;
  /** 503 answers without the Retry-After header API.md promises. */
  withoutRetryAfter: number;
  /** Requests whose last answer was not a success (after the retries). */
  failed: number;
};

export const emptyWritten = (): Written => ({
  tickets: new Map(),
  remarks: new Map(),
  resolved: new Map(),
  retried: 0,
  withoutRetryAfter: 0,
  failed: 0,
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * People at work through the REST API: writer `c` files a ticket (as a requester), a specialist remarks on it, the
 * dispatcher resolves it, and again; each call of the returned step function makes the next request. Every
 * create carries an Idempotency-Key, and a 503 (the database away) is sent again with the same key after its
 * Retry-After, as a careful integration does: the key makes the repeat safe when the first answer was lost.
 */
export function writers(baseUrl: string, people: People, rec: Recorder, written: Written, tag: string) {
  const requesters = [people.requester, people.requester2, people.manager];
  const specialists = [people.specialist, people.specialist2];
  const state = new Map<number, { step: number; ticketId?: string }>();

  const send = async (
    op: string,
    token: string,
    path: string,
    body: unknown,
    idempotent: boolean,
  ): Promise<Answer & { repeated: boolean }> => {
    const headers: Record<string, string> = idempotent ? { "Idempotency-Key": randomUUID() } : {};
    for (let attempt = 0; ; attempt++) {
      const answer = await call(baseUrl, token, "POST", path, body, headers);
      rec.add(op, answer);
      if (answer.status !== 503 || attempt >= 10) {
        const lostAnswer = answer.status === 409 && attempt > 0;
        if (answer.status >= 300 && !lostAnswer) written.failed += 1;
        return { ...answer, repeated: attempt > 0 };
      }
      written.retried += 1;
      if (!answer.headers["retry-after"]) written.withoutRetryAfter += 1;
      await sleep(Number(answer.headers["retry-after"] ?? 1) * 1000);
    }
  };

  return async function step(client: number): Promise<void> {
    const s = state.get(client) ?? { step: 0 };
    state.set(client, s);
    const n = `${tag}-${client}-${randomUUID().slice(0, 8)}`;
    if (s.step === 0 || !s.ticketId) {
      const requester = requesters[client % requesters.length];
      const subject = `Принтер ${n} не печатает / printer ${n} jams`;
      const answer = await send(
        "create",
        requester.token,
        "/api/v1/tickets",
        { type: "incident", subject, description: "Замятие бумаги" },
        true,
      );
      s.ticketId = answer.status === 201 ? (answer.body as { id: string }).id : undefined;
      if (s.ticketId) written.tickets.set(s.ticketId, n);
      s.step = s.ticketId ? 1 : 0;
    } else if (s.step === 1) {
      const body = `remark ${n}: проверил лоток`;
      const answer = await send("remark", specialists[client % 2].token, `/api/v1/tickets/${s.ticketId}/remarks`, { body }, true);
      if (answer.status === 201) written.remarks.set(body, s.ticketId);
      s.step = 2;
    } else {
      const solution = `Заменён ролик ${n}`;
      const answer = await send("resolve", people.dispatcher.token, `/api/v1/tickets/${s.ticketId}/resolve`, { solution }, false);
      if (answer.status === 200 || (answer.status === 409 && answer.repeated)) written.resolved.set(s.ticketId, solution);
      s.step = 0;
    }
  };
}
