import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, schema } from "@/db/client";
import { AppError } from "@/lib/errors";
import { getUserById } from "@/lib/people/get-user";
import { makeOrganisation } from "@/lib/test/fixtures";
import { archiveArticle, createArticle, publishArticle } from "../commands";
import { addArticleAttachment } from "./add-article-attachment";
import { readArticleAttachment } from "./read-article-attachment";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const pdf = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");

async function codeOf(work: Promise<unknown>): Promise<string | null> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof AppError ? error.code : null;
}

describe("article attachments against PostgreSQL and a real store", () => {
  let org: Org;
  let dir: string;
  let editor: NonNullable<Awaited<ReturnType<typeof getUserById>>>;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "article-attachments-"));
    process.env.ATTACHMENTS_DIR = dir;
    org = await makeOrganisation();
    const [user] = await getDb()
      .insert(schema.users)
      .values({ email: `editor-${org.tag}@test.local`, name: "editor", language: "ru" })
      .returning();
    await getDb().insert(schema.userRoles).values({ userId: user.id, role: "editor" });
    editor = (await getUserById(user.id))!;
  });
  afterAll(async () => {
    delete process.env.ATTACHMENTS_DIR;
    await rm(dir, { recursive: true, force: true });
  });

  const draft = () => createArticle(org.specialist, { title: "Сканер в МИС", body: "Шаги", visibility: "public", language: "ru" });

  it("lets the author attach, stores bytes and row with an audit event, and shows the file to IT staff only while a draft", async () => {
    const article = await draft();
    const added = await addArticleAttachment(org.specialist, article.id, { fileName: "C:\\tmp\\окно.png", bytes: png });
    expect(added).toMatchObject({ articleId: article.id, fileName: "окно.png", contentType: "image/png", size: png.length });
    expect(added.url).toBe(`/api/v1/articles/${article.id}/attachments/${added.id}`);
    expect(await readdir(path.join(dir, article.id))).toHaveLength(1);
    const [event] = await getDb()
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.entityId, article.id), eq(schema.auditEvents.action, "attachment_added")));
    expect(event.data).toMatchObject({ attachmentId: added.id, fileName: "окно.png" });

    const read = await readArticleAttachment(org.specialist2, article.id, added.id);
    expect(Buffer.compare(read.bytes, Buffer.from(png))).toBe(0);
    // A draft is staff-only, and so are its files.
    expect(await codeOf(readArticleAttachment(org.requester, article.id, added.id))).toBe("not_found");
    await publishArticle(editor, article.id);
    expect((await readArticleAttachment(org.requester, article.id, added.id)).contentType).toBe("image/png");
    // An attachment is only found under its own article.
    const other = await draft();
    expect(await codeOf(readArticleAttachment(org.specialist, other.id, added.id))).toBe("not_found");
  });

  it("allows only the author or a knowledge editor, and writes nothing for anyone else", async () => {
    const article = await draft();
    expect(await codeOf(addArticleAttachment(org.specialist2, article.id, { fileName: "a.png", bytes: png }))).toBe("forbidden");
    expect(await codeOf(addArticleAttachment(org.requester, article.id, { fileName: "a.png", bytes: png }))).toBe("not_found");
    await expect(readdir(path.join(dir, article.id))).rejects.toThrow();
    expect((await addArticleAttachment(editor, article.id, { fileName: "scan.pdf", bytes: pdf })).contentType).toBe("application/pdf");
    await archiveArticle(editor, article.id, { reason: "Устарела" });
    expect(await codeOf(addArticleAttachment(editor, article.id, { fileName: "b.png", bytes: png }))).toBe("conflict");
  });

  it("decides the type by the bytes: HTML named .png, SVG and empty files are refused", async () => {
    const article = await draft();
    const refuse = (fileName: string, bytes: Uint8Array) => codeOf(addArticleAttachment(org.specialist, article.id, { fileName, bytes }));
    expect(await refuse("evil.png", new TextEncoder().encode("<html><script>alert(1)</script></html>"))).toBe("invalid_input");
    expect(await refuse("logo.svg", new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))).toBe(
      "invalid_input",
    );
    expect(await refuse("empty.png", new Uint8Array())).toBe("invalid_input");
    expect((await addArticleAttachment(org.specialist, article.id, { fileName: "scan.png", bytes: pdf })).contentType).toBe(
      "application/pdf",
    );
  });
});
