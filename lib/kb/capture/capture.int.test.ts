import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, schema } from "@/db/client";
import { AppError, toAppError } from "@/lib/errors";
import { getUserById } from "@/lib/people/get-user";
import { makeOrganisation } from "@/lib/test/fixtures";
import { assignTicket } from "@/lib/tickets/assign-ticket";
import { createTicket } from "@/lib/tickets/create-ticket";
import { getTicket } from "@/lib/tickets/get-ticket";
import { resolveTicket } from "@/lib/tickets/resolve-ticket";
import { getSearchClient, pingSearch } from "@/search/client";
import { aliasName } from "@/search/indices/names";
import { indexDocument } from "@/search/sync/index-document";
import { createArticle, publishArticle } from "../commands";
import { ALREADY_LINKED, captureArticle, linkArticle, NOT_CAPTURABLE, previewCapture } from "./capture";
import { findNearDuplicates } from "./near-duplicates";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;

async function expectError(work: Promise<unknown>, code: string, message?: string) {
  const thrown = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(thrown).not.toBeNull();
  // Commands throw AppError, or ZodError for bad input (the routes turn both into the error shape).
  const error = toAppError(thrown);
  expect(error).toBeInstanceOf(AppError);
  expect(error.code).toBe(code);
  if (message) expect(error.message).toBe(message);
}

async function articleCount() {
  return (await getDb().select({ id: schema.articles.id }).from(schema.articles)).length;
}

// The search node may be down or absent here: every near-duplicate lookup must then be answered by Postgres.
describe("knowledge capture against PostgreSQL", () => {
  let org: Org;
  let editor: NonNullable<Awaited<ReturnType<typeof getUserById>>>;
  let existingId: string;
  let ticketId: string;

  beforeAll(async () => {
    org = await makeOrganisation();
    const db = getDb();
    const [user] = await db
      .insert(schema.users)
      .values({ email: `editor-${org.tag}@test.local`, name: "editor", language: "ru", departmentId: org.department.id })
      .returning();
    await db.insert(schema.userRoles).values([
      { userId: user.id, role: "editor" },
      { userId: user.id, role: "specialist" },
    ]);
    editor = (await getUserById(user.id))!;
    // A word only this run's article and ticket share, so a database kept between runs (full of similar
    // printer articles) still ranks this run's article among the first.
    const marker = `картридж${[...org.tag].map((d) => "абвгдежзик"[Number(d)]).join("")}`;
    const existing = await createArticle(editor, {
      title: `Принтер мигает оранжевым ${org.tag}`,
      body: `Оранжевый индикатор принтера: закончился тонер. Замените ${marker}.`,
      visibility: "public",
      language: "ru",
    });
    await publishArticle(editor, existing.id);
    existingId = existing.id;
    // No worker runs during these tests: do the article's search.index job here when a node is there, so the
    // near-duplicate search finds it in the index (without a node, the Postgres fallback answers).
    if (await pingSearch()) {
      await indexDocument({ kind: "article", id: existingId });
      await (await getSearchClient()).indices.refresh({ index: aliasName("article") });
    }
    const ticket = await createTicket(org.requester, {
      type: "incident",
      subject: "Принтер мигает оранжевым и не печатает",
      description: `Пишет requester: принтер в ординаторской мигает оранжевым, ${marker}. Мой телефон +7 912 345-67-89, почта ${org.requester.email}`,
      categoryId: org.category.id,
    });
    ticketId = ticket.id;
    await assignTicket(org.dispatcher, ticketId, { assigneeId: org.specialist.id });
  });

  it("refuses to capture from an open ticket, and refuses requesters", async () => {
    await expectError(captureArticle(org.specialist, ticketId), "conflict", NOT_CAPTURABLE);
    await expectError(previewCapture(org.specialist, ticketId), "conflict", NOT_CAPTURABLE);
    await expectError(captureArticle(org.requester, ticketId), "forbidden");
    // Someone who cannot see the ticket is not told it exists.
    await expectError(captureArticle(org.stranger, ticketId), "not_found");
    await expectError(findNearDuplicates(org.requester, ticketId), "forbidden");
    await expectError(findNearDuplicates(org.stranger, ticketId), "not_found");
  });

  it("finds the articles that already cover the problem, search node or not", async () => {
    const found = await findNearDuplicates(org.specialist, ticketId);
    expect(found.find((a) => a.id === existingId)).toMatchObject({ status: "published", linked: false });
  });

  it("previews, then captures a draft from a resolved ticket, linked both ways, without personal details", async () => {
    await resolveTicket(org.specialist, ticketId, { solution: "Заменили тонер-картридж\nНапечатали пробную страницу" });
    await expectError(captureArticle(org.requester, ticketId), "forbidden");

    const before = await articleCount();
    const preview = await previewCapture(org.specialist, ticketId);
    expect(await articleCount()).toBe(before);
    expect(preview.draft).toMatchObject({ title: "Принтер мигает оранжевым и не печатает", language: "ru", categoryId: org.category.id });
    expect(preview.nearDuplicates.map((a) => a.id)).toContain(existingId);

    const { article, nearDuplicates } = await captureArticle(org.specialist, ticketId);
    expect(article).toMatchObject({
      status: "draft",
      authorId: org.specialist.id,
      title: "Принтер мигает оранжевым и не печатает",
      categoryId: org.category.id,
      language: "ru",
    });
    expect(article.body).toContain("## Проблема");
    expect(article.body).toContain("## Решение\n\n1. Заменили тонер-картридж\n2. Напечатали пробную страницу");
    for (const detail of [org.requester.email, "912", "requester"]) expect(article.body).not.toContain(detail);
    expect(nearDuplicates.map((a) => a.id)).toContain(existingId);
    expect(nearDuplicates.map((a) => a.id)).not.toContain(article.id);

    const [link] = await getDb()
      .select()
      .from(schema.ticketArticles)
      .where(and(eq(schema.ticketArticles.ticketId, ticketId), eq(schema.ticketArticles.articleId, article.id)));
    expect(link.relation).toBe("captured");
    const ticket = await getTicket(org.specialist, ticketId);
    expect(ticket.articles).toContainEqual({ id: article.id, title: article.title, relation: "captured" });
    expect(ticket.timeline.find((t) => t.kind === "event" && t.action === "article_captured")).toMatchObject({
      data: { articleId: article.id },
    });
  });

  it("links an existing published article once; a second link, a draft or a requester is refused", async () => {
    await expectError(linkArticle(org.requester, ticketId, existingId), "forbidden");
    await linkArticle(org.specialist, ticketId, existingId);
    const ticket = await getTicket(org.specialist, ticketId);
    expect(ticket.articles).toContainEqual({ id: existingId, title: `Принтер мигает оранжевым ${org.tag}`, relation: "linked" });
    expect(ticket.timeline.find((t) => t.kind === "event" && t.action === "article_linked")).toMatchObject({
      data: { articleId: existingId },
    });
    await expectError(linkArticle(org.specialist, ticketId, existingId), "conflict", ALREADY_LINKED);
    // The captured draft is linked already, and is not published anyway.
    const draft = ticket.articles.find((a) => a.relation === "captured")!;
    await expectError(linkArticle(org.specialist, ticketId, draft.id), "invalid_input");
    await expectError(linkArticle(org.specialist, ticketId, "not-an-id"), "invalid_input");
    // Near-duplicates now say the article is linked.
    expect((await findNearDuplicates(org.specialist, ticketId)).find((a) => a.id === existingId)?.linked).toBe(true);
  });
});
