import { buildTicketDocument } from "../documents/ticket-document";
import type { TicketDocument } from "../documents/types";

const epoch = new Date("2016-01-01T00:00:00Z");
const nobody = "00000000-0000-4000-8000-000000000000";

/**
 * A benchmark item as the product would hold it: a resolved, shareable ticket with this subject, description
 * and category, built by the production document builder.
 */
export function pastTicket(item: { subject: string; description: string; categoryId?: string }, number: number): TicketDocument {
  return buildTicketDocument({
    id: nobody,
    number,
    type: "incident",
    status: "resolved",
    priority: "normal",
    subject: item.subject,
    description: item.description,
    solution: null,
    shareable: true,
    categoryId: item.categoryId ?? null,
    requesterId: nobody,
    createdById: nobody,
    assigneeId: null,
    createdAt: epoch,
    updatedAt: epoch,
    resolvedAt: epoch,
    closedAt: null,
    remarks: [],
    watcherIds: [],
    departmentId: null,
    categoryPath: item.categoryId ? [item.categoryId] : [],
    lastEventAt: null,
  });
}
