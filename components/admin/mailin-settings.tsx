"use client";

import { useFormatter, useTranslations } from "next-intl";
import { describedBy, Field } from "@/components/ui/field";
import { Select, TextArea } from "@/components/ui/input";
import type { MailboxState } from "@/lib/mailin/mailbox-status";
import type { Settings } from "@/lib/settings/settings";

export const stateClass: Record<MailboxState["state"], string> = {
  ok: "bg-emerald-50 text-emerald-800",
  down: "bg-red-50 text-red-800",
  waiting: "bg-slate-100 text-slate-700",
};

/** The mailboxes read for mail-in (set in the environment, shown here read-only) and what to do with strangers' mail. */
export function MailinSettings({
  mailboxes,
  policy,
  errors,
}: {
  mailboxes: MailboxState[];
  policy: Settings["mailinUnknownSenders"];
  errors: Record<string, string | undefined>;
}) {
  const t = useTranslations("adminPages.settings");
  const format = useFormatter();
  const domainsError = Object.entries(errors).find(([key]) => key.startsWith("mailinUnknownSenders.domains"))?.[1];
  return (
    <div className="space-y-4">
      {mailboxes.length === 0 ? (
        <p className="text-sm text-slate-600">{t("mailinOff")}</p>
      ) : (
        <ul className="space-y-2" aria-label={t("mailboxes")}>
          {mailboxes.map((m) => (
            <li key={m.key} className="rounded-lg border border-slate-200 p-3 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium text-slate-900">{m.user}</span>
                <span className="text-slate-500">
                  {m.host}:{m.port} · {m.tls ? "TLS" : "STARTTLS/plain"} · {m.folder} · {t("afterImport")}: {m.after}
                </span>
                <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${stateClass[m.state]}`}>{t(`mailboxState.${m.state}`)}</span>
              </div>
              <p className="mt-1 text-xs text-slate-500">
                {m.lastPollAt
                  ? t("lastPoll", { at: format.dateTime(m.lastPollAt, { dateStyle: "medium", timeStyle: "short" }), imported: m.imported })
                  : t("neverPolled")}
                {m.state === "down" && m.nextPollAt && ` · ${t("nextTry", { at: format.dateTime(m.nextPollAt, { timeStyle: "short" }) })}`}
              </p>
              {m.lastError && <p className="mt-1 text-xs text-red-700">{m.lastError}</p>}
            </li>
          ))}
        </ul>
      )}
      <p className="text-xs text-slate-500">{t("mailinEnvHint")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="mailinMode" label={t("unknownSenders")} error={errors["mailinUnknownSenders.mode"]}>
          <Select name="mailinMode" defaultValue={policy.mode} {...describedBy("mailinMode", errors["mailinUnknownSenders.mode"])}>
            <option value="refuse">{t("unknownRefuse")}</option>
            <option value="create">{t("unknownCreate")}</option>
          </Select>
        </Field>
        <Field id="mailinDomains" label={t("allowedDomains")} hint={t("allowedDomainsHint")} error={domainsError}>
          <TextArea
            name="mailinDomains"
            rows={2}
            defaultValue={policy.domains.join("\n")}
            {...describedBy("mailinDomains", domainsError, true)}
          />
        </Field>
      </div>
    </div>
  );
}
