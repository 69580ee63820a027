import { ticketIdFromMessageId } from "@/lib/notify/ticket-thread-headers";

/**
 * The ticket a reply belongs to by its threading headers: the nearest of our own Message-IDs it answers
 * (In-Reply-To first, then References from the newest back), or null.
 */
export function ticketIdFromThread(inReplyTo: string | undefined, references: readonly string[]): string | null {
  const candidates = [...(inReplyTo ? inReplyTo.split(/\s+/) : []), ...[...references].reverse()];
  for (const id of candidates) {
    const ticketId = ticketIdFromMessageId(id);
    if (ticketId) return ticketId;
  }
  return null;
}

/** The ticket number a subject names as "[HD-1042]" (the tag our mails carry), or null. */
export function ticketNumberFromSubject(subject: string): number | null {
  const match = /\[HD-(\d{1,9})\]/i.exec(subject);
  return match ? Number(match[1]) : null;
}
