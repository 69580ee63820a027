import type { estypes } from "@elastic/elasticsearch";
import { describe, expect, it } from "vitest";
import { audienceFilter } from "./audience";
import { parseQuery } from "./parse-query";
import { textQuery } from "./text-query";

type Bool = { bool: { should: estypes.QueryDslQueryContainer[]; must_not: unknown[]; minimum_should_match: unknown } };
const fields = { fields: ["subject^3", "description"], typoFields: ["subject^3", "description"] };

describe("textQuery", () => {
  it("requires every group, excludes what is negated, and reads phrases as phrases", () => {
    const q = textQuery(parseQuery('принтер -HP "замятие бумаги"'), fields) as Bool;
    expect(q.bool.minimum_should_match).toBe("3<-25%");
    expect(q.bool.should).toHaveLength(2);
    expect(JSON.stringify(q.bool.should[1])).toContain('"type":"phrase"');
    expect(q.bool.must_not).toEqual([{ multi_match: { query: "HP", fields: fields.fields, operator: "and" } }]);
  });

  it("adds a fuzzy alternative for long words and a number lookup for ticket numbers", () => {
    expect(JSON.stringify(textQuery(parseQuery("принтер"), fields))).toContain('"fuzziness":"AUTO:5,9"');
    expect(JSON.stringify(textQuery(parseQuery("HD-1042"), fields))).toContain('"term":{"number":{"value":"1042"');
    expect(JSON.stringify(textQuery(parseQuery("МФУ"), fields))).not.toContain("fuzziness");
  });

  it("matches everything when nothing is asked", () => {
    expect(textQuery(parseQuery(""), fields)).toEqual({ bool: { must: [{ match_all: {} }], must_not: [] } });
  });
});

describe("audienceFilter", () => {
  it("limits a department head to their own, watched and department tickets, and public published articles", () => {
    const filter = JSON.stringify(
      audienceFilter({
        tickets: { kind: "involved", userId: "u1", departmentId: "d1" },
        articles: { visibility: ["public"], statuses: ["published"] },
        internalNotes: false,
      }),
    );
    for (const part of [
      '{"term":{"requesterId":"u1"}}',
      '{"term":{"createdById":"u1"}}',
      '{"term":{"watcherIds":"u1"}}',
      '{"term":{"departmentId":"d1"}}',
      '{"terms":{"visibility":["public"]}}',
    ]) {
      expect(filter).toContain(part);
    }
  });

  it("matches nothing when nothing is allowed", () => {
    expect(audienceFilter({ tickets: { kind: "none" }, articles: { visibility: [], statuses: [] }, internalNotes: false })).toEqual({
      bool: { must_not: [{ match_all: {} }] },
    });
  });
});
