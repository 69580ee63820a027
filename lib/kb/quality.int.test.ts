import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, schema } from "@/db/client";
import { AppError } from "@/lib/errors";
import { makeOrganisation } from "@/lib/test/fixtures";
import { assignTicket } from "@/lib/tickets/assign-ticket";
import { confirmTicket, rejectTicket } from "@/lib/tickets/confirm-ticket";
import { createTicket } from "@/lib/tickets/create-ticket";
import { resolveTicket } from "@/lib/tickets/resolve-ticket";
import { linkArticle } from "./capture/capture";
import { createArticle, markReviewed, publishArticle, recordFeedback, sendBack, submitArticle, updateArticle } from "./commands";
import { getArticleDetail } from "./get-article-detail";
import { needsAttention } from "./queries/needs-attention";
import { reviewQueue } from "./queries/review-queue";
import { reviewTrail } from "./queries/review-trail";
import { makeKnowledgeEditor } from "./test-editor";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;
type User = Awaited<ReturnType<typeof makeKnowledgeEditor>>;

async function expectError(work: Promise<unknown>, code: string) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

describe("article quality signals and review against PostgreSQL", () => {
  let org: Org;
  let editor: User;
  beforeAll(async () => {
    org = await makeOrganisation();
    editor = await makeKnowledgeEditor(org);
  });

  async function solvedWith(articleId: string) {
    const ticket = await createTicket(org.requester, {
      type: "incident",
      subject: "Не печатает",
      description: "Полосы",
      categoryId: org.category.id,
    });
    await assignTicket(org.dispatcher, ticket.id, { assigneeId: org.specialist.id });
    await resolveTicket(org.specialist, ticket.id, { solution: "По статье", articleId });
    return ticket;
  }

  it("counts a ticket resolved with an article as a use, and its rejection as a rejected solution", async () => {
    const article = await createArticle(org.specialist, {
      title: "Полосы при печати",
      body: "Почистите барабан",
      visibility: "public",
      language: "ru",
    });
    await publishArticle(editor, article.id);
    const quality = async () => (await getArticleDetail(editor, article.id)).quality;
    expect(await quality()).toEqual({ views: 0, helpful: 0, notHelpful: 0, uses: 0, resolved: 0, rejected: 0, deflections: 0 });

    const first = await solvedWith(article.id);
    expect(await quality()).toMatchObject({ uses: 1, resolved: 1, rejected: 0 });
    await confirmTicket(org.requester, first.id, { rating: 5 });
    expect(await quality()).toMatchObject({ uses: 1, resolved: 1, rejected: 0 });

    const second = await solvedWith(article.id);
    await rejectTicket(org.requester, second.id, { complaint: "Всё ещё полосы" });
    // Back in progress: still a use, no longer a resolution, and one rejected solution.
    expect(await quality()).toMatchObject({ uses: 2, resolved: 1, rejected: 1 });
    const detail = await getArticleDetail(editor, article.id);
    expect(detail.linkedTickets.map((t) => [t.id, t.relation]).sort()).toEqual(
      [
        [first.id, "used"],
        [second.id, "used"],
      ].sort(),
    );

    await recordFeedback(org.requester, article.id, { helpful: false });
    await recordFeedback(org.manager, article.id, { helpful: false, comment: "Не помогло" });
    await recordFeedback(org.stranger, article.id, { helpful: true });
    expect(await quality()).toMatchObject({ helpful: 1, notHelpful: 2 });

    // Two rejections make it "often rejected"; the votes make it "unhelpful".
    await resolveTicket(org.specialist, second.id, { solution: "Ещё раз по статье", articleId: article.id });
    await rejectTicket(org.requester, second.id, { complaint: "Не помогло" });
    const attention = await needsAttention(editor);
    const row = attention.items.find((i) => i.id === article.id);
    expect(row).toMatchObject({
      reasons: ["unhelpful", "oftenRejected"],
      uses: 2,
      rejected: 2,
      helpful: 1,
      notHelpful: 2,
      stage: "published",
    });
    expect(attention.totals.unhelpful).toBeGreaterThanOrEqual(1);
    await expectError(needsAttention(org.specialist), "forbidden");
    // A requester sees no counters and no tickets.
    const seen = await getArticleDetail(org.requester, article.id);
    expect(seen).not.toHaveProperty("quality");
    expect(seen.linkedTickets).toEqual([]);
  });

  it("counts an article linked while the ticket was worked on as used once the ticket is resolved", async () => {
    const article = await createArticle(org.specialist, {
      title: "Сканер не видит браслет",
      body: "Протрите окно сканера",
      visibility: "public",
      language: "ru",
    });
    await publishArticle(editor, article.id);
    const ticket = await createTicket(org.requester, { type: "incident", subject: "Сканер не читает браслеты" });
    await assignTicket(org.dispatcher, ticket.id, { assigneeId: org.specialist.id });
    await linkArticle(org.specialist, ticket.id, article.id);
    expect((await getArticleDetail(editor, article.id)).quality).toMatchObject({ uses: 0 });
    await resolveTicket(org.specialist, ticket.id, { solution: "Протёрли окно сканера" });
    expect((await getArticleDetail(editor, article.id)).quality).toMatchObject({ uses: 1, resolved: 1 });
  });

  it("flags a stale article until its owner marks it as reviewed", async () => {
    const article = await createArticle(org.specialist, {
      title: "VPN из дома",
      body: "Установите клиент",
      visibility: "internal",
      language: "ru",
    });
    await publishArticle(editor, article.id);
    await getDb()
      .update(schema.articles)
      .set({ reviewDueAt: new Date(Date.now() - 86_400_000) })
      .where(eqId(article.id));
    expect(await getArticleDetail(org.specialist, article.id)).toMatchObject({
      stale: true,
      owner: { id: org.specialist.id, name: "specialist" },
    });
    expect((await needsAttention(editor)).items.find((i) => i.id === article.id)?.reasons).toEqual(["stale"]);
    expect((await getArticleDetail(org.specialist, article.id)).allowedActions).toContain("markReviewed");

    await expectError(markReviewed(org.specialist2, article.id), "forbidden");
    await markReviewed(org.specialist, article.id);
    const after = await getArticleDetail(org.specialist, article.id);
    expect(after.stale).toBe(false);
    expect(after.reviewDueAt!.getTime()).toBeGreaterThan(Date.now() + 360 * 86_400_000);
    expect((await needsAttention(editor)).items.find((i) => i.id === article.id)).toBeUndefined();
    expect((await reviewTrail(editor, article.id)).map((s) => s.step)).toEqual(["created", "published", "reviewed"]);
  });

  it("queues submitted work oldest first and keeps the editors' comments", async () => {
    const fresh = await createArticle(org.specialist, { title: "Новый сканер", body: "Драйвер", visibility: "public", language: "ru" });
    await submitArticle(org.specialist, fresh.id);
    await sendBack(editor, fresh.id, { comment: "Укажите модель сканера" });
    const live = await createArticle(org.specialist, { title: "Почта на телефоне", body: "Шаг 1", visibility: "public", language: "ru" });
    await publishArticle(editor, live.id);
    await updateArticle(org.specialist, live.id, { body: "Шаг 1\nШаг 2" });
    await submitArticle(org.specialist, live.id);
    await submitArticle(org.specialist, fresh.id);

    const queue = (await reviewQueue(editor)).filter((i) => i.id === fresh.id || i.id === live.id);
    expect(queue[0].submittedAt).toBeInstanceOf(Date);
    expect(queue.map((i) => [i.id, i.kind, i.rounds])).toEqual([
      [live.id, "edit", 0],
      [fresh.id, "new", 1],
    ]);
    await expectError(reviewQueue(org.specialist), "forbidden");
    const trail = await reviewTrail(editor, fresh.id);
    expect(trail.map((s) => [s.step, s.comment])).toEqual([
      ["created", null],
      ["submitted", null],
      ["sent_back", "Укажите модель сканера"],
      ["submitted", null],
    ]);
  });

  it("reads translations both ways, showing a requester only those they may read", async () => {
    const ru = await createArticle(org.specialist, { title: "Сброс пароля", body: "Позвоните 1100", visibility: "public", language: "ru" });
    const en = await createArticle(org.specialist, {
      title: "Password reset",
      body: "Call 1100",
      visibility: "public",
      language: "en",
      translationOfId: ru.id,
    });
    await publishArticle(editor, ru.id);
    expect((await getArticleDetail(org.specialist, ru.id)).translations).toEqual({
      of: null,
      by: [{ id: en.id, title: "Password reset", language: "en", status: "draft" }],
    });
    expect((await getArticleDetail(org.specialist, en.id)).translations).toEqual({
      of: { id: ru.id, title: "Сброс пароля", language: "ru", status: "published" },
      by: [],
    });
    // The English one is still a draft: a requester reading the Russian one is not told of it.
    expect((await getArticleDetail(org.requester, ru.id)).translations).toEqual({ of: null, by: [] });
  });
});

function eqId(id: string) {
  return eq(schema.articles.id, id);
}
