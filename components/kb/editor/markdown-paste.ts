import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { looksLikeMarkdown } from "./looks-like-markdown";

/**
 * Pasting Markdown as plain text (no HTML on the clipboard: a text editor, a terminal, a chat) inserts it
 * formatted. Rich pastes keep ProseMirror's own handling, and inside a code block text stays text.
 */
export const MarkdownPaste = Extension.create({
  name: "markdownPaste",

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey("markdownPaste"),
        props: {
          handlePaste: (view, event) => {
            const data = event.clipboardData;
            if (!data || data.files.length > 0 || data.types.includes("text/html")) return false;
            const text = data.getData("text/plain");
            if (!text || !editor.markdown || view.state.selection.$from.parent.type.spec.code) return false;
            if (!looksLikeMarkdown(text)) return false;
            return editor.commands.insertContent(editor.markdown.parse(text));
          },
        },
      }),
    ];
  },
});
