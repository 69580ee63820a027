import { forgetOldIdempotencyKeys } from "@/lib/api/idempotency";
import { syncDirectory } from "@/lib/auth/directory/sync-directory";
import { sendSignInFailuresMail } from "@/lib/mail/sign-in-failures-mail";
import { sendTokenCreatedMail } from "@/lib/mail/token-created-mail";
import { pollMailboxes, readMailboxNow } from "@/lib/mailin/poll-mailboxes";
import { notifyArticleEvent } from "@/lib/notify/notify-article-event";
import { notifyProblemEvent } from "@/lib/notify/notify-problem-event";
import { notifyTicketEvent } from "@/lib/notify/notify-ticket-event";
import { sendQueuedMail } from "@/lib/notify/send-queued-mail";
import { rematchOpenTickets } from "@/lib/problems/suggest/rematch-open-tickets";
import { suggestProblem } from "@/lib/problems/suggest/suggest-problem";
import { sendWeeklyDigest } from "@/lib/reports/digest/send-weekly-digest";
import { groupProblems } from "@/lib/reports/problems/group-problems";
import { checkSla } from "@/lib/routing/sla-check";
import { trainCategories } from "@/lib/search/train-categories";
import { autoCloseResolved } from "@/lib/tickets/auto-close";
import { indexDocument } from "@/search/sync/index-document";
import { reconcileSearch } from "@/search/sync/reconcile-search";
import type { JobName, JobPayload } from "./definitions";

/**
 * What each job does. Only the worker imports this file: the handlers load the mail, notification and search
 * code, which the commands that queue the jobs do not need (and which import those commands back).
 */
export const handlers: { [N in JobName]: (payload: JobPayload<N>) => Promise<unknown> } = {
  "mail.tokenCreated": sendTokenCreatedMail,
  "mail.signInFailures": sendSignInFailuresMail,
  "notify.ticket": notifyTicketEvent,
  "notify.article": notifyArticleEvent,
  "notify.problem": notifyProblemEvent,
  "problems.suggest": suggestProblem,
  "problems.rematch": rematchOpenTickets,
  "mail.send": sendQueuedMail,
  "tickets.autoClose": () => autoCloseResolved(),
  "routing.slaCheck": () => checkSla(),
  "search.index": (payload) => indexDocument(payload),
  "search.reconcile": () => reconcileSearch(),
  "search.trainCategories": () => trainCategories(),
  "reports.groupProblems": () => groupProblems(),
  "api.forgetIdempotencyKeys": () => forgetOldIdempotencyKeys(),
  "reports.weeklyDigest": () => sendWeeklyDigest(),
  "mailin.poll": () => pollMailboxes(),
  "mailin.read": ({ key }) => readMailboxNow(key),
  "directory.sync": () => syncDirectory(),
};
