import { expect, test } from "@playwright/test";
import { apiAs, screenshot, signIn, signOut } from "./fixtures";

/**
 * Problem management, end to end: the head of IT opens a problem from a recurring group, records a known error
 * (its article draft appears), a new ticket matching it is offered for linking in the queue and linked from the
 * ticket page, the problem is resolved with its tickets, and the requester reads the solution and the workaround
 * — and rejects it, which the problem shows.
 */
const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

type Group = { id: string; tickets: number };
type GroupTicket = { number: string; subject: string };

test("from a recurring group to a known error, a matching new ticket linked, resolved with its tickets", async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const dispatcher = await apiAs(playwright.request, baseURL!, "dispatcher@demo.local");
  const requester = await apiAs(playwright.request, baseURL!, "requester@demo.local");
  const from = isoDaysAgo(179);

  // A tight recurring group of the demo: most of its tickets share one subject, so a new ticket worded like them
  // is surely another incident of it (the grouping's own test decides, in the worker).
  const { items } = (await (await dispatcher.get(`/api/v1/reports/problems?from=${from}&limit=100`)).json()) as { items: Group[] };
  let chosen: { id: string; ticket: GroupTicket; share: number } | null = null;
  for (const group of items.filter((g) => g.tickets >= 3)) {
    const detail = (await (await dispatcher.get(`/api/v1/reports/problems/${group.id}?from=${from}`)).json()) as { tickets: GroupTicket[] };
    const counts = new Map<string, number>();
    for (const t of detail.tickets) counts.set(t.subject, (counts.get(t.subject) ?? 0) + 1);
    const [subject, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
    const share = n / detail.tickets.length;
    if (!chosen || share > chosen.share) chosen = { id: group.id, ticket: detail.tickets.find((t) => t.subject === subject)!, share };
  }
  expect(chosen).not.toBeNull();
  const model = (await (await dispatcher.get(`/api/v1/tickets/${chosen!.ticket.number}`)).json()) as {
    subject: string;
    description: string;
  };

  // 1. The head of IT opens a problem from the recurring group: its tickets are linked.
  await signIn(page, "dispatcher@demo.local");
  await page.goto(`/reports/problems/${chosen!.id}?from=${from}`);
  await page.getByTestId("open-problem").click();
  await expect(page).toHaveURL(/\/problems\/PRB-\d+$/);
  const prb = page.url().split("/").pop()!;
  await expect(page.getByTestId("problem-tickets").getByRole("link").first()).toBeVisible();
  // The recurring-problems report now shows the record under its group's name, instead of offering a second one.
  await page.goto(`/reports/problems?from=${from}`);
  await expect(page.getByRole("link", { name: new RegExp(`^${prb}\\b`) }).first()).toBeVisible();
  await page.goto(`/problems/${prb}`);

  // 2. A known error: root cause and workaround, shown to requesters; the article draft appears, linked.
  await page.getByRole("button", { name: "Известная ошибка" }).click();
  const form = page.getByTestId("problem-form-knownError");
  await form
    .getByLabel("Обходное решение", { exact: true })
    .fill("Перезапустите приложение и повторите действие.\nЕсли не помогло — перезагрузите компьютер.");
  await form.getByLabel("Первопричина", { exact: true }).fill("Ошибка обновления клиентской части после ночного развёртывания.");
  await form.getByLabel("Показывать обходное решение заявителям").check();
  await form.getByRole("button", { name: "Сохранить" }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText("Известная ошибка").first()).toBeVisible();
  await expect(page.getByTestId("problem-articles").locator('[data-relation="drafted"]')).toBeVisible();
  await expect(page.getByTestId("problem-workaround")).toContainText("Перезапустите приложение");
  await screenshot(page, "problems-01-known-error-ru");

  // 3. A requester files a new ticket worded like the group's; the worker offers it for linking.
  const filed = await requester.post("/api/v1/tickets", {
    data: { type: "incident", subject: model.subject, description: model.description },
  });
  expect(filed.status()).toBe(201);
  const number = (await filed.json()).number as string;
  await expect
    .poll(async () => (await (await dispatcher.get(`/api/v1/tickets/${number}`)).json()).suggestedProblem?.number ?? null, {
      timeout: 30_000,
    })
    .toBe(prb);

  // The queue shows the hint on its row; the ticket page offers the link, and it is linked in one click.
  await page.goto("/desk?queue=all");
  const row = page.getByTestId("ticket-row").filter({ hasText: number });
  await expect(row.getByTestId("problem-hint-suggested")).toContainText(prb);
  await row.screenshot({ path: "test-results/screens/problems-02-queue-row-ru.png" });
  await row.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/tickets/${number}$`));
  const box = page.getByTestId("ticket-problem");
  await expect(box.getByTestId("suggested-problem")).toContainText(prb);
  await screenshot(page, "problems-03-ticket-suggested-ru");
  await box.getByTestId("link-suggested").click();
  await expect(box.getByTestId("suggested-problem")).toBeHidden();
  await expect(box.getByRole("link", { name: prb })).toBeVisible();
  await expect(box.getByTestId("problem-workaround")).toContainText("Перезапустите приложение");
  await box.screenshot({ path: "test-results/screens/problems-04-ticket-box-ru.png" });

  // Another ticket worded the same, which the specialist knows is something else: "not this problem" hides the offer
  // for good (the matching does not offer the same problem again).
  const lookalike = await requester.post("/api/v1/tickets", {
    data: { type: "incident", subject: model.subject, description: model.description },
  });
  const other = (await lookalike.json()).number as string;
  await expect
    .poll(async () => (await (await dispatcher.get(`/api/v1/tickets/${other}`)).json()).suggestedProblem?.number ?? null, {
      timeout: 30_000,
    })
    .toBe(prb);
  await page.goto(`/tickets/${other}`);
  await box.getByTestId("dismiss-suggested").click();
  await expect(box.getByTestId("suggested-problem")).toBeHidden();
  await expect(box.getByTestId("link-suggested")).toBeHidden();
  expect((await (await dispatcher.get(`/api/v1/tickets/${other}`)).json()).suggestedProblem).toBeNull();

  // 4. The problem is resolved with its tickets: every linked ticket leaves the open states.
  await page.goto(`/problems/${prb}`);
  await page.getByRole("button", { name: "Решить", exact: true }).click();
  const resolve = page.getByTestId("problem-form-resolve");
  await resolve
    .getByLabel("Решение", { exact: true })
    .fill("Клиентская часть переустановлена на всех рабочих местах; ошибка больше не повторяется.");
  await expect(resolve.getByLabel("Решить этим решением все открытые связанные заявки")).toBeChecked();
  await resolve.getByRole("button", { name: "Сохранить" }).click();
  await expect(resolve).toBeHidden();
  const problem = await (await dispatcher.get(`/api/v1/problems/${prb}`)).json();
  expect(problem.status).toBe("resolved");
  expect(problem.tickets.some((t: { number: string }) => t.number === number)).toBe(true);
  expect(problem.tickets.filter((t: { status: string }) => ["new", "in_progress", "waiting"].includes(t.status))).toEqual([]);
  await screenshot(page, "problems-05-resolved-ru");
  await signOut(page);

  // 5. The requester reads the solution and the workaround on their ticket, and rejects: only that ticket reopens.
  await signIn(page, "requester@demo.local");
  await page.goto(`/tickets/${number}`);
  await expect(page.getByTestId("ticket-solution")).toContainText("Клиентская часть переустановлена");
  await expect(page.getByTestId("ticket-problem").getByTestId("problem-workaround")).toContainText("Перезапустите приложение");
  await screenshot(page, "problems-06-requester-ru");
  await page.getByTestId("action-reject").click();
  const reject = page.getByTestId("form-reject");
  await reject.getByLabel("Что всё ещё не так?", { exact: true }).fill("Ошибка снова появилась сегодня утром.");
  await reject.getByRole("button", { name: /Отклонить решение/ }).click();
  await expect(reject).toBeHidden();
  await signOut(page);

  const after = await (await dispatcher.get(`/api/v1/problems/${prb}`)).json();
  const open = after.tickets.filter((t: { status: string }) => ["new", "in_progress", "waiting"].includes(t.status));
  expect(open.map((t: { number: string }) => t.number)).toEqual([number]);
  expect(after.tickets.find((t: { number: string }) => t.number === number).rejections).toBe(1);
  // Closing waits for it.
  expect((await dispatcher.post(`/api/v1/problems/${prb}/close`)).status()).toBe(409);
  await signIn(page, "dispatcher@demo.local");
  await page.goto(`/problems/${prb}`);
  await expect(page.getByTestId("problem-tickets")).toContainText(/отклонено 1 раз/);
});
