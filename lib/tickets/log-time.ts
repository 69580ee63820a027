import { eq } from "drizzle-orm";
import type { z } from "zod";
import { schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getSetting } from "@/lib/settings/settings";
import { timeInput } from "./schemas";
import { recordTicketEvent, ticketCommand } from "./ticket-command";

/** IT staff log minutes spent; the hourly cost of the moment is kept with the entry for the reports. */
export async function logTime(actor: CurrentUser, ticketId: string, raw: z.input<typeof timeInput>) {
  const input = timeInput.parse(raw);
  return ticketCommand(actor, ticketId, "logTime", async (tx, ticket) => {
    const [me] = await tx.db.select({ cost: schema.users.hourlyCost }).from(schema.users).where(eq(schema.users.id, actor.id));
    const hourlyCost = me?.cost ?? (await getSetting(tx.db, "defaultHourlyCost"));
    const [entry] = await tx.db
      .insert(schema.timeEntries)
      .values({
        ticketId: ticket.id,
        userId: actor.id,
        minutes: input.minutes,
        note: input.note,
        workDate: input.date ?? new Date().toISOString().slice(0, 10),
        hourlyCost,
      })
      .returning();
    await recordTicketEvent(tx, ticket.id, actor.id, {
      action: "time_logged",
      data: { minutes: input.minutes, note: input.note },
      internal: true,
    });
    return entry;
  });
}
