import { clsx } from "clsx";
import { Check } from "lucide-react";
import Link from "next/link";

export type FacetOption = { value: string; label: string; title?: string; count: number; active: boolean; href: string };

/** One counted facet: each value a link that adds it to the filters or takes it off. */
export function FacetList({ name, title, options }: { name: string; title: string; options: FacetOption[] }) {
  if (options.length === 0) return null;
  return (
    <section data-testid={`facet-${name}`}>
      <h2 className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</h2>
      <ul className="space-y-0.5">
        {options.map((o) => (
          <li key={o.value}>
            <Link
              href={o.href}
              scroll={false}
              aria-current={o.active || undefined}
              data-testid={`facet-${name}-${o.value}`}
              className={clsx(
                "flex items-center gap-2 rounded-md px-2 py-1 text-sm",
                o.active ? "bg-brand-50 font-medium text-brand-700" : "text-slate-700 hover:bg-slate-100",
              )}
            >
              <span
                aria-hidden
                className={clsx(
                  "flex h-3.5 w-3.5 shrink-0 items-center justify-center rounded border",
                  o.active ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white",
                )}
              >
                {o.active && <Check className="h-2.5 w-2.5" strokeWidth={3} />}
              </span>
              <span className="min-w-0 flex-1 truncate" title={o.title ?? o.label}>
                {o.label}
              </span>
              <span className="text-xs tabular-nums text-slate-500">{o.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
