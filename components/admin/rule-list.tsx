"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { setRuleActiveAction, shiftRuleAction } from "@/lib/actions/admin";
import type { RuleRow } from "@/lib/admin/rules/list-rules";
import { RuleForm } from "./rule-form";
import type { RuleOptions } from "./rule-options";
import { RuleSummary } from "./rule-summary";
import { ShiftButtons } from "./shift-buttons";
import { useEditing } from "./use-editing";

/** The ordered rules: the number is the order routing tries them in. */
export function RuleList({ rules, options }: { rules: RuleRow[]; options: RuleOptions }) {
  const t = useTranslations("adminPages");
  const { editing, open, close, triggerId } = useEditing("rule");
  return (
    <>
      <div className="mb-4">
        {editing === "new" ? (
          <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <h2 className="mb-3 text-sm font-semibold text-slate-800">{t("rules.new")}</h2>
            <RuleForm options={options} onDone={close} />
          </div>
        ) : (
          <Button id={triggerId("new")} variant="primary" onClick={() => open("new")}>
            + {t("rules.new")}
          </Button>
        )}
      </div>
      {rules.length === 0 && (
        <p className="rounded-xl border border-dashed border-slate-300 p-6 text-center text-sm text-slate-500">{t("rules.empty")}</p>
      )}
      <ol className="space-y-3">
        {rules.map((rule, i) => (
          <li
            key={rule.id}
            data-testid="rule-card"
            className={`rounded-xl border bg-white shadow-sm ${rule.active ? "border-slate-200" : "border-dashed border-slate-300 bg-slate-50"}`}
          >
            <div className="flex flex-wrap items-start gap-3 p-4">
              <span
                aria-hidden
                className={`flex h-7 w-7 shrink-0 items-center justify-center rounded-full text-xs font-semibold ${rule.active ? "bg-brand-50 text-brand-700" : "bg-slate-200 text-slate-700"}`}
              >
                {i + 1}
              </span>
              <div className="min-w-60 flex-1">
                <h2 className={`font-medium ${rule.active ? "text-slate-900" : "text-slate-500"}`}>
                  <span className="sr-only">{t("rules.position", { n: i + 1 })}: </span>
                  {rule.name}
                  {!rule.active && <Badge tone="ml-2 bg-slate-100 text-slate-600 ring-slate-300">{t("rules.inactive")}</Badge>}
                </h2>
                <RuleSummary rule={rule} options={options} />
              </div>
              <div className="flex flex-wrap items-center gap-1">
                <ShiftButtons
                  label={rule.name}
                  first={i === 0}
                  last={i === rules.length - 1}
                  onShift={(direction) => shiftRuleAction({ ruleId: rule.id, direction })}
                />
                <ActiveToggle ruleId={rule.id} active={rule.active} name={rule.name} />
                <Button
                  id={triggerId(rule.id)}
                  size="sm"
                  aria-expanded={editing === rule.id}
                  aria-label={`${t("common.edit")}: ${rule.name}`}
                  onClick={() => open(rule.id)}
                >
                  {t("common.edit")}
                </Button>
              </div>
            </div>
            {editing === rule.id && (
              <div className="border-t border-slate-100 bg-slate-50/70 p-4">
                <RuleForm rule={rule} options={options} onDone={close} />
              </div>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

function ActiveToggle({ ruleId, active, name }: { ruleId: string; active: boolean; name: string }) {
  const t = useTranslations("adminPages.rules");
  const [pending, startTransition] = useTransition();
  const label = active ? t("deactivate") : t("activate");
  return (
    <Button
      size="sm"
      variant={active ? "ghost" : "success"}
      pending={pending}
      aria-label={`${label}: ${name}`}
      onClick={() => startTransition(async () => void (await setRuleActiveAction({ ruleId, active: !active })))}
    >
      {label}
    </Button>
  );
}
