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
  // Exactly the header's button: the profile also has "sign out everywhere".
  await page.getByRole("button", { name: /^(Выйти|Sign out)$/ }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
}

/** Keeps a screenshot for the people reviewing the change (test-results/screens/). */
export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/** An API client signed in as `email` through next-auth's own credentials endpoint (cookies kept). */
export async function apiAs(playwright: typeof import("@playwright/test").request, baseURL: string, email: string) {
  const context = await playwright.newContext({ baseURL, extraHTTPHeaders: { "Accept-Language": "en" } });
  const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: DEMO_PASSWORD, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(400);
  return context;
}
