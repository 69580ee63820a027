import { afterEach, describe, expect, it } from "vitest";
import { checkHealth } from "./check-health";

describe("health", () => {
  const searchUrl = process.env.ELASTICSEARCH_URL;
  afterEach(() => {
    process.env.ELASTICSEARCH_URL = searchUrl;
  });

  it("reports ok with the real database and search node", async () => {
    expect(await checkHealth()).toMatchObject({ status: "ok", db: "ok", search: "ok", jobs: { failed: 0 } });
  });

  it("is degraded, not down, when the search node does not answer", async () => {
    process.env.ELASTICSEARCH_URL = "http://127.0.0.1:9";
    expect(await checkHealth()).toMatchObject({ status: "degraded", db: "ok", search: "down" });
  });
});
