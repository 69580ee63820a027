"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { PriorityBadge } from "@/components/tickets/status-badge";
import { Button } from "@/components/ui/button";
import { shiftCategoryAction } from "@/lib/actions/admin";
import type { TreeEntry } from "@/lib/admin/categories/category-tree";
import type { CategoryRow } from "@/lib/admin/categories/list-categories";
import type { PersonOption } from "@/lib/admin/list-options";
import { CategoryForm } from "./category-form";
import { categoryOptions } from "./category-options";
import { localName } from "./local-name";
import { MoveCategoryForm } from "./move-category-form";
import { ShiftButtons } from "./shift-buttons";
import { useEditing } from "./use-editing";

type Entry = TreeEntry<CategoryRow>;

/**
 * The category tree, one row per category, indented by depth. A row opens in place either to edit the
 * category (and move it) or to add a subcategory under it.
 */
export function CategoryTree({ categories, staff }: { categories: Entry[]; staff: PersonOption[] }) {
  const t = useTranslations("adminPages");
  const locale = useLocale();
  const { editing, open, close, triggerId } = useEditing("category");
  const options = useMemo(() => categoryOptions(categories, locale), [categories, locale]);
  const siblingsOf = (c: Entry) => categories.filter((o) => o.parentId === c.parentId);

  return (
    <>
      <div className="mb-4">
        {editing === "new" ? (
          <Panel title={t("categories.newRoot")}>
            <CategoryForm parent={null} staff={staff} onDone={close} />
          </Panel>
        ) : (
          <Button id={triggerId("new")} variant="primary" onClick={() => open("new")}>
            + {t("categories.newRoot")}
          </Button>
        )}
      </div>
      <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
        {categories.map((c) => {
          const siblings = siblingsOf(c);
          const name = localName(locale, c);
          return (
            <li key={c.id} data-testid="category-row">
              <div
                className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 pr-3 hover:bg-slate-50/60"
                style={{ paddingLeft: `${0.75 + c.depth * 1.5}rem` }}
              >
                <div className="min-w-48 flex-1">
                  <div className={c.depth === 0 ? "font-medium text-slate-900" : "text-slate-800"}>{name}</div>
                  <div className="text-xs text-slate-500">{locale === "en" ? c.nameRu : c.nameEn}</div>
                </div>
                <span className="w-24">
                  <PriorityBadge priority={c.defaultPriority} />
                </span>
                <span className="w-52 truncate text-sm text-slate-600" title={c.defaultAssigneeName ?? undefined}>
                  {c.defaultAssigneeName ?? <span className="text-slate-500">—</span>}
                </span>
                <ShiftButtons
                  label={name}
                  first={siblings[0]?.id === c.id}
                  last={siblings[siblings.length - 1]?.id === c.id}
                  onShift={(direction) => shiftCategoryAction({ categoryId: c.id, direction })}
                />
                <Button
                  id={triggerId(`${c.id}-edit`)}
                  size="sm"
                  aria-expanded={editing === `${c.id}-edit`}
                  aria-label={`${t("common.edit")}: ${name}`}
                  onClick={() => open(`${c.id}-edit`)}
                >
                  {t("common.edit")}
                </Button>
                <Button
                  id={triggerId(`${c.id}-add`)}
                  size="sm"
                  variant="ghost"
                  aria-expanded={editing === `${c.id}-add`}
                  aria-label={`${t("categories.addChild")}: ${name}`}
                  onClick={() => open(`${c.id}-add`)}
                >
                  + {t("categories.child")}
                </Button>
              </div>
              {editing === `${c.id}-edit` && (
                <div className="space-y-4 border-t border-slate-100 bg-slate-50/70 p-4">
                  <CategoryForm category={c} staff={staff} onDone={close} />
                  <MoveCategoryForm categoryId={c.id} parentId={c.parentId} options={options} onDone={close} />
                </div>
              )}
              {editing === `${c.id}-add` && (
                <div className="border-t border-slate-100 bg-slate-50/70 p-4">
                  <h3 className="mb-3 text-sm font-semibold text-slate-800">{t("categories.childOf", { name })}</h3>
                  <CategoryForm parent={c} staff={staff} onDone={close} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <h2 className="mb-3 text-sm font-semibold text-slate-800">{title}</h2>
      {children}
    </div>
  );
}
