import { type Browser, expect, type Page, test } from "@playwright/test";
import { apiAs, screenshot, signIn } from "./fixtures";

/** A signed-in page of its own for each person, so the loop moves between people without signing out. */
async function pageOf(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "ru-RU" });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/**
 * The knowledge loop in the browser: a specialist turns a solved ticket into an article, an editor reviews and
 * publishes it, and the next requester with the same problem finds it while typing, reads it, votes it helpful
 * and goes away without filing a ticket; the article's counters show both.
 */
test("a solved ticket becomes an article that answers the next requester without a ticket", async ({ browser, playwright }) => {
  const baseURL = test.info().project.use.baseURL!;
  // The solved ticket the story starts from (filing and resolving it in the browser is the ticket story's test).
  const requesterApi = await apiAs(playwright.request, baseURL, "requester@demo.local");
  const dispatcherApi = await apiAs(playwright.request, baseURL, "dispatcher@demo.local");
  const specialistApi = await apiAs(playwright.request, baseURL, "specialist@demo.local");
  const filed = await requesterApi.post("/api/v1/tickets", {
    data: {
      type: "incident",
      subject: "Сканер штрихкодов на посту не считывает браслеты пациентов",
      description: "Сканер пищит, но код браслета в МИС не появляется. Смирнова, тел. +7 912 345-67-89.",
    },
  });
  expect(filed.status()).toBe(201);
  const ticket = await filed.json();
  const specialistId = (await (await specialistApi.get("/api/v1/me")).json()).id;
  expect((await dispatcherApi.post(`/api/v1/tickets/${ticket.id}/assign`, { data: { assigneeId: specialistId } })).ok()).toBeTruthy();
  const resolved = await specialistApi.post(`/api/v1/tickets/${ticket.id}/resolve`, {
    data: {
      solution: "Сканер был в режиме 1D. Отсканируйте карточку настройки «2D / QR» из коробки сканера, затем проверьте на любом браслете.",
    },
  });
  expect(resolved.ok()).toBeTruthy();

  // 1. The specialist captures an article from the resolved ticket.
  const specialist = await pageOf(browser, "specialist@demo.local");
  await specialist.goto(`/tickets/${ticket.number}`);
  await specialist.getByRole("button", { name: "Создать статью" }).click();
  await expect(specialist).toHaveURL(new RegExp(`/tickets/${ticket.number}/capture$`));
  // The draft leaves out who asked and how to reach them.
  await expect(specialist.getByText("МИС не появляется").first()).toBeVisible();
  await expect(specialist.getByText(/Смирнова|345-67-89/)).toHaveCount(0);
  await screenshot(specialist, "kb-01-capture");
  await specialist.getByRole("button", { name: "Создать черновик" }).click();
  await expect(specialist).toHaveURL(/\/kb\/articles\/[0-9a-f-]{36}\/edit/);
  const articleId = specialist.url().match(/articles\/([0-9a-f-]{36})/)![1];

  // …adds a tip in the editor and sends it for review.
  const text = specialist.getByRole("textbox", { name: "Текст статьи" });
  await text.click();
  await specialist.keyboard.press("ControlOrMeta+End");
  await specialist.keyboard.press("Enter");
  await specialist.keyboard.type("Если карточки нет, найдите её в разделе «Сканеры» на портале ИТ.");
  await screenshot(specialist, "kb-02-editor");
  await specialist.getByRole("button", { name: "Сохранить и отправить на проверку" }).click();
  await expect(specialist.getByText("На проверке").first()).toBeVisible();

  // 2. The editor finds it in the review queue, reads the diff and publishes it.
  const editor = await pageOf(browser, "editor@demo.local");
  await editor.goto("/kb/review");
  await editor
    .getByTestId("review-queue")
    .getByRole("link", { name: /Сканер штрихкодов/ })
    .click();
  await expect(editor).toHaveURL(new RegExp(`/kb/articles/${articleId}/review$`));
  await expect(editor.getByText("Если карточки нет").first()).toBeVisible();
  await screenshot(editor, "kb-03-review");
  await editor.getByRole("button", { name: "Опубликовать" }).click();
  await expect(editor).toHaveURL(new RegExp(`/kb/articles/${articleId}$`));
  await expect(editor.getByText("Опубликована").first()).toBeVisible();

  // 3. Another requester types the same problem in their own words and is offered the article.
  const requester = await pageOf(browser, "requester2@demo.local");
  const ticketsBefore = (await (await requester.request.get("/api/v1/tickets?limit=100")).json()).items.length;
  await requester.goto("/portal/new");
  await requester.getByLabel("Тема").fill("Не сканируется браслет пациента");
  await requester.getByLabel("Описание").fill("Сканер штрихкода пищит, а в МИС ничего не появляется");
  const suggestion = requester.getByTestId("suggestion").filter({ has: requester.locator(`a[href="/kb/articles/${articleId}"]`) });
  // The worker indexes the published article within seconds; the form asks again as the text changes.
  await expect(async () => {
    await requester.getByLabel("Описание").press("End");
    await requester.getByLabel("Описание").pressSequentially(" ");
    await expect(suggestion).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });

  // …opens it, votes it helpful…
  const article = await requester.context().newPage();
  await article.goto(`/kb/articles/${articleId}`);
  await expect(article.getByTestId("article-body")).toContainText("2D / QR");
  await article.getByTestId("feedback-yes").click();
  await article.getByTestId("feedback-comment").fill("Карточка нашлась в коробке, всё заработало");
  await article.getByRole("button", { name: "Отправить", exact: true }).click();
  await expect(article.getByTestId("feedback-thanks")).toBeVisible();
  await screenshot(article, "kb-04-article");
  await article.close();

  // …and "This solved my problem" ends the form without a ticket.
  await suggestion.getByTestId("solved").click();
  await expect(requester.getByTestId("deflected")).toBeVisible();
  expect((await (await requester.request.get("/api/v1/tickets?limit=100")).json()).items.length).toBe(ticketsBefore);

  // 4. The article's counters show the vote and the problem solved without a ticket; it lists its source ticket.
  await editor.goto(`/kb/articles/${articleId}`);
  await expect(editor.getByTestId("quality-deflections")).toContainText("1");
  await expect(editor.getByTestId("quality-helpful")).toContainText("100%");
  await expect(editor.getByRole("link", { name: new RegExp(ticket.number) })).toBeVisible();
  await screenshot(editor, "kb-05-counters");
  for (const person of [specialist, editor, requester]) await person.context().close();
});
