import { beforeAll, describe, expect, it } from "vitest";
import { getDb, schema } from "@/db/client";
import { AppError, toAppError } from "@/lib/errors";
import { getUserById } from "@/lib/people/get-user";
import { makeOrganisation } from "@/lib/test/fixtures";
import { assignTicket } from "@/lib/tickets/assign-ticket";
import { createTicket } from "@/lib/tickets/create-ticket";
import { getTicket } from "@/lib/tickets/get-ticket";
import { resolveTicket } from "@/lib/tickets/resolve-ticket";
import { createArticle, publishArticle } from "../commands";
import { articleForSolution } from "./article-for-solution";
import { captureArticle, linkArticle } from "./capture";
import { withExcerpts } from "./near-duplicate-excerpts";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;

async function expectError(work: Promise<unknown>, code: string) {
  const thrown = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(thrown).not.toBeNull();
  const error = toAppError(thrown);
  expect(error).toBeInstanceOf(AppError);
  expect(error.code).toBe(code);
}

// What the ticket page adds to the capture: picking an article as the solution, a title edited before the
// draft is created, the excerpts beside near-duplicates, and which linked articles a requester may see.
describe("the knowledge base on the ticket page, against PostgreSQL", () => {
  let org: Org;
  let editor: NonNullable<Awaited<ReturnType<typeof getUserById>>>;
  let publicId: string;
  let internalId: string;
  let draftId: string;

  beforeAll(async () => {
    org = await makeOrganisation();
    const db = getDb();
    const [user] = await db
      .insert(schema.users)
      .values({ email: `editor-page-${org.tag}@test.local`, name: "editor", language: "ru", departmentId: org.department.id })
      .returning();
    await db.insert(schema.userRoles).values([{ userId: user.id, role: "editor" }]);
    editor = (await getUserById(user.id))!;
    const body =
      "## Когда менять\n\nПринтер пишет «Тонер заканчивается».\n\n## Как заменить картридж самостоятельно\n\n1. Откройте крышку.\n2. Вставьте **новый** картридж.\n";
    const published = await createArticle(editor, { title: `Замена картриджа ${org.tag}`, body, visibility: "public", language: "ru" });
    await publishArticle(editor, published.id);
    publicId = published.id;
    const internal = await createArticle(editor, {
      title: `Регламент ${org.tag}`,
      body: "Только для ИТ.",
      visibility: "internal",
      language: "ru",
    });
    await publishArticle(editor, internal.id);
    internalId = internal.id;
    draftId = (await createArticle(editor, { title: `Черновик ${org.tag}`, body: "Ещё пишется.", visibility: "public", language: "ru" }))
      .id;
  });

  it("gives a published article's steps for the solution, and nothing of a draft or of what the viewer may not read", async () => {
    expect(await articleForSolution(org.specialist, publicId)).toEqual({
      id: publicId,
      title: `Замена картриджа ${org.tag}`,
      summary: "1. Откройте крышку.\n2. Вставьте новый картридж.",
    });
    await expectError(articleForSolution(org.specialist, draftId), "not_found");
    await expectError(articleForSolution(org.requester, internalId), "not_found");
    expect((await articleForSolution(org.specialist, internalId)).summary).toBe("Только для ИТ.");
  });

  it("resolves with a picked article, captures a draft under an edited title, and hides drafts and internal articles from the requester", async () => {
    const ticket = await createTicket(org.requester, {
      type: "incident",
      subject: "Принтер пишет: тонер заканчивается",
      description: "Печатает бледно.",
      categoryId: org.category.id,
    });
    await assignTicket(org.dispatcher, ticket.id, { assigneeId: org.specialist.id });
    await resolveTicket(org.specialist, ticket.id, { solution: "Заменили картридж.", articleId: publicId });

    await expectError(captureArticle(org.specialist, ticket.id, { title: "   " }), "invalid_input");
    const { article } = await captureArticle(org.specialist, ticket.id, { title: "  Бледная печать: замена картриджа  " });
    expect(article.title).toBe("Бледная печать: замена картриджа");
    await linkArticle(org.specialist, ticket.id, internalId);

    const staffView = await getTicket(org.specialist, ticket.id);
    expect(staffView.articles).toHaveLength(3);
    expect(staffView.articles).toContainEqual({ id: publicId, title: `Замена картриджа ${org.tag}`, relation: "used" });
    expect(staffView.articles).toContainEqual({ id: article.id, title: "Бледная печать: замена картриджа", relation: "captured" });
    expect(staffView.articles).toContainEqual({ id: internalId, title: `Регламент ${org.tag}`, relation: "linked" });
    // The requester sees the article that solved their problem, not the draft nor the internal one.
    const requesterView = await getTicket(org.requester, ticket.id);
    expect(requesterView.articles).toEqual([{ id: publicId, title: `Замена картриджа ${org.tag}`, relation: "used" }]);
    // Nor does their timeline name them; IT staff's does.
    const actions = (view: typeof staffView) => view.timeline.flatMap((t) => (t.kind === "event" ? [t.action] : []));
    expect(actions(requesterView)).not.toContain("article_captured");
    expect(actions(requesterView)).not.toContain("article_linked");
    expect(actions(staffView)).toEqual(expect.arrayContaining(["article_captured", "article_linked"]));
  });

  it("adds a line of each near-duplicate's text", async () => {
    const found = [{ id: publicId, title: "t", status: "published" as const, visibility: "public" as const, linked: false, score: 1 }];
    expect(await withExcerpts(found)).toEqual([{ ...found[0], excerpt: "Принтер пишет «Тонер заканчивается»." }]);
    expect(await withExcerpts([])).toEqual([]);
  });
});
