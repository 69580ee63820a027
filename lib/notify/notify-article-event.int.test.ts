import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, getSql, schema } from "@/db/client";
import { createArticle, publishArticle, sendBack, submitArticle } from "@/lib/kb/commands";
import { makeKnowledgeEditor } from "@/lib/kb/test-editor";
import { makeOrganisation } from "@/lib/test/fixtures";
import { listNotifications } from "./list-notifications";
import { notifyArticleEvent } from "./notify-article-event";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;
type Editor = Awaited<ReturnType<typeof makeKnowledgeEditor>>;

/** The latest audit event of the article with this action; its notify.article job must have been queued with it. */
async function latestEvent(articleId: string, action: string): Promise<number> {
  const [event] = await getDb()
    .select({ id: schema.auditEvents.id })
    .from(schema.auditEvents)
    .where(
      and(eq(schema.auditEvents.entityType, "article"), eq(schema.auditEvents.entityId, articleId), eq(schema.auditEvents.action, action)),
    )
    .orderBy(desc(schema.auditEvents.id))
    .limit(1);
  const [job] = await getSql()<
    { n: number }[]
  >`select count(*)::int as n from pgboss.job where name = 'notify.article' and data->>'eventId' = ${String(event.id)}`;
  expect(job.n).toBe(1);
  return event.id;
}

/** The bell notifications of one event, and the mails written with them (same transaction, same time). */
async function told(eventId: number) {
  const db = getDb();
  const notes = await db
    .select()
    .from(schema.notifications)
    .where(sql`${schema.notifications.data}->>'eventId' = ${String(eventId)} and ${schema.notifications.kind} like 'article.%'`);
  const userIds = notes.map((n) => n.userId);
  const mails = userIds.length ? await db.select().from(schema.mailLog).where(inArray(schema.mailLog.userId, userIds)) : [];
  const sameCommand = (m: (typeof mails)[number]) =>
    notes.some((n) => n.userId === m.userId && n.createdAt.getTime() === m.createdAt.getTime());
  return { notes, mails: mails.filter(sameCommand) };
}

describe("knowledge-base review notifications against PostgreSQL", () => {
  let org: Org, editorRu: Editor, editorEn: Editor;
  beforeAll(async () => {
    org = await makeOrganisation();
    editorRu = await makeKnowledgeEditor(org, "Ольга Редакторова");
    editorEn = await makeKnowledgeEditor(org, "Emma Editor");
    await getDb().update(schema.users).set({ language: "en" }).where(eq(schema.users.id, editorEn.id));
  });

  it("tells the editors of a submission, the author and owner of a send-back and a publication — never the actor", async () => {
    // The author (Russian) writes; a colleague (English) owns the article.
    const author = org.specialist;
    const owner = org.specialist2;
    const article = await createArticle(author, {
      title: "VPN на ноутбуке",
      body: "Установите клиент",
      visibility: "internal",
      language: "ru",
      ownerId: owner.id,
    });

    await submitArticle(author, article.id);
    const submitted = await latestEvent(article.id, "submitted");
    await notifyArticleEvent({ eventId: submitted });
    let result = await told(submitted);
    const notedUsers = result.notes.map((n) => n.userId);
    // Every active editor in the database is told (other tests add theirs); the author is not.
    expect(notedUsers).toEqual(expect.arrayContaining([editorRu.id, editorEn.id]));
    expect(notedUsers).not.toContain(author.id);
    expect(notedUsers).not.toContain(owner.id);
    expect(result.notes.every((n) => n.kind === "article.submitted" && n.ticketId === null)).toBe(true);
    const toEditorEn = result.mails.find((m) => m.userId === editorEn.id)!;
    expect(toEditorEn).toMatchObject({
      language: "en",
      subject: '[KB] "VPN на ноутбуке" — waiting for review',
      ticketId: null,
      status: "queued",
    });
    expect(toEditorEn.text).toContain(`/kb/articles/${article.id}/review`);
    expect(result.mails.find((m) => m.userId === editorRu.id)).toMatchObject({
      language: "ru",
      subject: "[БЗ] «VPN на ноутбуке» — ждёт проверки",
    });
    const editorBell = await listNotifications(editorEn.id);
    expect(editorBell.items[0]).toMatchObject({
      kind: "article.submitted",
      ticketNumber: null,
      subject: "VPN на ноутбуке",
      url: `/kb/articles/${article.id}/review`,
    });

    await sendBack(editorRu, article.id, { comment: "Добавьте шаги для macOS" });
    const sentBack = await latestEvent(article.id, "sent_back");
    await notifyArticleEvent({ eventId: sentBack });
    result = await told(sentBack);
    expect(result.notes.map((n) => n.userId).sort()).toEqual([author.id, owner.id].sort());
    expect(result.notes[0].data).toMatchObject({
      articleId: article.id,
      title: "VPN на ноутбуке",
      comment: "Добавьте шаги для macOS",
      actorName: "Ольга Редакторова",
    });
    const toAuthor = result.mails.find((m) => m.userId === author.id)!;
    expect(toAuthor).toMatchObject({ language: "ru", toEmail: author.email, subject: "[БЗ] «VPN на ноутбуке» — возвращена на доработку" });
    expect(toAuthor.text).toContain("Добавьте шаги для macOS");
    expect(toAuthor.text).toContain(`/kb/articles/${article.id}\n`);
    expect(result.mails.find((m) => m.userId === owner.id)).toMatchObject({
      language: "en",
      subject: '[KB] "VPN на ноутбуке" — sent back for changes',
    });
    expect((await listNotifications(author.id)).items[0]).toMatchObject({ kind: "article.sent_back", url: `/kb/articles/${article.id}` });

    // A second run of the same job (a retry) tells nobody twice.
    await notifyArticleEvent({ eventId: sentBack });
    expect((await told(sentBack)).notes).toHaveLength(2);
    const mailIds = (await told(sentBack)).mails.map((m) => m.id);
    expect(mailIds).toHaveLength(2);
    const [queued] = await getSql()<
      { n: number }[]
    >`select count(*)::int as n from pgboss.job where name = 'mail.send' and data->>'mailId' in ${getSql()(mailIds)}`;
    expect(queued.n).toBe(2);

    await submitArticle(author, article.id);
    await publishArticle(editorEn, article.id);
    const published = await latestEvent(article.id, "published");
    await notifyArticleEvent({ eventId: published });
    result = await told(published);
    expect(result.notes.map((n) => n.userId).sort()).toEqual([author.id, owner.id].sort());
    expect(result.mails.map((m) => m.subject).sort()).toEqual([
      '[KB] "VPN на ноутбуке" — published',
      "[БЗ] «VPN на ноутбуке» — опубликована",
    ]);
  });

  it("does not tell an editor who publishes their own article, and queues nothing for its creation", async () => {
    const article = await createArticle(editorRu, { title: "Сброс пароля", body: "Откройте портал", visibility: "public", language: "ru" });
    await publishArticle(editorRu, article.id);
    const published = await latestEvent(article.id, "published");
    await notifyArticleEvent({ eventId: published });
    expect((await told(published)).notes).toEqual([]);
    const [onCreate] = await getSql()<{ n: number }[]>`
      select count(*)::int as n from pgboss.job j join audit_events a on a.id = (j.data->>'eventId')::bigint
      where j.name = 'notify.article' and a.entity_id = ${article.id} and a.action = 'created'`;
    expect(onCreate.n).toBe(0);
  });
});
