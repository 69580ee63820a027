import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page/page-header";
import { flattenCategories } from "@/components/tickets/category-tree";
import { NewTicketForm } from "@/components/tickets/new-ticket-form";
import { requireUser } from "@/lib/auth/require-user";
import { listCategories } from "@/lib/tickets/queries/categories";
import { mayFileOnBehalf } from "@/lib/tickets/queries/find-people";

export async function generateMetadata() {
  return { title: (await getTranslations("tickets"))("newTicket") };
}

// Filing a ticket, with room beside the form for the suggestions that may make it unnecessary.
export default async function NewTicketPage() {
  const user = await requireUser("portal.use");
  const t = await getTranslations();
  const locale = await getLocale();
  const categories = flattenCategories(await listCategories(), locale);
  return (
    <>
      <Link href="/portal" className="mb-2 inline-block text-sm text-slate-500 hover:text-slate-800">
        ← {t("nav.portal")}
      </Link>
      <PageHeader title={t("tickets.newTicket")} />
      <NewTicketForm categories={categories} onBehalf={mayFileOnBehalf(user)} viewerId={user.id} />
    </>
  );
}
