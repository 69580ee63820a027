"use client";

import { clsx } from "clsx";
import { FileText, ImageIcon, Paperclip, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { attachmentAccept } from "@/lib/attachments/file-types";
import { FileSize } from "./file-size";
import type { Attachments } from "./use-attachments";

/**
 * Choosing files: a button (and, in the full variant, a drop zone), the chosen files with a way to take
 * one back, and why any file was refused.
 */
export function AttachmentPicker({
  attachments,
  variant = "full",
  id,
}: {
  attachments: Attachments;
  variant?: "full" | "compact";
  id?: string;
}) {
  const t = useTranslations("attachments");
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const chooser = (
    <>
      <input
        ref={input}
        id={id}
        type="file"
        multiple
        accept={attachmentAccept}
        className="sr-only"
        tabIndex={-1}
        aria-label={t("attach")}
        data-testid="attachment-input"
        onChange={(e) => {
          if (e.target.files) attachments.add(e.target.files);
          e.target.value = "";
        }}
      />
      <button
        type="button"
        onClick={() => input.current?.click()}
        className="inline-flex items-center gap-1.5 rounded-lg px-2 py-1 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900"
      >
        <Paperclip aria-hidden className="h-4 w-4" />
        {t("attach")}
      </button>
    </>
  );

  return (
    <div className="space-y-2">
      {variant === "full" ? (
        <div
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            attachments.add(e.dataTransfer.files);
          }}
          className={clsx(
            "flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-dashed px-3 py-3 text-sm transition-colors",
            dragging ? "border-brand-500 bg-brand-50" : "border-slate-300 bg-slate-50/60",
          )}
        >
          {chooser}
          <span className="text-xs text-slate-500">{t("dropHint")}</span>
        </div>
      ) : (
        chooser
      )}
      {attachments.files.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label={t("chosen")}>
          {attachments.files.map((file, index) => (
            <li
              key={`${file.name}-${index}`}
              className="flex items-center gap-2 rounded-lg border border-slate-200 bg-white py-1 pl-2 pr-1 text-xs text-slate-700 shadow-sm"
            >
              {file.type === "application/pdf" ? (
                <FileText aria-hidden className="h-3.5 w-3.5 text-slate-400" />
              ) : (
                <ImageIcon aria-hidden className="h-3.5 w-3.5 text-slate-400" />
              )}
              <span className="max-w-48 truncate">{file.name}</span>
              <span className="text-slate-500">
                <FileSize bytes={file.size} />
              </span>
              <button
                type="button"
                onClick={() => attachments.remove(index)}
                aria-label={t("remove", { name: file.name })}
                className="rounded p-0.5 text-slate-400 hover:bg-slate-100 hover:text-slate-700"
              >
                <X aria-hidden className="h-3.5 w-3.5" />
              </button>
            </li>
          ))}
        </ul>
      )}
      {attachments.rejected.length > 0 && (
        <ul className="space-y-0.5 text-sm text-red-700" data-testid="attachment-errors">
          {attachments.rejected.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
