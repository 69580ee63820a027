import type { estypes } from "@elastic/elasticsearch";
import { describe, expect, it } from "vitest";
import { suggestQuery } from "./suggest-query";

const should = (q: estypes.QueryDslQueryContainer) => (q as { bool: { should: estypes.QueryDslQueryContainer[] } }).bool.should;
const clauses = (q: estypes.QueryDslQueryContainer) => JSON.stringify(should(q));

describe("suggestQuery", () => {
  it("matches the whole typed text against suggestText", () => {
    expect(should(suggestQuery({ subject: "Принтер", description: "не печатает" }))[0]).toEqual({ match: { suggestText: { query: "Принтер\nне печатает" } } });
  });

  it("adds typo tolerance for long words only, and only when asked", () => {
    expect(clauses(suggestQuery({ subject: "принтер МФУ M428" }))).toContain('"query":"принтер"');
    expect(clauses(suggestQuery({ subject: "МФУ M428" }))).not.toContain("fuzziness");
    expect(clauses(suggestQuery({ subject: "принтер" }, { typos: false }))).not.toContain("fuzziness");
  });

  it("matches a half-typed last word as a prefix while typing, from three letters", () => {
    expect(clauses(suggestQuery({ subject: "не печатает принт" }))).toContain("subject.autocomplete");
    expect(clauses(suggestQuery({ subject: "не печатает пр" }))).not.toContain("autocomplete");
    expect(clauses(suggestQuery({ subject: "не печатает принт" }, { typing: false }))).not.toContain("autocomplete");
  });
});
