import type { TicketStatus } from "@/lib/tickets/ticket-status";

export type TicketPeopleState = { status: TicketStatus; assigneeId: string | null; watcherIds: string[] };

type LaterEvent = {
  action: string;
  changes?: Record<string, { from?: unknown; to?: unknown }> | null;
  data?: Record<string, unknown> | null;
};

/**
 * The ticket's status, assignee and watchers as they were right after an event, from how they are now and
 * the events recorded since (oldest first), undone newest first. The notify job may run late — a worker
 * restarting, a backlog — and who is told must not depend on that: a watcher added afterwards is not told
 * of the ticket's filing, and a remark made before a reassignment goes to the assignee of the moment.
 */
export function rewindTicketPeople(now: TicketPeopleState, laterEvents: readonly LaterEvent[]): TicketPeopleState {
  let { status, assigneeId } = now;
  const watchers = new Set(now.watcherIds);
  for (const event of [...laterEvents].reverse()) {
    const assignee = event.changes?.assigneeId;
    if (assignee && "from" in assignee) assigneeId = typeof assignee.from === "string" ? assignee.from : null;
    const statusChange = event.changes?.status;
    if (statusChange && typeof statusChange.from === "string") status = statusChange.from as TicketStatus;
    const userId = event.data?.userId;
    if (typeof userId !== "string") continue;
    if (event.action === "watcher_added") watchers.delete(userId);
    if (event.action === "watcher_removed") watchers.add(userId);
  }
  return { status, assigneeId, watcherIds: [...watchers] };
}
