import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

test("signing out everywhere ends the person's other sessions at their next request; signing in again works", async ({ browser }) => {
  const laptop = await (await browser.newContext({ locale: "ru-RU" })).newPage();
  const desktop = await (await browser.newContext({ locale: "ru-RU" })).newPage();
  await signIn(laptop, "editor@demo.local");
  await signIn(desktop, "editor@demo.local");

  await laptop.goto("/profile");
  await laptop.waitForLoadState("networkidle");
  laptop.once("dialog", (dialog) => void dialog.accept());
  await laptop.getByRole("button", { name: "Выйти на всех устройствах" }).click();
  await expect(laptop).toHaveURL(/\/sign-in/);

  // The other browser's cookie is still there, but its session no longer holds.
  await desktop.goto("/kb");
  await expect(desktop).toHaveURL(/\/sign-in/);

  await signIn(desktop, "editor@demo.local");
  await desktop.goto("/kb");
  await expect(desktop).toHaveURL(/\/kb$/);
});
