import { eq } from "drizzle-orm";
import type { z } from "zod";
import { schema, type Tx, withTransaction } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/queue";
import { findTickets, linkTicketsIn } from "./link-tickets";
import { recordProblemEvent } from "./problem-command";
import { createProblemInput } from "./schemas";

/**
 * IT staff open a problem: status open, the caller its owner. Tickets named in `ticketIds`, and those of the
 * recurring-problem group `fromGroupId`, are linked in the same transaction; one already in another problem
 * refuses the whole (409), so nothing is half-opened. The open tickets filed before it are matched against it
 * afterwards (problems.rematch). `within`: an enclosing transaction to join (an
 * Idempotency-Key is recorded in the same one).
 */
export async function createProblem(actor: CurrentUser, raw: z.input<typeof createProblemInput>, within?: Tx) {
  const input = createProblemInput.parse(raw);
  if (!can(actor.roles, "problems.work")) throw new AppError("forbidden", "Only IT staff can do this");
  return withTransaction(async (tx) => {
    const ticketIds = await findTickets(tx, input.ticketIds, "ticketIds");
    if (input.fromGroupId) {
      const [group] = await tx.db
        .select({ id: schema.problemGroups.id })
        .from(schema.problemGroups)
        .where(eq(schema.problemGroups.id, input.fromGroupId));
      if (!group) throw new AppError("invalid_input", "Some fields are not valid", { fromGroupId: "No such recurring problem" });
      const members = await tx.db
        .select({ id: schema.problemGroupTickets.ticketId })
        .from(schema.problemGroupTickets)
        .where(eq(schema.problemGroupTickets.groupId, group.id));
      ticketIds.push(...members.map((m) => m.id).filter((id) => !ticketIds.includes(id)));
    }
    const [problem] = await tx.db
      .insert(schema.problems)
      .values({
        title: input.title,
        description: input.description,
        ownerId: actor.id,
        createdById: actor.id,
        fromGroupId: input.fromGroupId ?? null,
      })
      .returning();
    await recordProblemEvent(tx, problem.id, actor.id, {
      action: "created",
      data: { title: problem.title, ...(input.fromGroupId ? { fromGroupId: input.fromGroupId } : {}) },
    });
    await linkTicketsIn(tx, problem, ticketIds, actor.id);
    // The incidents already waiting in the queue that repeat it are offered for linking, as new ones will be.
    await enqueue(tx, "problems.rematch", { problemId: problem.id });
    return problem;
  }, within);
}
