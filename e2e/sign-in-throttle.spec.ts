import { expect, test } from "@playwright/test";
import { signIn, submitSignIn } from "./fixtures";

test("after five wrong passwords the sign-in page says when to try again, and admins see the trail", async ({ page, browser }) => {
  // An address nobody else signs in as: the throttling is per account and address, so the demo users stay free.
  const email = `guesser-${Date.now()}@demo.local`;
  for (let i = 0; i < 5; i++) {
    await submitSignIn(page, email, `wrong-${i}`);
    await expect(page.getByTestId("sign-in-error")).toHaveText(/Неверная почта или пароль/);
  }
  await submitSignIn(page, email, "demo12345");
  await expect(page.getByTestId("sign-in-error")).toHaveText(/Слишком много неудачных попыток.*Попробуйте снова через \d+ минут/);

  // Another account from the same browser is not affected.
  await signIn(page, "requester@demo.local");

  const admin = await (await browser.newContext({ locale: "ru-RU" })).newPage();
  await signIn(admin, "admin@demo.local");
  await admin.goto("/admin/sign-ins");
  const rows = admin.getByTestId("sign-in-row").filter({ hasText: email });
  await expect(rows.filter({ hasText: "Отказано" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Неверный пароль" })).toHaveCount(5);
});
