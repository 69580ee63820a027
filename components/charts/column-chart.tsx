/** Vertical columns over time (e.g. tickets per month), drawn as SVG so it needs no chart library. */
export function ColumnChart({ items, label }: { items: { label: string; value: number }[]; label: string }) {
  const max = Math.max(1, ...items.map((i) => i.value));
  const width = 40;
  const height = 120;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${items.length * width} ${height + 20}`} className="h-40 w-full">
      {items.map((item, i) => {
        const h = (item.value / max) * height;
        return (
          <g key={item.label}>
            <rect x={i * width + 6} y={height - h} width={width - 12} height={h} rx={3} className="fill-brand-500" />
            <text x={i * width + width / 2} y={height - h - 4} textAnchor="middle" className="fill-slate-600 text-[9px]">{item.value}</text>
            <text x={i * width + width / 2} y={height + 14} textAnchor="middle" className="fill-slate-500 text-[9px]">{item.label}</text>
          </g>
        );
      })}
    </svg>
  );
}
