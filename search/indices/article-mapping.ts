import type { estypes } from "@elastic/elasticsearch";
import { problemTextField, textField } from "../analysis";

const keyword: estypes.MappingProperty = { type: "keyword" };
const date: estypes.MappingProperty = { type: "date" };

/**
 * Knowledge-base articles: the body is plain text made from the Markdown. Field names shared with tickets
 * (`kind`, `status`, `categoryId`, `categoryPath`, `createdAt`, `updatedAt`) let one staff search run over both
 * indices with the same filters and facets.
 */
export const articleMapping: estypes.MappingTypeMapping = {
  dynamic: "strict",
  properties: {
    kind: keyword,
    title: { ...textField({ autocomplete: true, exact: true }), copy_to: ["suggestText"] },
    body: { ...textField({ keyword: false }), copy_to: ["suggestText"] },
    tags: { ...textField(), copy_to: ["suggestText"] },
    // Title, tags and body as one text for ranking suggestions, like tickets' `suggestText`.
    suggestText: problemTextField(),
    categoryId: keyword,
    categoryPath: keyword,
    visibility: keyword,
    status: keyword,
    // Who may be suggested the article (search/documents/suggest-to.ts).
    suggestTo: keyword,
    language: keyword,
    helpfulVotes: { type: "integer" },
    createdAt: date,
    updatedAt: date,
    publishedAt: date,
    sourceVersion: { type: "long" },
  },
};
