import { expect, test } from "@playwright/test";
import { screenshot, signIn, signOut, submitSignIn } from "./fixtures";

test("a wrong password is answered plainly and nobody is signed in", async ({ page }) => {
  await submitSignIn(page, "requester@demo.local", "not-the-password");
  await expect(page.getByTestId("sign-in-error")).toHaveText(/Неверная почта или пароль/);
  await expect(page).toHaveURL(/\/sign-in$/);
  await screenshot(page, "sign-in-wrong-password");
});

test("a requester lands on their tickets, in Russian, and can switch to English", async ({ page }) => {
  await signIn(page, "requester@demo.local");
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { level: 1, name: "Мои заявки" })).toBeVisible();
  await expect(page.getByTestId("current-user")).toContainText("Заявитель");
  await expect(page.getByTestId("ticket-row").first()).toBeVisible();
  // A requester has no way into the desk, and is sent back home when trying.
  await expect(page.getByRole("navigation", { name: "main" }).getByRole("link", { name: "Очереди", exact: true })).toHaveCount(0);
  await page.goto("/desk");
  await expect(page).toHaveURL(/\/portal$/);
  await screenshot(page, "portal-requester-ru");

  await page.getByRole("button", { name: "en" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My tickets" })).toBeVisible();
  // The choice is saved on the user: it survives signing out and in again.
  await signOut(page);
  await signIn(page, "requester@demo.local");
  await expect(page.getByRole("heading", { level: 1, name: "My tickets" })).toBeVisible();
  await page.getByRole("button", { name: "ru" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Мои заявки" })).toBeVisible();
});

test("a dispatcher lands on the queues with the open work counted", async ({ page }) => {
  await signIn(page, "dispatcher@demo.local");
  await expect(page).toHaveURL(/\/desk$/);
  await expect(page.getByRole("heading", { level: 1, name: "Очереди" })).toBeVisible();
  await expect(page.getByTestId("queue-unassigned")).toContainText(/Не назначены\s*\d+/);
  await expect(page.getByTestId("ticket-row").first()).toBeVisible();
  await screenshot(page, "desk-dispatcher");
});

test("each role lands on its own page", async ({ page }) => {
  const homes: [string, RegExp][] = [
    ["editor@demo.local", /\/kb$/],
    ["analyst@demo.local", /\/reports$/],
    ["admin@demo.local", /\/admin$/],
    ["manager@demo.local", /\/portal$/],
  ];
  for (const [email, home] of homes) {
    await signIn(page, email);
    await expect(page).toHaveURL(home);
    await screenshot(page, `home-${email.split("@")[0]}`);
    await signOut(page);
  }
});
