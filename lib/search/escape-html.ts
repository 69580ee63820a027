/** Text as HTML that shows exactly that text: for snippets made without the highlighter. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** The start of a text, cut at a word boundary near `max` characters, escaped. */
export function plainSnippet(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return escapeHtml(flat);
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${escapeHtml(space > max * 0.6 ? cut.slice(0, space) : cut)}…`;
}
