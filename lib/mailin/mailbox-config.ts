/** What to do with a mail once its ticket or remark is committed. */
export type AfterImport = { action: "seen" } | { action: "move"; folder: string } | { action: "delete" };

/**
 * One mailbox the worker reads: from the environment (its password stays there), or added by an admin on the
 * settings page (`id`; its password sealed in the database, see db/schema/mailin.ts).
 */
export type Mailbox = {
  /** `user@host:port/folder`: names the mailbox in the status table, the health answer and the admin page. */
  key: string;
  /** The row of an admin-added mailbox; absent for one from the environment, which the page cannot change. */
  id?: string;
  host: string;
  port: number;
  /** Implicit TLS (imaps, usually 993). Without it the client still upgrades with STARTTLS when offered. */
  tls: boolean;
  /** Check the server's certificate (off only for a self-signed test server). */
  tlsVerify: boolean;
  user: string;
  password: string;
  folder: string;
  after: AfterImport;
  /** Why this mailbox cannot be read as configured (its sealed password unreadable): each poll fails with it. */
  problem?: string;
};

type Env = Record<string, string | undefined>;

export function parseAfter(value: string | null | undefined): AfterImport {
  const text = (value ?? "").trim();
  if (!text || text === "seen") return { action: "seen" };
  if (text === "delete") return { action: "delete" };
  const move = /^move:(.+)$/.exec(text);
  if (move) return { action: "move", folder: move[1].trim() };
  throw new Error(`MAILIN_AFTER_IMPORT: "${text}" is not seen, delete or move:<folder>`);
}

const yes = (value: string | null | undefined, fallback: boolean) =>
  value === undefined || value === null || value === "" ? fallback : !/^(0|false|no|off)$/i.test(value.trim());

export const mailboxKeyOf = (m: { user: string; host: string; port: number; folder: string }) =>
  `${m.user}@${m.host}:${m.port}/${m.folder}`;

/** Where and how a mailbox is read (a new password included): a connection or a read made with another is stale. */
export const fingerprintOf = (m: Mailbox) => JSON.stringify([m.host, m.port, m.tls, m.tlsVerify, m.user, m.password, m.folder]);

export function mailbox(m: Omit<Mailbox, "key">): Mailbox {
  if (!m.host || !m.user) throw new Error("A mailbox needs at least a host and a user");
  if (!Number.isInteger(m.port) || m.port <= 0 || m.port > 65535) throw new Error(`Not a port: ${m.port}`);
  return { ...m, key: mailboxKeyOf(m) };
}

/** `imaps://user:password@host:993/INBOX?after=move:Imported&tlsVerify=false` (imap:// for no implicit TLS). */
export function parseMailboxUrl(text: string, env: Env = {}): Mailbox {
  const url = new URL(text);
  if (url.protocol !== "imap:" && url.protocol !== "imaps:") throw new Error(`MAILIN_IMAP_URL: ${url.protocol} is not imap: or imaps:`);
  const tls = url.protocol === "imaps:";
  const folder = decodeURIComponent(url.pathname.replace(/^\//, "")) || "INBOX";
  return mailbox({
    host: url.hostname,
    port: url.port ? Number(url.port) : tls ? 993 : 143,
    tls,
    tlsVerify: yes(url.searchParams.get("tlsVerify"), yes(env.MAILIN_IMAP_TLS_VERIFY, true)),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    folder,
    after: parseAfter(url.searchParams.get("after") ?? env.MAILIN_AFTER_IMPORT),
  });
}

/**
 * The mailboxes the worker reads, from the environment: MAILIN_IMAP_URL (one URL, or several separated by
 * spaces or commas), else MAILIN_IMAP_HOST with MAILIN_IMAP_PORT, MAILIN_IMAP_TLS, MAILIN_IMAP_USER,
 * MAILIN_IMAP_PASSWORD, MAILIN_IMAP_FOLDER. None set: mail-in is off. MAILIN_AFTER_IMPORT (seen, delete or
 * move:<folder>) and MAILIN_IMAP_TLS_VERIFY apply to every mailbox that does not say otherwise.
 */
export function mailboxesFromEnv(env: Env = process.env): Mailbox[] {
  const urls = (env.MAILIN_IMAP_URL ?? "").split(/[\s,]+/).filter(Boolean);
  if (urls.length > 0) return urls.map((url) => parseMailboxUrl(url, env));
  if (!env.MAILIN_IMAP_HOST) return [];
  const tls = yes(env.MAILIN_IMAP_TLS, true);
  return [
    mailbox({
      host: env.MAILIN_IMAP_HOST,
      port: env.MAILIN_IMAP_PORT ? Number(env.MAILIN_IMAP_PORT) : tls ? 993 : 143,
      tls,
      tlsVerify: yes(env.MAILIN_IMAP_TLS_VERIFY, true),
      user: env.MAILIN_IMAP_USER ?? "",
      password: env.MAILIN_IMAP_PASSWORD ?? "",
      folder: env.MAILIN_IMAP_FOLDER || "INBOX",
      after: parseAfter(env.MAILIN_AFTER_IMPORT),
    }),
  ];
}

export const afterText = (after: AfterImport) => (after.action === "move" ? `move:${after.folder}` : after.action);

/** What the admin page may show of a mailbox: everything but the password. */
export function describeMailbox(m: Mailbox) {
  return {
    key: m.key,
    id: m.id ?? null,
    tlsVerify: m.tlsVerify,
    host: m.host,
    port: m.port,
    tls: m.tls,
    user: m.user,
    folder: m.folder,
    after: afterText(m.after),
  };
}
