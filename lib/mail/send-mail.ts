import nodemailer from "nodemailer";
import { config } from "@/lib/config";

export type Mail = { to: string; subject: string; text: string; html?: string; headers?: Record<string, string> };

// Short enough that a hung server fails the attempt (and the job retries) instead of holding a worker slot
// for nodemailer's default of minutes, and short enough that an attempt ends well before its job's 60 s expiry
// (lib/jobs/definitions.ts), after which the job is taken for lost and retried. An SMTP_URL that sets its own keeps it.
const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/** The SMTP URL with the timeouts as query options, the form nodemailer reads from a connection URL. */
function smtpUrlWithTimeouts(): string {
  const url = new URL(config.smtpUrl());
  for (const [key, value] of Object.entries(timeouts)) if (!url.searchParams.has(key)) url.searchParams.set(key, String(value));
  return url.toString();
}

/**
 * Sends through SMTP_URL, else the local sink. A failure throws, so the job is retried later.
 *
 * A transport per call: without pooling nodemailer opens one connection per message anyway, and a cached
 * transport would keep talking to an SMTP_URL that has since changed.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const transport = nodemailer.createTransport(smtpUrlWithTimeouts());
  try {
    await transport.sendMail({ ...mail, from: config.mailFrom() });
  } finally {
    transport.close();
  }
}
