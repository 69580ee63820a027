import { createHash } from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getDb, schema, type Tx, withTransaction } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";

const { idempotencyKeys } = schema;

/** How long an answer is kept for a repeated request: a day, as the IETF draft and the big payment APIs do. */
export const IDEMPOTENCY_RETENTION_HOURS = 24;

// Printable ASCII without spaces: a UUID is what clients usually send; anything up to 255 of these is accepted.
const keyPattern = /^[\x21-\x7e]{1,255}$/;

type Created = { id: string };

/**
 * A create endpoint (POST of a ticket, a remark, a problem) made safe to repeat: with an `Idempotency-Key`
 * header, the first request creates and its answer is kept; the same key again (a retry after a lost answer,
 * a double-submitted form) answers that same status and body, with `Idempotent-Replayed: true`, and creates
 * nothing. The key row is inserted in the creating transaction, before the work: a second request with the same
 * key waits at that insert until the first commits (then replays it) or rolls back (then does the work itself),
 * so even two at the same instant create one record. The same key for a different request is refused (400).
 * Without the header the request simply creates.
 */
export async function idempotentCreate(
  request: Request,
  user: CurrentUser,
  input: unknown,
  create: (tx?: Tx) => Promise<Created>,
  answer: (id: string) => Promise<unknown>,
): Promise<Response> {
  const key = request.headers.get("idempotency-key");
  if (key === null) return NextResponse.json(await answer((await create()).id), { status: 201 });
  if (!keyPattern.test(key)) {
    throw new AppError("invalid_input", "Some fields are not valid", { "Idempotency-Key": "1 to 255 visible ASCII characters" });
  }
  const route = `${request.method} ${new URL(request.url).pathname}`;
  const requestHash = createHash("sha256").update(JSON.stringify(input)).digest("hex");
  const mine = and(eq(idempotencyKeys.userId, user.id), eq(idempotencyKeys.key, key));

  const outcome = await withTransaction(async (tx) => {
    // A key older than the retention is free again, even before the hourly clean-up removed it.
    await tx.db.delete(idempotencyKeys).where(and(mine, lt(idempotencyKeys.createdAt, expiredBefore())));
    const claimed = await tx.db
      .insert(idempotencyKeys)
      .values({ userId: user.id, key, route, requestHash })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (claimed.length > 0) {
      const created = await create(tx);
      await tx.db.update(idempotencyKeys).set({ resourceId: created.id }).where(mine);
      return { replayed: false, id: created.id, status: null, body: null };
    }
    const [first] = await tx.db.select().from(idempotencyKeys).where(mine);
    if (first.route !== route || first.requestHash !== requestHash) {
      throw new AppError("invalid_input", "Some fields are not valid", {
        "Idempotency-Key": "Already used for a different request; send a new key",
      });
    }
    return { replayed: true, id: first.resourceId ?? "", status: first.status, body: first.body };
  });

  const headers = outcome.replayed ? { "Idempotent-Replayed": "true" } : undefined;
  // A repeat that arrived while the first was under way waits (briefly) for the first answer to be kept, so both
  // get the very same body; reading it again could differ (the ticket may have moved on).
  for (let wait = 0; outcome.replayed && outcome.status === null && wait < 20; wait++) {
    await new Promise((r) => setTimeout(r, 100));
    const [kept] = await getDb().select({ status: idempotencyKeys.status, body: idempotencyKeys.body }).from(idempotencyKeys).where(mine);
    Object.assign(outcome, kept);
  }
  if (outcome.status !== null && outcome.body !== null) return jsonAnswer(outcome.body, outcome.status, headers);
  // The first answer, read after the commit (the readers use their own connection) and kept. Had that failed
  // last time (the database went away just then), a repeat reads it now: the record itself was committed.
  const body = JSON.stringify(await answer(outcome.id));
  await getDb()
    .update(idempotencyKeys)
    .set({ status: 201, body })
    .where(and(mine, sql`${idempotencyKeys.status} is null`))
    .catch((error) => console.warn(`idempotency: the answer for a key was not kept: ${(error as Error).message}`));
  return jsonAnswer(body, 201, headers);
}

function jsonAnswer(text: string, status: number, headers?: Record<string, string>): Response {
  return new Response(text, { status, headers: { "Content-Type": "application/json", ...headers } });
}

function expiredBefore(now = new Date()): Date {
  return new Date(now.getTime() - IDEMPOTENCY_RETENTION_HOURS * 3600_000);
}

/** Hourly job: forgets the keys older than the retention. Returns how many. */
export async function forgetOldIdempotencyKeys(now = new Date()): Promise<number> {
  const gone = await getDb()
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, expiredBefore(now)))
    .returning({ key: idempotencyKeys.key });
  return gone.length;
}
