"use client";

import { clsx } from "clsx";
import { LockKeyhole, Send } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { Checkbox } from "@/components/ui/input";
import { Kbd } from "@/components/ui/kbd";
import { remarkAction } from "@/lib/actions/tickets";
import { useTicketAction } from "./actions/use-action";
import { AttachmentPicker } from "./attachment-picker";
import { uploadAttachments } from "./upload-attachments";
import { useAttachments } from "./use-attachments";

type Props = {
  ticketId: string;
  canRemark: boolean;
  canInternal: boolean;
  /** A hint above the box, e.g. "your answer returns the ticket to work". */
  hint?: string;
};

/**
 * Writing on the ticket: a public remark, or for IT staff an internal note (the box turns amber, so
 * nobody posts to the requester by mistake). `r` anywhere on the page focuses it; Ctrl+Enter sends.
 */
export function RemarkComposer({ ticketId, canRemark, canInternal, hint }: Props) {
  const t = useTranslations("composer");
  const ta = useTranslations("attachments");
  const attachments = useAttachments();
  // On a closed ticket staff can still add internal notes; then the note is the only choice.
  const [wantsInternal, setInternal] = useState(false);
  const internal = canRemark ? wantsInternal && canInternal : canInternal;
  const [body, setBody] = useState("");
  const { pending, error, fields, run, setError, setFields } = useTicketAction();
  const fieldError = fields.body ? (body.trim() ? fields.body : t("required")) : null;

  function send() {
    if (!body.trim()) return setFields({ body: t("required") });
    const files = attachments.files;
    run(
      () => remarkAction({ ticketId, body, internal }),
      () => {
        setBody("");
        attachments.clear();
      },
      async ({ remarkId }) => {
        if (files.length === 0) return;
        const failures = await uploadAttachments(
          ticketId,
          files,
          {
            tooLarge: (name) => ta("tooLarge", { name }),
            wrongType: (name) => ta("wrongType", { name }),
            failed: (name) => ta("failed", { name }),
          },
          remarkId,
        );
        if (failures.length) setError(failures.map((f) => f.message).join(" "));
      },
    );
  }

  return (
    <form
      noValidate
      data-testid="composer"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
      className={clsx(
        "rounded-xl border bg-white shadow-sm transition-colors focus-within:ring-2",
        internal
          ? "border-amber-300 bg-amber-50/40 focus-within:ring-amber-400/30"
          : "border-slate-200 focus-within:border-brand-500 focus-within:ring-brand-500/15",
      )}
    >
      {hint && !internal && <p className="border-b border-slate-100 px-4 py-2 text-sm text-brand-700">{hint}</p>}
      {internal && (
        <p className="flex items-center gap-1.5 border-b border-amber-200 px-4 py-2 text-sm font-medium text-amber-800">
          <LockKeyhole aria-hidden className="h-3.5 w-3.5" /> {t("internalBanner")}
        </p>
      )}
      <label htmlFor="remark-body" className="sr-only">
        {internal ? t("internalLabel") : t("label")}
      </label>
      <textarea
        id="remark-body"
        rows={3}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        onPaste={attachments.onPaste}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            send();
          }
        }}
        aria-invalid={fieldError ? true : undefined}
        aria-describedby={fieldError ? "remark-body-error" : undefined}
        placeholder={internal ? t("internalPlaceholder") : t("placeholder")}
        className="block min-h-24 w-full resize-y bg-transparent px-4 py-3 text-sm leading-relaxed outline-none placeholder:text-slate-400"
      />
      <div className="space-y-2 px-3 pb-3">
        {fieldError && (
          <p id="remark-body-error" className="px-1 text-sm text-red-700">
            {fieldError}
          </p>
        )}
        <FormError>{error}</FormError>
        <AttachmentPicker attachments={attachments} variant="compact" />
        <div className="flex flex-wrap items-center gap-3">
          {canInternal && canRemark && (
            <Checkbox
              label={t("internal")}
              checked={internal}
              onChange={(e) => setInternal(e.target.checked)}
              data-testid="internal-toggle"
            />
          )}
          <span className="ml-auto hidden text-xs text-slate-500 sm:inline">
            <Kbd>Ctrl</Kbd> + <Kbd>Enter</Kbd>
          </span>
          <Button type="submit" variant={internal ? "secondary" : "primary"} pending={pending} data-testid="send-remark">
            <Send aria-hidden className="h-4 w-4" />
            {internal ? t("sendInternal") : t("send")}
          </Button>
        </div>
      </div>
    </form>
  );
}
