import { ChartFigure } from "./chart-figure";
import { renderChart } from "./render-chart";

export type StackedSeries = { name: string; values: number[]; color: string };

/** Parts of a whole per row (e.g. met and breached per priority), with a legend above. */
export function StackedBarChart({ labels, series, summary }: { labels: string[]; series: StackedSeries[]; summary: string }) {
  const height = 60 + labels.length * 30;
  const svg = renderChart(
    {
      legend: { top: 0, data: series.map((s) => s.name) },
      grid: { left: 230, right: 30, top: 34, bottom: 10 },
      xAxis: { type: "value", show: false },
      yAxis: {
        type: "category",
        data: [...labels].reverse(),
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: { width: 215, overflow: "truncate" },
      },
      series: series.map((s) => ({
        type: "bar",
        name: s.name,
        stack: "all",
        data: [...s.values].reverse(),
        itemStyle: { color: s.color },
        barMaxWidth: 18,
        label: { show: true, formatter: (p: { value: number }) => (p.value > 0 ? String(p.value) : ""), color: "#fff", fontSize: 10 },
      })),
    },
    1200,
    height,
  );
  return <ChartFigure svg={svg} summary={summary} />;
}
