import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { getSql } from "@/db/client";

/** Message-ID and recipient of each message the SMTP sink received, read from the headers of its .eml files. */
async function sinkMessages(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".eml"));
  const keys: string[] = [];
  for (const name of names) {
    const text = await readFile(join(dir, name), "utf8");
    // The header block, with folded lines unfolded.
    const head = text.slice(0, text.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, " ");
    const messageId = /^message-id:\s*(\S+)/im.exec(head)?.[1] ?? `(none in ${name})`;
    const to = /^to:.*?([^\s<>"]+@[^\s<>",]+)/im.exec(head)?.[1]?.toLowerCase() ?? "(no recipient)";
    keys.push(`${messageId} ${to}`);
  }
  return keys;
}

/**
 * Waits until no mail is waiting to be sent (the mail log and its jobs; with `since`, only those made since then),
 * or the deadline. Returns the seconds and, when something is still waiting, what it is: a failed run then says
 * which job or mail was stuck, and in what state.
 */
export async function waitMailDrained(timeoutSeconds: number, since?: Date): Promise<{ seconds: number; queued: number; left: string }> {
  const started = performance.now();
  const after = (since ?? new Date(0)).toISOString();
  while (true) {
    const rows = await getSql()<{ what: string; n: number }[]>`
      select 'mail_log queued' as what, count(*)::int as n from mail_log where status = 'queued' and created_at >= ${after}::timestamptz
      union all
      select name || ' ' || state || ' (retry ' || retry_count || ', starts ' ||
             to_char(start_after - now(), 'MI:SS') || ' from now)', count(*)::int
      from pgboss.job where name in ('notify.ticket', 'mail.send') and state in ('created', 'retry', 'active')
        and created_on >= ${after}::timestamptz
      group by name, state, retry_count, start_after`;
    const queued = rows.reduce((sum, r) => sum + r.n, 0);
    const seconds = (performance.now() - started) / 1000;
    if (queued === 0 || seconds > timeoutSeconds) {
      const left = rows
        .filter((r) => r.n > 0)
        .map((r) => `${r.n}× ${r.what}`)
        .join("; ");
      return { seconds, queued, left };
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/**
 * Each mail of the desk's mail log against what the sink received, by Message-ID and recipient (a ticket's first
 * mail goes to several people under one Message-ID): how many arrived once, twice or more, never, and how many
 * arrived that the log does not know. Only mails with a Message-ID of the desk's own (the tickets' threads)
 * are compared.
 */
export async function countMail(sinkDir: string, since?: Date) {
  const after = (since ?? new Date(0)).toISOString();
  const log = await getSql()<{ key: string; status: string }[]>`
    select (headers->>'Message-ID') || ' ' || lower(to_email) as key, status from mail_log
    where headers ? 'Message-ID' and created_at >= ${after}::timestamptz`;
  const received = new Map<string, number>();
  // Mails that carry no Message-ID of ours (the token-created notice) get a random one from nodemailer: not counted.
  for (const key of await sinkMessages(sinkDir)) if (key.includes("@helpdesk.local>")) received.set(key, (received.get(key) ?? 0) + 1);
  const counts = { logged: log.length, sent: 0, once: 0, twiceOrMore: 0, missing: 0, unknown: 0, received: 0 };
  const known = new Set<string>();
  const repeated: string[] = [];
  for (const { key, status } of log) {
    known.add(key);
    if (status === "sent") counts.sent += 1;
    const n = received.get(key) ?? 0;
    if (n === 1) counts.once += 1;
    else if (n > 1) {
      counts.twiceOrMore += 1;
      repeated.push(key);
    } else counts.missing += 1;
  }
  // With `since`, only the mail of the log's rows since then is looked at.
  for (const [key, n] of received) {
    if (since && !known.has(key)) continue;
    counts.received += n;
    if (!known.has(key)) counts.unknown += n;
  }
  return {
    ...counts,
    repeated,
    ok: counts.once === counts.logged && counts.unknown === 0,
    line: `mail: ${counts.logged} in the mail log (${counts.sent} marked sent); at the SMTP sink ${counts.received} messages: ${counts.once} exactly once, ${counts.twiceOrMore} more than once, ${counts.missing} never, ${counts.unknown} unknown`,
  };
}
