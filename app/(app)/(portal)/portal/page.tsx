import { getTranslations } from "next-intl/server";
import { PageHeader, Section } from "@/components/page/page-header";
import { TicketTable } from "@/components/tickets/ticket-table";
import { requireUser } from "@/lib/auth/require-user";
import { listTickets } from "@/lib/tickets/list-tickets";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("portal") };
}

// The requester's home: their tickets; a department head also sees the department's.
export default async function PortalPage() {
  const user = await requireUser("portal.use");
  const t = await getTranslations("tickets");
  const mine = await listTickets(user, { involving: user.id, limit: 50 });
  const isManager = user.roles.includes("manager");
  const department = isManager ? (await listTickets(user, { limit: 50 })).filter((row) => !mine.some((m) => m.id === row.id)) : [];
  return (
    <>
      <PageHeader title={t("mine")} />
      <Section title={t("mine")} count={mine.length}>
        <TicketTable tickets={mine} showRequester={isManager} />
      </Section>
      {isManager && (
        <Section title={t("department")} count={department.length}>
          <TicketTable tickets={department} />
        </Section>
      )}
    </>
  );
}
