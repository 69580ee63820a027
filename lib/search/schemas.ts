import { z } from "zod";
import { articleStatusEnum } from "@/db/schema/enums";
import { ticketStatuses } from "@/lib/tickets/ticket-status";

const uuid = z.string().uuid("Not a valid id");
/** A query-string list: `?status=a&status=b` arrives as an array, `?status=a,b` as one string; both are fine. */
const list = <T extends z.ZodType<string, string>>(item: T) =>
  z.preprocess(
    (v) => (Array.isArray(v) ? v : typeof v === "string" ? [v] : v),
    z
      .array(z.string())
      .transform((values) =>
        values
          .flatMap((s) => s.split(","))
          .map((s) => s.trim())
          .filter(Boolean),
      )
      .pipe(z.array(item).max(20)),
  );

export const suggestQuery = z.object({
  q: z.string().trim().min(1, "Type something to get suggestions").max(500),
  description: z.string().trim().max(5_000).optional(),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});

export const deflectionInput = z.object({ q: z.string().trim().max(500).default(""), sessionId: uuid.optional() });
export const deflectionParams = z.object({ kind: z.enum(["article", "ticket"]), id: uuid });

export const searchQuery = z
  .object({
    q: z.string().max(500).default(""),
    kind: list(z.enum(["ticket", "article"])).optional(),
    status: list(z.enum([...ticketStatuses, ...articleStatusEnum.enumValues])).optional(),
    type: list(z.enum(["incident", "request"])).optional(),
    categoryId: list(uuid).optional(),
    priority: list(z.enum(["low", "normal", "high", "critical"])).optional(),
    assigneeId: list(z.union([uuid, z.literal("none")])).optional(),
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
    sort: z.enum(["relevance", "newest"]).default("relevance"),
    limit: z.coerce.number().int().min(1).max(100).default(25),
    cursor: z
      .string()
      .regex(/^\d{1,5}$/, "Not a cursor from a previous page")
      .optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "`from` must not be after `to`", path: ["from"] });

export const similarQuery = z.object({ limit: z.coerce.number().int().min(1).max(20).default(5) });

export const categoryQuery = z.object({
  q: z.string().trim().min(1, "Type something first").max(500),
  description: z.string().trim().max(5_000).optional(),
});

export type SuggestQuery = z.infer<typeof suggestQuery>;
export type SearchQuery = z.infer<typeof searchQuery>;
