"use client";

import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { LineRow } from "@/lib/admin/lines/list-lines";
import type { PersonOption } from "@/lib/admin/list-options";
import { LineForm } from "./line-form";
import { localName } from "./local-name";
import { useEditing } from "./use-editing";

/** Support lines as cards with their members; each opens in place for editing. */
export function LineList({ lines, staff }: { lines: LineRow[]; staff: PersonOption[] }) {
  const t = useTranslations("adminPages");
  const locale = useLocale();
  const { editing, open, close, triggerId } = useEditing("line");
  return (
    <>
      <div className="mb-4">
        {editing === "new" ? (
          <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <h2 className="mb-3 text-sm font-semibold text-slate-800">{t("lines.new")}</h2>
            <LineForm staff={staff} onDone={close} />
          </div>
        ) : (
          <Button id={triggerId("new")} variant="primary" onClick={() => open("new")}>
            + {t("lines.new")}
          </Button>
        )}
      </div>
      <ul className="grid gap-4 lg:grid-cols-2">
        {lines.map((line) => (
          <li key={line.id} className={editing === line.id ? "lg:col-span-2" : undefined} data-testid="line-card">
            <section className="h-full rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
              {editing === line.id ? (
                <LineForm line={line} staff={staff} onDone={close} />
              ) : (
                <>
                  <div className="mb-3 flex items-start justify-between gap-3">
                    <div>
                      <h2 className="font-medium text-slate-900">{localName(locale, line)}</h2>
                      <p className="text-xs text-slate-500">{locale === "en" ? line.nameRu : line.nameEn}</p>
                    </div>
                    <Button
                      id={triggerId(line.id)}
                      size="sm"
                      aria-label={`${t("common.edit")}: ${localName(locale, line)}`}
                      onClick={() => open(line.id)}
                    >
                      {t("common.edit")}
                    </Button>
                  </div>
                  <h3 className="sr-only">{t("lines.members")}</h3>
                  {line.members.length === 0 ? (
                    <p className="text-sm text-amber-700">{t("lines.noMembers")}</p>
                  ) : (
                    <ul className="flex flex-wrap gap-1.5">
                      {line.members.map((m) => (
                        <li key={m.id}>
                          <Badge
                            tone={
                              m.active
                                ? "bg-slate-50 text-slate-700 ring-slate-200"
                                : "bg-slate-50 text-slate-500 ring-slate-200 line-through"
                            }
                          >
                            {m.name}
                          </Badge>
                        </li>
                      ))}
                    </ul>
                  )}
                </>
              )}
            </section>
          </li>
        ))}
      </ul>
    </>
  );
}
