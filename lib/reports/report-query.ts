import { inArray } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError, zodFields } from "@/lib/errors";
import { getSetting } from "@/lib/settings/settings";
import { completeRange, periodSchema, type ReportFilters, reportFilterSchema } from "./filters";
import { addDays, type Period, previousRange, todayIn, toPeriod } from "./period";
import { reportScope } from "./scope";

/** Everything a report query needs: the period and the one before, and the filters resolved to ids. */
export type ReportQuery = {
  period: Period;
  previous: Period;
  timeZone: string;
  departmentId: string | null;
  // The category asked for and every category under it; null: any category.
  categoryIds: string[] | null;
  type?: ReportFilters["type"];
  priority?: ReportFilters["priority"];
  lineId?: string;
  assigneeId?: string;
};

/**
 * Reads the filters from a query string (a route's or a page's), checks that each id names something (400
 * naming the field otherwise) and applies the scoping rule (403 for another department).
 */
export async function resolveReportQuery(
  user: Pick<CurrentUser, "roles" | "departmentId">,
  params: Record<string, string | undefined>,
  now = new Date(),
): Promise<ReportQuery> {
  const given = withoutEmpty(params);
  const parsed = reportFilterSchema.safeParse(given);
  const period = periodSchema.safeParse(given);
  if (!parsed.success || !period.success) {
    const fields = { ...(period.success ? {} : zodFields(period.error)), ...(parsed.success ? {} : zodFields(parsed.error)) };
    throw new AppError("invalid_input", "Some fields are not valid", fields);
  }
  const filters = parsed.data;
  const scope = reportScope(user, filters.departmentId);
  const db = getDb();
  const [{ timeZone }, categoryIds] = await Promise.all([getSetting(db, "businessHours"), categorySubtree(filters.categoryId)]);
  await checkExists(filters);
  const range = completeRange(filters, todayIn(timeZone, now), addDays);
  return {
    period: toPeriod(range, timeZone),
    previous: toPeriod(previousRange(range), timeZone),
    timeZone,
    departmentId: scope.departmentId,
    categoryIds,
    type: filters.type,
    priority: filters.priority,
    lineId: filters.lineId,
    assigneeId: filters.assigneeId,
  };
}

/** Every ticket's figures for a range: what the desk itself reports on (the weekly digest), with no reader's filters. */
export function wholeDeskQuery(range: { from: string; to: string }, timeZone: string): ReportQuery {
  return {
    period: toPeriod(range, timeZone),
    previous: toPeriod(previousRange(range), timeZone),
    timeZone,
    departmentId: null,
    categoryIds: null,
  };
}

/** An empty field of a submitted filter form means "any". */
function withoutEmpty(params: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
}

async function categorySubtree(categoryId: string | undefined): Promise<string[] | null> {
  if (!categoryId) return null;
  const all = await getDb().select({ id: schema.categories.id, parentId: schema.categories.parentId }).from(schema.categories);
  if (!all.some((c) => c.id === categoryId))
    throw new AppError("invalid_input", "Some fields are not valid", { categoryId: "No such category" });
  const ids = [categoryId];
  for (let i = 0; i < ids.length; i++) for (const c of all) if (c.parentId === ids[i]) ids.push(c.id);
  return ids;
}

async function checkExists(filters: ReportFilters): Promise<void> {
  const db = getDb();
  const checks: [keyof ReportFilters, string | undefined, () => Promise<unknown[]>, string][] = [
    [
      "departmentId",
      filters.departmentId,
      () =>
        db
          .select({ id: schema.departments.id })
          .from(schema.departments)
          .where(inArray(schema.departments.id, [filters.departmentId!])),
      "No such department",
    ],
    [
      "lineId",
      filters.lineId,
      () =>
        db
          .select({ id: schema.supportLines.id })
          .from(schema.supportLines)
          .where(inArray(schema.supportLines.id, [filters.lineId!])),
      "No such line",
    ],
    [
      "assigneeId",
      filters.assigneeId,
      () =>
        db
          .select({ id: schema.users.id })
          .from(schema.users)
          .where(inArray(schema.users.id, [filters.assigneeId!])),
      "No such person",
    ],
  ];
  for (const [field, value, find, message] of checks) {
    if (value && (await find()).length === 0) throw new AppError("invalid_input", "Some fields are not valid", { [field]: message });
  }
}
