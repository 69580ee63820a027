/** Sends one row of the mail log through SMTP. Filled in by the notifications work. */
export async function sendQueuedMail(payload: { mailId: string }): Promise<void> {
  void payload;
}
