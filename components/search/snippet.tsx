import { clsx } from "clsx";
import { Fragment } from "react";

const entities: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&#x27;": "'",
  "&#x2F;": "/",
  "&nbsp;": "\u00a0",
};

function unescape(html: string): string {
  return html.replace(/&(?:amp|lt|gt|quot|nbsp|#39|#x27|#x2F);/g, (e) => entities[e] ?? e);
}

/**
 * A search snippet (escaped text with <mark> around the matched words) as pieces of plain text, each marked
 * or not. Anything else that looks like a tag stays text: the snippet is rebuilt, never injected as HTML.
 */
export function snippetParts(html: string): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  let mark = false;
  for (const piece of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) mark = true;
    else if (/^<\/mark>$/i.test(piece)) mark = false;
    else if (piece) parts.push({ text: unescape(piece), mark });
  }
  return parts;
}

/** A snippet with its matched words highlighted. */
export function Snippet({ html, className }: { html: string; className?: string }) {
  return (
    <span className={className}>
      {snippetParts(html).map((p, i) =>
        p.mark ? (
          <mark key={i} className={clsx("rounded-sm bg-amber-100 px-0.5 text-inherit")}>
            {p.text}
          </mark>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </span>
  );
}
