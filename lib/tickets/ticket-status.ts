import { ticketStatusEnum } from "@/db/schema/enums";

/** Every status a ticket may have, in the order of its way through the desk: the schema's enum. */
export const ticketStatuses = ticketStatusEnum.enumValues;
export type TicketStatus = (typeof ticketStatuses)[number];

/** Finished for good: nothing more happens to the ticket (no file, no priority, no remark). */
export const finalStatuses: readonly TicketStatus[] = ["closed", "cancelled"];

/** Has a solution that stands: it may become an article or be shown to others with the same problem. */
export const solvedStatuses: readonly TicketStatus[] = ["resolved", "closed"];

/** Not finished: the requester may still answer, confirm or reject. */
export const notFinalStatuses: readonly TicketStatus[] = ticketStatuses.filter((s) => !finalStatuses.includes(s));

/** Still the desk's work: in its queues, the SLA clock running or paused. */
export const openStatuses: readonly TicketStatus[] = notFinalStatuses.filter((s) => s !== "resolved");

/** Being worked on with the SLA clock running: open, but not waiting for the requester (which pauses it). */
export const clockRunningStatuses: readonly TicketStatus[] = openStatuses.filter((s) => s !== "waiting");

/** The requester's turn: to answer the desk's question, or to confirm or reject a solution. */
export const requesterTurnStatuses: readonly TicketStatus[] = ["waiting", "resolved"];

/** For a status read as text (a row of a list, a badge). */
export function isOpenStatus(status: string): boolean {
  return (openStatuses as readonly string[]).includes(status);
}
