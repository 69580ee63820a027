import type { z } from "zod";
import { schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { timeInput } from "./schemas";
import { recordTicketEvent, ticketCommand } from "./ticket-command";
import { timeEntryValues } from "./time-entry";

/** IT staff log minutes spent; the hourly cost of the moment is kept with the entry for the reports. */
export async function logTime(actor: CurrentUser, ticketId: string, raw: z.input<typeof timeInput>) {
  const input = timeInput.parse(raw);
  return ticketCommand(actor, ticketId, "logTime", async (tx, ticket) => {
    const [entry] = await tx.db
      .insert(schema.timeEntries)
      .values({ ticketId: ticket.id, ...(await timeEntryValues(tx, actor.id, input)) })
      .returning();
    await recordTicketEvent(tx, ticket.id, actor.id, {
      action: "time_logged",
      data: { minutes: input.minutes, note: input.note },
      internal: true,
    });
    return entry;
  });
}
