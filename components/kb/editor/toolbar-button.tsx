"use client";

import { clsx } from "clsx";
import type { LucideIcon } from "lucide-react";

type Props = {
  icon: LucideIcon;
  label: string;
  /** Shown after the label in the tooltip, e.g. "Ctrl+B". */
  shortcut?: string;
  active?: boolean;
  disabled?: boolean;
  /** Roving focus: only one button of the toolbar is in the tab order. */
  focusable: boolean;
  /** Its place in the toolbar, for the roving focus. */
  index: number;
  onClick: () => void;
};

/** An icon button of the editor's toolbar: named for screen readers, its shortcut in the tooltip. */
export function ToolbarButton({ icon: Icon, label, shortcut, active, disabled, focusable, index, onClick }: Props) {
  return (
    <button
      type="button"
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-pressed={active === undefined ? undefined : active}
      disabled={disabled}
      tabIndex={focusable ? 0 : -1}
      data-index={index}
      // Keep the editor's selection: a click on the toolbar must not move focus away from the text first.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
      className={clsx(
        "inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-md transition-colors focus-visible:outline-2 focus-visible:outline-brand-500 disabled:pointer-events-none disabled:opacity-40",
        active
          ? "bg-brand-50 text-brand-700 ring-1 ring-inset ring-brand-500/30"
          : "text-slate-600 hover:bg-slate-100 hover:text-slate-900",
      )}
    >
      <Icon aria-hidden className="h-4 w-4" strokeWidth={2.25} />
    </button>
  );
}
