import { z } from "zod";
import { indexDocumentPayload } from "@/search/sync/index-document-payload";

/**
 * Every background job: a name and a zod payload (all that queueing one needs), with its retry and schedule.
 * The handlers live in handlers.ts, which only the worker loads: a command that queues a mail does not load the
 * mail code. Retries back off, so a mail server or search node that is down delays the work and never loses it.
 */
export type JobDefinition<S extends z.ZodType = z.ZodType> = {
  name: string;
  payload: S;
  retryLimit?: number;
  /** Cron schedule for jobs the worker runs by itself (in UTC). */
  cron?: string;
  /**
   * How long a running job may take before it is taken for lost (its worker killed or cut off) and retried;
   * pg-boss's default is 15 minutes, too long for mail and the search copy to wait after a crash. Only for jobs
   * that are safe to run twice and always finish well within it.
   */
  expireInSeconds?: number;
  /** How many of these one worker runs at a time (default 1). */
  concurrency?: number;
  /** pg-boss queue policy; "stately" keeps at most one waiting and one running job per singletonKey. */
  policy?: "standard" | "short" | "singleton" | "stately";
};

function defineJob<S extends z.ZodType>(job: JobDefinition<S>): JobDefinition<S> {
  return job;
}

export const jobs = {
  "mail.tokenCreated": defineJob({
    name: "mail.tokenCreated",
    payload: z.object({ userId: z.string().uuid(), tokenName: z.string() }),
    retryLimit: 50,
    expireInSeconds: 60,
  }),
  // The 10th failed sign-in of a streak: the account's owner hears of it.
  "mail.signInFailures": defineJob({
    name: "mail.signInFailures",
    payload: z.object({ userId: z.string().uuid(), address: z.string() }),
    retryLimit: 50,
    expireInSeconds: 60,
  }),
  // Tells everyone concerned about one audit event of a ticket: the bell, and a mail each.
  "notify.ticket": defineJob({
    name: "notify.ticket",
    payload: z.object({ eventId: z.number().int() }),
    retryLimit: 20,
    expireInSeconds: 30,
  }),
  // Tells the people concerned about one review step of an article (submitted, sent back, published).
  "notify.article": defineJob({
    name: "notify.article",
    payload: z.object({ eventId: z.number().int() }),
    retryLimit: 20,
    expireInSeconds: 30,
  }),
  // Tells a problem's owner and watchers about one audit event of it: the bell, and a mail each.
  "notify.problem": defineJob({
    name: "notify.problem",
    payload: z.object({ eventId: z.number().int() }),
    retryLimit: 20,
    expireInSeconds: 30,
  }),
  // A new ticket matched against the problems still open or known errors; the best match is offered for linking.
  "problems.suggest": defineJob({ name: "problems.suggest", payload: z.object({ ticketId: z.string().uuid() }), retryLimit: 10 }),
  // A problem just opened: the open tickets filed before it are matched against it too.
  "problems.rematch": defineJob({ name: "problems.rematch", payload: z.object({ problemId: z.string().uuid() }), retryLimit: 10 }),
  // Sends one mail of the mail log; retried with growing waits while the SMTP server is down. An attempt ends
  // within its SMTP timeouts (lib/mail/send-mail.ts), well before it would be taken for lost. Four at a time: each
  // is one SMTP conversation, mostly waiting for the server (one at a time, a burst of tickets queued mail for
  // minutes: npm run test:faults).
  "mail.send": defineJob({
    name: "mail.send",
    payload: z.object({ mailId: z.string().uuid() }),
    retryLimit: 60,
    expireInSeconds: 60,
    concurrency: 4,
  }),
  // Resolved tickets left without an answer close by themselves after the configured days.
  "tickets.autoClose": defineJob({ name: "tickets.autoClose", payload: z.unknown(), retryLimit: 3, cron: "*/10 * * * *" }),
  // SLA warnings and breaches.
  "routing.slaCheck": defineJob({ name: "routing.slaCheck", payload: z.unknown(), retryLimit: 3, cron: "* * * * *" }),
  // Re-reads one ticket or article and upserts (or deletes) its document; throws while the node is down.
  "search.index": defineJob({
    name: "search.index",
    payload: indexDocumentPayload,
    retryLimit: 20,
    policy: "stately",
    expireInSeconds: 30,
  }),
  // Nightly: finds and repairs drift between Postgres and the indices.
  "search.reconcile": defineJob({ name: "search.reconcile", payload: z.unknown(), retryLimit: 5, cron: "40 3 * * *" }),
  // Nightly: learns the category suggestion from past tickets.
  "search.trainCategories": defineJob({ name: "search.trainCategories", payload: z.unknown(), retryLimit: 3, cron: "20 3 * * *" }),
  // Hourly (and on an analyst's request): recurring problems found from the tickets' text, stored for the reports.
  "reports.groupProblems": defineJob({
    name: "reports.groupProblems",
    payload: z.unknown(),
    retryLimit: 3,
    cron: "7 * * * *",
    policy: "stately",
  }),
  // Hourly: the answers kept for Idempotency-Key requests are forgotten after 24 hours (lib/api/idempotency).
  "api.forgetIdempotencyKeys": defineJob({ name: "api.forgetIdempotencyKeys", payload: z.unknown(), retryLimit: 3, cron: "23 * * * *" }),
  // Monday 06:00 UTC (09:00 in Moscow): the week's figures to the heads of IT and the analysts.
  "reports.weeklyDigest": defineJob({ name: "reports.weeklyDigest", payload: z.unknown(), retryLimit: 5, cron: "0 6 * * 1" }),
  // Every minute: the configured mailboxes read over IMAP (lib/mailin); a mailbox that is down backs off by
  // itself, so the job does not fail (and is not retried) for it. Nothing to do until a mailbox is configured.
  "mailin.poll": defineJob({ name: "mailin.poll", payload: z.unknown(), retryLimit: 0, cron: "* * * * *", policy: "stately" }),
  // One mailbox read at once, whatever its backoff: an admin added or changed it, or asked to retry it. Apart
  // from the minute's job so that one waiting in the queue cannot swallow it.
  "mailin.read": defineJob({ name: "mailin.read", payload: z.object({ key: z.string().min(1).max(1000) }), retryLimit: 0 }),
  // Every quarter hour: people removed from the directory, or disabled there, lose their account (and with it
  // their sessions and tokens at their next request). Needs LDAP_BIND_DN; nothing to do without a directory.
  "directory.sync": defineJob({ name: "directory.sync", payload: z.unknown(), retryLimit: 3, cron: "*/15 * * * *", policy: "stately" }),
} satisfies Record<string, JobDefinition>;

export type JobName = keyof typeof jobs;
export type JobPayload<N extends JobName> = z.infer<(typeof jobs)[N]["payload"]>;

export const jobList: JobDefinition[] = Object.values(jobs) as JobDefinition[];
