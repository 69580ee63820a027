import { describe, expect, it } from "vitest";
import { synonymGroups, synonymRules } from "./synonyms";

describe("synonymRules", () => {
  it("writes each group as one Solr rule, ё folded as queries are", () => {
    expect(synonymRules([["учётная запись", "аккаунт"]])).toEqual(["учетная запись, аккаунт"]);
    expect(synonymRules()).toHaveLength(synonymGroups.length);
  });

  it("refuses entries that would change a rule's meaning", () => {
    expect(() => synonymRules([["a, b", "c"]])).toThrow();
    expect(() => synonymRules([["a => b"]])).toThrow();
  });
});
