import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const tone: Record<string, string> = {
  open: "bg-sky-50 text-sky-700 ring-sky-200",
  known_error: "bg-amber-50 text-amber-800 ring-amber-200",
  resolved: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  closed: "bg-slate-100 text-slate-600 ring-slate-200",
};

export function ProblemStatusBadge({ status }: { status: string }) {
  const t = useTranslations("problems.status");
  return <Badge tone={tone[status] ?? tone.closed}>{t(status)}</Badge>;
}
