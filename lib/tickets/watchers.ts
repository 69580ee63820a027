import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { watcherInput } from "./schemas";
import { recordTicketEvent, ticketCommand } from "./ticket-command";

/** Adds a watcher: they see the ticket and its public remarks and hear of every change. */
export async function addWatcher(actor: CurrentUser, ticketId: string, raw: z.input<typeof watcherInput>) {
  const { userId } = watcherInput.parse(raw);
  return ticketCommand(actor, ticketId, "watch", async (tx, ticket) => {
    const [user] = await tx.db
      .select({ id: schema.users.id })
      .from(schema.users)
      .where(and(eq(schema.users.id, userId), eq(schema.users.active, true)));
    if (!user) throw new AppError("invalid_input", "Some fields are not valid", { userId: "No such person" });
    if (ticket.watcherIds.includes(userId)) return;
    await tx.db.insert(schema.ticketWatchers).values({ ticketId: ticket.id, userId });
    await recordTicketEvent(tx, ticket.id, actor.id, { action: "watcher_added", data: { userId } });
  });
}

export async function removeWatcher(actor: CurrentUser, ticketId: string, raw: z.input<typeof watcherInput>) {
  const { userId } = watcherInput.parse(raw);
  return ticketCommand(actor, ticketId, "watch", async (tx, ticket) => {
    if (!ticket.watcherIds.includes(userId)) throw new AppError("not_found", "This person does not watch the ticket");
    await tx.db
      .delete(schema.ticketWatchers)
      .where(and(eq(schema.ticketWatchers.ticketId, ticket.id), eq(schema.ticketWatchers.userId, userId)));
    await recordTicketEvent(tx, ticket.id, actor.id, { action: "watcher_removed", data: { userId } });
  });
}
