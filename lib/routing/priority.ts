export type Priority = "low" | "normal" | "high" | "critical";
export type Urgency = "low" | "normal" | "high";
export type TicketType = "incident" | "request";

const order: Priority[] = ["low", "normal", "high", "critical"];

// Type × urgency: something broken weighs more than something wanted.
const matrix: Record<TicketType, Record<Urgency, Priority>> = {
  incident: { low: "normal", normal: "normal", high: "high" },
  request: { low: "low", normal: "normal", high: "high" },
};

/** The priority a new ticket starts at: the matrix, one step up for a VIP, never below the category's default. */
export function initialPriority(input: { type: TicketType; urgency: Urgency; vip?: boolean; categoryDefault?: Priority | null }): Priority {
  let rank = order.indexOf(matrix[input.type][input.urgency]);
  if (input.vip) rank = Math.min(rank + 1, order.length - 1);
  if (input.categoryDefault) rank = Math.max(rank, order.indexOf(input.categoryDefault));
  return order[rank];
}

/** Default SLA targets in hours (24/7): first response and resolution. */
export const slaHours: Record<Priority, { response: number; resolution: number }> = {
  critical: { response: 1, resolution: 4 },
  high: { response: 4, resolution: 24 },
  normal: { response: 8, resolution: 72 },
  low: { response: 24, resolution: 120 },
};
