import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, DATA_CSP, newNonce, securityHeaders, withDataHeaders } from "./security-headers";

describe("security headers", () => {
  it("allow scripts only by this request's nonce, and nobody may frame the desk", () => {
    const csp = contentSecurityPolicy("abc", { development: false, https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it("add HSTS only when the desk is served over https", () => {
    expect(securityHeaders("n", { development: false, https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders("n", { development: false, https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
    expect(securityHeaders("n", { development: false, https: false })).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
  });

  it("give an uploaded file's download the sandbox policy instead of a page's", () => {
    expect(
      securityHeaders("n", { development: false, https: false, path: "/api/v1/tickets/HD-1/attachments/5b1f…" })["Content-Security-Policy"],
    ).toContain("sandbox");
    expect(
      securityHeaders("n", { development: false, https: false, path: "/api/v1/tickets/HD-1/attachments" })["Content-Security-Policy"],
    ).not.toContain("sandbox");
  });

  it("make a new nonce each time", () => {
    expect(newNonce()).not.toBe(newNonce());
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("give a JSON answer set by its route the same headers, with a policy that lets it load and run nothing", () => {
    const answer = withDataHeaders(Response.json({ error: "unauthenticated" }, { status: 401 }), { https: true });
    expect(answer.headers.get("Content-Security-Policy")).toBe(DATA_CSP);
    expect(answer.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(answer.headers.get("X-Frame-Options")).toBe("DENY");
    expect(answer.headers.get("Strict-Transport-Security")).toMatch(/^max-age=/);
  });
});
