/**
 * Tells the people concerned about one audit event of a ticket. Filled in by the notifications work
 * (recipients, the bell, mail in each recipient's language).
 */
export async function notifyTicketEvent(payload: { eventId: number }): Promise<void> {
  void payload;
}
