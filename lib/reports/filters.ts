import { z } from "zod";
import { priorityEnum, ticketTypeEnum } from "@/db/schema";
import { type DateRange, daysBetween, isCalendarDate } from "./period";

/** The longest period a report covers: two years (a leap day included). */
export const MAX_REPORT_DAYS = 731;

const id = z.string().uuid("Not a valid id");
const date = z.string().refine(isCalendarDate, "A date like 2026-11-27");

/**
 * The one set of filters every report takes (API.md, Reports). Values are checked here; whether an id names
 * something that exists, and whether the caller may ask for it, is checked by resolveReportQuery.
 */
export const reportFilterSchema = z.object({
  from: date.optional(),
  to: date.optional(),
  departmentId: id.optional(),
  categoryId: id.optional(),
  type: z.enum(ticketTypeEnum.enumValues, { message: "Choose incident or request" }).optional(),
  priority: z.enum(priorityEnum.enumValues, { message: "Choose low, normal, high or critical" }).optional(),
  lineId: id.optional(),
  assigneeId: id.optional(),
});

/**
 * The period's own rule, checked apart from the other fields so one answer names every wrong field at once
 * (an object's refinement would wait until all its fields were valid).
 */
export const periodSchema = z.object({ from: date.optional(), to: date.optional() }).superRefine((f, ctx) => {
  if (!f.from || !f.to) return;
  if (f.from > f.to) ctx.addIssue({ code: "custom", path: ["from"], message: "The start must not be after the end" });
  else if (daysBetween(f.from, f.to) > MAX_REPORT_DAYS)
    ctx.addIssue({ code: "custom", path: ["to"], message: "A period is at most two years" });
});

export type ReportFilters = z.infer<typeof reportFilterSchema>;

/** The filters a report page or route was given, without the period (which is resolved into dates). */
export type TicketFilters = Omit<ReportFilters, "from" | "to">;

export const DEFAULT_PERIOD_DAYS = 30;

/**
 * The period asked for, completed: the last 30 days up to today by default; with only one end given, the
 * other is 30 days away from it. Checked again here, as a range made from one end can still be too long.
 */
export function completeRange(
  filters: Pick<ReportFilters, "from" | "to">,
  today: string,
  addDays: (d: string, n: number) => string,
): DateRange {
  const to = filters.to ?? (filters.from ? minDate(addDays(filters.from, DEFAULT_PERIOD_DAYS - 1), today) : today);
  const from = filters.from ?? addDays(to, -(DEFAULT_PERIOD_DAYS - 1));
  return { from, to: to < from ? from : to };
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** Query-string keys a report route reads besides the filters. */
export const listParamsSchema = z.object({
  limit: z.coerce.number().int("A whole number").min(1, "1 to 100").max(100, "1 to 100").default(25),
  cursor: z.string().max(200).optional(),
  format: z.enum(["json", "csv", "xlsx"], { message: "Choose csv or xlsx" }).default("json"),
});
export type ListParams = z.infer<typeof listParamsSchema>;
