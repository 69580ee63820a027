import { describe, expect, it } from "vitest";
import { searchHref, searchQueryFrom, searchState, toggled } from "./search-params";

describe("search page parameters", () => {
  it("reads lists given either way and keeps commas in the query", () => {
    const state = searchState({ q: "принтер, МФУ", status: ["resolved", "closed"], priority: "high,critical" });
    expect(state).toEqual({ q: ["принтер, МФУ"], status: ["resolved", "closed"], priority: ["high", "critical"] });
  });

  it("drops values that do not parse instead of failing", () => {
    const query = searchQueryFrom(searchState({ q: "vpn", status: "bogus", categoryId: "x", sort: "newest", cursor: "abc" }));
    expect(query).toMatchObject({ q: "vpn", sort: "newest", limit: 20 });
    expect(query.status).toBeUndefined();
    expect(query.categoryId).toBeUndefined();
    expect(query.cursor).toBeUndefined();
  });

  it("browses newest first when nothing is typed, and ends `to` at the end of the day", () => {
    const query = searchQueryFrom(searchState({ to: "2024-03-01" }));
    expect(query.sort).toBe("newest");
    expect(query.to?.getDate()).toBe(1);
    expect(query.to?.getHours()).toBe(23);
  });

  it("toggles facet values and starts paging over", () => {
    const state = searchState({ q: "a", status: "new", cursor: "20" });
    expect(toggled(state, "status", "closed")).toBe("/search?q=a&status=new&status=closed");
    expect(toggled(state, "status", "new")).toBe("/search?q=a");
    expect(searchHref(state, { cursor: ["40"] })).toBe("/search?q=a&status=new&cursor=40");
  });
});

describe("cleanState", () => {
  it("keeps only what the search used", async () => {
    const { cleanState } = await import("./search-params");
    const given = searchState({ q: "vpn", status: ["resolved", "bogus"], cursor: "x", sort: "newest" });
    expect(cleanState(given, searchQueryFrom(given))).toEqual({ q: ["vpn"], status: ["resolved"], sort: ["newest"] });
  });
});
