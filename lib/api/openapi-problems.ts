// The Problems section of API.md in the OpenAPI document; bodies and filters come from the zod schemas the routes use.
import { z } from "zod";
import { problemStatuses } from "@/lib/problems/problem-status";
import * as problemSchemas from "@/lib/problems/schemas";
import { idempotencyKeyParam } from "./idempotency-param";

type Errors = (...codes: number[]) => Record<string, unknown>;

const body = (schema: z.ZodType) => ({
  required: true,
  content: { "application/json": { schema: z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) } },
});
const idParam = { name: "id", in: "path", required: true, schema: { type: "string" }, description: "uuid or number (PRB-12)" };
const answer = (status: number) => ({
  [String(status)]: {
    description: "the problem as the caller now sees it",
    content: { "application/json": { schema: { $ref: "#/components/schemas/Problem" } } },
  },
});

export const problemSchema = {
  type: "object",
  description:
    "id, number, title, description, status, owner, rootCause, workaround, workaroundPublic, solution, fromGroupId, watchers, tickets (linked incidents with status and rejections), articles ({id, title, status, relation: drafted (from the known error) | tickets, nearDuplicates}), effort {minutes, cost, problem, tickets}, createdAt, updatedAt, knownErrorAt, resolvedAt, closedAt, actions, timeline",
  properties: {
    id: { type: "string", format: "uuid" },
    number: { type: "string", examples: ["PRB-12"] },
    status: { enum: [...problemStatuses] },
    effort: { type: "object", properties: { minutes: { type: "integer" }, cost: { type: "number" } } },
  },
};

const commands: [string, string, z.ZodType, number][] = [
  ["tickets", "IT staff link a ticket; a ticket belongs to at most one problem (409 otherwise)", problemSchemas.linkTicketInput, 200],
  [
    "known-error",
    "The owner or the dispatcher record the workaround: status known_error; the first time, a knowledge-base draft is written from the root cause and workaround and linked to the problem",
    problemSchemas.knownErrorInput,
    200,
  ],
  [
    "resolve",
    "The owner or the dispatcher resolve it; with resolveTickets every linked open ticket is resolved with the solution, each with its own audit event and mails, in one transaction",
    problemSchemas.resolveProblemInput,
    200,
  ],
  [
    "close",
    "The owner or the dispatcher close a resolved problem once no linked ticket is open (409 otherwise)",
    problemSchemas.closeProblemInput,
    200,
  ],
  ["time", "IT staff log time spent on the problem itself", problemSchemas.problemTimeInput, 201],
  ["watchers", "IT staff add a watcher", problemSchemas.problemWatcherInput, 200],
];

export function problemPaths(errors: Errors) {
  const path = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });
  return {
    "/api/v1/problems": {
      get: {
        summary: "Problems, newest first (IT staff, analysts)",
        parameters: Object.keys(problemSchemas.listProblemsQuery.shape).map((name) => ({
          name,
          in: "query",
          schema: name === "status" ? { enum: [...problemStatuses] } : { type: "string" },
        })),
        responses: {
          "200": {
            description:
              "{ items [{id, number, title, status, owner, tickets, openTickets, createdAt, …}], counts {open, known_error, resolved, closed}, nextCursor }",
          },
          ...errors(400, 401, 403),
        },
      },
      post: {
        summary:
          "IT staff open a problem (status open, the caller its owner), optionally linking tickets or a recurring-problem group's tickets",
        parameters: [idempotencyKeyParam],
        requestBody: body(problemSchemas.createProblemInput),
        responses: { ...answer(201), ...errors(400, 401, 403, 409) },
      },
    },
    "/api/v1/problems/{id}": {
      get: {
        summary: "The problem with its tickets, articles, effort and timeline",
        parameters: [idParam],
        responses: { ...answer(200), ...errors(401, 403, 404) },
      },
      patch: {
        summary: "The owner or the dispatcher edit title, description, root cause, owner, workaroundPublic",
        parameters: [idParam],
        requestBody: body(problemSchemas.updateProblemInput),
        responses: { ...answer(200), ...errors(400, 401, 403, 404, 409) },
      },
      delete: { summary: "Nobody may delete a problem", parameters: [idParam], responses: errors(405) },
    },
    ...Object.fromEntries(
      commands.map(([action, summary, schema, status]) => [
        `/api/v1/problems/{id}/${action}`,
        {
          post: {
            summary,
            parameters: [idParam],
            requestBody: body(schema),
            responses: { ...answer(status), ...errors(400, 401, 403, 404, 409) },
          },
        },
      ]),
    ),
    "/api/v1/problems/{id}/tickets/{ticketId}": {
      delete: {
        summary: "IT staff unlink a ticket (the link is kept as history)",
        parameters: [idParam, path("ticketId")],
        responses: { ...answer(200), ...errors(401, 403, 404, 409) },
      },
    },
    "/api/v1/problems/{id}/watchers/{userId}": {
      delete: {
        summary: "Stop someone watching the problem",
        parameters: [idParam, path("userId")],
        responses: { ...answer(200), ...errors(401, 403, 404) },
      },
    },
  };
}
