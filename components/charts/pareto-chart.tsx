import type { ChartItem } from "./bar-chart";
import { ChartFigure } from "./chart-figure";
import { chartColors, renderChart } from "./render-chart";

/**
 * A Pareto chart: the items' bars, most first, and the running share of the total as a line, so "the few problems
 * that eat most of IT's time" read at a glance.
 */
export function ParetoChart({
  items,
  summary,
  format,
  shareLabel,
}: {
  items: ChartItem[];
  summary: string;
  format: (n: number) => string;
  shareLabel: string;
}) {
  const shown = items.slice(0, 15);
  const total = items.reduce((sum, i) => sum + i.value, 0) || 1;
  const cumulative = shown.map((_, n) => Math.round((shown.slice(0, n + 1).reduce((sum, i) => sum + i.value, 0) / total) * 100));
  const svg = renderChart(
    {
      grid: { left: 90, right: 60, top: 30, bottom: 30 },
      legend: { show: false },
      xAxis: { type: "category", data: shown.map((_, n) => n + 1), axisTick: { show: false }, axisLabel: { hideOverlap: true } },
      yAxis: [
        { type: "value", axisLabel: { formatter: (v: number) => format(v) }, splitLine: { lineStyle: { color: "#e2e8f0" } } },
        { type: "value", max: 100, min: 0, axisLabel: { formatter: "{value} %" }, splitLine: { show: false } },
      ],
      series: [
        {
          type: "bar",
          data: shown.map((i) => i.value),
          itemStyle: { color: chartColors.brand, borderRadius: [4, 4, 0, 0] },
          barMaxWidth: 40,
        },
        {
          type: "line",
          name: shareLabel,
          yAxisIndex: 1,
          data: cumulative,
          itemStyle: { color: chartColors.line },
          lineStyle: { width: 2 },
          symbolSize: 6,
          label: { show: true, formatter: "{c} %", fontSize: 10 },
        },
      ],
    },
    1200,
    300,
  );
  return <ChartFigure svg={svg} summary={summary} />;
}
