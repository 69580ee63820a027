/**
 * A chart drawn on the server, with its text alternative: screen readers get `summary`, and every chart on the
 * report pages sits beside a table of the same figures.
 */
export function ChartFigure({ svg, summary }: { svg: string; summary: string }) {
  return <figure role="img" aria-label={summary} className="w-full" dangerouslySetInnerHTML={{ __html: svg }} />;
}
