/** Where the app shows an item found by search. */
export function itemUrl(kind: "ticket" | "article", id: string): string {
  return kind === "ticket" ? `/tickets/${id}` : `/kb/articles/${id}`;
}

/** Where a suggestion leads a requester: a past ticket's shared solution (not the ticket itself, which is not theirs). */
export function suggestionUrl(kind: "ticket" | "article", id: string): string {
  return kind === "ticket" ? `/solutions/${id}` : `/kb/articles/${id}`;
}
