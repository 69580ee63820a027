import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

describe("the OpenAPI document", () => {
  it("describes every ticket command with the body its route validates", () => {
    type Operation = {
      post: { requestBody: { content: { "application/json": { schema: { properties: Record<string, unknown>; required?: string[] } } } } };
    };
    const paths = openApiDocument.paths as unknown as Record<string, Operation>;
    const schema = paths["/api/v1/tickets/{id}/resolve"].post.requestBody.content["application/json"].schema;
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["solution", "shareable", "articleId"]));
    expect(schema.required).toContain("solution");
    expect(JSON.parse(JSON.stringify(openApiDocument)).openapi).toBe("3.1.0");
  });

  it("describes every reports endpoint of API.md with the filters the routes read", () => {
    const paths = openApiDocument.paths as unknown as Record<string, { get?: { parameters: { name: string }[] }; post?: unknown }>;
    for (const name of ["overview", "effort", "sla", "satisfaction", "problems", "self-service"]) {
      const names = paths[`/api/v1/reports/${name}`].get!.parameters.map((p) => p.name);
      expect(names).toEqual(
        expect.arrayContaining(["from", "to", "departmentId", "categoryId", "type", "priority", "lineId", "assigneeId"]),
      );
    }
    expect(paths["/api/v1/reports/effort"].get!.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(["groupBy", "limit", "cursor", "format"]),
    );
    expect(paths["/api/v1/reports/problems/refresh"].post).toBeDefined();
  });

  it("describes every problems endpoint of API.md", () => {
    const paths = openApiDocument.paths as unknown as Record<
      string,
      Record<string, { requestBody?: { content: { "application/json": { schema: { required?: string[] } } } } }>
    >;
    expect(Object.keys(paths["/api/v1/problems"])).toEqual(["get", "post"]);
    expect(Object.keys(paths["/api/v1/problems/{id}"])).toEqual(["get", "patch", "delete"]);
    for (const action of ["tickets", "known-error", "resolve", "close", "time"])
      expect(paths[`/api/v1/problems/{id}/${action}`].post).toBeDefined();
    expect(paths["/api/v1/problems/{id}/tickets/{ticketId}"].delete).toBeDefined();
    expect(paths["/api/v1/problems/{id}/known-error"].post.requestBody!.content["application/json"].schema.required).toContain(
      "workaround",
    );
    expect(paths["/api/v1/problems/{id}/resolve"].post.requestBody!.content["application/json"].schema.required).toContain("solution");
  });
});
