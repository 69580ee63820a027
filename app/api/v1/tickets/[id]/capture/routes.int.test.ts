// The capture and link routes against PostgreSQL (the search node may be down: near-duplicates then come from
// Postgres). The domain rules are tested in lib/kb/capture/capture.int.test.ts; here the contract of API.md.
import { describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens";
import { makeOrganisation } from "@/lib/test/fixtures";
import { createTicket } from "@/lib/tickets/create-ticket";
import { resolveTicket } from "@/lib/tickets/resolve-ticket";
import { POST as linkRoute } from "../articles/route";
import { POST as captureRoute, GET as previewRoute } from "./route";

// The routes read a session through next-auth, which does not load outside Next; these calls use API tokens.
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null }));

describe("the capture and link routes", () => {
  type Body = {
    error: { code: string; message: string; fields?: Record<string, string> };
    id: string;
    status: string;
    title: string;
    draft: { title: string; language: string };
    nearDuplicates: unknown[];
  };
  type Handler = (r: Request, c: { params: Promise<{ id: string }> }) => Promise<Response>;
  const call = async (handler: Handler, method: string, id: string, token: string, body?: object) => {
    const request = new Request(`http://localhost/api/v1/tickets/${id}/x`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "accept-language": "ru" },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const response = await handler(request, { params: Promise.resolve({ id }) });
    return { status: response.status, body: (await response.json()) as Body };
  };

  it("answer API.md's statuses and shapes", async () => {
    const org = await makeOrganisation();
    const staff = (await createApiToken(org.specialist.id, { name: "tests" })).token;
    const requester = (await createApiToken(org.requester.id, { name: "tests" })).token;
    const ticket = await createTicket(org.requester, {
      type: "request",
      subject: "Нужен доступ к папке отдела",
      description: "Папка \\\\srv\\dept",
    });

    const open = await call(captureRoute, "POST", ticket.id, staff);
    expect(open.status).toBe(409);
    expect(open.body.error).toMatchObject({ code: "conflict", message: "Статью можно создать только из решённой или закрытой заявки" });
    expect((await call(captureRoute, "POST", ticket.id, requester)).status).toBe(403);

    await resolveTicket(org.dispatcher, ticket.id, { solution: "Выдан доступ через группу AD" });
    const preview = await call(previewRoute, "GET", ticket.id, staff);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ draft: { title: "Нужен доступ к папке отдела", language: "ru" } });
    expect(Array.isArray(preview.body.nearDuplicates)).toBe(true);

    const created = await call(captureRoute, "POST", ticket.id, staff);
    expect(created.status).toBe(201);
    // API.md: the answer is the draft article itself, its near-duplicates an added field.
    expect(created.body).toMatchObject({ status: "draft", title: "Нужен доступ к папке отдела" });
    expect(Array.isArray(created.body.nearDuplicates)).toBe(true);

    const missing = await call(linkRoute, "POST", ticket.id, staff, {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields).toEqual({ articleId: "Выберите статью" });
    // The captured draft is linked already and is no published article.
    const draft = await call(linkRoute, "POST", ticket.id, staff, { articleId: created.body.id });
    expect(draft.status).toBe(400);
  });
});
