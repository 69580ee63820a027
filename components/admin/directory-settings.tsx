"use client";

import { useTranslations } from "next-intl";
import { describedBy, Field } from "@/components/ui/field";
import { TextArea } from "@/components/ui/input";
import type { DirectoryDescription } from "@/lib/auth/directory/describe-directory";
import type { Settings } from "@/lib/settings/settings";
import { StateBadge } from "./mailbox-card";

const badgeState = { ok: "ok", down: "down", off: "waiting" } as const;

/** The directory's state and connection (from the environment, read-only) and the admins' group → role mapping. */
export function DirectorySettings({
  status,
  description,
  mapping,
  errors,
}: {
  status: "off" | "ok" | "down";
  description: DirectoryDescription;
  mapping: Settings["directoryGroupRoles"];
  errors: Record<string, string | undefined>;
}) {
  const t = useTranslations("adminPages.settings");
  const error = Object.entries(errors).find(([key]) => key.startsWith("directoryGroupRoles"))?.[1];
  return (
    <div className="space-y-4">
      <div className="rounded-lg border border-slate-200 p-3 text-sm" data-testid="directory-state">
        <StateBadge state={badgeState[status]}>{t(`directoryState.${status}`)}</StateBadge>
        {description && "url" in description ? (
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-xs">
            <dt className="text-slate-500">{t("directoryUrl")}</dt>
            <dd className="font-mono text-slate-800">
              {description.url}
              {description.startTls && " (StartTLS)"}
            </dd>
            <dt className="text-slate-500">{t("directoryMode")}</dt>
            <dd className="text-slate-800">
              {description.bindDn
                ? t("directorySearchBind", { bindDn: description.bindDn })
                : t("directoryDirectBind", { template: description.userDnTemplate ?? "" })}
            </dd>
            <dt className="text-slate-500">{t("directoryDomains")}</dt>
            <dd className="text-slate-800">{description.domains.length ? description.domains.join(", ") : t("directoryAllDomains")}</dd>
          </dl>
        ) : description ? (
          <p className="mt-2 font-mono text-xs text-red-800">{description.problem}</p>
        ) : null}
        {status === "down" && <p className="mt-2 text-xs text-red-800">{t("directoryDownHint")}</p>}
        <p className="mt-2 text-xs text-slate-500">{status === "off" ? t("directoryOffHint") : t("directoryEnvHint")}</p>
      </div>
      <Field id="directoryGroupRoles" label={t("groupRoles")} hint={t("groupRolesHint")} error={error}>
        <TextArea
          name="directoryGroupRoles"
          rows={4}
          className="font-mono text-xs"
          defaultValue={mapping.map((m) => `${m.role}: ${m.groupDn}`).join("\n")}
          placeholder="specialist: cn=it-specialists,ou=groups,dc=hospital,dc=ru"
          {...describedBy("directoryGroupRoles", error, true)}
        />
      </Field>
    </div>
  );
}

/** "role: group DN" lines into the setting's rows (the server checks the roles and DNs). */
export function parseGroupRoles(text: string): Settings["directoryGroupRoles"] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf(":");
      return { role: line.slice(0, at).trim() as Settings["directoryGroupRoles"][number]["role"], groupDn: line.slice(at + 1).trim() };
    });
}
