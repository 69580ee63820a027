import { z } from "zod";
import { ticketStatuses } from "./ticket-status";

const text = (max: number, message: string) => z.string().trim().min(1, message).max(max);
const uuid = z.string().uuid("Not a valid id");

export const createTicketInput = z.object({
  type: z.enum(["incident", "request"], { message: "Choose incident or request" }),
  subject: text(200, "Write a short subject"),
  description: z.string().trim().max(20_000).default(""),
  categoryId: uuid.nullish(),
  urgency: z.enum(["low", "normal", "high"]).default("normal"),
  requesterId: uuid.optional(),
  suggestionsShown: z.array(z.string().max(100)).max(50).optional(),
  // The visit of the new-ticket form this ticket ends (the self-service funnel).
  sessionId: uuid.optional(),
});

export const assignInput = z.object({ assigneeId: uuid });
export const remarkInput = z.object({ body: text(20_000, "Write something"), internal: z.boolean().default(false) });
export const waitInput = z.object({ reason: text(5_000, "Say what you need from the requester") });
export const resolveInput = z.object({
  solution: text(20_000, "Describe the solution"),
  shareable: z.boolean().default(true),
  articleId: uuid.optional(),
});
export const confirmInput = z.object({
  rating: z.number().int().min(1, "A rating is 1 to 5").max(5, "A rating is 1 to 5").optional(),
  comment: z.string().trim().max(5_000).optional(),
});
export const rejectInput = z.object({ complaint: text(5_000, "Say what is still wrong") });
export const escalateInput = z.object({ assigneeId: uuid.optional(), lineId: uuid.optional(), reason: text(5_000, "Give a reason") });
export const priorityInput = z.object({ priority: z.enum(["low", "normal", "high", "critical"]), reason: text(5_000, "Give a reason") });
export const startInput = z.object({});
export const cancelInput = z.object({ reason: text(5_000, "Give a reason") });
export const watcherInput = z.object({ userId: uuid });
export const timeInput = z.object({
  minutes: z
    .number()
    .int()
    .min(1, "At least one minute")
    .max(24 * 60, "At most a day per entry"),
  note: z.string().trim().max(2_000).optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "A date like 2026-11-27")
    .optional(),
});

export const listTicketsQuery = z.object({
  status: z.enum(ticketStatuses).optional(),
  type: z.enum(["incident", "request"]).optional(),
  categoryId: uuid.optional(),
  assigneeId: uuid.optional(),
  requesterId: uuid.optional(),
  priority: z.enum(["low", "normal", "high", "critical"]).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(200).optional(),
});
