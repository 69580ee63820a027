import { expect, test } from "@playwright/test";
import { screenshot, signIn, signOut } from "./fixtures";

test("the REST API answers 401 to strangers and 403 to those without the permission", async ({ page, playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const unauth = await anonymous.get("/api/v1/me", { headers: { "Accept-Language": "en" } });
  expect(unauth.status()).toBe(401);
  expect((await unauth.json()).error).toMatchObject({ code: "unauthenticated", message: expect.stringContaining("Sign in") });
  expect((await anonymous.get("/api/v1/users", { headers: { Authorization: "Bearer hd_not-a-token" } })).status()).toBe(401);

  // A requester makes a token on the profile page and uses it.
  await signIn(page, "requester@demo.local");
  await page.goto("/profile");
  await page.getByLabel("Название токена").fill("скрипт мониторинга");
  await page.getByRole("button", { name: "Создать токен" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  await screenshot(page, "profile-token-created");
  const asRequester = { Authorization: `Bearer ${token}` };
  const me = await anonymous.get("/api/v1/me", { headers: asRequester });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email: "requester@demo.local", roles: ["requester"] });
  const forbidden = await anonymous.get("/api/v1/users", { headers: asRequester });
  expect(forbidden.status()).toBe(403);
  expect((await forbidden.json()).error.message).toBe("У вас нет прав на это действие");

  // Revoked, it opens nothing.
  await page.reload();
  await page.getByRole("button", { name: "Отозвать" }).click();
  await expect(page.getByTestId("token-row").first()).toContainText("Отозван");
  expect((await anonymous.get("/api/v1/me", { headers: asRequester })).status()).toBe(401);
  await signOut(page);
  await anonymous.dispose();
});

test("staff list users by role; a bad filter is a 400 naming the field", async ({ page }) => {
  await signIn(page, "dispatcher@demo.local");
  const specialists = await page.request.get("/api/v1/users?role=specialist&limit=2");
  expect(specialists.status()).toBe(200);
  const first = await specialists.json();
  expect(first.items).toHaveLength(2);
  expect(first.items.every((u: { roles: string[] }) => u.roles.includes("specialist"))).toBe(true);
  const next = await (
    await page.request.get(`/api/v1/users?role=specialist&limit=2&cursor=${encodeURIComponent(first.nextCursor)}`)
  ).json();
  expect(next.items.map((u: { id: string }) => u.id)).not.toContain(first.items[0].id);

  const bad = await page.request.get("/api/v1/users?role=wizard");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.fields).toHaveProperty("role");
});

test("the token mail reaches the admins' mail page through the worker and SMTP", async ({ page }) => {
  await signIn(page, "specialist@demo.local");
  await page.goto("/profile");
  await page.getByLabel("Название токена").fill("nightly-export");
  await page.getByRole("button", { name: "Создать токен" }).click();
  await expect(page.getByTestId("new-token")).toBeVisible();
  await signOut(page);

  await signIn(page, "admin@demo.local");
  await page.goto("/admin/mail");
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("sink-message").filter({ hasText: "Создан API-токен «nightly-export»" })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await screenshot(page, "admin-mail-sink");
});
