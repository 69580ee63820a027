"use server";

import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { guardedAction } from "@/lib/auth/guards";
import { addRemark } from "@/lib/tickets/add-remark";
import { assignTicket } from "@/lib/tickets/assign-ticket";
import { cancelTicket } from "@/lib/tickets/cancel-ticket";
import { confirmTicket, rejectTicket } from "@/lib/tickets/confirm-ticket";
import { createTicket } from "@/lib/tickets/create-ticket";
import { escalateTicket } from "@/lib/tickets/escalate-ticket";
import { ticketNumber } from "@/lib/tickets/list-tickets";
import { logTime } from "@/lib/tickets/log-time";
import { findPeople, type PersonOption } from "@/lib/tickets/queries/find-people";
import { resolveTicket } from "@/lib/tickets/resolve-ticket";
import * as inputs from "@/lib/tickets/schemas";
import { setTicketPriority } from "@/lib/tickets/set-priority";
import { startTicket } from "@/lib/tickets/start-ticket";
import { waitForRequester } from "@/lib/tickets/wait-ticket";
import { addWatcher, removeWatcher } from "@/lib/tickets/watchers";

// Every ticket action is the command's own schema plus the ticket it acts on. The guard only asks for
// "portal.use": who may do what, from which state, is the command's (the state machine's) decision.
const ticketRef = { ticketId: z.string().min(1).max(64) };

function ticketAction<S extends z.ZodObject>(schema: S, run: (user: CurrentUser, ticketId: string, input: z.infer<S>) => Promise<unknown>) {
  return guardedAction("portal.use", schema.extend(ticketRef), async (user, { ticketId, ...input }) => {
    await run(user, ticketId as string, input as z.infer<S>);
    return null;
  });
}

// Anyone may file; filing for someone else is checked by createTicket (their head, a dispatcher, an admin).
export const createTicketAction = guardedAction("portal.use", inputs.createTicketInput, async (user, input) => {
  const ticket = await createTicket(user, input);
  return { id: ticket.id, number: ticketNumber(ticket.number) };
});

export const assignAction = ticketAction(inputs.assignInput, assignTicket);
export const waitAction = ticketAction(inputs.waitInput, waitForRequester);
// Taking a ticket into work has no input of its own.
export const startAction = ticketAction(z.object({}), (user, ticketId) => startTicket(user, ticketId));
export const resolveAction = ticketAction(inputs.resolveInput, resolveTicket);
export const confirmAction = ticketAction(inputs.confirmInput, confirmTicket);
export const rejectAction = ticketAction(inputs.rejectInput, rejectTicket);
export const escalateAction = ticketAction(inputs.escalateInput, escalateTicket);
export const priorityAction = ticketAction(inputs.priorityInput, setTicketPriority);
export const cancelAction = ticketAction(inputs.cancelInput, cancelTicket);
export const addWatcherAction = ticketAction(inputs.watcherInput, addWatcher);
export const removeWatcherAction = ticketAction(inputs.watcherInput, removeWatcher);
export const logTimeAction = ticketAction(inputs.timeInput, logTime);

// A remark answers with its id, so the composer can attach files to it.
export const remarkAction = guardedAction("portal.use", inputs.remarkInput.extend(ticketRef), async (user, { ticketId, ...input }) => {
  const created = await addRemark(user, ticketId, input);
  return { remarkId: created.id };
});

/** People for the pickers, limited to whom this viewer may pick (see findPeople). */
export const findPeopleAction = guardedAction(
  "portal.use",
  z.object({ scope: z.enum(["staff", "watchers", "requesters"]), q: z.string().max(100).default("") }),
  async (user, { scope, q }): Promise<PersonOption[]> => findPeople(user, scope, q),
);
