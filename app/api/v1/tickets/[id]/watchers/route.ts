// POST /api/v1/tickets/{id}/watchers — add a watcher
import { ticketCommandRoute } from "@/lib/api/command-routes";
import { watcherInput } from "@/lib/tickets/schemas";
import { addWatcher } from "@/lib/tickets/watchers";

export const POST = ticketCommandRoute(watcherInput, addWatcher);
