import Link from "next/link";
import { withParams } from "./report-params";

/** "Group by": one link per grouping, the current one marked; the filters are kept. */
export function GroupByLinks({
  label,
  path,
  params,
  options,
  active,
}: {
  label: string;
  path: string;
  params: Record<string, string>;
  options: { value: string; label: string }[];
  active: string;
}) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" role="group" aria-label={label}>
      <span className="text-slate-500">{label}</span>
      {options.map((o) => (
        <Link
          key={o.value}
          href={`${path}${withParams(params, { groupBy: o.value })}`}
          aria-current={o.value === active ? "true" : undefined}
          className={`rounded-full px-3 py-1 text-xs font-medium ring-1 ring-inset ${o.value === active ? "bg-slate-900 text-white ring-slate-900" : "text-slate-700 ring-slate-300 hover:bg-slate-50"}`}
        >
          {o.label}
        </Link>
      ))}
    </div>
  );
}
