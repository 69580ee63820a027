import type { estypes } from "@elastic/elasticsearch";
import { describe, expect, it } from "vitest";
import {
  anyOf,
  categoryVoteQuery,
  halfTypedWord,
  nearDuplicatesQuery,
  similarTicketsQuery,
  suggestionQuery,
  typoTolerance,
  wholeText,
} from "./problem-query";

const should = (q: estypes.QueryDslQueryContainer) => (q as { bool: { should: estypes.QueryDslQueryContainer[] } }).bool.should;
const clauses = (q: estypes.QueryDslQueryContainer) => JSON.stringify(should(q));

describe("the parts of a problem query", () => {
  it("matches the whole text against suggestText", () => {
    expect(wholeText({ subject: "Принтер", description: "не печатает" })).toEqual({
      match: { suggestText: { query: "Принтер\nне печатает" } },
    });
  });

  it("adds typo tolerance for long words only", () => {
    expect(JSON.stringify(typoTolerance({ subject: "принтер МФУ M428" }))).toContain('"query":"принтер"');
    expect(typoTolerance({ subject: "МФУ M428" })).toBeNull();
  });

  it("matches a half-typed last word as a prefix, from three letters, before any description", () => {
    expect(JSON.stringify(halfTypedWord({ subject: "не печатает принт" }))).toContain("subject.autocomplete");
    expect(halfTypedWord({ subject: "не печатает пр" })).toBeNull();
    expect(halfTypedWord({ subject: "не печатает принт", description: "совсем" })).toBeNull();
  });
});

describe("the named queries", () => {
  // What each use is built of. A ranking change for one of them changes this test, not the others' results.
  const typed = { subject: "не печатает принтер", description: "" };
  const half = { subject: "не печатает принт" };

  it("suggests with every part, typo tolerance only when asked", () => {
    expect(suggestionQuery(half)).toEqual(anyOf([wholeText(half), typoTolerance(half), halfTypedWord(half)]));
    expect(clauses(suggestionQuery(half, { typos: false }))).not.toContain("fuzziness");
    expect(suggestionQuery(half, { typos: false })).toEqual(anyOf([wholeText(half), halfTypedWord(half)]));
  });

  it("finds similar tickets, category voters and near-duplicates by the finished text with typo tolerance", () => {
    for (const query of [similarTicketsQuery, categoryVoteQuery, nearDuplicatesQuery]) {
      expect(query(half)).toEqual(anyOf([wholeText(half), typoTolerance(half)]));
      expect(clauses(query(half))).not.toContain("autocomplete");
      expect(should(query(typed))).toHaveLength(2);
    }
  });
});
