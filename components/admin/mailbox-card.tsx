"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { mailErrorKind } from "@/lib/mailin/mail-error-kind";
import type { MailboxState } from "@/lib/mailin/mailbox-status";

export const stateClass: Record<MailboxState["state"], string> = {
  ok: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  down: "bg-red-50 text-red-800 ring-red-200",
  waiting: "bg-slate-100 text-slate-700 ring-slate-200",
};

export function StateBadge({ state, children }: { state: MailboxState["state"]; children: React.ReactNode }) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${stateClass[state]}`}
    >
      <span
        aria-hidden
        className={`h-1.5 w-1.5 rounded-full ${state === "ok" ? "bg-emerald-600" : state === "down" ? "bg-red-600" : "bg-slate-400"}`}
      />
      {children}
    </span>
  );
}

/** One mailbox: where it is, whether it answers, when mail last came, the server's error; retry, edit, remove. */
export function MailboxCard({
  mailbox: m,
  retrying,
  busy,
  onRetry,
  onEdit,
  onRemove,
}: {
  mailbox: MailboxState;
  retrying: boolean;
  busy: boolean;
  onRetry: () => void;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const t = useTranslations("adminPages.settings");
  const format = useFormatter();
  const at = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const after = m.after.startsWith("move:")
    ? t("afterShort.move", { folder: m.after.slice(5) })
    : t(`afterShort.${m.after as "seen" | "delete"}`);
  return (
    <li className="rounded-lg border border-slate-200 p-3 text-sm" aria-label={m.user}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-slate-900">{m.user}</span>
            <StateBadge state={m.state}>{t(`mailboxState.${m.state}`)}</StateBadge>
            {!m.id && <span className="text-xs text-slate-500">{t("fromEnv")}</span>}
          </div>
          <p className="mt-0.5 text-xs text-slate-600">
            {m.host}:{m.port} · {m.tls ? "TLS" : "STARTTLS"} · {m.folder} · {after}
          </p>
        </div>
        <div className="flex gap-1.5">
          {m.state === "down" && (
            <Button size="sm" onClick={onRetry} pending={retrying} disabled={busy}>
              {t("retryNow")}
            </Button>
          )}
          {m.id && (
            <>
              <Button size="sm" variant="ghost" onClick={onEdit} disabled={busy}>
                {t("editMailbox")}
              </Button>
              <Button size="sm" variant="ghost" className="text-red-700 hover:text-red-800" onClick={onRemove} disabled={busy}>
                {t("removeMailbox")}
              </Button>
            </>
          )}
        </div>
      </div>
      <p className="mt-2 text-xs text-slate-600">
        {m.lastPollAt ? (
          <>
            {t("lastPoll", { at: at(m.lastPollAt) })}
            {m.lastImportAt && ` · ${t("lastImport", { at: at(m.lastImportAt) })}`}
            {` · ${t("importedCount", { imported: m.imported })}`}
          </>
        ) : (
          t("neverPolled")
        )}
      </p>
      {m.lastError && (
        <div role="status" className="mt-2 rounded-md bg-red-50 px-2.5 py-1.5 text-xs text-red-800">
          <span className="block font-medium">{t(`mailError.${mailErrorKind(m.lastError)}`)}</span>
          <span className="font-mono">{m.lastError}</span>
          {m.state === "down" && m.nextPollAt && (
            <span className="block text-red-700">{t("nextTry", { at: format.dateTime(m.nextPollAt, { timeStyle: "short" }) })}</span>
          )}
        </div>
      )}
      {retrying && <p className="mt-1 text-xs text-slate-600">{t("retryQueued")}</p>}
    </li>
  );
}
