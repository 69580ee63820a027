import { BarChart, LineChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, AriaComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

export const chartColors = { brand: "#4f46e5", good: "#059669", bad: "#dc2626", muted: "#94a3b8", line: "#d97706" };

/**
 * Draws an ECharts option to an SVG string on the server: the page shows its charts without JavaScript and the
 * browser downloads no chart library. The SVG scales to its box (viewBox, width 100 %).
 */
export function renderChart(option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: "ui-sans-serif, system-ui, sans-serif", fontSize: 12, color: "#475569" },
    ...option,
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg.replace(/<svg([^>]*?) width="\d+" height="\d+"/, '<svg$1 width="100%"');
}
