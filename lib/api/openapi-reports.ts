// The Reports section of API.md in the OpenAPI document; filters come from the same zod schemas the routes use.

import { z } from "zod";
import { effortGroupBy } from "@/lib/reports/effort";
import { listParamsSchema, reportFilterSchema } from "@/lib/reports/filters";
import { satisfactionGroupBy } from "@/lib/reports/satisfaction";
import { slaGroupBy } from "@/lib/reports/sla-report";
import { sessionInput } from "@/lib/search/self-service-session";

type Errors = (...codes: number[]) => Record<string, unknown>;

const filters = Object.keys(reportFilterSchema.shape).map((name) => ({
  name,
  in: "query",
  schema: { type: "string", ...(name === "from" || name === "to" ? { format: "date" } : {}) },
  description:
    name === "from" || name === "to"
      ? "ISO date, both days included whole in the organisation's time zone; default the last 30 days up to today; at most 2 years"
      : name === "categoryId"
        ? "with its subcategories"
        : name === "departmentId"
          ? "a department head may ask only for their own (403 otherwise)"
          : undefined,
}));
const list = Object.keys(listParamsSchema.shape).map((name) => ({
  name,
  in: "query",
  schema: name === "format" ? { enum: ["json", "csv", "xlsx"] } : { type: name === "limit" ? "integer" : "string" },
  description: name === "format" ? "csv or xlsx answers a file of every row, column names in the caller's language" : undefined,
}));
const groupBy = (schema: z.ZodEnum) => ({ name: "groupBy", in: "query", schema: { enum: schema.options } });

export function reportPaths(errors: Errors) {
  const get = (summary: string, answer: string, parameters: unknown[] = []) => ({
    get: { summary, parameters: [...filters, ...parameters], responses: { "200": { description: answer }, ...errors(400, 401, 403) } },
  });
  return {
    "/api/v1/reports/overview": get(
      "Headline figures of the period, each with `previous` (the period of the same length before)",
      "period, previousPeriod, tickets {created, resolved, closed, open, reopened}, sla {responseMet, resolutionMet, breached}, times {firstResponseMedianMinutes, resolutionMedianMinutes}, effort {minutes, cost}, satisfaction {average, count, distribution, rejections}, selfService {solvedWithoutTicket, filedAfterSuggestions}, problems {opened, open, knownErrors, meanTimeToKnownErrorMinutes, incidentsLinked, minutes, cost} (problem records), each with previous",
    ),
    "/api/v1/reports/effort": get(
      "Time and money, from time entries dated in the period at their frozen hourly cost",
      "items [{key, label, tickets, minutes, cost, previous}], total, nextCursor",
      [groupBy(effortGroupBy), ...list],
    ),
    "/api/v1/reports/sla": get(
      "SLA met and breached, for tickets created in the period",
      "items [{key, label, tickets, responseMet, resolutionMet, breached, resolutionMedianMinutes, previous}], breaches, nextCursor",
      [groupBy(slaGroupBy), ...list],
    ),
    "/api/v1/reports/satisfaction": get(
      "Ratings of tickets closed in the period, and what requesters said",
      "items [{key, label, count, average, distribution, rejections}], comments, nextCursor",
      [groupBy(satisfactionGroupBy), ...list],
    ),
    "/api/v1/reports/problems": get(
      "Recurring problems found from the tickets' text, most expensive first",
      "items [{id, label, tickets, previous, requesters, departments, minutes, cost, resolutionMedianMinutes, breachedShare, reopenedShare, satisfaction, coverage {articleId, title, share} | null, gap, sampleTickets, captureFromTicket, problem {id, number, status} | null (a problem record open for it)}], nextCursor",
      list,
    ),
    "/api/v1/reports/problems/{id}": {
      get: {
        summary: "One recurring problem: its figures, its tickets in the period and the articles that cover it",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }, ...filters],
        responses: {
          "200": { description: "id, label, figures, tickets [{id, number, subject, status, createdAt, minutes}], articles" },
          ...errors(400, 401, 403, 404),
        },
      },
    },
    "/api/v1/reports/problems/refresh": {
      post: {
        summary: "Recompute the recurring problems now (analysts and admins); a job, also run hourly",
        responses: { "202": { description: '{ status: "queued" }' }, ...errors(401, 403) },
      },
    },
    "/api/v1/reports/self-service": get(
      "The new-ticket form's funnel, per article, and the content gaps",
      "period, sessions, withSuggestions, opened, solved, filedAnyway, recontacted, previous, byArticle [{articleId, title, shown, opened, solved, recontacted}], gaps [{groupId, label, filed, nothingShown, subjects, tickets}]",
      list.filter((p) => p.name === "format"),
    ),
    "/api/v1/suggest/sessions": {
      post: {
        summary: "The new-ticket form tells what it showed and opened during one visit (ids only, never typed text)",
        requestBody: { required: true, content: { "application/json": { schema: z.toJSONSchema(sessionInput, { io: "input" }) } } },
        responses: { "204": { description: "recorded" }, ...errors(400, 401) },
      },
    },
  };
}
