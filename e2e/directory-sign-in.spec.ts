import { expect, test } from "@playwright/test";
import { ldapServerAt } from "../scripts/lib/ldap-server";
import { screenshot, signIn, signOut, submitSignIn } from "./fixtures";

// Directory sign-in in the browser, against the real slapd scripts/test.ts started (the app reads it through
// LDAP_URL and the rest): the admin sees the directory answering and maps a group to a role on the settings
// page; a person of that group signs in on the usual form with their domain password and lands as a
// specialist; a wrong password gets the usual message; a directory that stops answering is explained.

const person = { email: "kuznetsova@hospital.test", password: "kuznetsova-password", name: "Ольга Кузнецова" };
const group = "cn=it-specialists,ou=groups,dc=hospital,dc=test";

test("a directory person signs in with their domain password and gets the role of their group", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "admin@demo.local");
  await page.goto("/admin/settings");
  const state = page.getByTestId("directory-state");
  await expect(state.getByText("отвечает")).toBeVisible();
  await expect(state.getByText(process.env.LDAP_URL ?? "ldap://")).toBeVisible();
  await expect(state.getByText("hospital.test")).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Группы и роли").fill(`specialist: ${group}`);
  await page.getByRole("button", { name: "Сохранить", exact: true }).click();
  await expect(page.getByText("Сохранено", { exact: true })).toBeVisible();
  await page.locator("section").filter({ has: state }).screenshot({ path: "test-results/screens/admin-directory-ru.png" });
  await signOut(page);

  // A wrong domain password: the usual message, nothing about the directory.
  await submitSignIn(page, person.email, "not-her-password");
  await expect(page.getByTestId("sign-in-error")).toHaveText("Неверная почта или пароль. Проверьте их и попробуйте ещё раз.");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByText("Сотрудники входят по рабочему e-mail и доменному паролю.")).toBeVisible();

  await submitSignIn(page, person.email, person.password);
  // The group gave the specialist role: she lands on the desk's queues (a requester lands on the portal).
  await page.waitForURL(/\/desk/);
  await expect(page.getByText(person.name).first()).toBeVisible();
  await screenshot(page, "directory-specialist-queues-ru");
  await signOut(page);

  await signIn(page, "admin@demo.local");
  await page.goto("/admin/settings");
  await page.waitForLoadState("networkidle"); // typed into before hydration, the text would be lost
  await page.getByLabel("Группы и роли").fill("");
  await page.getByRole("button", { name: "Сохранить", exact: true }).click();
  await expect(page.getByText("Сохранено", { exact: true })).toBeVisible();
});

test("while the directory does not answer, the sign-in page says so and a local account still signs in", async ({ page }) => {
  const dir = process.env.TEST_LDAP_DIR;
  if (!dir) throw new Error("TEST_LDAP_DIR is not set: run the browser tests through npm test");
  const server = await ldapServerAt(dir);
  await server.stop();
  try {
    await page.goto("/sign-in");
    await expect(page.getByTestId("directory-down")).toBeVisible();
    await screenshot(page, "sign-in-directory-down-ru");
    await submitSignIn(page, person.email, person.password);
    await expect(page.getByTestId("sign-in-error")).toContainText("Каталог организации не отвечает");
    await signIn(page, "admin@demo.local");
    await page.goto("/admin/settings");
    await expect(page.getByTestId("directory-state").getByText("не отвечает", { exact: true })).toBeVisible();
    await page
      .locator("section")
      .filter({ has: page.getByTestId("directory-state") })
      .screenshot({ path: "test-results/screens/admin-directory-down-ru.png" });
  } finally {
    await server.start();
  }
});
