"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { clsx } from "clsx";
import { Loader2, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { attachmentAccept } from "@/lib/attachments/file-types";
import { editorContentClasses } from "./content-classes";
import { articleExtensions } from "./extensions";
import { LinkForm } from "./link-form";
import { useShortcutText } from "./shortcuts";
import { TableBar } from "./table-bar";
import { Toolbar } from "./toolbar";
import { useEditorUploads } from "./use-editor-uploads";

type Props = {
  /** The article's Markdown when the page opened. */
  initialMarkdown: string;
  onChange: (markdown: string) => void;
  /** Where files go; null while the draft has not been saved yet. */
  articleId: string | null;
  invalid?: boolean;
  describedBy?: string;
  lang?: string;
};

/** The contenteditable's attributes: a named textbox (how people and tests find it), tied to its error. */
function contentAttributes({
  label,
  invalid,
  describedBy,
  lang,
}: {
  label: string;
  invalid?: boolean;
  describedBy?: string;
  lang?: string;
}): Record<string, string> {
  return {
    id: "article-body",
    role: "textbox",
    "aria-multiline": "true",
    "aria-label": label,
    ...(describedBy ? { "aria-describedby": describedBy } : {}),
    ...(invalid ? { "aria-invalid": "true" } : {}),
    ...(lang ? { lang } : {}),
    spellcheck: "true",
    class: editorContentClasses,
  };
}

/**
 * The article's text: a tiptap editor that reads and writes Markdown (what is stored and rendered with
 * remark on the server). Files pasted, dropped or chosen are uploaded to the article and linked into the
 * text. Alt+F10 moves to the toolbar, Ctrl+K edits a link.
 */
export function ArticleEditor({ initialMarkdown, onChange, articleId, invalid, describedBy, lang }: Props) {
  const t = useTranslations("kbWrite");
  const keys = useShortcutText();
  const uploads = useEditorUploads(articleId);
  const [linkOpen, setLinkOpen] = useState(false);
  // Whether to show the placeholder: known from the Markdown at first, then from every change.
  const [empty, setEmpty] = useState(!initialMarkdown.trim());
  const fileInput = useRef<HTMLInputElement>(null);
  const shell = useRef<HTMLDivElement>(null);
  const label = t("editor.label");
  // ProseMirror's props are fixed when the editor is made; this ref reaches the current handlers.
  const latest = useRef({ insertFiles: (() => {}) as (files: File[], at?: number) => void, openLink: () => setLinkOpen(true), onChange });

  const editor = useEditor({
    extensions: articleExtensions(),
    content: initialMarkdown,
    contentType: "markdown",
    // Rendered on the client only: the server has no DOM for ProseMirror.
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: contentAttributes({ label, invalid, describedBy, lang }),
      handlePaste: (_view, event) => {
        const files = [...(event.clipboardData?.files ?? [])];
        if (files.length === 0) return false;
        event.preventDefault();
        latest.current.insertFiles(files);
        return true;
      },
      handleDrop: (view, event, _slice, moved) => {
        const files = [...(event.dataTransfer?.files ?? [])];
        if (moved || files.length === 0) return false;
        event.preventDefault();
        latest.current.insertFiles(files, view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos);
        return true;
      },
      handleKeyDown: (_view, event) => {
        if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === "k") {
          event.preventDefault();
          latest.current.openLink();
          return true;
        }
        if (event.altKey && event.key === "F10") {
          event.preventDefault();
          shell.current?.querySelector<HTMLButtonElement>("[data-editor-toolbar] button[tabindex='0']")?.focus();
          return true;
        }
        return false;
      },
    },
    onUpdate: ({ editor: e }) => {
      setEmpty(e.isEmpty);
      latest.current.onChange(e.getMarkdown());
    },
  });

  useEffect(() => {
    latest.current = {
      insertFiles: (files, at) => {
        if (editor) void uploads.insertFiles(editor, files, at);
      },
      openLink: () => setLinkOpen(true),
      onChange,
    };
  });

  // What follows the form (an error appears, the language changes) is kept on the text's element.
  useEffect(() => {
    if (!editor) return;
    editor.setOptions({
      editorProps: { ...editor.options.editorProps, attributes: contentAttributes({ label, invalid, describedBy, lang }) },
    });
  }, [editor, label, invalid, describedBy, lang]);

  return (
    <div
      ref={shell}
      className={clsx(
        "overflow-hidden rounded-xl border bg-white shadow-sm transition focus-within:border-brand-500 focus-within:ring-2 focus-within:ring-brand-500/20",
        invalid ? "border-red-400" : "border-slate-300",
      )}
    >
      <div className="sticky top-0 z-10 border-b border-slate-200 bg-white/95 backdrop-blur">
        {editor ? (
          <Toolbar
            editor={editor}
            onLink={() => setLinkOpen(true)}
            onAttach={() => fileInput.current?.click()}
            attachDisabled={!articleId}
          />
        ) : (
          <div className="h-11" aria-hidden />
        )}
        {editor && linkOpen && <LinkForm editor={editor} onClose={() => setLinkOpen(false)} />}
        {editor && <TableBar editor={editor} />}
      </div>

      <div className="relative">
        {empty && (
          <p aria-hidden className="pointer-events-none absolute left-5 top-4 text-[15px] leading-7 text-slate-400 sm:left-8 sm:top-6">
            {t("editor.placeholder")}
          </p>
        )}
        {editor ? <EditorContent editor={editor} /> : <div className="min-h-80" aria-hidden />}
      </div>

      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 border-t border-slate-100 bg-slate-50/60 px-4 py-2 text-xs text-slate-500">
        <span>{articleId ? t("upload.hint") : t("upload.saveFirst")}</span>
        <span>{t("editor.keys", { toolbar: keys("toolbar"), link: keys("link"), save: keys("save") })}</span>
      </div>

      {(uploads.uploading.length > 0 || uploads.problems.length > 0) && (
        <div className="space-y-1 border-t border-slate-100 px-4 py-2 text-sm" role="status">
          {uploads.uploading.map((name) => (
            <p key={name} className="flex items-center gap-2 text-slate-600">
              <Loader2 aria-hidden className="h-4 w-4 animate-spin" />
              {t("upload.uploading", { name })}
            </p>
          ))}
          {uploads.problems.length > 0 && (
            <div
              className="flex items-start justify-between gap-2 rounded-lg bg-red-50 px-3 py-2 text-red-800"
              data-testid="upload-problems"
            >
              <ul className="space-y-0.5">
                {uploads.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
              <button type="button" onClick={uploads.dismiss} aria-label={t("upload.dismiss")} className="rounded p-0.5 hover:bg-red-100">
                <X aria-hidden className="h-4 w-4" />
              </button>
            </div>
          )}
        </div>
      )}

      <input
        ref={fileInput}
        type="file"
        multiple
        hidden
        accept={attachmentAccept}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = "";
          if (editor) void uploads.insertFiles(editor, files);
        }}
      />
    </div>
  );
}
