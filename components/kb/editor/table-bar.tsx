"use client";

import { type Editor, useEditorState } from "@tiptap/react";
import { useTranslations } from "next-intl";

/** Row and column commands, shown only while the cursor is in a table (Tab moves between cells). */
export function TableBar({ editor }: { editor: Editor }) {
  const t = useTranslations("kbWrite.table");
  const inTable = useEditorState({ editor, selector: ({ editor: e }) => e.isActive("table") });
  if (!inTable) return null;
  const chain = () => editor.chain().focus();
  const actions = [
    { name: "addRow", run: () => chain().addRowAfter().run() },
    { name: "addColumn", run: () => chain().addColumnAfter().run() },
    { name: "deleteRow", run: () => chain().deleteRow().run() },
    { name: "deleteColumn", run: () => chain().deleteColumn().run() },
    { name: "deleteTable", run: () => chain().deleteTable().run(), danger: true },
  ];
  return (
    <div
      role="group"
      aria-label={t("label")}
      className="flex flex-wrap items-center gap-1 border-t border-slate-100 bg-slate-50/70 px-3 py-1.5 text-xs"
    >
      <span className="mr-1 font-medium text-slate-500">{t("label")}</span>
      {actions.map((action) => (
        <button
          key={action.name}
          type="button"
          onMouseDown={(e) => e.preventDefault()}
          onClick={action.run}
          className={
            action.danger
              ? "rounded-md px-2 py-1 font-medium text-red-700 hover:bg-red-50"
              : "rounded-md px-2 py-1 font-medium text-slate-700 hover:bg-white hover:shadow-sm"
          }
        >
          {t(action.name)}
        </button>
      ))}
    </div>
  );
}
