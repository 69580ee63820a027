import type { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError, zodFields } from "@/lib/errors";
import { type Locale, pickLocale } from "@/lib/i18n/locale";
import { type Column, tableResponse } from "./export/table-file";
import { type ListParams, listParamsSchema } from "./filters";
import { pageOf } from "./paging";
import { type ReportQuery, resolveReportQuery } from "./report-query";

export type ReportRequest = { q: ReportQuery; list: ListParams; locale: Locale; params: Record<string, string> };

/** What every report route reads first: the filters (checked and scoped), paging and format, the reader's language. */
export async function readReportRequest(request: Request, user: CurrentUser): Promise<ReportRequest> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const list = listParamsSchema.safeParse(params);
  if (!list.success) throw new AppError("invalid_input", "Some fields are not valid", zodFields(list.error));
  const q = await resolveReportQuery(user, params);
  return { q, list: list.data, locale: pickLocale(user.language, null, request.headers.get("accept-language")), params };
}

/** One query-string value checked by a schema with a default (e.g. `groupBy`), 400 naming the field otherwise. */
export function readParam<S extends z.ZodType<string>>(
  params: Record<string, string>,
  field: string,
  schema: S,
  fallback: z.infer<S>,
): z.infer<S> {
  const value = params[field];
  if (value === undefined || value === "") return fallback;
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new AppError("invalid_input", "Some fields are not valid", { [field]: parsed.error.issues[0]?.message ?? "Not valid" });
  return parsed.data;
}

/** A report's list as JSON (paged, other fields kept) or, with `?format=`, as a CSV or XLSX file of every row. */
export async function answerList<T, R extends { items: T[] }>(
  report: R,
  list: ListParams,
  columns: Column<T>[],
  locale: Locale,
  name: string,
) {
  if (list.format !== "json") return tableResponse(report.items, columns, locale, list.format, name);
  return { ...report, ...pageOf(report.items, list.limit, list.cursor) };
}
