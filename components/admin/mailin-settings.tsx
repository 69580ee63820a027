"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, Field, FormError } from "@/components/ui/field";
import { Select, TextArea } from "@/components/ui/input";
import { removeMailboxAction, retryMailboxAction } from "@/lib/actions/admin";
import type { ActionResult } from "@/lib/auth/guards";
import type { MailboxState } from "@/lib/mailin/mailbox-status";
import type { Settings } from "@/lib/settings/settings";
import { MailboxCard } from "./mailbox-card";
import { MailboxForm } from "./mailbox-form";

/**
 * The mailboxes read for mail-in, each with its state, and what to do with strangers' mail (the policy fields
 * belong to the page's big form). While a mailbox waits for its first read, or a retry runs, the page
 * refreshes itself every two seconds (for half a minute) so the admin sees the outcome without reloading.
 */
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
  const router = useRouter();
  const [editing, setEditing] = useState<MailboxState | "new" | null>(null);
  // The retried mailbox and when the server queued the read: the retry is over once the mailbox was checked since.
  const [retry, setRetry] = useState<{ key: string; since: number | null } | null>(null);
  // Self-refreshes left (one each two seconds): enough for a first read or a retry, not forever.
  const refreshesLeft = useRef(15);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, startTransition] = useTransition();
  const domainsError = Object.entries(errors).find(([key]) => key.startsWith("mailinUnknownSenders.domains"))?.[1];
  const retried = retry && mailboxes.find((m) => m.key === retry.key);
  const retrying =
    retried && !(retry.since !== null && retried.lastPollAt && retried.lastPollAt.getTime() >= retry.since) ? retry.key : null;
  const waiting = retrying !== null || mailboxes.some((m) => m.state === "waiting");

  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => {
      if (refreshesLeft.current-- > 0) router.refresh();
    }, 2000);
    return () => clearInterval(timer);
  }, [waiting, router]);

  function watch() {
    refreshesLeft.current = 15;
  }
  function act<T>(call: () => Promise<ActionResult<T>>, onDone?: (data: T) => void) {
    startTransition(async () => {
      const result = await call();
      setFailure(result.ok ? null : result.error);
      if (!result.ok) return;
      onDone?.(result.data);
      router.refresh();
    });
  }
  function saved(ok: boolean) {
    setEditing(null);
    if (!ok) return;
    watch();
    router.refresh();
  }
  function retryNow(key: string) {
    setRetry({ key, since: null });
    watch();
    // The server's clock stamps both the retry and the check, so they compare.
    act(
      () => retryMailboxAction({ key }),
      ({ at }) => setRetry({ key, since: new Date(at).getTime() }),
    );
  }

  return (
    <div className="space-y-4">
      {mailboxes.length === 0 ? (
        <p className="text-sm text-slate-600">{t("mailinOff")}</p>
      ) : (
        <ul className="space-y-2" aria-label={t("mailboxes")}>
          {mailboxes.map((m) =>
            editing !== "new" && editing?.key === m.key ? (
              <li key={m.key}>
                <MailboxForm mailbox={m} onDone={saved} />
              </li>
            ) : (
              <MailboxCard
                key={m.key}
                mailbox={m}
                busy={busy}
                retrying={retrying === m.key}
                onRetry={() => retryNow(m.key)}
                onEdit={() => setEditing(m)}
                onRemove={() => {
                  if (m.id && window.confirm(t("removeConfirm", { user: m.user }))) act(() => removeMailboxAction({ id: m.id! }));
                }}
              />
            ),
          )}
        </ul>
      )}
      <FormError>{failure}</FormError>
      {editing === "new" ? (
        <MailboxForm mailbox={null} onDone={saved} />
      ) : (
        <Button onClick={() => setEditing("new")}>+ {t("addMailbox")}</Button>
      )}
      <p className="text-xs text-slate-500">{t("mailinEnvHint")}</p>
      <div className="grid gap-4 border-t border-slate-100 pt-4 sm:grid-cols-2">
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
