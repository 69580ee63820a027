import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo12345";

/** Fills and sends the sign-in form, as a person would. */
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel(/Электронная почта|E-mail/).fill(email);
  await page.getByLabel(/Пароль|Password/).fill(password);
  await page.getByRole("button", { name: /Войти|Sign in/ }).click();
}

/** Signs in and waits until the user's home page is there. */
export async function signIn(page: Page, email: string) {
  await submitSignIn(page, email, DEMO_PASSWORD);
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: /Выйти|Sign out/ }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
}

/** Keeps a screenshot for the people reviewing the change (test-results/screens/). */
export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}
