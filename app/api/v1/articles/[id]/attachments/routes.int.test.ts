// The article attachment routes against PostgreSQL: API.md's statuses and the headers that keep a file from
// running as a page. The rules themselves are tested in lib/kb/attachments/article-attachments.int.test.ts.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens";
import { createArticle } from "@/lib/kb/commands";
import { makeOrganisation } from "@/lib/test/fixtures";
import { GET as fileRoute } from "./[attachmentId]/route";
import { POST as uploadRoute } from "./route";

// The routes read a session through next-auth, which does not load outside Next; these calls use API tokens.
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null }));

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const pdf = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");

type Upload = {
  id: string;
  url: string;
  fileName: string;
  contentType: string;
  size: number;
  error?: { code: string; message: string; fields?: Record<string, string> };
};

describe("POST and GET /api/v1/articles/{id}/attachments", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "article-attachment-routes-"));
    process.env.ATTACHMENTS_DIR = dir;
  });
  afterAll(async () => {
    delete process.env.ATTACHMENTS_DIR;
    await rm(dir, { recursive: true, force: true });
  });

  const upload = async (id: string, token: string, name: string, bytes: Uint8Array, type = "application/octet-stream") => {
    const body = new FormData();
    body.set("file", new File([bytes as BlobPart], name, { type }));
    const request = new Request(`http://localhost/api/v1/articles/${id}/attachments`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "accept-language": "en" },
      body,
    });
    const response = await uploadRoute(request, { params: Promise.resolve({ id }) });
    return { status: response.status, body: (await response.json()) as Upload };
  };
  const download = (id: string, attachmentId: string, token: string) =>
    fileRoute(new Request(`http://localhost${id}`, { headers: { authorization: `Bearer ${token}` } }), {
      params: Promise.resolve({ id, attachmentId }),
    });

  it("uploads for the author (201), refuses others and wrong types, and serves the file safely", async () => {
    const org = await makeOrganisation();
    const author = (await createApiToken(org.specialist.id, { name: "tests" })).token;
    const colleague = (await createApiToken(org.specialist2.id, { name: "tests" })).token;
    const requester = (await createApiToken(org.requester.id, { name: "tests" })).token;
    const article = await createArticle(org.specialist, { title: "VPN", body: "Steps", visibility: "internal", language: "en" });

    const image = await upload(article.id, author, "vpn.png", png, "image/png");
    expect(image.status).toBe(201);
    expect(image.body).toMatchObject({
      fileName: "vpn.png",
      contentType: "image/png",
      size: png.length,
      url: `/api/v1/articles/${article.id}/attachments/${image.body.id}`,
    });

    // Not the author, not an editor: 403; cannot see the draft at all: 404.
    expect((await upload(article.id, colleague, "x.png", png)).status).toBe(403);
    expect((await upload(article.id, requester, "x.png", png)).status).toBe(404);
    // The bytes decide: an HTML page named .png is refused with the field named.
    const html = await upload(article.id, author, "evil.png", new TextEncoder().encode("<script>alert(1)</script>"), "image/png");
    expect(html.status).toBe(400);
    // In the caller's own language (the specialist's profile says Russian).
    expect(html.body.error?.fields?.file).toBe("Можно приложить только изображения (PNG, JPEG, GIF, WebP) и PDF");
    const missing = new Request(`http://localhost/x`, {
      method: "POST",
      headers: { authorization: `Bearer ${author}` },
      body: new FormData(),
    });
    expect((await uploadRoute(missing, { params: Promise.resolve({ id: article.id }) })).status).toBe(400);

    const shown = await download(article.id, image.body.id, colleague);
    expect(shown.status).toBe(200);
    expect(shown.headers.get("content-type")).toBe("image/png");
    expect(shown.headers.get("content-disposition")).toMatch(/^inline; filename="vpn.png"/);
    expect(shown.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await shown.arrayBuffer())).toEqual(png);

    const file = await upload(article.id, author, "Инструкция.pdf", pdf, "application/pdf");
    const pdfResponse = await download(article.id, file.body.id, author);
    expect(pdfResponse.headers.get("content-type")).toBe("application/pdf");
    expect(pdfResponse.headers.get("content-disposition")).toMatch(/^attachment; filename="__________.pdf"; filename\*=UTF-8''%D0%98/);

    // An internal draft's files do not exist for a requester; nor does a malformed id.
    expect((await download(article.id, image.body.id, requester)).status).toBe(404);
    expect((await download(article.id, "not-an-id", author)).status).toBe(404);
  });
});
