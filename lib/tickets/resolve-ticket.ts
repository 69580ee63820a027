import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { schema, type Tx } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import type { LockedTicket } from "./load-ticket";
import { resolveInput } from "./schemas";
import { ticketCommand, updateTicket } from "./ticket-command";

/** The solution is written and the ticket resolved; the requester is asked to confirm or reject it. */
export async function resolveTicket(actor: CurrentUser, ticketId: string, raw: z.input<typeof resolveInput>) {
  const input = resolveInput.parse(raw);
  return ticketCommand(actor, ticketId, "resolve", (tx, ticket) => resolveLockedTicket(tx, actor, ticket, input));
}

/**
 * The resolve itself, inside a transaction that holds the ticket's lock and has checked the state machine (or,
 * for a problem resolving its tickets, the problem's own rule): the same change, audit event, mails and index
 * job whoever resolves it. `data` is added to the audit event (e.g. the problem it was resolved through).
 */
export async function resolveLockedTicket(
  tx: Tx,
  actor: Pick<CurrentUser, "id">,
  ticket: LockedTicket,
  input: z.output<typeof resolveInput>,
  data: Record<string, unknown> = {},
) {
  if (input.articleId) {
    const [article] = await tx.db
      .select({ id: schema.articles.id })
      .from(schema.articles)
      .where(and(eq(schema.articles.id, input.articleId), eq(schema.articles.status, "published")));
    if (!article) throw new AppError("invalid_input", "Some fields are not valid", { articleId: "No such published article" });
    await tx.db
      .insert(schema.ticketArticles)
      .values({ ticketId: ticket.id, articleId: input.articleId, relation: "used" })
      .onConflictDoUpdate({ target: [schema.ticketArticles.ticketId, schema.ticketArticles.articleId], set: { relation: "used" } });
  }
  // An article linked to the ticket while it was worked on is part of the solution too: resolving counts as
  // a use of it (an article captured from this ticket is its outcome, not its solution, and stays as it is).
  await tx.db
    .update(schema.ticketArticles)
    .set({ relation: "used" })
    .where(and(eq(schema.ticketArticles.ticketId, ticket.id), eq(schema.ticketArticles.relation, "linked")));
  const now = new Date();
  const breached = ticket.breached || (ticket.resolutionDueAt !== null && now > ticket.resolutionDueAt);
  await updateTicket(
    tx,
    ticket,
    actor.id,
    "resolved",
    {
      status: "resolved",
      solution: input.solution,
      shareable: input.shareable,
      resolvedAt: now,
      slaPausedAt: null,
      breached,
      // A dispatcher resolving an unassigned ticket takes it.
      assigneeId: ticket.assigneeId ?? actor.id,
      firstResponseAt: ticket.firstResponseAt ?? now,
    },
    {
      data:
        input.articleId || Object.keys(data).length > 0
          ? { ...data, ...(input.articleId ? { articleId: input.articleId } : {}) }
          : undefined,
    },
  );
}
