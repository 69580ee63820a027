import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { isOpenStatus } from "@/lib/tickets/ticket-status";
import { durationParts } from "./duration";

export type SlaFacts = {
  status: string;
  resolutionDueAt: Date | null;
  breached: boolean;
  paused: boolean;
};

const twoHours = 2 * 60 * 60 * 1000;

/** "in 2 h" / "overdue by 3 h" / "paused": colour only when it asks for attention (near, late). */
export function SlaBadge({
  sla,
  now,
  withLabel = false,
  openOnly = false,
}: {
  sla: SlaFacts;
  now: number;
  withLabel?: boolean;
  openOnly?: boolean;
}) {
  const t = useTranslations("sla");
  if (!isOpenStatus(sla.status)) {
    // A finished ticket has no clock; whether it was late is history (shown on its page, not in a queue).
    return sla.breached && !openOnly ? <Badge tone="bg-red-50 text-red-700 ring-red-200">{t("breached")}</Badge> : null;
  }
  if (sla.paused) {
    return (
      <Badge tone="bg-slate-50 text-slate-600 ring-slate-200" title={t("pausedHint")}>
        <span aria-hidden>❚❚</span> {t("paused")}
      </Badge>
    );
  }
  if (!sla.resolutionDueAt) return null;
  const left = sla.resolutionDueAt.getTime() - now;
  const { unit, n } = durationParts(left);
  const span = t(`units.${unit}`, { n });
  if (left < 0 || sla.breached) {
    return (
      <Badge tone="bg-red-50 text-red-700 ring-red-200" title={t("dueAtHint")}>
        {left < 0 ? t("overdueBy", { time: span }) : t("breached")}
      </Badge>
    );
  }
  const near = left < twoHours;
  return (
    <Badge tone={near ? "bg-amber-50 text-amber-800 ring-amber-200" : "bg-white text-slate-600 ring-slate-200"}>
      {withLabel ? t("dueInLabel", { time: span }) : t("dueIn", { time: span })}
    </Badge>
  );
}
