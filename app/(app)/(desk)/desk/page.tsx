import { getTranslations } from "next-intl/server";
import { PageHeader, Section, StatCard } from "@/components/page/page-header";
import { TicketTable } from "@/components/tickets/ticket-table";
import { requireUser } from "@/lib/auth/require-user";
import { listTickets, openStatuses } from "@/lib/tickets/list-tickets";
import { countTicketsByStatus } from "@/lib/tickets/queue-counts";

export async function generateMetadata() {
  return { title: (await getTranslations("desk"))("title") };
}

// IT staff's home: what needs an owner, what is theirs, and the shape of the open work.
export default async function DeskPage() {
  const user = await requireUser("desk.use");
  const t = await getTranslations();
  const [unassigned, mine, counts] = await Promise.all([
    listTickets(user, { statuses: openStatuses, assigneeId: null, limit: 20 }),
    listTickets(user, { statuses: openStatuses, assigneeId: user.id, limit: 20 }),
    countTicketsByStatus(),
  ]);
  return (
    <>
      <PageHeader title={t("desk.title")} />
      <div className="mb-8 grid grid-cols-2 gap-3 md:grid-cols-4">
        <StatCard label={t("status.new")} value={counts.new ?? 0} tone="text-sky-700" />
        <StatCard label={t("status.in_progress")} value={counts.in_progress ?? 0} tone="text-indigo-700" />
        <StatCard label={t("status.waiting")} value={counts.waiting ?? 0} tone="text-amber-700" />
        <StatCard label={t("desk.awaiting")} value={counts.resolved ?? 0} tone="text-emerald-700" />
      </div>
      <Section title={t("desk.unassigned")} count={unassigned.length}>
        <TicketTable tickets={unassigned} />
      </Section>
      <Section title={t("desk.mine")} count={mine.length}>
        <TicketTable tickets={mine} />
      </Section>
    </>
  );
}
