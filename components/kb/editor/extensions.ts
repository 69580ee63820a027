import type { AnyExtension } from "@tiptap/core";
import Image from "@tiptap/extension-image";
import { TableKit } from "@tiptap/extension-table";
import { Markdown } from "@tiptap/markdown";
import StarterKit from "@tiptap/starter-kit";
import { MarkdownPaste } from "./markdown-paste";

/** Links the editor accepts: the web, mail, and paths on this site (an article's own attachments). */
export function isSafeHref(href: string): boolean {
  const value = href.trim();
  if (value.startsWith("/") && !value.startsWith("//")) return true;
  return /^(https?:\/\/|mailto:)/i.test(value);
}

/**
 * What an article can hold, and nothing Markdown cannot keep: headings, lists, quotes, code, tables, links
 * and images. Underline has no Markdown form, so it is left out rather than lost on save. Shared by the
 * editor and its round-trip test, so the test checks exactly what people write with.
 */
export function articleExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3, 4] },
      underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: "https",
        // The server sanitises on render too; refusing here keeps a bad link from ever being saved.
        isAllowedUri: (url) => isSafeHref(url),
      },
    }),
    TableKit.configure({ table: { resizable: false } }),
    // Pasted data: images are refused; images arrive as uploaded attachments instead.
    Image.configure({ allowBase64: false }),
    Markdown.configure({ indentation: { style: "space", size: 2 } }),
    MarkdownPaste,
  ];
}
