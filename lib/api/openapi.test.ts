import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

describe("the OpenAPI document", () => {
  it("describes every ticket command with the body its route validates", () => {
    const resolve = openApiDocument.paths["/api/v1/tickets/{id}/resolve"].post;
    const schema = resolve.requestBody.content["application/json"].schema as { properties: Record<string, unknown>; required?: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["solution", "shareable", "articleId"]));
    expect(schema.required).toContain("solution");
    expect(JSON.parse(JSON.stringify(openApiDocument)).openapi).toBe("3.1.0");
  });
});
