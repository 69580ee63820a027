// The problem routes against PostgreSQL: the contract of API.md (statuses, shapes, messages in the caller's
// language). The domain rules are tested in lib/problems/problems.int.test.ts.
import { describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens";
import { makeOrganisation } from "@/lib/test/fixtures";
import { createTicket } from "@/lib/tickets/create-ticket";
import { DELETE as dismissSuggestionRoute } from "../tickets/[id]/problem-suggestion/route";
import { GET as getTicketRoute } from "../tickets/[id]/route";
import { POST as closeRoute } from "./[id]/close/route";
import { POST as knownErrorRoute } from "./[id]/known-error/route";
import { POST as resolveRoute } from "./[id]/resolve/route";
import { DELETE as deleteRoute, GET as getRoute, PATCH as patchRoute } from "./[id]/route";
import { DELETE as unlinkRoute } from "./[id]/tickets/[ticketId]/route";
import { POST as linkRoute } from "./[id]/tickets/route";
import { POST as timeRoute } from "./[id]/time/route";
import { POST as createRoute, GET as listRoute } from "./route";

// The routes read a session through next-auth, which does not load outside Next; these calls use API tokens.
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null }));

type Body = Record<string, unknown> & { error?: { code: string; message: string; fields?: Record<string, string> } };
// Each route names its own params; the test hands each the ones it reads.
type Handler = (r: Request, c: { params: Promise<never> }) => Promise<Response>;

async function call(
  handler: Handler,
  method: string,
  token: string,
  params: Record<string, string> = {},
  body?: object,
  query = "",
  language = "en",
) {
  const request = new Request(`http://localhost/api/v1/problems/x${query}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "accept-language": language },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const response = await handler(request, { params: Promise.resolve(params) as Promise<never> });
  return { status: response.status, body: (await response.json()) as Body };
}

describe("the problem routes", () => {
  it("answer API.md's statuses and shapes", async () => {
    const org = await makeOrganisation();
    const staff = (await createApiToken(org.specialist.id, { name: "tests" })).token;
    const other = (await createApiToken(org.specialist2.id, { name: "tests" })).token;
    const dispatcher = (await createApiToken(org.dispatcher.id, { name: "tests" })).token;
    const requester = (await createApiToken(org.requester.id, { name: "tests" })).token;
    const ticket = await createTicket(org.requester, { type: "incident", subject: "VPN drops", description: "Every hour" });

    expect((await call(createRoute, "POST", requester, {}, { title: "Mine" })).status).toBe(403);
    expect((await call(createRoute, "POST", staff, {}, { title: "" })).body.error).toMatchObject({
      code: "invalid_input",
      fields: { title: "Дайте проблеме короткий заголовок" },
    });
    const created = await call(createRoute, "POST", staff, {}, { title: "VPN concentrator", ticketIds: [ticket.id] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: "open",
      owner: { id: org.specialist.id },
      tickets: [{ id: ticket.id, status: "new" }],
      effort: { minutes: 0, cost: 0 },
    });
    const id = created.body.id as string;
    const number = created.body.number as string;
    expect(number).toMatch(/^PRB-\d+$/);

    const second = await call(createRoute, "POST", other, {}, { title: "Other" });
    // The message is in the caller's language: their own preference first (specialist2 reads English).
    const conflict = await call(linkRoute, "POST", other, { id: second.body.id as string }, { ticketId: ticket.id }, "", "ru");
    expect(conflict.status).toBe(409);
    expect(conflict.body.error!.message).toBe(`Ticket HD-${ticket.number} is already linked to problem ${number}`);
    const conflictRu = await call(linkRoute, "POST", staff, { id: second.body.id as string }, { ticketId: ticket.id });
    expect(conflictRu.body.error!.message).toBe(`Заявка HD-${ticket.number} уже связана с проблемой ${number}`);

    expect((await call(getRoute, "GET", requester, { id })).status).toBe(403);
    const read = await call(getRoute, "GET", dispatcher, { id: number });
    expect(Object.keys(read.body)).toEqual(
      expect.arrayContaining([
        "id",
        "number",
        "title",
        "description",
        "status",
        "owner",
        "rootCause",
        "workaround",
        "solution",
        "tickets",
        "articles",
        "effort",
        "timeline",
      ]),
    );

    const notOwner = await call(knownErrorRoute, "POST", other, { id }, { workaround: "Reconnect" });
    expect(notOwner).toMatchObject({ status: 403, body: { error: { message: "Only the problem's owner or the dispatcher can do this" } } });
    expect((await call(knownErrorRoute, "POST", staff, { id }, {})).status).toBe(400);
    expect((await call(knownErrorRoute, "POST", staff, { id }, { workaround: "Reconnect", workaroundPublic: true })).body).toMatchObject({
      status: "known_error",
      workaround: "Reconnect",
    });
    const seen = await call(getTicketRoute, "GET", requester, { id: ticket.id });
    expect(seen.body.problem).toEqual({ id, number, status: "known_error", workaround: "Reconnect" });

    expect((await call(patchRoute, "PATCH", staff, { id }, { rootCause: "MTU" })).body).toMatchObject({ rootCause: "MTU" });
    expect((await call(timeRoute, "POST", other, { id }, { minutes: 15 })).status).toBe(201);
    expect((await call(closeRoute, "POST", staff, { id })).status).toBe(409);
    expect((await call(unlinkRoute, "DELETE", staff, { id, ticketId: `HD-${ticket.number}` })).body).toMatchObject({ tickets: [] });
    expect((await call(linkRoute, "POST", staff, { id }, { ticketId: ticket.id })).status).toBe(200);
    const resolved = await call(resolveRoute, "POST", dispatcher, { id }, { solution: "Firmware 7.2", resolveTickets: true });
    expect(resolved.body).toMatchObject({ status: "resolved", tickets: [{ id: ticket.id, status: "resolved" }] });
    expect((await call(closeRoute, "POST", staff, { id })).body).toMatchObject({ status: "closed" });

    const list = await call(listRoute, "GET", dispatcher, {}, undefined, `?status=closed&ownerId=${org.specialist.id}&limit=5`);
    expect(list.body).toMatchObject({ items: [{ id, number, status: "closed" }], nextCursor: null });
    expect((await call(listRoute, "GET", dispatcher, {}, undefined, "?status=nope")).status).toBe(400);

    // Nobody may delete a problem: the answer does not even depend on who asks.
    const refused = await deleteRoute();
    expect(refused.status).toBe(405);
    expect(await refused.json()).toMatchObject({ error: { code: "method_not_allowed" } });
  });

  it("dismiss the problem offered for a ticket: 204 for IT staff, 403 for a requester, 404 for no such ticket", async () => {
    const org = await makeOrganisation();
    const staff = (await createApiToken(org.specialist.id, { name: "tests" })).token;
    const requester = (await createApiToken(org.requester.id, { name: "tests" })).token;
    const ticket = await createTicket(org.requester, { type: "incident", subject: "Printer jam", description: "Again" });
    const dismiss = async (token: string, id: string) => {
      const request = new Request(`http://localhost/api/v1/tickets/${id}/problem-suggestion`, {
        method: "DELETE",
        headers: { authorization: `Bearer ${token}`, "accept-language": "ru" },
      });
      const response = await (dismissSuggestionRoute as Handler)(request, { params: Promise.resolve({ id }) as Promise<never> });
      return { status: response.status, text: await response.text() };
    };
    expect(await dismiss(staff, ticket.id)).toEqual({ status: 204, text: "" });
    const refused = await dismiss(requester, ticket.id);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.text).error.message).toBe("У вас нет прав на это действие");
    const missing = await dismiss(staff, "HD-999999999");
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text).error.message).toBe("Заявка не найдена");
  });
});
