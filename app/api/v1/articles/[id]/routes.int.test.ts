// The review routes of an article against PostgreSQL: statuses, shapes and Russian messages of API.md. The
// rules themselves are tested in lib/kb (article-rules.test.ts, lifecycle and quality integration tests).
import { describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens";
import { createArticle, publishArticle, submitArticle, updateArticle } from "@/lib/kb/commands";
import { makeKnowledgeEditor } from "@/lib/kb/test-editor";
import { makeOrganisation } from "@/lib/test/fixtures";
import { POST as restoreRoute } from "./restore/route";
import { POST as reviewedRoute } from "./reviewed/route";
import { POST as sendBackRoute } from "./send-back/route";
import { GET as versionRoute } from "./versions/[number]/route";

// The routes read a session through next-auth, which does not load outside Next; these calls use API tokens.
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null }));

type Body = Record<string, unknown> & { error: { code: string; message: string; fields?: Record<string, string> } };
type Handler<P> = (r: Request, c: { params: Promise<P> }) => Promise<Response>;

async function call<P>(handler: Handler<P>, params: P, token: string, body?: object) {
  const request = new Request("http://localhost/api/v1/articles/x", {
    method: body ? "POST" : "GET",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "accept-language": "ru" },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  return { status: response.status, body: (await response.json()) as Body };
}

describe("the article review routes", () => {
  it("send back, restore, mark as reviewed and read a version", async () => {
    const org = await makeOrganisation();
    const editor = await makeKnowledgeEditor(org);
    const [author, boss, reader] = await Promise.all(
      [org.specialist, editor, org.requester].map(async (u) => (await createApiToken(u.id, { name: "tests" })).token),
    );

    const article = await createArticle(org.specialist, {
      title: "Сканер не сканирует",
      body: "Перезапустите",
      visibility: "public",
      language: "ru",
    });
    await submitArticle(org.specialist, article.id);
    const id = { id: article.id };
    const empty = await call(sendBackRoute, id, boss, { comment: " " });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields).toEqual({ comment: "Напишите комментарий" });
    expect((await call(sendBackRoute, id, author, { comment: "сам себе" })).status).toBe(403);
    const sent = await call(sendBackRoute, id, boss, { comment: "Укажите модель" });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: "draft", stage: "draft" });
    expect((await call(sendBackRoute, id, boss, { comment: "ещё раз" })).status).toBe(409);

    await publishArticle(editor, article.id);
    await updateArticle(org.specialist, article.id, { body: "Перезапустите службу WIA" });
    await publishArticle(editor, article.id);
    const v2 = await call(versionRoute, { id: article.id, number: "2" }, author);
    expect(v2.status).toBe(200);
    expect(v2.body).toMatchObject({ number: 2, previousNumber: 1, body: "Перезапустите службу WIA", diff: { added: 1, removed: 1 } });
    expect((await call(versionRoute, { id: article.id, number: "2" }, reader)).status).toBe(404);
    expect((await call(versionRoute, { id: article.id, number: "9" }, author)).status).toBe(404);

    expect((await call(restoreRoute, id, author, { number: "1" })).status).toBe(400);
    const restored = await call(restoreRoute, id, author, { number: 1 });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({
      status: "published",
      stage: "published_draft",
      body: "Перезапустите службу WIA",
      pendingEdit: { body: "Перезапустите" },
    });

    expect((await call(reviewedRoute, id, reader, {})).status).toBe(403);
    const reviewed = await call(reviewedRoute, id, author, {});
    expect(reviewed.status).toBe(200);
    expect(reviewed.body).toMatchObject({ stale: false, owner: { id: org.specialist.id } });
  });
});
