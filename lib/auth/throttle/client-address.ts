/**
 * The address a request came from: the last hop of X-Forwarded-For (the one our own server or proxy appended;
 * earlier entries are whatever the client claimed), else X-Real-IP.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  return (last ?? headers.get("x-real-ip") ?? "unknown").replace(/^::ffff:/, "").slice(0, 64);
}
