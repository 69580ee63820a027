import { z } from "zod";
import { timeInput } from "@/lib/tickets/schemas";
import { problemStatuses } from "./problem-status";

const text = (max: number, message: string) => z.string().trim().min(1, message).max(max);
const uuid = z.string().uuid("Not a valid id");
// A ticket by its uuid or its number (HD-1042 or 1042), as in the ticket routes.
const ticketRef = z.string().trim().min(1, "No such ticket").max(60);

export const createProblemInput = z.object({
  title: text(200, "Give the problem a short title"),
  description: z.string().trim().max(20_000).default(""),
  ticketIds: z.array(ticketRef).max(500, "At most 500 tickets").default([]),
  // A recurring-problem group of the reports: its tickets are linked.
  fromGroupId: uuid.optional(),
});

export const updateProblemInput = z
  .object({
    title: text(200, "Give the problem a short title").optional(),
    description: z.string().trim().max(20_000).optional(),
    rootCause: z.string().trim().max(20_000).nullable().optional(),
    ownerId: uuid.optional(),
    // Whether requesters of linked tickets see the problem and its workaround.
    workaroundPublic: z.boolean().optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: "Change at least one field" });

export const linkTicketInput = z.object({ ticketId: ticketRef });
export const knownErrorInput = z.object({
  workaround: text(20_000, "Describe the workaround"),
  rootCause: z.string().trim().max(20_000).optional(),
  workaroundPublic: z.boolean().optional(),
});
export const resolveProblemInput = z.object({
  solution: text(20_000, "Describe the solution"),
  resolveTickets: z.boolean().default(false),
});
export const closeProblemInput = z.object({});
// Time on a problem is entered as on a ticket.
export const problemTimeInput = timeInput;
export const problemWatcherInput = z.object({ userId: uuid });

export const listProblemsQuery = z.object({
  status: z.enum(problemStatuses).optional(),
  ownerId: uuid.optional(),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(200).optional(),
});
