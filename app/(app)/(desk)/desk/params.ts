import { z } from "zod";
import { ticketSorts } from "@/lib/tickets/list-tickets";
import { queueKeys } from "@/lib/tickets/queries/queues";
import { ticketStatuses } from "@/lib/tickets/ticket-status";

// The queue page's state lives in the URL, so a view can be bookmarked and shared. A value that does not
// parse is dropped rather than answered with an error: it is someone's old link, not an attack.
const uuid = z.string().uuid();
const params = z.object({
  queue: z.enum(queueKeys).optional().catch(undefined),
  status: z.enum(ticketStatuses).optional().catch(undefined),
  priority: z.enum(["low", "normal", "high", "critical"]).optional().catch(undefined),
  type: z.enum(["incident", "request"]).optional().catch(undefined),
  category: uuid.optional().catch(undefined),
  assignee: uuid.optional().catch(undefined),
  sort: z.enum(ticketSorts).catch("newest"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type QueueParams = z.infer<typeof params>;

export function parseQueueParams(raw: Record<string, string | string[] | undefined>): QueueParams {
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return params.parse({ sort: "newest", page: 1, ...flat });
}

export const pageSize = 50;
