import { Plus } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader, Section } from "@/components/page/page-header";
import { TicketTable } from "@/components/tickets/ticket-table";
import { buttonClass } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/require-user";
import { listTickets, type TicketRow } from "@/lib/tickets/list-tickets";
import { requesterTurnStatuses } from "@/lib/tickets/ticket-status";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("portal") };
}

// The requester's home: what waits for them first, then their tickets; a department head also sees the
// department's.
export default async function PortalPage() {
  const user = await requireUser("portal.use");
  const t = await getTranslations("tickets");
  const mine = await listTickets(user, { involving: user.id, limit: 100 });
  // Only the requester (or whoever filed it) is asked to answer or confirm; a watcher is not.
  const asksMe = (row: TicketRow) =>
    requesterTurnStatuses.includes(row.status) && (row.requesterId === user.id || row.createdById === user.id);
  const attention = mine.filter(asksMe);
  const rest = mine.filter((row) => !asksMe(row));
  const isManager = can(user.roles, "tickets.department");
  const department = isManager ? (await listTickets(user, { limit: 50 })).filter((row) => !mine.some((m) => m.id === row.id)) : [];
  const showRequester = isManager || mine.some((row) => row.requesterId !== user.id);
  return (
    <>
      <PageHeader title={t("mine")}>
        <Link href="/portal/new" className={buttonClass("primary", "md")} data-testid="new-ticket">
          <Plus aria-hidden className="h-4 w-4" />
          {t("newTicket")}
        </Link>
      </PageHeader>
      {attention.length > 0 && (
        <Section title={t("needsYou")} count={attention.length}>
          <TicketTable tickets={attention} showRequester={showRequester} />
        </Section>
      )}
      <Section title={attention.length > 0 ? t("otherMine") : t("mine")} count={rest.length}>
        <TicketTable
          tickets={rest}
          showRequester={showRequester}
          empty={attention.length > 0 ? undefined : <EmptyPortal text={t("emptyMine")} cta={t("newTicket")} />}
        />
      </Section>
      {isManager && (
        <Section title={t("department")} count={department.length}>
          <TicketTable tickets={department} />
        </Section>
      )}
    </>
  );
}

function EmptyPortal({ text, cta }: { text: string; cta: string }) {
  return (
    <div className="space-y-3">
      <p>{text}</p>
      <Link href="/portal/new" className={buttonClass("secondary", "sm")}>
        {cta}
      </Link>
    </div>
  );
}
