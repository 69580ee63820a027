import { getTranslations } from "next-intl/server";

/**
 * The change against the previous period in words ("+12 % against the previous 30 days"); for shares, in
 * percentage points. `better` says which way is good, so the colour tells at a glance.
 */
export async function ChangeLine({
  current,
  previous,
  days,
  kind = "count",
  better = "up",
}: {
  current: number | null;
  previous: number | null;
  days: number;
  kind?: "count" | "share";
  better?: "up" | "down" | "neither";
}) {
  const t = await getTranslations("reports.change");
  if (current === null || previous === null) return null;
  let text: string;
  let direction = Math.sign(current - previous);
  if (kind === "share") {
    const points = Math.round((current - previous) * 100);
    direction = Math.sign(points);
    text = points === 0 ? t("same", { days }) : t("points", { sign: points > 0 ? "+" : "−", points: Math.abs(points), days });
  } else if (previous === 0) {
    text = current === 0 ? t("same", { days }) : t("new", { days });
  } else {
    const percent = Math.round((Math.abs(current - previous) / previous) * 100);
    text = percent === 0 ? t("same", { days }) : t(current > previous ? "up" : "down", { percent, days });
  }
  const good = better === "neither" || direction === 0 ? null : direction > 0 === (better === "up");
  const tone = good === null ? "text-slate-500" : good ? "text-emerald-700" : "text-red-700";
  return <p className={`mt-1 text-xs ${tone}`}>{text}</p>;
}
