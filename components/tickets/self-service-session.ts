/**
 * One visit of the new-ticket form, for the self-service funnel: an id made in the browser, and the ids of what
 * was shown and opened, told to the server as they happen (never what was typed). Losing one of these is
 * harmless, so failures are ignored rather than shown to someone filing a ticket.
 */
export function newSessionId(): string {
  // crypto.randomUUID needs a secure context; an intranet desk may be served over plain http.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function reportSession(body: { id: string; shown?: string[]; opened?: string }): void {
  void fetch("/api/v1/suggest/sessions", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
    keepalive: true,
  }).catch(() => {});
}
