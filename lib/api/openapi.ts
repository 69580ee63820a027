// The REST API as an OpenAPI 3.1 document (API.md is the contract; this is its machine-readable form).
// Each issue that adds endpoints adds them here.

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
  Object.fromEntries(codes.map((code) => [String(code), { description: String(code), content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }]));

const user = {
  type: "object",
  properties: {
    id: { type: "string", format: "uuid" },
    name: { type: "string" },
    email: { type: "string" },
    roles: { type: "array", items: { type: "string", enum: ["requester", "manager", "specialist", "dispatcher", "editor", "analyst", "admin"] } },
    departmentId: { type: ["string", "null"] },
    language: { type: ["string", "null"], enum: ["ru", "en", null] },
  },
};

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
    schemas: { Error: error, User: user },
  },
  paths: {
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
        responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/User" } } } }, ...errors(401) },
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
                  properties: { items: { type: "array", items: { $ref: "#/components/schemas/User" } }, nextCursor: { type: ["string", "null"] } },
                },
              },
            },
          },
          ...errors(400, 401, 403),
        },
      },
    },
  },
} as const;
