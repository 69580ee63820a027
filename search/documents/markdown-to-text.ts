/**
 * Plain text from an article's Markdown, for the index: the words a reader sees, without the syntax around
 * them. Link targets and image URLs are dropped (a URL is not what anyone searches for, and its fragments would
 * match everything); link texts and image descriptions stay. Line breaks between blocks are kept so highlighted
 * fragments do not run two paragraphs together.
 */
export function markdownToText(markdown: string): string {
  let text = markdown.replace(/\r\n?/g, "\n");
  text = text.replace(/^[ \t]*(```|~~~).*(?:\n|$)/gm, ""); // code fences: keep the code, drop the fence lines
  text = text.replace(/<!--[\s\S]*?-->/g, " ");
  text = text.replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1"); // images → their description
  text = text.replace(/\[([^\]]+)\]\([^)]*\)/g, "$1"); // inline links → their text
  text = text.replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1"); // reference links → their text
  text = text.replace(/^[ \t]{0,3}\[[^\]]+\]:\s+\S+.*$/gm, ""); // reference definitions
  text = text.replace(/<(https?:\/\/[^>\s]+)>/g, "$1"); // autolinks
  text = text.replace(/<\/?[a-zA-Z][^>]*>/g, " "); // inline HTML tags
  text = text.replace(/^[ \t]{0,3}(?:[-*_][ \t]*){3,}$/gm, ""); // horizontal rules
  text = text.replace(/^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/gm, ""); // table separator rows
  text = text.replace(/\|/g, " ");
  text = text.replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, ""); // headings
  text = text.replace(/^[ \t]{0,3}>[ \t]?/gm, ""); // block quotes
  text = text.replace(/^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/gm, ""); // list markers and task boxes
  text = text.replace(/(\*\*|__|~~)(?=\S)([\s\S]*?\S)\1/g, "$2"); // bold, strike-through
  text = text.replace(/(^|[^\w*])[*_](?=\S)([^*_\n]*?\S)[*_](?=[^\w*]|$)/g, "$1$2"); // emphasis, not snake_case
  text = text.replace(/`+([^`]*)`+/g, "$1"); // inline code
  text = text.replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, "$1"); // backslash escapes
  text = decodeEntities(text);
  return text
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const entities: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  laquo: "«",
  raquo: "»",
  mdash: "—",
  ndash: "–",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}
