import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

// One colour per state, so a list can be read at a glance: blue waits for IT, amber for the requester,
// green is done pending confirmation, grey is over.
const statusTone: Record<string, string> = {
  new: "bg-sky-50 text-sky-700 ring-sky-200",
  in_progress: "bg-indigo-50 text-indigo-700 ring-indigo-200",
  waiting: "bg-amber-50 text-amber-800 ring-amber-200",
  resolved: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  closed: "bg-slate-100 text-slate-600 ring-slate-200",
  cancelled: "bg-zinc-50 text-zinc-500 ring-zinc-200 line-through",
};

const priorityTone: Record<string, string> = {
  low: "bg-slate-50 text-slate-600 ring-slate-200",
  normal: "bg-blue-50 text-blue-700 ring-blue-200",
  high: "bg-orange-50 text-orange-700 ring-orange-200",
  critical: "bg-red-600 text-white ring-red-600",
};

export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations("status");
  return (
    <Badge tone={statusTone[status] ?? statusTone.closed}>
      <span aria-hidden className="h-1.5 w-1.5 rounded-full bg-current opacity-70" />
      {t(status)}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: string }) {
  const t = useTranslations("priority");
  return <Badge tone={priorityTone[priority] ?? priorityTone.normal}>{t(priority)}</Badge>;
}
