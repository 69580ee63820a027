/**
 * Working days in words, runs of consecutive days shortened: [1,2,3,4,5] -> "Mon–Fri", [1,3] -> "Mon, Wed".
 * Days are numbered as Date#getDay counts (0 = Sunday) but read from Monday, as people here do.
 */
export function weekdayText(days: number[], label: (day: number) => string): string {
  const fromMonday = [1, 2, 3, 4, 5, 6, 0].filter((d) => days.includes(d));
  const runs: number[][] = [];
  for (const day of fromMonday) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (run && previous !== undefined && (previous + 1) % 7 === day && previous !== 0) run.push(day);
    else runs.push([day]);
  }
  return runs.map((run) => (run.length > 2 ? `${label(run[0])}–${label(run[run.length - 1])}` : run.map(label).join(", "))).join(", ");
}
