"use server";

import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { guardedAction, type ActionResult } from "@/lib/auth/guards";
import { addRemark } from "@/lib/tickets/add-remark";
import { assignTicket } from "@/lib/tickets/assign-ticket";
import { cancelTicket } from "@/lib/tickets/cancel-ticket";
import { confirmTicket, rejectTicket } from "@/lib/tickets/confirm-ticket";
import { escalateTicket } from "@/lib/tickets/escalate-ticket";
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
  const guarded = guardedAction("portal.use", schema.extend(ticketRef), async (user, { ticketId, ...input }) => {
    await run(user, ticketId as string, input as z.infer<S>);
    return null;
  });
  return (input: z.input<S> & { ticketId: string }): Promise<ActionResult<null>> => guarded(input);
}

const assign = ticketAction(inputs.assignInput, assignTicket);
const wait = ticketAction(inputs.waitInput, waitForRequester);
// Taking a ticket into work has no input of its own.
const start = guardedAction("portal.use", z.object(ticketRef), async (user, { ticketId }) => {
  await startTicket(user, ticketId);
  return null;
});
const resolve = ticketAction(inputs.resolveInput, resolveTicket);
const confirm = ticketAction(inputs.confirmInput, confirmTicket);
const reject = ticketAction(inputs.rejectInput, rejectTicket);
const escalate = ticketAction(inputs.escalateInput, escalateTicket);
const priority = ticketAction(inputs.priorityInput, setTicketPriority);
const cancel = ticketAction(inputs.cancelInput, cancelTicket);
const watch = ticketAction(inputs.watcherInput, addWatcher);
const unwatch = ticketAction(inputs.watcherInput, removeWatcher);
const time = ticketAction(inputs.timeInput, logTime);

// A remark answers with its id, so the composer can attach files to it.
const remark = guardedAction("portal.use", inputs.remarkInput.extend(ticketRef), async (user, { ticketId, ...input }) => {
  const created = await addRemark(user, ticketId, input);
  return { remarkId: created.id };
});

const people = guardedAction(
  "portal.use",
  z.object({ scope: z.enum(["staff", "watchers", "requesters"]), q: z.string().max(100).default("") }),
  async (user, { scope, q }): Promise<PersonOption[]> => findPeople(user, scope, q),
);

type In<S extends z.ZodType> = z.input<S> & { ticketId: string };

export async function assignAction(input: In<typeof inputs.assignInput>) {
  return assign(input);
}
export async function waitAction(input: In<typeof inputs.waitInput>) {
  return wait(input);
}
export async function startAction(input: { ticketId: string }) {
  return start(input);
}
export async function resolveAction(input: In<typeof inputs.resolveInput>) {
  return resolve(input);
}
export async function confirmAction(input: In<typeof inputs.confirmInput>) {
  return confirm(input);
}
export async function rejectAction(input: In<typeof inputs.rejectInput>) {
  return reject(input);
}
export async function escalateAction(input: In<typeof inputs.escalateInput>) {
  return escalate(input);
}
export async function priorityAction(input: In<typeof inputs.priorityInput>) {
  return priority(input);
}
export async function cancelAction(input: In<typeof inputs.cancelInput>) {
  return cancel(input);
}
export async function addWatcherAction(input: In<typeof inputs.watcherInput>) {
  return watch(input);
}
export async function removeWatcherAction(input: In<typeof inputs.watcherInput>) {
  return unwatch(input);
}
export async function logTimeAction(input: In<typeof inputs.timeInput>) {
  return time(input);
}
export async function remarkAction(input: In<typeof inputs.remarkInput>) {
  return remark(input);
}
/** People for the pickers, limited to whom this viewer may pick (see findPeople). */
export async function findPeopleAction(input: { scope: "staff" | "watchers" | "requesters"; q: string }) {
  return people(input);
}
