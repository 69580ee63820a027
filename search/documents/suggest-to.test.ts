import { describe, expect, it } from "vitest";
import { articleSuggestTo, ticketSuggestTo, visibilitiesFor } from "./suggest-to";

describe("who may be suggested a document", () => {
  it("suggests a shareable ticket to everyone once it is resolved or closed, and never before", () => {
    expect(ticketSuggestTo({ shareable: true, status: "resolved" })).toEqual(["public", "internal"]);
    expect(ticketSuggestTo({ shareable: true, status: "closed" })).toEqual(["public", "internal"]);
    for (const status of ["new", "in_progress", "waiting", "cancelled"] as const)
      expect(ticketSuggestTo({ shareable: true, status })).toEqual([]);
  });

  it("never suggests a ticket whose solution is not shareable", () => {
    expect(ticketSuggestTo({ shareable: false, status: "resolved" })).toEqual([]);
  });

  it("suggests a published internal article to IT staff only, a public one to everyone, an unpublished one to nobody", () => {
    expect(articleSuggestTo({ status: "published", visibility: "public" })).toEqual(["public", "internal"]);
    expect(articleSuggestTo({ status: "published", visibility: "internal" })).toEqual(["internal"]);
    for (const status of ["draft", "in_review", "archived"] as const)
      expect(articleSuggestTo({ status, visibility: "public" })).toEqual([]);
  });

  it("checks the same visibilities against Postgres as the index filter lets through", () => {
    expect(visibilitiesFor("public")).toEqual(["public"]);
    expect(visibilitiesFor("internal")).toEqual(["public", "internal"]);
  });
});
