import { expect, type Page, test } from "@playwright/test";
import { apiAs, DEMO_PASSWORD, signIn } from "./fixtures";

// What an attacker on the hospital's network would try, each text rendered in the browser of another role.
const payload = (n: number) => `<img src=x onerror="window.__xss=${n}"><script>window.__xss=${n}</script>`;
const png = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e2b1b6fb0000000049454e44ae426082",
  "hex",
);

async function expectNoScriptRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
}

test("stored XSS through tickets, remarks, solutions, articles and file names runs nowhere", async ({ playwright, browser, baseURL }) => {
  const requester = await apiAs(playwright.request, baseURL!, "requester@demo.local");
  const specialist = await apiAs(playwright.request, baseURL!, "specialist@demo.local");
  const ticket = await (
    await requester.post("/api/v1/tickets", {
      data: {
        type: "incident",
        subject: `Принтер ${payload(1)}`,
        description: `Описание ${payload(2)} [ссылка](javascript:window.__xss=3)`,
      },
    })
  ).json();
  expect((await requester.post(`/api/v1/tickets/${ticket.id}/remarks`, { data: { body: `Замечание ${payload(4)}` } })).status()).toBe(201);
  const upload = await requester.post(`/api/v1/tickets/${ticket.id}/attachments`, {
    multipart: { file: { name: `<img src=x onerror="window.__xss=5">.png`, mimeType: "image/png", buffer: png } },
  });
  expect(upload.status()).toBe(201);
  const article = await (
    await specialist.post("/api/v1/articles", {
      data: {
        title: `Статья ${payload(6)}`,
        body: `Текст ${payload(7)}\n\n[нажми](javascript:window.__xss=8)\n\n<iframe src="https://example.org"></iframe>`,
        visibility: "internal",
        language: "ru",
      },
    })
  ).json();

  const page = await (await browser.newContext({ locale: "ru-RU" })).newPage();
  page.on("dialog", (d) => void d.dismiss());
  await signIn(page, "dispatcher@demo.local");
  await page.goto(`/tickets/${ticket.number}`);
  await expect(page.getByText(/Замечание/).first()).toBeVisible();
  await expectNoScriptRan(page);
  for (const path of ["/desk", `/search?q=${encodeURIComponent("Принтер")}`, `/kb/articles/${article.id}`]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await expectNoScriptRan(page);
  }
  await expect(page.locator("iframe")).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
});

test("uploads are judged by their bytes: a lying extension is refused, a polyglot is served inert", async ({ playwright, baseURL }) => {
  const requester = await apiAs(playwright.request, baseURL!, "requester@demo.local");
  const ticket = await (await requester.post("/api/v1/tickets", { data: { type: "incident", subject: "Файлы" } })).json();
  const path = `/api/v1/tickets/${ticket.id}/attachments`;
  const html = Buffer.from("<html><script>alert(1)</script></html>");
  const lying = await requester.post(path, { multipart: { file: { name: "screenshot.png", mimeType: "image/png", buffer: html } } });
  expect(lying.status()).toBe(400);
  const polyglot = await requester.post(path, {
    multipart: { file: { name: "page.html", mimeType: "text/html", buffer: Buffer.concat([png, html]) } },
  });
  expect(polyglot.status()).toBe(201);
  const served = await requester.get(`${path}/${(await polyglot.json()).id}`);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect(served.headers()["x-content-type-options"]).toBe("nosniff");
  expect(served.headers()["content-security-policy"]).toContain("sandbox");

  // Path traversal in attachment and ticket ids finds nothing.
  for (const bad of [
    `${path}/..%2F..%2F..%2Fetc%2Fpasswd`,
    `${path}/../../../../etc/passwd`,
    "/api/v1/tickets/..%2F..%2Fetc/attachments",
  ]) {
    expect([400, 404]).toContain((await requester.get(bad)).status());
  }
});

test("signing in never redirects to another site", async ({ playwright, baseURL }) => {
  const context = await playwright.request.newContext({ baseURL });
  const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
  const answer = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: "requester@demo.local", password: DEMO_PASSWORD, callbackUrl: "https://evil.example/steal" },
    maxRedirects: 0,
  });
  const location = answer.headers()["location"] ?? "";
  expect(location).not.toContain("evil.example");
  const page = await context.get("/sign-in?callbackUrl=https%3A%2F%2Fevil.example%2F");
  expect(page.status()).toBeLessThan(400);
});
