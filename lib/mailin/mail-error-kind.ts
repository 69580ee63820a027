/**
 * What kind of failure a mailbox's stored error is, so the admin page can say it in the reader's language above the
 * server's own words (which stay as the server wrote them: they are what a mail administrator searches for).
 */
export type MailErrorKind = "auth" | "unreachable" | "tls" | "folder" | "other";

const kinds: [MailErrorKind, RegExp][] = [
  ["auth", /authenticat|AUTHENTICATIONFAILED|invalid credentials|login failed/i],
  ["tls", /certificate|self[- ]signed|\bTLS\b|\bSSL\b|EPROTO/i],
  ["unreachable", /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ENETUNREACH|ETIMEDOUT|ECONNRESET|EAI_AGAIN|timed? ?out|socket closed/i],
  ["folder", /NONEXISTENT|mailbox doesn't exist|unknown mailbox|no such (mailbox|folder)/i],
];

export function mailErrorKind(message: string): MailErrorKind {
  return kinds.find(([, pattern]) => pattern.test(message))?.[0] ?? "other";
}
