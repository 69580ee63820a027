"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, Field, FormError } from "@/components/ui/field";
import { Checkbox, Select, TextInput } from "@/components/ui/input";
import { saveMailboxAction } from "@/lib/actions/admin";
import type { MailboxState } from "@/lib/mailin/mailbox-status";

type After = "seen" | "move" | "delete";

function startingValues(m: MailboxState | null) {
  const after = m?.after ?? "seen";
  return {
    host: m?.host ?? "",
    port: String(m?.port ?? 993),
    tls: m?.tls ?? true,
    tlsVerify: m?.tlsVerify ?? true,
    user: m?.user ?? "",
    password: "",
    folder: m?.folder ?? "INBOX",
    after: (after.startsWith("move:") ? "move" : after) as After,
    moveFolder: after.startsWith("move:") ? after.slice(5) : "Imported",
  };
}

/**
 * Adds a mailbox, or changes one added here before. It sits inside the settings page's big form, so it is a
 * fieldset with its own button rather than a nested form; Enter in its fields saves the mailbox, not the page.
 */
export function MailboxForm({ mailbox, onDone }: { mailbox: MailboxState | null; onDone: (saved: boolean) => void }) {
  const t = useTranslations("adminPages");
  const [values, setValues] = useState(() => startingValues(mailbox));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const ref = useRef<HTMLFieldSetElement>(null);
  // After a failed save the first invalid field gets the focus, as in the page's other forms.
  useEffect(() => {
    if (Object.keys(errors).length > 0) ref.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [errors]);
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));
  const id = (name: string) => `mailbox-${name}`;
  const error = (name: string) =>
    errors[name] ? (t.has(`errors.${errors[name]}`) ? t(`errors.${errors[name]}`) : errors[name]) : undefined;

  function save() {
    startTransition(async () => {
      const result = await saveMailboxAction({
        ...(mailbox?.id ? { id: mailbox.id } : {}),
        host: values.host,
        port: Number(values.port),
        tls: values.tls,
        tlsVerify: values.tlsVerify,
        user: values.user,
        password: values.password,
        folder: values.folder,
        after: values.after,
        moveFolder: values.after === "move" ? values.moveFolder : "",
      });
      if (result.ok) return onDone(true);
      setErrors(result.fields ?? {});
      setFailure(result.fields ? null : result.error);
    });
  }

  const text = (name: "host" | "port" | "user" | "password" | "folder" | "moveFolder", label: string, hint?: string) => (
    <Field id={id(name)} label={label} hint={hint} error={error(name)}>
      <TextInput
        type={name === "password" ? "password" : "text"}
        inputMode={name === "port" ? "numeric" : undefined}
        autoComplete={name === "password" ? "new-password" : "off"}
        value={values[name]}
        onChange={(e) => set({ [name]: e.target.value })}
        {...describedBy(id(name), error(name), hint)}
      />
    </Field>
  );

  return (
    <fieldset
      ref={ref}
      className="space-y-4 rounded-lg border border-brand-100 bg-brand-50/50 p-4"
      onKeyDown={(e) => {
        if (e.key === "Enter" && e.target instanceof HTMLInputElement) {
          e.preventDefault();
          save();
        }
      }}
    >
      <legend className="px-1 text-sm font-semibold text-slate-800">
        {mailbox ? t("settings.changeMailbox", { user: mailbox.user }) : t("settings.newMailbox")}
      </legend>
      <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
        {text("host", t("settings.imapHost"))}
        {text("port", t("settings.imapPort"))}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id("security")} label={t("settings.imapSecurity")}>
          <Select
            id={id("security")}
            value={values.tls ? "tls" : "starttls"}
            onChange={(e) => {
              const tls = e.target.value === "tls";
              // The usual port follows the choice unless the admin typed another.
              set({ tls, port: values.port === "993" || values.port === "143" ? (tls ? "993" : "143") : values.port });
            }}
          >
            <option value="tls">{t("settings.securityTls")}</option>
            <option value="starttls">{t("settings.securityStartTls")}</option>
          </Select>
        </Field>
        <div className="space-y-1 sm:pt-7">
          <Checkbox
            label={t("settings.tlsVerify")}
            checked={values.tlsVerify}
            onChange={(e) => set({ tlsVerify: e.target.checked })}
            aria-describedby={id("tlsVerify-hint")}
          />
          <p id={id("tlsVerify-hint")} className="text-xs text-slate-500">
            {t("settings.tlsVerifyHint")}
          </p>
        </div>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("user", t("settings.imapUser"))}
        {text("password", t("settings.imapPassword"), mailbox ? t("settings.imapPasswordKeep") : t("settings.imapPasswordHint"))}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("folder", t("settings.imapFolder"))}
        <Field id={id("after")} label={t("settings.afterImportLabel")}>
          <Select id={id("after")} value={values.after} onChange={(e) => set({ after: e.target.value as After })}>
            <option value="seen">{t("settings.afterSeen")}</option>
            <option value="move">{t("settings.afterMove")}</option>
            <option value="delete">{t("settings.afterDelete")}</option>
          </Select>
        </Field>
        {values.after === "move" && <div className="sm:col-start-2">{text("moveFolder", t("settings.moveFolder"))}</div>}
      </div>
      <FormError>{failure}</FormError>
      <div className="flex gap-2">
        <Button variant="primary" onClick={save} pending={pending}>
          {t("settings.saveMailbox")}
        </Button>
        <Button variant="ghost" onClick={() => onDone(false)}>
          {t("settings.cancel")}
        </Button>
      </div>
    </fieldset>
  );
}
