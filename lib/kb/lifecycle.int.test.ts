import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, getSql, schema } from "@/db/client";
import { AppError } from "@/lib/errors";
import { getUserById } from "@/lib/people/get-user";
import { makeOrganisation } from "@/lib/test/fixtures";
import {
  archiveArticle,
  createArticle,
  publishArticle,
  recordFeedback,
  restoreVersion,
  sendBack,
  submitArticle,
  updateArticle,
} from "./commands";
import { getArticleDetail } from "./get-article-detail";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;

async function expectError(work: Promise<unknown>, code: string) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

async function auditActions(articleId: string) {
  const rows = await getDb()
    .select({ action: schema.auditEvents.action })
    .from(schema.auditEvents)
    .where(eq(schema.auditEvents.entityId, articleId))
    .orderBy(schema.auditEvents.id);
  return rows.map((r) => r.action);
}

async function indexJobs(articleId: string) {
  const [row] = await getSql()<
    { n: number }[]
  >`select count(*)::int as n from pgboss.job where name = 'search.index' and data->>'id' = ${articleId}`;
  return row.n;
}

describe("the article lifecycle against PostgreSQL", () => {
  let org: Org;
  let editor: NonNullable<Awaited<ReturnType<typeof getUserById>>>;
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
  });

  it("creates, submits, publishes, edits while published, publishes again and archives", async () => {
    const created = await createArticle(org.specialist, {
      title: "Принтер не печатает",
      body: "Замените картридж",
      visibility: "public",
      language: "ru",
      categoryId: org.category.id,
      tags: ["принтер"],
    });
    expect(created).toMatchObject({ status: "draft", authorId: org.specialist.id });
    // A draft is staff-only.
    await expectError(getArticleDetail(org.requester, created.id), "not_found");

    await submitArticle(org.specialist, created.id);
    expect((await getArticleDetail(editor, created.id)).status).toBe("in_review");
    // The author cannot publish their own article; an editor can.
    await expectError(publishArticle(org.specialist, created.id), "forbidden");
    const v1 = await publishArticle(editor, created.id);
    expect(v1.number).toBe(1);
    let seen = await getArticleDetail(org.requester, created.id);
    expect(seen).toMatchObject({ status: "published", title: "Принтер не печатает", stage: "published" });
    expect(seen.versions.map((v) => v.number)).toEqual([1]);
    expect(seen).not.toHaveProperty("pendingEdit");

    // Editing a published article keeps the published version live.
    await updateArticle(org.specialist, created.id, { title: "Принтер печатает полосами", body: "Почистите барабан" });
    seen = await getArticleDetail(org.requester, created.id);
    expect(seen).toMatchObject({ status: "published", title: "Принтер не печатает", body: "Замените картридж" });
    expect(seen.versions.map((v) => v.number)).toEqual([1]);
    const staffView = await getArticleDetail(editor, created.id);
    expect(staffView).toMatchObject({
      stage: "published_draft",
      pendingEdit: { title: "Принтер печатает полосами", body: "Почистите барабан", submittedAt: null },
    });

    // Submitted, sent back with a comment, submitted again: still published throughout.
    await submitArticle(org.specialist, created.id);
    expect((await getArticleDetail(editor, created.id)).stage).toBe("published_in_review");
    await sendBack(editor, created.id, { comment: "Добавьте модель" });
    expect((await getArticleDetail(editor, created.id)).stage).toBe("published_draft");

    const v2 = await publishArticle(editor, created.id);
    expect(v2.number).toBe(2);
    seen = await getArticleDetail(org.requester, created.id);
    expect(seen).toMatchObject({ status: "published", title: "Принтер печатает полосами", body: "Почистите барабан" });
    expect(seen.versions.map((v) => [v.number, v.title])).toEqual([
      [1, "Принтер не печатает"],
      [2, "Принтер печатает полосами"],
    ]);

    // An old version comes back as a pending draft; the live one stays.
    await restoreVersion(org.specialist, created.id, { number: 1 });
    expect(await getArticleDetail(editor, created.id)).toMatchObject({
      title: "Принтер печатает полосами",
      pendingEdit: { title: "Принтер не печатает" },
    });

    await expectError(archiveArticle(org.specialist, created.id, { reason: "Устарела" }), "forbidden");
    await archiveArticle(editor, created.id, { reason: "Устарела" });
    expect(await getArticleDetail(editor, created.id)).toMatchObject({ status: "archived", stage: "archived", pendingEdit: null });
    await expectError(getArticleDetail(org.requester, created.id), "not_found");
    await expectError(publishArticle(editor, created.id), "conflict");

    expect(await auditActions(created.id)).toEqual([
      "created",
      "submitted",
      "published",
      "updated",
      "submitted",
      "sent_back",
      "published",
      "version_restored",
      "archived",
    ]);
    // Versions are kept unchanged, and every change queued a re-index (collapsed by the singleton key).
    const versions = await getDb().select().from(schema.articleVersions).where(eq(schema.articleVersions.articleId, created.id));
    expect(versions.find((v) => v.number === 1)).toMatchObject({
      title: "Принтер не печатает",
      body: "Замените картридж",
      publishedBy: editor.id,
    });
    // A version is immutable: the database refuses to rewrite it.
    await expect(getSql()`update article_versions set body = 'подмена' where article_id = ${created.id}`).rejects.toThrow(
      /never deleted or rewritten/,
    );
    expect(await indexJobs(created.id)).toBeGreaterThan(0);
  });

  it("hides internal articles from requesters and lets only editors publish", async () => {
    const internal = await createArticle(org.specialist, {
      title: "Пароль от сервера печати",
      body: "В сейфе",
      visibility: "internal",
      language: "ru",
    });
    await submitArticle(org.specialist, internal.id);
    await expectError(publishArticle(org.requester, internal.id), "not_found");
    await expectError(publishArticle(org.specialist2, internal.id), "forbidden");
    await publishArticle(editor, internal.id);
    await expectError(getArticleDetail(org.requester, internal.id), "not_found");
    await expectError(recordFeedback(org.requester, internal.id, { helpful: true }), "not_found");
    expect((await getArticleDetail(org.specialist2, internal.id)).status).toBe("published");

    // A public article seen by a requester: visible, but publishing it is still forbidden.
    const open = await createArticle(org.specialist, {
      title: "Как подключить принтер",
      body: "Шаги",
      visibility: "public",
      language: "ru",
    });
    await publishArticle(editor, open.id);
    await expectError(publishArticle(org.requester, open.id), "forbidden");
    await expectError(createArticle(org.requester, { title: "x", body: "y", visibility: "public", language: "ru" }), "forbidden");
  });

  it("records feedback from readers and links the source ticket", async () => {
    const [ticket] = await getDb()
      .insert(schema.tickets)
      .values({ type: "incident", subject: "Не печатает", description: "", requesterId: org.requester.id, createdById: org.requester.id })
      .returning();
    const article = await createArticle(org.specialist, {
      title: "Сброс очереди печати",
      body: "Перезапустите службу",
      visibility: "public",
      language: "ru",
      sourceTicketId: ticket.id,
    });
    await expectError(recordFeedback(org.requester, article.id, { helpful: true }), "not_found");
    await publishArticle(editor, article.id);
    const feedback = await recordFeedback(org.requester, article.id, { helpful: false, comment: "Не помогло" });
    expect(feedback).toMatchObject({ helpful: false, comment: "Не помогло", userId: org.requester.id });
    const rows = await getDb().select().from(schema.articleFeedback).where(eq(schema.articleFeedback.articleId, article.id));
    expect(rows).toHaveLength(1);

    expect((await getArticleDetail(org.specialist, article.id)).linkedTickets).toEqual([
      { id: ticket.id, number: ticket.number, subject: "Не печатает", status: "new", relation: "captured" },
    ]);
    // Requesters do not learn of the tickets behind an article.
    expect((await getArticleDetail(org.requester, article.id)).linkedTickets).toEqual([]);
  });
});
