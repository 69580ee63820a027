// The REST API as an OpenAPI 3.1 document (API.md is the contract; this is its machine-readable form).
// Request bodies come from the same zod schemas the routes validate with, so the two cannot drift.
import { z } from "zod";
import * as kbSchemas from "@/lib/kb/schemas";
import * as searchSchemas from "@/lib/search/schemas";
import * as ticketSchemas from "@/lib/tickets/schemas";
import { ticketStatuses } from "@/lib/tickets/ticket-status";
import { idempotencyKeyParam } from "./idempotency-param";
import { problemPaths, problemSchema } from "./openapi-problems";
import { reportPaths } from "./openapi-reports";

const error = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string" },
        message: { type: "string", description: "In the caller's language (ru, en)" },
        fields: { type: "object", additionalProperties: { type: "string" } },
      },
    },
  },
};

const errors = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((code) => [
      String(code),
      { description: String(code), content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
    ]),
  );

const user = {
  type: "object",
  properties: {
    id: { type: "string", format: "uuid" },
    name: { type: "string" },
    email: { type: "string" },
    roles: {
      type: "array",
      items: { type: "string", enum: ["requester", "manager", "specialist", "dispatcher", "editor", "analyst", "admin"] },
    },
    departmentId: { type: ["string", "null"] },
    language: { type: ["string", "null"], enum: ["ru", "en", null] },
  },
};

const body = (schema: z.ZodType) => ({
  required: true,
  content: { "application/json": { schema: z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) } },
});
const ticketAnswer = (status: number) => ({
  [String(status)]: {
    description: "the ticket as the caller now sees it",
    content: { "application/json": { schema: { $ref: "#/components/schemas/Ticket" } } },
  },
});
const idParam = { name: "id", in: "path", required: true, schema: { type: "string" }, description: "uuid or number (HD-1042)" };

const ticketCommands: [string, string, z.ZodType, number][] = [
  ["assign", "The dispatcher assigns a specialist", ticketSchemas.assignInput, 200],
  ["start", "The assignee takes a new ticket into work", ticketSchemas.startInput, 200],
  ["remarks", "A public remark, or an internal note (IT staff)", ticketSchemas.remarkInput, 201],
  ["wait", "The assignee asks the requester; the ticket waits", ticketSchemas.waitInput, 200],
  ["resolve", "The solution; the ticket is resolved", ticketSchemas.resolveInput, 200],
  ["confirm", "The requester confirms, with an optional rating", ticketSchemas.confirmInput, 200],
  ["reject", "The requester rejects with a complaint", ticketSchemas.rejectInput, 200],
  ["escalate", "Hand over to another specialist or line", ticketSchemas.escalateInput, 200],
  ["priority", "The dispatcher overrides the priority", ticketSchemas.priorityInput, 200],
  ["cancel", "The requester withdraws the ticket", ticketSchemas.cancelInput, 200],
  ["watchers", "Add a watcher", ticketSchemas.watcherInput, 200],
  ["time", "IT staff log time spent", ticketSchemas.timeInput, 201],
];

/** Query parameters from a zod object (each sent as text in the query string). */
const queryParams = (schema: z.ZodObject) => Object.keys(schema.shape).map((name) => ({ name, in: "query", schema: { type: "string" } }));

const searchPaths = {
  "/api/v1/suggest": {
    get: {
      summary: "What to show while someone types a new ticket: published articles and shareable solutions (subject and solution only)",
      parameters: queryParams(searchSchemas.suggestQuery),
      responses: {
        "200": { description: "{ items: [{ kind, id, title, snippet (with <mark>), url, score }], limited? }" },
        ...errors(400, 401),
      },
    },
  },
  "/api/v1/suggest/{kind}/{id}/solved": {
    post: {
      summary: '"This solved my problem": recorded as a deflection',
      parameters: [
        { name: "kind", in: "path", required: true, schema: { enum: ["article", "ticket"] } },
        { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } },
      ],
      requestBody: body(searchSchemas.deflectionInput),
      responses: { "201": { description: "recorded" }, ...errors(400, 401, 404) },
    },
  },
  "/api/v1/suggest/category": {
    get: {
      summary: "A category suggested from the text typed so far",
      parameters: queryParams(searchSchemas.categoryQuery),
      responses: { "200": { description: "{ items: [{ categoryId, nameRu, nameEn, confidence }] }" }, ...errors(400, 401) },
    },
  },
  "/api/v1/search": {
    get: {
      summary: "IT staff search over tickets (every field, internal notes too) and articles, with facets",
      parameters: ["q", "kind", "status", "type", "categoryId", "priority", "assigneeId", "from", "to", "sort", "limit", "cursor"].map(
        (name) => ({ name, in: "query", schema: { type: "string" } }),
      ),
      responses: {
        "200": { description: "{ items (with highlights), facets (with counts), total, nextCursor, limited? }" },
        ...errors(400, 401, 403),
      },
    },
  },
  "/api/v1/tickets/{id}/similar": {
    get: {
      summary: "Resolved or closed tickets like this one, with their solutions",
      parameters: [idParam, ...queryParams(searchSchemas.similarQuery)],
      responses: { "200": { description: "{ items }" }, ...errors(401, 403, 404) },
    },
  },
};

const articleAnswer = (status: number) => ({
  [String(status)]: {
    description:
      "the article as the caller now sees it: stage, owner, reviewDueAt, stale, translations { of, by }, allowedActions, versions, linkedTickets (relation captured/used/linked, IT staff only), quality { views, helpful, notHelpful, uses, resolved, rejected } (IT staff only)",
  },
});
const articlePaths = {
  "/api/v1/articles": {
    post: {
      summary: "A new draft (IT staff)",
      requestBody: body(kbSchemas.createArticleInput),
      responses: { ...articleAnswer(201), ...errors(400, 401, 403) },
    },
  },
  "/api/v1/articles/{id}": {
    get: { summary: "The article, by visibility", parameters: [idParam], responses: { ...articleAnswer(200), ...errors(401, 404) } },
    patch: {
      summary: "A new draft revision (author, editors); a published article stays published until the edit is",
      parameters: [idParam],
      requestBody: body(kbSchemas.updateArticleInput),
      responses: { ...articleAnswer(200), ...errors(400, 401, 403, 404, 409) },
    },
  },
  "/api/v1/articles/{id}/submit": {
    post: {
      summary: "The author submits for review",
      parameters: [idParam],
      responses: { ...articleAnswer(200), ...errors(401, 403, 404, 409) },
    },
  },
  "/api/v1/articles/{id}/publish": {
    post: {
      summary: "A knowledge editor publishes: a new immutable version",
      parameters: [idParam],
      responses: { ...articleAnswer(200), ...errors(401, 403, 404, 409) },
    },
  },
  "/api/v1/articles/{id}/archive": {
    post: {
      summary: "A knowledge editor archives",
      parameters: [idParam],
      requestBody: body(kbSchemas.archiveInput),
      responses: { ...articleAnswer(200), ...errors(400, 401, 403, 404, 409) },
    },
  },
  "/api/v1/articles/{id}/feedback": {
    post: {
      summary: "Was this helpful?",
      parameters: [idParam],
      requestBody: body(kbSchemas.feedbackInput),
      responses: { "201": { description: "recorded" }, ...errors(400, 401, 404) },
    },
  },
  "/api/v1/articles/{id}/send-back": {
    post: {
      summary: "A knowledge editor sends the article (or its pending edit) in review back to the author, with a comment",
      parameters: [idParam],
      requestBody: body(kbSchemas.sendBackInput),
      responses: { ...articleAnswer(200), ...errors(400, 401, 403, 404, 409) },
    },
  },
  "/api/v1/articles/{id}/restore": {
    post: {
      summary: "The author or an editor restores an earlier version as a new draft (a published article stays live)",
      parameters: [idParam],
      requestBody: body(kbSchemas.restoreVersionInput),
      responses: { ...articleAnswer(200), ...errors(400, 401, 403, 404, 409) },
    },
  },
  "/api/v1/articles/{id}/reviewed": {
    post: {
      summary: "The owner or an editor marks a published article as reviewed: the review date moves a year on",
      parameters: [idParam],
      responses: { ...articleAnswer(200), ...errors(401, 403, 404, 409) },
    },
  },
  "/api/v1/articles/{id}/versions/{number}": {
    get: {
      summary: "One published version with its readable diff to the previous one (IT staff)",
      parameters: [idParam, { name: "number", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
      responses: {
        "200": { description: "number, title, body, publishedAt, publishedBy, previousNumber, titleDiff, diff" },
        ...errors(401, 404),
      },
    },
  },
};

const ticketPaths = Object.fromEntries(
  ticketCommands.map(([action, summary, schema, status]) => [
    `/api/v1/tickets/{id}/${action}`,
    {
      post: {
        summary,
        parameters: action === "remarks" ? [idParam, idempotencyKeyParam] : [idParam],
        requestBody: body(schema),
        responses: { ...ticketAnswer(status), ...errors(400, 401, 403, 404, 409) },
      },
    },
  ]),
);

export const openApiDocument = {
  openapi: "3.1.0",
  info: { title: "Service Desk API", version: "1" },
  servers: [{ url: "/" }],
  security: [{ bearer: [] }, { session: [] }],
  components: {
    securitySchemes: {
      bearer: { type: "http", scheme: "bearer", description: "A personal API token from the profile page" },
      session: { type: "apiKey", in: "cookie", name: "authjs.session-token" },
    },
    schemas: {
      Error: error,
      User: user,
      Problem: problemSchema,
      Ticket: {
        type: "object",
        description:
          "id, number, type, status, priority, subject, description, category, requester, createdBy, assignee, watchers, solution, shareable, rating, reopenCount, escalationLevel, sla, timeSpentMinutes, createdAt, resolvedAt, closedAt, closedBy, articles, problem ({id, number, status, workaround}: IT staff always, others when the workaround is public), suggestedProblem ({id, number, title, status, workaround, similarity} or null: IT staff only, the open problem or known error a new ticket seems to repeat, found when it was filed), actions, timeline",
        properties: {
          id: { type: "string", format: "uuid" },
          number: { type: "string", examples: ["HD-1042"] },
          status: { enum: [...ticketStatuses] },
          priority: { enum: ["low", "normal", "high", "critical"] },
        },
      },
    },
  },
  paths: {
    ...ticketPaths,
    ...searchPaths,
    ...articlePaths,
    ...reportPaths(errors),
    ...problemPaths(errors),
    "/api/v1/tickets": {
      get: {
        summary: "The tickets the caller may see, newest first",
        parameters: Object.keys(ticketSchemas.listTicketsQuery.shape).map((name) => ({ name, in: "query", schema: { type: "string" } })),
        responses: { "200": { description: "{ items, nextCursor }" }, ...errors(400, 401) },
      },
      post: {
        summary: "File a ticket",
        parameters: [idempotencyKeyParam],
        requestBody: body(ticketSchemas.createTicketInput),
        responses: { ...ticketAnswer(201), ...errors(400, 401, 403) },
      },
    },
    "/api/v1/tickets/{id}": {
      get: { summary: "The ticket with its timeline", parameters: [idParam], responses: { ...ticketAnswer(200), ...errors(401, 404) } },
      delete: { summary: "Nobody may delete a ticket", parameters: [idParam], responses: errors(405) },
    },
    "/api/v1/tickets/{id}/watchers/{userId}": {
      delete: {
        summary: "Stop someone watching",
        parameters: [idParam, { name: "userId", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        responses: { ...ticketAnswer(200), ...errors(401, 403, 404) },
      },
    },
    "/api/v1/tickets/{id}/problem-suggestion": {
      delete: {
        summary: "Not this problem: the problem offered for linking (suggestedProblem) is dismissed, and not offered again (IT staff)",
        parameters: [idParam],
        responses: { "204": { description: "Dismissed (also when nothing was offered)" }, ...errors(401, 403, 404) },
      },
    },
    "/api/v1/tickets/{id}/attachments": {
      get: {
        summary: "The ticket's files the caller may see",
        parameters: [idParam],
        responses: { "200": { description: "{ items }" }, ...errors(401, 404) },
      },
      post: {
        summary: "Attach an image (PNG, JPEG, GIF, WebP) or a PDF, up to 10 MB",
        parameters: [idParam],
        requestBody: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                required: ["file"],
                properties: { file: { type: "string", format: "binary" }, remarkId: { type: "string", format: "uuid" } },
              },
            },
          },
        },
        responses: { "201": { description: "the attachment" }, ...errors(400, 401, 403, 404, 409, 413) },
      },
    },
    "/api/v1/tickets/{id}/attachments/{attachmentId}": {
      get: {
        summary: "The file itself, for those who may see the ticket",
        parameters: [idParam, { name: "attachmentId", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        responses: { "200": { description: "the bytes" }, ...errors(401, 404) },
      },
    },
    "/api/v1/notifications": {
      get: {
        summary: "The caller's latest notifications (the bell)",
        responses: { "200": { description: "{ items, unreadCount }" }, ...errors(401) },
      },
    },
    "/api/v1/notifications/read": {
      post: {
        summary: "Mark notifications read: the given ids, or all",
        requestBody: {
          content: {
            "application/json": {
              schema: { type: "object", properties: { ids: { type: "array", items: { type: "string", format: "uuid" } } } },
            },
          },
        },
        responses: { "200": { description: "{ updated, unreadCount }" }, ...errors(400, 401) },
      },
    },
    "/api/health": {
      get: {
        security: [],
        summary: "State of the database, search node and job queue",
        responses: {
          "200": {
            description: "db ok",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: {
                    status: { enum: ["ok", "degraded", "down"] },
                    db: { enum: ["ok", "down"] },
                    search: { enum: ["ok", "down"] },
                    jobs: { type: "object", properties: { queued: { type: "integer" }, failed: { type: "integer" } } },
                    searchLagSeconds: { type: "number" },
                    mailin: { enum: ["off", "ok", "down"], description: "mail-in over IMAP: off until a mailbox is configured" },
                    mailboxes: {
                      type: "object",
                      description: "how many mailboxes are reachable, unreachable, not read yet",
                      properties: { ok: { type: "integer" }, down: { type: "integer" }, waiting: { type: "integer" } },
                    },
                    directory: { enum: ["off", "ok", "down"], description: "directory sign-in over LDAP: off until LDAP_URL is set" },
                  },
                },
              },
            },
          },
          "503": { description: "db down" },
        },
      },
    },
    "/api/v1/me": {
      get: {
        summary: "The signed-in user",
        responses: {
          "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/User" } } } },
          ...errors(401),
        },
      },
    },
    "/api/v1/users": {
      get: {
        summary: "Users, to pick assignees and watchers",
        parameters: [
          { name: "role", in: "query", schema: user.properties.roles.items },
          { name: "q", in: "query", schema: { type: "string" } },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 25 } },
          { name: "cursor", in: "query", schema: { type: "string" } },
        ],
        responses: {
          "200": {
            description: "a page of users",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: {
                    items: { type: "array", items: { $ref: "#/components/schemas/User" } },
                    nextCursor: { type: ["string", "null"] },
                  },
                },
              },
            },
          },
          ...errors(400, 401, 403),
        },
      },
    },
  },
};
