import type { ChartItem } from "./bar-chart";
import { ChartFigure } from "./chart-figure";
import { chartColors, renderChart } from "./render-chart";

/** Columns over time (months, ratings 1–5); axis labels that would overlap are left out. */
export function ColumnChart({
  items,
  summary,
  format,
  color = chartColors.brand,
}: {
  items: ChartItem[];
  summary: string;
  format: (n: number) => string;
  color?: string;
}) {
  const svg = renderChart(
    {
      grid: { left: 10, right: 10, top: 24, bottom: 28 },
      xAxis: { type: "category", data: items.map((i) => i.label), axisTick: { show: false }, axisLabel: { hideOverlap: true } },
      yAxis: { type: "value", show: false },
      series: [
        {
          type: "bar",
          data: items.map((i) => i.value),
          itemStyle: { color, borderRadius: [4, 4, 0, 0] },
          barMaxWidth: 36,
          label: { show: true, position: "top", formatter: (p: { value: number }) => format(p.value) },
        },
      ],
    },
    480,
    200,
  );
  return <ChartFigure svg={svg} summary={summary} />;
}
