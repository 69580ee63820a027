import { type APIRequestContext, expect, test } from "@playwright/test";
import { screenshot, signIn } from "./fixtures";

type TicketRow = { id: string; number: string; subject: string; status: string; assignee: { email?: string } | null };

async function tickets(request: APIRequestContext, query = ""): Promise<TicketRow[]> {
  const response = await request.get(`/api/v1/tickets?limit=100${query}`);
  expect(response.ok()).toBeTruthy();
  const body = await response.json();
  return Array.isArray(body) ? body : body.items;
}

test("a requester's problem is answered while typing, and no ticket is filed", async ({ page }) => {
  await signIn(page, "requester@demo.local");
  const before = (await tickets(page.request)).length;

  await page.goto("/portal/new");
  const panel = page.getByTestId("suggestions");
  // Other word forms than the seed's article ("Замятие бумаги … принтеров и МФУ") and ticket ("зажёвывает бумагу").
  await page.getByLabel("Тема").fill("Принтер зажевал бумагу");
  await page.getByLabel("Описание").fill("Листы застревают в принтере, на экране ошибка замятия");
  const match = panel
    .getByTestId("suggestion")
    .filter({ hasText: /замяти|бумаг/i })
    .first();
  await expect(match).toBeVisible();
  await expect(match.locator("mark").first()).toBeVisible();
  await expect(match.getByRole("link")).toHaveAttribute("target", "_blank");
  // The category is pre-filled from the text, and says so.
  await expect(page.getByTestId("category-suggested")).toBeVisible();
  await screenshot(page, "search-01-suggestions");

  // What a suggestion opens is readable by the requester: an article, or a past ticket's shared solution.
  const href = (await match.getByRole("link").getAttribute("href"))!;
  const opened = await page.context().newPage();
  await opened.goto(href);
  await expect(opened.getByTestId(href.startsWith("/solutions/") ? "shared-solution" : "article-body")).toBeVisible();
  await opened.close();

  await match.getByTestId("solved").click();
  await expect(page.getByTestId("deflected")).toBeVisible();
  await expect(page.getByTestId("deflected").getByRole("link", { name: "К моим заявкам" })).toHaveAttribute("href", "/portal");
  await screenshot(page, "search-02-deflected");
  expect((await tickets(page.request)).length).toBe(before);
});

test("a specialist finds a past solution by a word form and uses it from the similar tickets", async ({ page }) => {
  await signIn(page, "specialist@demo.local");
  await page.goto("/search");
  await page.getByTestId("search-input").fill("принтеры");
  await page.getByTestId("search-submit").click();
  await expect(page).toHaveURL(/q=%D0%BF/);
  const results = page.getByTestId("search-result");
  await expect(results.first()).toBeVisible();
  await expect(page.getByTestId("search-results").locator("mark").first()).toBeVisible();

  // Narrowing by a facet keeps the query and shows only that status.
  await page.getByTestId("facet-status-resolved").click();
  await expect(page).toHaveURL(/status=resolved/);
  await expect(page.getByTestId("facet-status-resolved")).toHaveAttribute("aria-current", "true");
  await screenshot(page, "search-03-search-page");

  // An open printer ticket of this specialist's, which they may resolve.
  const mine = (await tickets(page.request, "&status=in_progress")).find(
    (t) => t.assignee?.email === "specialist@demo.local" && /принтер|мфу|бумаг/i.test(t.subject),
  );
  expect(mine, "the seed has a printer ticket in progress for the specialist").toBeTruthy();
  await page.goto(`/tickets/${mine!.number}`);
  const similar = page.getByTestId("similar-tickets");
  await expect(similar.getByTestId("similar-ticket").first()).toBeVisible();
  await screenshot(page, "search-04-similar");

  const source = (await similar.getByTestId("similar-ticket").first().locator("a .font-mono").textContent())!.trim();
  await similar.getByTestId("use-solution").first().click();
  const solution = page.getByTestId("form-resolve").getByLabel("Решение", { exact: true });
  await expect(solution).toHaveValue(new RegExp(`\\(из ${source}\\)$`));
  await expect(similar.getByTestId("solution-used")).toBeVisible();
  await screenshot(page, "search-05-use-solution");
});
