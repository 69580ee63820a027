import { expect, test } from "@playwright/test";
import { apiAs, screenshot, signIn } from "./fixtures";

/**
 * The manager's analytics: the head of IT finds the costliest recurring problem, drills into its tickets, and
 * writes the missing article for a gap; a department head sees only their department; tables download.
 */
test("the head of IT goes from the costliest recurring problem to its tickets, and writes the article a gap needs", async ({ page }) => {
  await signIn(page, "dispatcher@demo.local");
  await page.goto("/reports");
  await expect(page.getByRole("heading", { name: "Отчёты" })).toBeVisible();
  await expect(page.getByText("Самые затратные повторяющиеся проблемы")).toBeVisible();
  await screenshot(page, "reports-01-overview-ru");

  await page.getByRole("link", { name: "Повторяющиеся проблемы", exact: true }).click();
  await expect(page).toHaveURL(/\/reports\/problems/);
  await expect(page.getByRole("img", { name: /Стоимость каждой повторяющейся проблемы/ })).toBeVisible();
  await screenshot(page, "reports-02-problems-ru");

  // The first row is the costliest problem; its page lists its tickets, each a link to the ticket.
  const rows = page.getByRole("row");
  const top = rows.nth(1);
  const label = (await top.getByRole("link").first().textContent())!.trim();
  await top.getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: label })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Её заявки за период/ })).toBeVisible();
  await screenshot(page, "reports-03-problem-ru");
  const ticketLink = page.getByRole("link", { name: /^HD-\d+$/ }).first();
  const number = (await ticketLink.textContent())!.trim();
  await ticketLink.click();
  await expect(page).toHaveURL(new RegExp(`/tickets/${number}$`));

  // A gap: no article covers it; "Write an article" opens the capture flow from its best-rated ticket.
  await page.goto("/reports/problems?from=" + new Date(Date.now() - 179 * 86_400_000).toISOString().slice(0, 10));
  const gap = page.getByRole("row").filter({ hasText: "Нет статьи" }).first();
  await expect(gap).toBeVisible();
  await gap.getByRole("link", { name: /Написать статью/ }).click();
  await expect(page).toHaveURL(/\/tickets\/HD-\d+\/capture$/);
  await screenshot(page, "reports-04-write-article-ru");
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Создать черновик" }).click();
  await expect(page).toHaveURL(/\/kb\/articles\/[0-9a-f-]{36}\/edit/);
});

test("a department head sees their own department's figures only", async ({ page, playwright, baseURL }) => {
  await signIn(page, "manager@demo.local");
  await page.goto("/reports");
  const department = page.getByLabel("Отделение");
  await expect(department.getByRole("option")).toHaveCount(1);
  await expect(department.getByRole("option")).toHaveText("Терапевтическое отделение");
  await screenshot(page, "reports-05-manager-ru");

  const api = await apiAs(playwright.request, baseURL!, "manager@demo.local");
  const me = await (await api.get("/api/v1/me")).json();
  const own = await api.get(`/api/v1/reports/effort?groupBy=department&from=${isoDaysAgo(179)}`);
  expect(own.status()).toBe(200);
  const items = (await own.json()).items as { key: string }[];
  expect(items.length).toBeGreaterThan(0);
  expect(items.every((i) => i.key === me.departmentId)).toBe(true);

  const analyst = await apiAs(playwright.request, baseURL!, "analyst@demo.local");
  const all = (await (await analyst.get(`/api/v1/reports/effort?groupBy=department&from=${isoDaysAgo(179)}`)).json()).items as {
    key: string;
  }[];
  const other = all.find((i) => i.key !== me.departmentId)!;
  const refused = await api.get(`/api/v1/reports/overview?departmentId=${other.key}`);
  expect(refused.status()).toBe(403);
});

test("the reports API answers its contract: figures with the period before, errors naming the field, 403, 404 and 202", async ({
  playwright,
  baseURL,
}) => {
  const analyst = await apiAs(playwright.request, baseURL!, "analyst@demo.local");
  const overview = await analyst.get("/api/v1/reports/overview");
  expect(overview.status()).toBe(200);
  const o = await overview.json();
  expect(Object.keys(o.tickets)).toEqual(expect.arrayContaining(["created", "resolved", "closed", "open", "reopened", "previous"]));
  expect(o.satisfaction.distribution).toHaveProperty("5");
  expect(o.period.to).toBe(isoDaysAgo(0, "Europe/Moscow"));

  const bad = await analyst.get("/api/v1/reports/overview?from=2026-12-10&to=2026-12-01&priority=urgent");
  expect(bad.status()).toBe(400);
  expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["from", "priority"]);
  expect((await analyst.get("/api/v1/reports/sla?groupBy=weather")).status()).toBe(400);
  expect((await analyst.get("/api/v1/reports/problems/00000000-0000-4000-8000-000000000000")).status()).toBe(404);

  const problems = await (await analyst.get(`/api/v1/reports/problems?limit=2&from=${isoDaysAgo(179)}`)).json();
  expect(problems.items).toHaveLength(2);
  expect(problems.nextCursor).toBeTruthy();
  expect(problems.items[0]).toEqual(
    expect.objectContaining({ id: expect.any(String), label: expect.any(String), gap: expect.any(Boolean) }),
  );
  expect(problems.items[0].cost).toBeGreaterThanOrEqual(problems.items[1].cost);

  expect((await analyst.post("/api/v1/reports/problems/refresh")).status()).toBe(202);
  const dispatcher = await apiAs(playwright.request, baseURL!, "dispatcher@demo.local");
  expect((await dispatcher.post("/api/v1/reports/problems/refresh")).status()).toBe(403);
  const requester = await apiAs(playwright.request, baseURL!, "requester@demo.local");
  expect((await requester.get("/api/v1/reports/overview")).status()).toBe(403);
});

test("a report table downloads as CSV and Excel, with column names in the reader's language", async ({ page }) => {
  await signIn(page, "analyst@demo.local");
  await page.goto("/reports/effort?groupBy=assignee");
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^effort-assignee-.*\.csv$/);
  const text = await (await csv.createReadStream()).toArray();
  expect(Buffer.concat(text).toString("utf8")).toMatch(/^\uFEFFГруппа,Заявок,Минут,Часов,Стоимость\r\n/);
  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Excel" }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const bytes = Buffer.concat(await (await xlsx.createReadStream()).toArray());
  expect(bytes.subarray(0, 2).toString()).toBe("PK");

  // And the page in English, for a reader who switched.
  // The switch works once the page is interactive.
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: /^en$/i }).click();
  await expect(page.getByRole("heading", { name: "Reports" })).toBeVisible();
  await page.goto("/reports/sla");
  await screenshot(page, "reports-06-sla-en");
  await page.goto("/reports/problems");
  await expect(page.getByText("Tickets grouped by what they are about")).toBeVisible();
  await screenshot(page, "reports-07-problems-en");
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: /^ru$/i }).click();
  await expect(page.getByRole("heading", { name: "Отчёты" })).toBeVisible();
});

function isoDaysAgo(days: number, timeZone = "UTC"): string {
  const d = new Date(Date.now() - days * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
}
