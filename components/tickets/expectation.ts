import type { TicketDetail } from "@/lib/tickets/get-ticket";

/**
 * The one sentence at the top of a ticket: who is expected to do what now, from the viewer's seat.
 * `tone` says whether the ball is in the viewer's court ("you"), someone else's ("others"), or the ticket
 * is finished ("done") — the banner's colour follows it.
 */
export type Expectation = { key: string; values: Record<string, string>; tone: "you" | "others" | "done" };

type Viewer = { id: string };
type Ticket = Pick<TicketDetail, "status" | "assignee" | "requester" | "createdBy" | "actions" | "closedBy" | "reopenCount">;

export function expectationOf(ticket: Ticket, viewer: Viewer): Expectation {
  const assignee = ticket.assignee?.name ?? "";
  const requester = ticket.requester?.name ?? "";
  const mine = ticket.assignee?.id === viewer.id;
  // The requester's side: the requester, or the department head who filed it for them.
  const asker = ticket.requester?.id === viewer.id || ticket.createdBy?.id === viewer.id;
  const can = (action: string) => ticket.actions.includes(action as Ticket["actions"][number]);

  switch (ticket.status) {
    case "new":
      if (!ticket.assignee)
        return can("assign") ? { key: "needsAssignee", values: {}, tone: "you" } : { key: "awaitingAssignee", values: {}, tone: "others" };
      return mine ? { key: "newMine", values: {}, tone: "you" } : { key: "newAssigned", values: { name: assignee }, tone: "others" };
    case "in_progress":
      if (!ticket.assignee)
        return can("assign") ? { key: "needsAssignee", values: {}, tone: "you" } : { key: "awaitingAssignee", values: {}, tone: "others" };
      if (mine) return { key: ticket.reopenCount > 0 ? "reopenedMine" : "inProgressMine", values: {}, tone: "you" };
      return { key: "inProgress", values: { name: assignee }, tone: "others" };
    case "waiting":
      return asker
        ? { key: "waitingYou", values: { name: assignee }, tone: "you" }
        : { key: "waiting", values: { name: requester }, tone: "others" };
    case "resolved":
      return can("confirm")
        ? { key: "resolvedYou", values: {}, tone: "you" }
        : { key: "resolved", values: { name: requester }, tone: "others" };
    case "closed":
      return { key: ticket.closedBy === "auto" ? "closedAuto" : "closed", values: {}, tone: "done" };
    case "cancelled":
      return { key: "cancelled", values: {}, tone: "done" };
  }
}
