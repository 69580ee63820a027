"use client";

import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { DepartmentRow } from "@/lib/admin/departments/list-departments";
import type { PersonOption } from "@/lib/admin/list-options";
import { DepartmentForm } from "./department-form";
import { localName } from "./local-name";
import { useEditing } from "./use-editing";

/** Departments, each opening in place for editing, and a form for a new one. */
export function DepartmentList({ departments, people }: { departments: DepartmentRow[]; people: PersonOption[] }) {
  const t = useTranslations("adminPages");
  const locale = useLocale();
  const { editing, open, close, triggerId } = useEditing("department");
  const other = (d: DepartmentRow) => (locale === "en" ? d.nameRu : d.nameEn);
  return (
    <>
      <div className="mb-4">
        {editing === "new" ? (
          <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
            <h2 className="px-4 pt-3 text-sm font-semibold text-slate-800">{t("departments.new")}</h2>
            <DepartmentForm people={people} onDone={close} />
          </div>
        ) : (
          <Button id={triggerId("new")} variant="primary" onClick={() => open("new")}>
            + {t("departments.new")}
          </Button>
        )}
      </div>
      <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
        {departments.map((d) =>
          editing === d.id ? (
            <li key={d.id}>
              <DepartmentForm department={d} people={people} onDone={close} />
            </li>
          ) : (
            <li key={d.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3" data-testid="department-row">
              <div className="min-w-60 flex-1">
                <div className="font-medium text-slate-900">{localName(locale, d)}</div>
                <div className="text-xs text-slate-500">{other(d)}</div>
              </div>
              <div className="w-64 text-sm">
                <span className="text-slate-500">{t("departments.head")}: </span>
                {d.managerName ? (
                  <span className="text-slate-800">{d.managerName}</span>
                ) : (
                  <span className="text-slate-500">{t("departments.noHead")}</span>
                )}
                {d.managerName && !d.managerHasRole && (
                  <Badge tone="ml-1 bg-amber-50 text-amber-800 ring-amber-200">{t("departments.headLacksRole")}</Badge>
                )}
              </div>
              <div className="w-28 text-sm tabular-nums text-slate-500">{t("departments.people", { count: d.people })}</div>
              <Button id={triggerId(d.id)} size="sm" aria-label={`${t("common.edit")}: ${localName(locale, d)}`} onClick={() => open(d.id)}>
                {t("common.edit")}
              </Button>
            </li>
          ),
        )}
      </ul>
    </>
  );
}
