/**
 * The search endpoints of API.md through their route handlers: authentication, permissions, validation with
 * field messages, and the answers' shapes. Needs ELASTICSEARCH_URL and DATABASE_URL, as `npm test` provides.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens";
import { writeSearchCorpus } from "@/lib/search/test-corpus";
import { useTestIndices } from "@/lib/search/test-indices";
import { makeOrganisation } from "@/lib/test/fixtures";
import { POST as solved } from "../suggest/[kind]/[id]/solved/route";
import { GET as suggestCategory } from "../suggest/category/route";
import { GET as suggest } from "../suggest/route";
import { GET as similar } from "../tickets/[id]/similar/route";
import { GET as search } from "./route";

// Requests here authenticate with API tokens; the session half of the guard (next-auth) is not loaded.
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null }));

let drop: () => Promise<void>;
let corpus: Awaited<ReturnType<typeof writeSearchCorpus>>;
let requesterToken: string;
let specialistToken: string;

const call = async (
  handler: (r: Request, c: { params: Promise<never> }) => Promise<Response>,
  path: string,
  token: string | null,
  params: object = {},
  body?: object,
) => {
  const request = new Request(`http://localhost${path}`, {
    method: body ? "POST" : "GET",
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  });
  const response = await handler(request, { params: Promise.resolve(params as never) });
  return { status: response.status, body: await response.json() };
};

describe("search API", () => {
  beforeAll(async () => {
    const indices = await useTestIndices();
    drop = indices.drop;
    const org = await makeOrganisation();
    corpus = await writeSearchCorpus(org);
    requesterToken = (await createApiToken(org.requester.id, { name: "tests" })).token;
    specialistToken = (await createApiToken(org.specialist.id, { name: "tests" })).token;
    await indices.indexAll();
  });

  afterAll(async () => {
    await drop?.();
  });

  it("GET /api/v1/suggest answers items, and 401 / 400 as API.md says", async () => {
    expect((await call(suggest, "/api/v1/suggest?q=x", null)).status).toBe(401);
    const invalid = await call(suggest, "/api/v1/suggest?limit=500", requesterToken);
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.error.fields)).toEqual(expect.arrayContaining(["q", "limit"]));
    const ok = await call(suggest, `/api/v1/suggest?q=${encodeURIComponent("принтер зажёвывает бумагу")}&limit=3`, requesterToken);
    expect(ok.status).toBe(200);
    expect(ok.body.items.length).toBeGreaterThan(0);
    expect(ok.body.items[0]).toEqual({
      kind: expect.any(String),
      id: expect.any(String),
      title: expect.any(String),
      snippet: expect.any(String),
      url: expect.any(String),
      score: expect.any(Number),
    });
  });

  it("POST /api/v1/suggest/{kind}/{id}/solved records a deflection (201), 404 for anything else", async () => {
    const ok = await call(solved, "/x", requesterToken, { kind: "ticket", id: corpus.jam.id }, { q: "принтер" });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ kind: "ticket", itemId: corpus.jam.id });
    expect((await call(solved, "/x", requesterToken, { kind: "ticket", id: corpus.privateSolution.id }, { q: "" })).status).toBe(404);
    expect((await call(solved, "/x", requesterToken, { kind: "page", id: "nope" }, { q: "" })).status).toBe(404);
  });

  it("GET /api/v1/search is for IT staff, with filters, facets and a cursor", async () => {
    expect((await call(search, "/api/v1/search?q=принтер", requesterToken)).status).toBe(403);
    expect((await call(search, "/api/v1/search?status=lost", specialistToken)).status).toBe(400);
    const ok = await call(search, `/api/v1/search?q=${encodeURIComponent("принтер")}&status=resolved,closed&limit=1`, specialistToken);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ total: expect.any(Number), facets: { status: expect.any(Array), kind: expect.any(Array) } });
    expect(ok.body.items).toHaveLength(1);
    expect(["resolved", "closed"]).toContain(ok.body.items[0].status);
    expect(ok.body.nextCursor).toBe("1");
  });

  it("GET /api/v1/tickets/{id}/similar lists solved tickets with solutions; 404 for no ticket", async () => {
    const ok = await call(similar, "/x?limit=3", specialistToken, { id: corpus.openTicket.id });
    expect(ok.status).toBe(200);
    expect(ok.body.items.map((i: { id: string }) => i.id)).toContain(corpus.jam.id);
    expect((await call(similar, "/x", specialistToken, { id: "00000000-0000-4000-8000-000000000000" })).status).toBe(404);
  });

  it("GET /api/v1/suggest/category answers the best categories", async () => {
    const ok = await call(suggestCategory, `/x?q=${encodeURIComponent("принтер зажевал бумагу")}`, requesterToken);
    expect(ok.status).toBe(200);
    expect(ok.body.items[0]).toMatchObject({ categoryId: expect.any(String), confidence: expect.any(Number) });
  });
});
