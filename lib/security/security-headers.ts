/**
 * The headers every page and API answer carries (API.md, "Sign-in, sessions and headers"; Mozilla's web security
 * guidelines). Scripts run only with this request's nonce — Next.js puts it on its own scripts — and
 * 'strict-dynamic' lets those load the chunks they need; nothing may frame the desk or load plugins. Styles may
 * be inline: the charts are SVG drawn on the server with style attributes, and styles cannot run code.
 */
export function contentSecurityPolicy(nonce: string, options: { development: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${options.development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** An uploaded file opened on its own runs nothing and reaches nothing, whatever its bytes hide. */
export const FILE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

/** The download of an uploaded file (a ticket's or an article's attachment): it gets FILE_CSP, not a page's policy. */
export const isFileDownload = (path: string) => /^\/api\/v1\/(tickets|articles)\/[^/]+\/attachments\/[^/]+$/.test(path);

export function securityHeaders(nonce: string, options: { development: boolean; https: boolean; path?: string }): Record<string, string> {
  return {
    "Content-Security-Policy": options.path && isFileDownload(options.path) ? FILE_CSP : contentSecurityPolicy(nonce, options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // Older browsers that ignore frame-ancestors.
    "X-Frame-Options": "DENY",
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/**
 * The policy of a JSON answer of a route the proxy skips (proxy.ts): it is data, never a page, so it may load and
 * run nothing at all, and nobody may frame it.
 */
export const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * The security headers of such a route, set by the route itself: the same as every answer's, with DATA_CSP.
 * Works on error answers too (401, 400), which is why it takes the finished response.
 */
export function withDataHeaders(response: Response, options = { https: (process.env.APP_URL ?? "").startsWith("https:") }): Response {
  const headers = securityHeaders("", { development: false, https: options.https });
  headers["Content-Security-Policy"] = DATA_CSP;
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** A fresh, unguessable nonce for one request (128 bits, base64). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
