"use client";

import { useTranslations } from "next-intl";
import type { RuleRow } from "@/lib/admin/rules/list-rules";
import type { RuleOptions } from "./rule-options";

/** A rule in words: its conditions, then who gets the ticket. */
export function RuleSummary({ rule, options }: { rule: RuleRow; options: RuleOptions }) {
  const t = useTranslations();
  const nameIn = (list: { id: string; name: string }[], id: string) => list.find((x) => x.id === id)?.name ?? t("adminPages.rules.unknown");
  const conditions: string[] = [];
  if (rule.categoryId) {
    const name = nameIn(options.categories, rule.categoryId);
    conditions.push(t(rule.includeSubcategories ? "adminPages.rules.summaryCategoryTree" : "adminPages.rules.summaryCategory", { name }));
  }
  if (rule.type) conditions.push(t("adminPages.rules.summaryType", { value: t(`type.${rule.type}`) }));
  if (rule.departmentId) conditions.push(t("adminPages.rules.summaryDepartment", { name: nameIn(options.departments, rule.departmentId) }));
  if (rule.priority) conditions.push(t("adminPages.rules.summaryPriority", { value: t(`priority.${rule.priority}`) }));
  const target = rule.assigneeId
    ? t("adminPages.rules.toSpecialist", { name: rule.assigneeName ?? t("adminPages.rules.unknown") })
    : rule.lineId
      ? t("adminPages.rules.toLine", { name: nameIn(options.lines, rule.lineId), strategy: t(`adminPages.rules.${rule.strategy}`) })
      : null;
  return (
    <div className="text-sm">
      <p className="text-slate-600">{conditions.length ? conditions.join(" · ") : t("adminPages.rules.anyTicket")}</p>
      {target && (
        <p className={rule.assigneeId && rule.assigneeActive === false ? "text-slate-500 line-through" : "font-medium text-slate-800"}>
          {target}
        </p>
      )}
    </div>
  );
}
