import { execFileSync } from "node:child_process";
import { expect, type Page, test } from "@playwright/test";
import { apiAs, screenshot, signIn, signOut } from "./fixtures";

// The seed's story, in the browser, each party signed in as themselves.
async function as(page: Page, email: string, ticketNumber: string) {
  await signIn(page, email);
  await page.goto(`/tickets/${ticketNumber}`);
  await expect(page.getByTestId("ticket-number")).toHaveText(ticketNumber);
}

async function act(page: Page, action: string, field: string, text: string, submit: RegExp) {
  await page.getByTestId(`action-${action}`).click();
  const form = page.getByTestId(`form-${action}`);
  await form.getByLabel(field, { exact: true }).fill(text);
  await form.getByRole("button", { name: submit }).click();
  await expect(form).toBeHidden();
}

test("file → assign → ask → answer → resolve → reject → resolve → confirm", async ({ page }) => {
  await signIn(page, "requester@demo.local");
  await page.getByTestId("new-ticket").click();
  await page.getByTestId("type-incident").click();
  await page.getByLabel("Тема").fill("Сканер в регистратуре не видит компьютер");
  await page.getByLabel("Описание").fill("После перезагрузки ПК сканер Canon перестал определяться.");
  // The requester leaves the category open (the form's guess depends on what the index holds), so the ticket
  // reaches the dispatcher's unassigned queue, which is the story told here.
  await page.getByTestId("category-picker").click();
  await page.getByRole("option", { name: "Без категории" }).click();
  await screenshot(page, "story-01-new-ticket");
  await page.getByTestId("submit-ticket").click();
  await expect(page).toHaveURL(/\/tickets\/HD-\d+$/);
  const number = (await page.getByTestId("ticket-number").textContent())!.trim();
  await expect(page.getByTestId("ticket-state")).toContainText("Новая");
  await signOut(page);

  await as(page, "dispatcher@demo.local", number);
  await page.getByTestId("action-assign").click();
  const assign = page.getByTestId("form-assign");
  await assign.getByRole("combobox").fill("Орлов");
  await page.getByRole("option", { name: /Орлов/ }).click();
  await assign.getByRole("button", { name: "Назначить" }).click();
  await expect(page.getByTestId("ticket-details")).toContainText("Орлов");
  await signOut(page);

  await as(page, "specialist@demo.local", number);
  await act(page, "wait", "Вопрос", "Какая модель сканера и что пишет диспетчер устройств?", /Спросить и ждать/);
  await expect(page.getByTestId("ticket-state")).toContainText("Ждёт ответа заявителя");
  await signOut(page);

  await as(page, "requester@demo.local", number);
  await expect(page.getByTestId("expectation")).toHaveAttribute("data-tone", "you");
  await screenshot(page, "story-02-requester-asked");
  await page.getByTestId("composer").locator("textarea").fill("Canon DR-C225, в диспетчере устройств «Неизвестное устройство».");
  await page.getByTestId("send-remark").click();
  await expect(page.getByTestId("ticket-state")).toContainText("В работе");
  await signOut(page);

  await as(page, "specialist@demo.local", number);
  await act(page, "resolve", "Решение", "Установлен драйвер Canon CaptureOnTouch, сканер определяется.", /Решить заявку/);
  await signOut(page);

  await as(page, "requester@demo.local", number);
  await act(page, "reject", "Что всё ещё не так?", "Сканирует, но только в чёрно-белом.", /Отклонить решение/);
  await expect(page.getByTestId("ticket-state")).toContainText("переоткрыта 1");
  await signOut(page);

  await as(page, "specialist@demo.local", number);
  await act(page, "resolve", "Решение", "В профиле сканирования выбран цветной режим, 300 dpi.", /Решить заявку/);
  await signOut(page);

  await as(page, "requester@demo.local", number);
  await page.getByTestId("action-confirm").click();
  const confirm = page.getByTestId("form-confirm");
  await confirm.getByLabel("5 звёзд").check({ force: true });
  await confirm.getByLabel("Комментарий").fill("Спасибо, всё работает");
  await confirm.getByRole("button", { name: /Подтвердить и закрыть/ }).click();
  await expect(page.getByTestId("ticket-state")).toContainText("Закрыта");
  await expect(page.getByTestId("timeline")).toContainText("подтвердил(а) решение");
  await screenshot(page, "story-03-closed");
});

test("a resolved ticket closes by itself after 7 days without an answer (injected clock)", async ({ page, playwright }) => {
  const baseURL = test.info().project.use.baseURL!;
  const requester = await apiAs(playwright.request, baseURL, "requester@demo.local");
  const specialist = await apiAs(playwright.request, baseURL, "specialist@demo.local");
  const dispatcher = await apiAs(playwright.request, baseURL, "dispatcher@demo.local");
  const ticket = await (
    await requester.post("/api/v1/tickets", { data: { type: "request", subject: "Установить просмотрщик DICOM" } })
  ).json();
  const specialistId = (await (await specialist.get("/api/v1/me")).json()).id;
  expect((await dispatcher.post(`/api/v1/tickets/${ticket.id}/assign`, { data: { assigneeId: specialistId } })).status()).toBe(200);
  expect(
    (await specialist.post(`/api/v1/tickets/${ticket.id}/resolve`, { data: { solution: "Установлен RadiAnt DICOM Viewer" } })).status(),
  ).toBe(200);

  // The worker's job, run with the clock moved 6 and then 8 days ahead.
  const runAutoClose = (days: number) =>
    execFileSync(
      "node_modules/.bin/tsx",
      ["scripts/run-job.ts", "auto-close", "--now", new Date(Date.now() + days * 24 * 3600_000).toISOString()],
      { env: process.env },
    ).toString();
  runAutoClose(6);
  expect((await (await requester.get(`/api/v1/tickets/${ticket.id}`)).json()).status).toBe("resolved");
  runAutoClose(8);
  expect(await (await requester.get(`/api/v1/tickets/${ticket.id}`)).json()).toMatchObject({ status: "closed", closedBy: "auto" });

  await signIn(page, "requester@demo.local");
  await page.goto(`/tickets/${ticket.number}`);
  await expect(page.getByTestId("ticket-state")).toContainText("Закрыта");
  await expect(page.getByTestId("timeline")).toContainText("Закрыта автоматически");
});
