import { createHash } from "node:crypto";
import { type Attachment, simpleParser } from "mailparser";
import type { HeaderLookup } from "./automatic-mail";

/** What the importer needs of one mail, read once from its raw bytes. */
export type IncomingMail = {
  source: Buffer;
  /** The mail's Message-ID, or one made from its bytes when it has none (so it still imports once). */
  messageId: string;
  from: string;
  fromName: string;
  subject: string;
  /** The plain text; for an HTML-only mail, the HTML converted to text (tags, scripts and styles dropped). */
  text: string;
  inReplyTo: string | undefined;
  references: string[];
  headers: HeaderLookup;
  attachments: Attachment[];
};

// Far above any mail a person writes to a desk; beyond it the mail is recorded as failed, not parsed.
export const maxMailBytes = 40 * 1024 * 1024;

export async function parseMail(source: Buffer): Promise<IncomingMail> {
  // mailparser converts an HTML-only body to text itself (html-to-text): no markup reaches the ticket, and
  // the text is stored and shown as text, never as HTML.
  const mail = await simpleParser(source, { skipImageLinks: true, skipTextToHtml: true });
  const sender = mail.from?.value[0];
  const references = mail.references === undefined ? [] : ([] as string[]).concat(mail.references);
  return {
    source,
    messageId: mail.messageId?.trim() || `<sha256-${createHash("sha256").update(source).digest("hex")}@mailin.invalid>`,
    from: (sender?.address ?? "").trim().toLowerCase(),
    fromName: (sender?.name ?? "").trim(),
    subject: (mail.subject ?? "").trim(),
    text: (mail.text ?? "").replace(/\r\n?/g, "\n").trim(),
    inReplyTo: mail.inReplyTo,
    references,
    headers: mail.headers,
    // Inline parts of an HTML body that are not files (the body's own alternative parts) never arrive here.
    attachments: mail.attachments,
  };
}
