import type { estypes } from "@elastic/elasticsearch";

/**
 * Highlights as HTML: `encoder: html` escapes everything the document says, so the only markup in a snippet is
 * our <mark>, and a ticket that contains "<script>" can be shown with innerHTML safely.
 */
export function highlight(
  fields: Record<string, estypes.SearchHighlightField>,
  query?: estypes.QueryDslQueryContainer,
): estypes.SearchHighlight {
  return {
    pre_tags: ["<mark>"],
    post_tags: ["</mark>"],
    encoder: "html",
    require_field_match: false,
    ...(query ? { highlight_query: query } : {}),
    fields,
  };
}
