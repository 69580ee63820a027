import { ChartFigure } from "./chart-figure";
import { chartColors, renderChart } from "./render-chart";

export type ChartItem = { label: string; value: number };

/**
 * Horizontal bars, in the order given (largest first, or the steps of a funnel): long labels (categories, people)
 * stay readable, cut with an ellipsis.
 */
export function BarChart({ items, summary, format }: { items: ChartItem[]; summary: string; format: (n: number) => string }) {
  // ECharts draws a category axis bottom-up: reversed, the first item is on top.
  const shown = items.slice(0, 12).reverse();
  const height = 40 + shown.length * 28;
  const svg = renderChart(
    {
      grid: { left: 300, right: 90, top: 10, bottom: 10 },
      xAxis: { type: "value", show: false },
      yAxis: {
        type: "category",
        data: shown.map((i) => i.label),
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: { width: 285, overflow: "truncate" },
      },
      series: [
        {
          type: "bar",
          data: shown.map((i) => i.value),
          itemStyle: { color: chartColors.brand, borderRadius: [0, 4, 4, 0] },
          barMaxWidth: 18,
          label: { show: true, position: "right", formatter: (p: { value: number }) => format(p.value) },
        },
      ],
    },
    1200,
    height,
  );
  return <ChartFigure svg={svg} summary={summary} />;
}
