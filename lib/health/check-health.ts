import { getSql } from "@/db/client";
import { directoryStatus } from "@/lib/auth/directory/directory-status";
import { listMailboxStates } from "@/lib/mailin/mailbox-status";
import { pingSearch } from "@/search/client";

export type Health = {
  status: "ok" | "degraded" | "down";
  db: "ok" | "down";
  search: "ok" | "down";
  jobs: { queued: number; failed: number };
  searchLagSeconds: number;
  /** Mail-in (lib/mailin): off until a mailbox is configured; down while any mailbox cannot be read. */
  mailin: "off" | "ok" | "down";
  /** How many mailboxes are in each state (no names: this answer needs no sign-in). */
  mailboxes: { ok: number; down: number; waiting: number };
  /** Directory sign-in (lib/auth/directory): off until LDAP_URL is set; down while it does not answer. */
  directory: "off" | "ok" | "down";
};

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The state of each real component. The search lag is the age of the oldest search job still waiting:
 * how far the index is behind Postgres.
 */
export async function checkHealth(): Promise<Health> {
  const sql = getSql();
  const [jobsResult, search, mailboxes, directory] = await Promise.all([
    withTimeout(
      sql<{ queued: number; failed: number; lag: number }[]>`
        select
          count(*) filter (where state in ('created', 'retry'))::int as queued,
          count(*) filter (where state = 'failed')::int as failed,
          coalesce(extract(epoch from now() - min(created_on) filter (
            where state in ('created', 'retry', 'active') and name like 'search.%')), 0)::float as lag
        from pgboss.job`,
      3000,
    ).then(
      ([row]) => row,
      () => null,
    ),
    pingSearch().catch(() => false),
    withTimeout(listMailboxStates(), 3000).catch(() => []),
    withTimeout(directoryStatus(), 3500).catch(() => "down" as const),
  ]);
  const db = jobsResult ? "ok" : "down";
  const mailin = mailboxes.length === 0 ? "off" : mailboxes.some((m) => m.state === "down") ? "down" : "ok";
  return {
    status: db === "down" ? "down" : search && mailin !== "down" && directory !== "down" ? "ok" : "degraded",
    db,
    search: search ? "ok" : "down",
    jobs: { queued: jobsResult?.queued ?? 0, failed: jobsResult?.failed ?? 0 },
    searchLagSeconds: Math.round(jobsResult?.lag ?? 0),
    mailin,
    mailboxes: {
      ok: mailboxes.filter((m) => m.state === "ok").length,
      down: mailboxes.filter((m) => m.state === "down").length,
      waiting: mailboxes.filter((m) => m.state === "waiting").length,
    },
    directory,
  };
}
