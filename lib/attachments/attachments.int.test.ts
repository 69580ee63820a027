import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, schema } from "@/db/client";
import { AppError } from "@/lib/errors";
import { makeOrganisation } from "@/lib/test/fixtures";
import { addRemark } from "@/lib/tickets/add-remark";
import { assignTicket } from "@/lib/tickets/assign-ticket";
import { createTicket } from "@/lib/tickets/create-ticket";
import { addAttachment } from "./add-attachment";
import { maxAttachmentBytes } from "./file-types";
import { listAttachments } from "./list-attachments";
import { readAttachment } from "./read-attachment";

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

describe("attachments against PostgreSQL and a real store", () => {
  let org: Org;
  let dir: string;
  let ticketId: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "attachments-"));
    process.env.ATTACHMENTS_DIR = dir;
    org = await makeOrganisation();
    const ticket = await createTicket(org.requester, { type: "incident", subject: "Скриншот ошибки", description: "" });
    ticketId = ticket.id;
    await assignTicket(org.dispatcher, ticketId, { assigneeId: org.specialist.id });
  });
  afterAll(async () => {
    delete process.env.ATTACHMENTS_DIR;
    await rm(dir, { recursive: true, force: true });
  });

  it("stores the bytes, the row and its audit event, and serves them back to those who may see the ticket", async () => {
    const added = await addAttachment(org.requester, ticketId, { fileName: "C:\\temp\\ошибка.png", bytes: png });
    expect(added).toMatchObject({ fileName: "ошибка.png", contentType: "image/png", size: png.length, internal: false });
    const files = await readdir(path.join(dir, ticketId));
    expect(files).toHaveLength(1);
    const [event] = await getDb()
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.entityId, ticketId), eq(schema.auditEvents.action, "attachment_added")));
    expect(event.data).toMatchObject({ attachmentId: added.id, fileName: "ошибка.png" });

    const read = await readAttachment(org.specialist, ticketId, added.id);
    expect(Buffer.compare(read.bytes, Buffer.from(png))).toBe(0);
    expect(await codeOf(readAttachment(org.stranger, ticketId, added.id))).toBe("not_found");
  });

  it("decides the type by the bytes: a PDF named .png is a PDF, HTML named .png is refused", async () => {
    expect((await addAttachment(org.requester, ticketId, { fileName: "scan.png", bytes: pdf })).contentType).toBe("application/pdf");
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    expect(await codeOf(addAttachment(org.requester, ticketId, { fileName: "evil.png", bytes: html }))).toBe("invalid_input");
  });

  it("refuses a file over 10 MB with 413, and a stranger with 404", async () => {
    const big = new Uint8Array(maxAttachmentBytes + 1);
    big.set(png);
    expect(await codeOf(addAttachment(org.requester, ticketId, { fileName: "big.png", bytes: big }))).toBe("too_large");
    expect(await codeOf(addAttachment(org.stranger, ticketId, { fileName: "a.png", bytes: png }))).toBe("not_found");
  });

  it("keeps a file on an internal note from the requester: not listed, not served, its event internal", async () => {
    const note = await addRemark(org.specialist, ticketId, { body: "Лог сервера", internal: true });
    const hidden = await addAttachment(org.specialist, ticketId, { fileName: "server.pdf", bytes: pdf, remarkId: note.id });
    expect(hidden.internal).toBe(true);
    expect((await listAttachments(org.requester, { id: ticketId })).map((a) => a.id)).not.toContain(hidden.id);
    expect((await listAttachments(org.specialist, { id: ticketId })).map((a) => a.id)).toContain(hidden.id);
    expect(await codeOf(readAttachment(org.requester, ticketId, hidden.id))).toBe("not_found");
    // The requester cannot attach to a note they cannot see, and learns nothing about it.
    expect(await codeOf(addAttachment(org.requester, ticketId, { fileName: "x.png", bytes: png, remarkId: note.id }))).toBe(
      "invalid_input",
    );
  });
});
