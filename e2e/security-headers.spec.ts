import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./fixtures";

/** Every CSP violation the page reports, by event and in the console. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__reportCsp", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(
        `${e.violatedDirective} ${e.blockedURI} at ${location.pathname}`,
      ),
    );
  });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
  return violations;
}

const pagesByRole: [string, string[]][] = [
  ["requester@demo.local", ["/portal", "/portal/new", "/kb"]],
  ["specialist@demo.local", ["/desk", "/search?q=принтер"]],
  ["analyst@demo.local", ["/reports", "/reports/problems", "/reports/effort", "/reports/self-service"]],
  ["admin@demo.local", ["/admin", "/admin/settings"]],
];

test("the pages run under their Content-Security-Policy with no violation, and carry the security headers", async ({ browser }) => {
  for (const [email, paths] of pagesByRole) {
    const context = await browser.newContext({ locale: "ru-RU" });
    const page = await context.newPage();
    const violations = await watchCsp(page);
    await signIn(page, email);
    for (const path of paths) {
      const response = await page.goto(path);
      await page.waitForLoadState("networkidle");
      const headers = response!.headers();
      expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    }
    // The pages are alive under the policy: a client component answers (the new-ticket form's suggestions).
    if (email.startsWith("requester")) {
      await page.goto("/portal/new");
      await page.getByLabel("Тема").fill("Не печатает принтер");
      await expect(page.getByTestId("suggestion").first()).toBeVisible();
    }
    expect(violations, email).toEqual([]);
    await context.close();
  }
});

test("API answers carry the same headers, and the sign-in page cannot be framed", async ({ request }) => {
  const api = await request.get("/api/health");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  expect(api.headers()["content-security-policy"]).toContain("object-src 'none'");
  // The suggestions skip the proxy (proxy.ts) and set the headers themselves, on an error answer too.
  const suggest = await request.get("/api/v1/suggest?q=printer");
  expect(suggest.status()).toBe(401);
  expect(suggest.headers()["x-content-type-options"]).toBe("nosniff");
  expect(suggest.headers()["content-security-policy"]).toContain("default-src 'none'");
  const signInPage = await request.get("/sign-in");
  expect(signInPage.headers()["x-frame-options"]).toBe("DENY");
});
