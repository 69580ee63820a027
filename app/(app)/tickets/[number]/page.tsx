import { notFound } from "next/navigation";
import { getLocale, getNow, getTranslations } from "next-intl/server";
import { TicketProblemCard } from "@/components/problems/ticket-problem-card";
import { SimilarTicketsCard } from "@/components/search/similar-tickets-card";
import { AttachmentList } from "@/components/tickets/attachment-list";
import { LinkedArticlesCard } from "@/components/tickets/linked-articles-card";
import { RemarkComposer } from "@/components/tickets/remark-composer";
import { TicketActions } from "@/components/tickets/ticket-actions";
import { TicketDescription, TicketSolution } from "@/components/tickets/ticket-body";
import { TicketDetails } from "@/components/tickets/ticket-details";
import { TicketHeader } from "@/components/tickets/ticket-header";
import { TicketShortcuts } from "@/components/tickets/ticket-shortcuts";
import { mentionedPeople, TicketTimeline } from "@/components/tickets/ticket-timeline";
import { WatchersCard } from "@/components/tickets/watchers-card";
import { Card } from "@/components/ui/card";
import { Kbd } from "@/components/ui/kbd";
import { listAttachments } from "@/lib/attachments/list-attachments";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/require-user";
import { AppError } from "@/lib/errors";
import { getTicket } from "@/lib/tickets/get-ticket";
import { listSupportLines } from "@/lib/tickets/queries/support-lines";
import { namesOf } from "@/lib/tickets/queries/user-names";

type Props = { params: Promise<{ number: string }> };

// Files uploaded by whoever filed the ticket within this long of filing count as "filed with it".
const filedWithTicketMs = 10 * 60 * 1000;

async function load(user: Awaited<ReturnType<typeof requireUser>>, number: string) {
  try {
    return await getTicket(user, decodeURIComponent(number));
  } catch (error) {
    // Not visible and not existing look the same: nobody learns a hidden ticket exists.
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props) {
  const { number } = await params;
  return { title: decodeURIComponent(number).toUpperCase() };
}

// One ticket, for everyone who may see it: the conversation on the left, the facts on the right, and
// exactly the actions this viewer may take now.
export default async function TicketPage({ params }: Props) {
  const user = await requireUser("portal.use");
  const ticket = await load(user, (await params).number);
  const t = await getTranslations();
  const locale = await getLocale();
  const staff = can(user.roles, "tickets.work");
  const [files, names, lines] = await Promise.all([
    listAttachments(user, ticket),
    namesOf(mentionedPeople(ticket)),
    ticket.actions.includes("escalate") ? listSupportLines() : Promise.resolve([]),
  ]);
  // One clock for the whole page (and the same one next-intl formats relative times against).
  const now = (await getNow()).getTime();
  const filedWith = files.filter(
    (f) => !f.remarkId && f.uploadedById === ticket.createdBy?.id && f.createdAt.getTime() - ticket.createdAt.getTime() < filedWithTicketMs,
  );
  const shownFileIds = new Set([...filedWith, ...files.filter((f) => f.remarkId)].map((f) => f.id));
  const canRemark = ticket.actions.includes("remark");
  const canInternal = ticket.actions.includes("internalNote");
  const asker = ticket.requester?.id === user.id || ticket.createdBy?.id === user.id;
  // "Create an article": IT staff, once the ticket has its solution (the capture re-checks both).
  const capturable = staff && (ticket.status === "resolved" || ticket.status === "closed") && ticket.actions.includes("linkArticle");

  return (
    <div className="mx-auto max-w-6xl">
      <TicketShortcuts />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-6">
          <div>
            <TicketHeader
              ticket={ticket}
              viewerId={user.id}
              now={now}
              backHref={staff ? "/desk" : "/portal"}
              backLabel={staff ? t("nav.desk") : t("nav.portal")}
            />
            <TicketActions
              ticketId={ticket.id}
              actions={ticket.actions}
              assigneeId={ticket.assignee?.id ?? null}
              priority={ticket.priority}
              me={staff ? { id: user.id, name: user.name, email: user.email, title: user.title } : null}
              lines={lines.map((l) => ({ id: l.id, name: locale === "ru" ? l.nameRu : l.nameEn }))}
              captureHref={capturable ? `/tickets/${ticket.number}/capture` : null}
            />
          </div>
          <TicketSolution ticket={ticket} staff={staff} now={now} />
          <TicketDescription ticket={ticket} files={filedWith} now={now} />
          <TicketTimeline ticket={ticket} files={files} shownFileIds={shownFileIds} names={names} now={now} />
          {canRemark || canInternal ? (
            <div>
              <RemarkComposer
                ticketId={ticket.id}
                canRemark={canRemark}
                canInternal={canInternal}
                hint={ticket.status === "waiting" && asker ? t("composer.answerHint") : undefined}
              />
              <p className="mt-2 text-xs text-slate-500">
                <Kbd>R</Kbd> {t("composer.shortcut")} · <Kbd>Esc</Kbd> {t("composer.escape")}
              </p>
            </div>
          ) : (
            <p className="rounded-xl border border-dashed border-slate-300 px-4 py-3 text-sm text-slate-500" data-testid="composer-closed">
              {t("composer.closed")}
            </p>
          )}
        </div>

        <aside className="space-y-4 lg:sticky lg:top-20">
          <TicketDetails ticket={ticket} staff={staff} now={now} />
          <TicketProblemCard ticket={ticket} mayWork={can(user.roles, "problems.work")} />
          <WatchersCard
            ticketId={ticket.id}
            watchers={ticket.watchers}
            canEdit={ticket.actions.includes("watch")}
            exclude={[ticket.requester?.id, ticket.assignee?.id].filter((id): id is string => Boolean(id))}
          />
          <LinkedArticlesCard articles={ticket.articles} />
          {can(user.roles, "desk.use") && <SimilarTicketsCard ticketId={ticket.id} canResolve={ticket.actions.includes("resolve")} />}
          {files.length > 0 && (
            <Card title={t("attachments.title")} data-testid="ticket-files">
              <div className="px-4 py-3">
                <AttachmentList files={files} layout="list" />
              </div>
            </Card>
          )}
        </aside>
      </div>
    </div>
  );
}
