import { Badge } from "@/components/ui/badge";

// Amber waits (and is retried), green arrived, red was refused for good.
const tone: Record<string, string> = {
  queued: "bg-amber-50 text-amber-800 ring-amber-200",
  sent: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  failed: "bg-red-50 text-red-700 ring-red-200",
};

export function MailStatusBadge({ status, label }: { status: string; label: string }) {
  return <Badge tone={tone[status] ?? tone.queued}>{label}</Badge>;
}
