"use client";

import { useTranslations } from "next-intl";
import { describedBy, Field } from "@/components/ui/field";
import { TextArea } from "@/components/ui/input";
import type { Settings } from "@/lib/settings/settings";
import { stateClass } from "./mailin-settings";

/** The directory's state and the admins' group → role mapping, one "role: group DN" a line. */
export function DirectorySettings({
  status,
  mapping,
  errors,
}: {
  status: "off" | "ok" | "down";
  mapping: Settings["directoryGroupRoles"];
  errors: Record<string, string | undefined>;
}) {
  const t = useTranslations("adminPages.settings");
  const error = Object.entries(errors).find(([key]) => key.startsWith("directoryGroupRoles"))?.[1];
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">
        <span
          className={`mr-2 rounded px-1.5 py-0.5 text-xs font-medium ${status === "down" ? stateClass.down : status === "ok" ? stateClass.ok : stateClass.waiting}`}
        >
          {t(`directoryState.${status}`)}
        </span>
        {t("directoryEnvHint")}
      </p>
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
