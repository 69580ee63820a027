import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";

/** The bits of a hast tree the link pass below touches (structural, so no direct dependency on @types/hast). */
type HastNode = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[] };

/** Every link that survived sanitising opens without handing the article's page to the target. */
function rehypeSafeLinks() {
  const visit = (node: HastNode) => {
    if (node.type === "element" && node.tagName === "a") node.properties = { ...node.properties, rel: ["noopener", "noreferrer"] };
    node.children?.forEach(visit);
  };
  return (tree: HastNode) => visit(tree);
}

// Raw HTML in the Markdown is dropped by remark-rehype (no allowDangerousHtml), and the sanitiser (GitHub's
// schema) removes scripts, event handlers and javascript: URLs from whatever is left.
const processor = remark().use(remarkGfm).use(remarkRehype).use(rehypeSanitize).use(rehypeSafeLinks).use(rehypeStringify);

/** An article's Markdown as sanitised HTML, for the server to render; a script in an article never runs. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
