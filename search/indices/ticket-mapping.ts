import type { estypes } from "@elastic/elasticsearch";
import { problemTextField, textField } from "../analysis";

const keyword: estypes.MappingProperty = { type: "keyword" };
const date: estypes.MappingProperty = { type: "date" };

/**
 * Tickets. The text fields are separate on purpose: a requester's suggestion may only ever read `subject` and
 * `solution`, public remarks and internal notes are distinct so a query can leave the notes out, and the people
 * fields (requester, creator, department, watchers) let every query filter by who is asking.
 * `dynamic: strict`: a document that does not match this mapping is an error, never a silently new field.
 */
export const ticketMapping: estypes.MappingTypeMapping = {
  dynamic: "strict",
  properties: {
    kind: keyword,
    number: keyword,
    subject: { ...textField({ autocomplete: true, exact: true }), copy_to: ["suggestText"] },
    description: { ...textField({ keyword: false }), copy_to: ["suggestText"] },
    solution: { ...textField({ keyword: false }), copy_to: ["suggestText"] },
    // Subject, description and solution as one text, for ranking suggestions: one BM25 score over the whole
    // past problem ranks better than a sum of per-field scores (bench:relevance). Only indexed, never returned
    // or highlighted, so a requester's suggestion can use the description without ever showing it.
    suggestText: problemTextField(),
    remarks: textField({ keyword: false }),
    internalNotes: textField({ keyword: false }),
    categoryId: keyword,
    categoryPath: keyword,
    type: keyword,
    status: keyword,
    priority: keyword,
    shareable: { type: "boolean" },
    // Who may be suggested the ticket (search/documents/suggest-to.ts): the one filter of the suggestion query.
    suggestTo: keyword,
    requesterId: keyword,
    createdById: keyword,
    departmentId: keyword,
    watcherIds: keyword,
    assigneeId: keyword,
    createdAt: date,
    updatedAt: date,
    resolvedAt: date,
    closedAt: date,
    // Milliseconds of the row's last change: the external version of the document and what reconcile compares.
    sourceVersion: { type: "long" },
  },
};
