/**
 * The ticket number named by a word typed into a search box — "HD-1042", "hd1042", "#1042" or a bare "1042" —
 * else null. Other letter prefixes are left alone: "M428" is a printer model, not ticket 428.
 */
export function ticketNumberIn(word: string): string | null {
  const match = /^(?:hd-?|#)?(\d{1,9})$/i.exec(word.trim());
  return match ? String(Number(match[1])) : null;
}
