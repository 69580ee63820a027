/** Horizontal bars with labels and counts: easier to compare than a table of numbers. */
export function BarList({ items, label }: { items: { label: string; value: number }[]; label: string }) {
  const max = Math.max(1, ...items.map((i) => i.value));
  return (
    <ul aria-label={label} className="space-y-2">
      {items.map((item) => (
        <li key={item.label} className="grid grid-cols-[14rem_1fr_3rem] items-center gap-3 text-sm">
          <span className="truncate text-slate-600" title={item.label}>{item.label}</span>
          <span className="h-2.5 rounded-full bg-slate-100">
            <span className="block h-2.5 rounded-full bg-brand-500" style={{ width: `${(item.value / max) * 100}%` }} />
          </span>
          <span className="text-right font-medium tabular-nums">{item.value}</span>
        </li>
      ))}
    </ul>
  );
}
