import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./fixtures";

/**
 * Accessibility as a test: every role's main pages, in Russian and in English, checked by axe against WCAG 2.x
 * A and AA (2.0, 2.1, 2.2). Each role collects what axe finds on all its pages and fails once with the full list,
 * so one run shows everything to fix. One browser context per role; a screenshot only where axe found something.
 */
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const locales = ["ru", "en"] as const;

/** A page to check: a path, or how to find one (a ticket, an article) on a page the role can see. */
type Target = string | { from: string; link: string };

const ticketOf = (from: string): Target => ({ from, link: 'a[href^="/tickets/HD-"]' });
const articleOf = (from: string): Target => ({ from, link: 'a[href^="/kb/articles/"]:not([href$="/new"])' });

const roles: { email: string; pages: Target[] }[] = [
  { email: "requester@demo.local", pages: ["/portal", "/portal/new", ticketOf("/portal"), "/kb", articleOf("/kb"), "/profile"] },
  { email: "specialist@demo.local", pages: ["/desk", "/search?q=принтер", ticketOf("/desk")] },
  { email: "dispatcher@demo.local", pages: ["/desk", "/search?q=принтер", ticketOf("/desk")] },
  { email: "editor@demo.local", pages: ["/kb", "/kb/review", "/kb/attention", articleOf("/kb")] },
  {
    email: "analyst@demo.local",
    pages: [
      "/reports",
      "/reports/problems",
      "/reports/effort",
      "/reports/sla",
      "/reports/satisfaction",
      "/reports/self-service",
      { from: "/reports/problems", link: 'a[href^="/reports/problems/"]' },
    ],
  },
  {
    email: "admin@demo.local",
    pages: [
      "/admin",
      "/admin/users",
      { from: "/admin/users", link: 'a[href^="/admin/users/"]' },
      "/admin/departments",
      "/admin/categories",
      "/admin/lines",
      "/admin/rules",
      "/admin/sla",
      "/admin/settings",
      "/admin/mail",
      "/admin/mail-log",
    ],
  },
];

type Finding = { where: string; id: string; impact: string; help: string; nodes: number; targets: string[] };

/** Runs axe on the page as it is now; screenshots it when something was found. */
async function check(page: Page, where: string): Promise<Finding[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  const found = result.violations.map((v) => ({
    where,
    id: v.id,
    impact: v.impact ?? "?",
    help: v.help,
    nodes: v.nodes.length,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
  }));
  if (found.length > 0) {
    await page.screenshot({ path: `test-results/axe/${where.replace(/[^\w-]+/g, "_")}.png`, fullPage: true });
  }
  return found;
}

async function resolve(page: Page, target: Target): Promise<string> {
  if (typeof target === "string") return target;
  await page.goto(target.from);
  const href = await page.locator(target.link).first().getAttribute("href");
  expect(href, `a link ${target.link} on ${target.from}`).toBeTruthy();
  return href!;
}

async function switchLanguage(page: Page, locale: (typeof locales)[number]) {
  await page.waitForLoadState("networkidle");
  const button = page.getByRole("button", { name: locale, exact: true });
  if ((await button.getAttribute("aria-pressed")) === "true") return;
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
}

function report(findings: Finding[]): string {
  return findings
    .map(
      (f) =>
        `  ${f.id} (${f.impact}, ${f.nodes} node${f.nodes === 1 ? "" : "s"}) on ${f.where}: ${f.help}\n      ${f.targets.join("\n      ")}`,
    )
    .join("\n");
}

for (const role of roles) {
  test(`axe finds no WCAG 2.2 A/AA violation on the pages of ${role.email}, in Russian and its first page in English`, async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, role.email);
    const findings: Finding[] = [];
    try {
      const paths: string[] = [];
      for (const target of role.pages) paths.push(await resolve(page, target));
      for (const locale of locales) {
        await page.goto(paths[0]);
        await switchLanguage(page, locale);
        // Every page in Russian (the demo's language); in English the role's first page, where a longer or shorter
        // text could change the layout. Colours, structure and labels are the same in both, and checking every page
        // twice would take npm test past its ten minutes.
        for (const path of locale === "ru" ? paths : paths.slice(0, 1)) {
          await page.goto(path);
          findings.push(...(await check(page, `${locale} ${path} (${role.email.split("@")[0]})`)));
        }
      }
    } finally {
      // Other specs expect the demo users in Russian.
      await switchLanguage(page, "ru");
    }
    if (findings.length > 0) console.log(`axe, ${role.email}:\n${report(findings)}`);
    expect(findings, `axe found ${findings.length} violation(s):\n${report(findings)}`).toEqual([]);
  });
}

test("axe finds no WCAG 2.2 A/AA violation on the sign-in page, in both languages", async ({ browser, baseURL }) => {
  const findings: Finding[] = [];
  for (const locale of locales) {
    const context = await browser.newContext({ locale, baseURL });
    const page = await context.newPage();
    await page.goto("/sign-in");
    findings.push(...(await check(page, `${locale} /sign-in`)));
    await context.close();
  }
  expect(findings, `axe found ${findings.length} violation(s):\n${report(findings)}`).toEqual([]);
});
