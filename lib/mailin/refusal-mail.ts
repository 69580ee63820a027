import { threadMessageIdDomain } from "@/lib/notify/ticket-thread-headers";

const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, " ").trim();

/**
 * The polite answer to a mail from an address the desk does not know, in Russian and English (we cannot know
 * the sender's language). Marked as an automatic reply, so a well-behaved auto-responder does not answer it,
 * and threaded under the sender's own mail.
 */
export function renderRefusalMail(input: { subject: string; messageId: string; appUrl: string; importId: string }) {
  const subject = oneLine(input.subject).slice(0, 150);
  return {
    subject: `Ваше письмо не принято / Your mail was not accepted${subject ? `: ${subject}` : ""}`,
    text: [
      "Здравствуйте!",
      "",
      "Это письмо пришло в службу поддержки с адреса, которого мы не знаем, поэтому заявка по нему не создана.",
      `Пожалуйста, напишите с рабочего адреса или оставьте заявку на портале: ${input.appUrl}`,
      "",
      "Это автоматический ответ, отвечать на него не нужно.",
      "",
      "---",
      "",
      "Hello,",
      "",
      "This mail reached the service desk from an address we do not know, so no ticket was filed for it.",
      `Please write from your work address, or file a ticket on the portal: ${input.appUrl}`,
      "",
      "This is an automatic reply; there is no need to answer it.",
    ].join("\n"),
    headers: {
      "Message-ID": `<refusal-${input.importId}@${threadMessageIdDomain}>`,
      "In-Reply-To": input.messageId,
      References: input.messageId,
      // RFC 3834: an automatic answer; auto-responders must not answer it, and Exchange should not either.
      "Auto-Submitted": "auto-replied",
      "X-Auto-Response-Suppress": "All",
    },
  };
}
