// Every request: a fresh CSP nonce and the security headers (lib/security/security-headers.ts). Next.js reads the
// nonce from the request's Content-Security-Policy header and puts it on the scripts it renders.
import { type NextRequest, NextResponse } from "next/server";
import { newNonce, securityHeaders } from "@/lib/security/security-headers";

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const headers = securityHeaders(nonce, {
    development: process.env.NODE_ENV === "development",
    https: (process.env.APP_URL ?? "").startsWith("https:"),
    path: request.nextUrl.pathname,
  });
  const forwarded = new Headers(request.headers);
  forwarded.set("x-nonce", nonce);
  forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: forwarded } });
  // These headers win over a route's own (Next merges them last), so the route-specific policy is chosen above.
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Not for the build's static files (they carry no script to run and are cached): everything else, API included,
  // but the suggestions asked at every pause in typing. Running the proxy was ~7% of the web server's CPU for one
  // (bench:suggest --cpu-prof) for a nonce a JSON answer never uses: that route sets its headers itself
  // (withDataHeaders in lib/security/security-headers.ts). Only the exact path: its sub-routes keep the proxy.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/v1/suggest$).*)" }],
};
