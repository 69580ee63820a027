"use client";

import type { Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/input";
import { isSafeHref } from "./extensions";

/** "portal.example.org/vpn" means https://; a path on this site and mail stay as they are. */
function normalise(raw: string): string {
  const value = raw.trim();
  if (!value || value.startsWith("/") || /^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return `mailto:${value}`;
  return `https://${value}`;
}

/**
 * The link of the selection: its address, to set, change or remove. Enter applies, Esc goes back to the
 * text without a change. With nothing selected, the address itself is inserted as the link's text.
 */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const t = useTranslations("kbWrite.link");
  const current = (editor.getAttributes("link").href as string | undefined) ?? "";
  const [href, setHref] = useState(current);
  const [error, setError] = useState<string | null>(null);

  function close() {
    onClose();
    editor.commands.focus();
  }

  function apply() {
    const value = normalise(href);
    if (!value) return remove();
    if (!isSafeHref(value)) {
      setError(t("invalid"));
      return;
    }
    const chain = editor.chain().focus().extendMarkRange("link");
    if (editor.state.selection.empty && !current)
      chain.insertContent({ type: "text", text: value, marks: [{ type: "link", attrs: { href: value } }] }).run();
    else chain.setLink({ href: value }).run();
    onClose();
  }

  function remove() {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onClose();
  }

  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-slate-50 px-3 py-2" data-testid="link-form">
      <label htmlFor="article-link-href" className="text-sm font-medium text-slate-700">
        {t("label")}
      </label>
      <input
        id="article-link-href"
        autoFocus
        value={href}
        placeholder="https://"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "article-link-error" : undefined}
        onChange={(e) => {
          setHref(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            apply();
          } else if (e.key === "Escape") {
            e.preventDefault();
            e.stopPropagation();
            close();
          }
        }}
        className={`${controlClass} h-8 min-w-48 flex-1 py-1`}
      />
      <Button size="sm" variant="primary" onClick={apply}>
        {t("apply")}
      </Button>
      {current && (
        <Button size="sm" variant="ghost" onClick={remove}>
          {t("remove")}
        </Button>
      )}
      <Button size="sm" variant="ghost" onClick={close}>
        {t("cancel")}
      </Button>
      {error && (
        <p id="article-link-error" className="w-full text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
