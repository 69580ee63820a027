import { describe, expect, it } from "vitest";
import { missingPrerequisites } from "./prerequisites";

describe("npm test's prerequisites", () => {
  it("name each missing part with the command that installs it, before anything starts", async () => {
    const missing = await missingPrerequisites({
      CHROMIUM_PATH: "/nonexistent/chromium",
      DATABASE_URL: "postgres://postgres@127.0.0.1:1/none",
      ELASTICSEARCH_URL: "http://127.0.0.1:9200",
    });
    expect(missing.map((m) => m.what)).toEqual([
      expect.stringContaining("Chromium (/nonexistent/chromium)"),
      expect.stringContaining("PostgreSQL at postgres://postgres@127.0.0.1:1/none"),
    ]);
    expect(missing[0].install).toContain("apt-get install -y chromium");
  });
});
