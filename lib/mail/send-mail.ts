import nodemailer, { type Transporter } from "nodemailer";
import { config } from "@/lib/config";

let transporter: Transporter | undefined;

export type Mail = { to: string; subject: string; text: string; html?: string; headers?: Record<string, string> };

/** Sends through SMTP_URL, else the local sink. A failure throws, so the job is retried later. */
export async function sendMail(mail: Mail): Promise<void> {
  transporter ??= nodemailer.createTransport(config.smtpUrl(), { from: config.mailFrom() });
  await transporter.sendMail({ ...mail, from: config.mailFrom() });
}
