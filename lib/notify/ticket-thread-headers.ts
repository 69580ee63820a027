// A fixed domain keeps Message-IDs stable across deployments, so a retried or re-rendered mail threads too.
const domain = "helpdesk.local";

/** The Message-ID of a ticket's first mail: the root every later mail of the ticket replies to. */
export function ticketRootMessageId(ticketId: string): string {
  return `<ticket-${ticketId}@${domain}>`;
}

/**
 * Threading headers, so a mail client keeps one thread per ticket. The "created" mail is the root; every
 * later mail gets its own Message-ID (per event and recipient, deterministic, so a resend is recognisably the
 * same message) and points at the root with In-Reply-To and References.
 */
export function ticketThreadHeaders(ticketId: string, mail: { root: boolean; eventId: number; userId: string }): Record<string, string> {
  const root = ticketRootMessageId(ticketId);
  if (mail.root) return { "Message-ID": root };
  return {
    "Message-ID": `<ticket-${ticketId}.${mail.eventId}.${mail.userId}@${domain}>`,
    "In-Reply-To": root,
    References: root,
  };
}

/** The domain of our Message-IDs: a mail carrying one is ours (lib/mailin never answers it). */
export const threadMessageIdDomain = domain;

const ourMessageId = new RegExp(`^<?ticket-([0-9a-f-]{36})(?:\\.[^@>]*)?@${domain.replace(/\./g, "\\.")}>?$`, "i");

/** The ticket one of our Message-IDs belongs to (the root or any later mail), or null for anyone else's. */
export function ticketIdFromMessageId(messageId: string): string | null {
  return ourMessageId.exec(messageId.trim())?.[1]?.toLowerCase() ?? null;
}
