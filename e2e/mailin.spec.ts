import { expect, type Page, test } from "@playwright/test";
import type { ImapFlow } from "imapflow";
import MailComposer from "nodemailer/lib/mail-composer/index.js";
import { type ImapServer, imapServerAt, withImapClient } from "../scripts/lib/imap-server";
import { screenshot, signIn, signOut } from "./fixtures";

// Mail-in in the browser: an admin adds the desk's mailbox on the settings page (a real dovecot that
// scripts/test.ts started), sees a wrong password as an error with "retry now", fixes it and sees the mailbox
// reachable; a requester's mail with a screenshot then shows in their browser as a ticket with the file.
// The worker that scripts/test.ts runs reads the mailbox (IDLE, else the minute's poll).

let server: ImapServer;
const folder = `E2E${Date.now()}`;
const subject = `Сканер штрихкодов не читает браслеты ${Date.now()}`;
// The smallest valid PNG (1×1), so the upload check accepts it by its bytes.
const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

const imap = <T>(work: (client: ImapFlow) => Promise<T>) => withImapClient(server, work);

test.beforeAll(async () => {
  const dir = process.env.TEST_IMAP_DIR;
  if (!dir) throw new Error("TEST_IMAP_DIR is not set: run the browser tests through npm test");
  server = await imapServerAt(dir);
  await imap((client) => client.mailboxCreate(folder));
});

// Tall enough that the settings page needs no scrolling: a sticky header would sit over a tall screenshot.
test.use({ viewport: { width: 1280, height: 2800 } });

/** The Mail-in part of the settings page alone, for the people reviewing it. */
async function shootMailin(page: Page, name: string) {
  await page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: /^(Почта|Mail-in)$/ }) })
    .screenshot({ path: `test-results/screens/${name}.png` });
}

const mailboxes = (page: Page) => page.getByRole("list", { name: /Почтовые ящики|Mailboxes/ });

async function fillMailbox(page: Page, password: string) {
  await page.getByLabel("Сервер IMAP").fill(server.host);
  await page.getByLabel("Подключение").selectOption("starttls");
  await page.getByLabel("Порт").fill(String(server.port));
  await page.getByLabel("Пользователь", { exact: true }).fill(server.user);
  await page.getByLabel("Пароль", { exact: true }).fill(password);
  await page.getByLabel("Папка", { exact: true }).fill(folder);
}

test("an admin connects the desk's mailbox and a requester's mailed ticket shows with its attachment", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin@demo.local");
  await page.goto("/admin/settings");
  await expect(page.getByText("Ящиков пока нет")).toBeVisible();
  await page.waitForLoadState("networkidle");

  // A mistyped password: the worker's first read fails, and the page says why and offers to retry.
  await page.getByRole("button", { name: "Добавить ящик" }).click();
  await fillMailbox(page, "not-the-password");
  await shootMailin(page, "admin-mailin-form-ru");
  await page.getByRole("button", { name: "Сохранить ящик" }).click();
  const card = mailboxes(page).getByRole("listitem", { name: server.user });
  await expect(card.getByText("недоступен")).toBeVisible({ timeout: 30_000 });
  await expect(card.getByText(/Authentication failed/)).toBeVisible();
  await expect(card.getByText("Сервер не принял имя пользователя или пароль.")).toBeVisible();
  await expect(card.getByText(/Следующая попытка в/)).toBeVisible();
  await shootMailin(page, "admin-mailin-unreachable-ru");
  await card.getByRole("button", { name: "Повторить сейчас" }).click();
  await expect(card.getByText("Читаем снова…")).toBeVisible();
  await expect(card.getByText("Читаем снова…")).toBeHidden({ timeout: 30_000 });
  await expect(card.getByText(/Authentication failed/)).toBeVisible();

  // The right password: reachable.
  await card.getByRole("button", { name: "Изменить" }).click();
  await expect(page.getByText("Оставьте пустым, чтобы сохранить прежний пароль.")).toBeVisible();
  await page.getByLabel("Пароль", { exact: true }).fill(server.password);
  await page.getByRole("button", { name: "Сохранить ящик" }).click();
  await expect(card.getByText("доступен", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(card.getByText(/Проверен/)).toBeVisible();
  await expect(card.getByText(/Authentication failed/)).toHaveCount(0);

  // A requester mails the desk with a screenshot.
  const raw = await new MailComposer({
    from: "requester@demo.local",
    to: "helpdesk@hospital.test",
    subject,
    text: "В приёмном отделении сканер не читает браслеты пациентов. Снимок экрана во вложении.",
    attachments: [{ filename: "scanner-error.png", content: png }],
  })
    .compile()
    .build();
  await imap((client) => client.append(folder, raw));

  // The admin sees the mail taken in (the page refreshes itself only while waiting; reload to look).
  await expect(async () => {
    await page.reload();
    await expect(
      mailboxes(page)
        .getByRole("listitem", { name: server.user })
        .getByText(/последнее письмо/),
    ).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 90_000, intervals: [2000] });
  await shootMailin(page, "admin-mailin-reachable-ru");
  await signOut(page);

  await signIn(page, "requester@demo.local");
  await page.getByRole("link", { name: subject }).click();
  await expect(page.getByRole("heading", { name: subject })).toBeVisible();
  await expect(page.getByText("В приёмном отделении сканер не читает браслеты")).toBeVisible();
  await expect(page.getByText("scanner-error.png").first()).toBeVisible();
  await expect(page.getByText("original.eml").first()).toBeVisible();
  await screenshot(page, "mailin-ticket-requester-ru");
  await signOut(page);

  // The admin removes the mailbox again (the other browser tests expect mail-in off); the ticket stays.
  await signIn(page, "admin@demo.local");
  await page.goto("/admin/settings");
  await page.waitForLoadState("networkidle");
  page.once("dialog", (dialog) => dialog.accept());
  await mailboxes(page).getByRole("listitem", { name: server.user }).getByRole("button", { name: "Удалить" }).click();
  await expect(page.getByText("Ящиков пока нет")).toBeVisible();
  await shootMailin(page, "admin-mailin-off-ru");
});

test("the mailbox form in English: fields, hints and the errors of an empty save", async ({ page }) => {
  await signIn(page, "admin@demo.local");
  await page.goto("/admin/settings");
  await page.waitForLoadState("networkidle");
  const en = page.getByRole("button", { name: "en", exact: true });
  await en.click();
  await expect(en).toHaveAttribute("aria-pressed", "true");
  try {
    await page.getByRole("button", { name: "Add a mailbox" }).click();
    await page.getByLabel("Password", { exact: true }).fill("");
    await page.getByRole("button", { name: "Save mailbox" }).click();
    await expect(page.getByText("Enter the IMAP server's name or address")).toBeVisible();
    await expect(page.getByText("Enter the user name")).toBeVisible();
    await expect(page.getByText("Enter the password")).toBeVisible();
    await expect(page.getByLabel("IMAP server")).toBeFocused();
    await page.getByLabel("After import").selectOption("move");
    await expect(page.getByLabel("Move to folder")).toHaveValue("Imported");
    await shootMailin(page, "admin-mailin-form-en");
  } finally {
    const ru = page.getByRole("button", { name: "ru", exact: true });
    await ru.click();
    await expect(ru).toHaveAttribute("aria-pressed", "true");
  }
});
