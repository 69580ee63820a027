import { ChangeLine } from "./change-line";

/** One headline figure with its change against the previous period. */
export async function FigureCard({
  label,
  value,
  current,
  previous,
  days,
  kind,
  better,
  tone = "text-slate-900",
}: {
  label: string;
  value: string;
  current: number | null;
  previous: number | null;
  days: number;
  kind?: "count" | "share";
  better?: "up" | "down" | "neither";
  tone?: string;
}) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</div>
      <div className={`mt-1 text-2xl font-semibold tabular-nums ${tone}`}>{value}</div>
      <ChangeLine current={current} previous={previous} days={days} kind={kind} better={better} />
    </div>
  );
}
