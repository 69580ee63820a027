/** Where the app shows an item found by search. */
export function itemUrl(kind: "ticket" | "article", id: string): string {
  return kind === "ticket" ? `/tickets/${id}` : `/kb/articles/${id}`;
}
