import { describe, expect, it } from "vitest";
import { buildTicketDocument, ticketVersion } from "./ticket-document";
import type { TicketSource } from "./types";

const source: TicketSource = {
  id: "00000000-0000-4000-8000-000000000001",
  number: 1042,
  type: "incident",
  status: "resolved",
  priority: "high",
  subject: "  Принтер не печатает ",
  description: "Kyocera в регистратуре",
  solution: "Заменён ролик подачи",
  shareable: true,
  categoryId: "c2",
  requesterId: "u1",
  createdById: "u2",
  assigneeId: "s1",
  createdAt: new Date("2026-01-10T08:00:00Z"),
  updatedAt: new Date("2026-01-11T09:00:00Z"),
  resolvedAt: new Date("2026-01-11T09:00:00Z"),
  closedAt: null,
  remarks: [
    { body: "Подойду через полчаса", internal: false },
    { body: "Ремкомплект списан", internal: true },
    { body: "  ", internal: false },
  ],
  watcherIds: ["w2", "w1", "w2"],
  departmentId: "d1",
  categoryPath: ["c1", "c2"],
  lastEventAt: new Date("2026-01-12T10:00:00Z"),
};

describe("buildTicketDocument", () => {
  it("keeps public remarks and internal notes in separate fields", () => {
    const doc = buildTicketDocument(source);
    expect(doc.remarks).toEqual(["Подойду через полчаса"]);
    expect(doc.internalNotes).toEqual(["Ремкомплект списан"]);
  });

  it("carries every field a visibility filter needs", () => {
    const doc = buildTicketDocument(source);
    expect(doc).toMatchObject({ requesterId: "u1", createdById: "u2", departmentId: "d1", watcherIds: ["w1", "w2"], shareable: true });
  });

  it("says who may be suggested it, and stops suggesting it when it is reopened or made private", () => {
    expect(buildTicketDocument(source).suggestTo).toEqual(["public", "internal"]);
    expect(buildTicketDocument({ ...source, status: "in_progress" }).suggestTo).toEqual([]);
    expect(buildTicketDocument({ ...source, shareable: false }).suggestTo).toEqual([]);
  });

  it("trims text, writes dates as ISO and the number bare", () => {
    const doc = buildTicketDocument({ ...source, solution: "  " });
    expect(doc.subject).toBe("Принтер не печатает");
    expect(doc.solution).toBeNull();
    expect(doc.number).toBe("1042");
    expect(doc.createdAt).toBe("2026-01-10T08:00:00.000Z");
    expect(doc.closedAt).toBeNull();
  });

  it("versions the document by the latest change of the row or its events", () => {
    expect(ticketVersion(source)).toBe(Date.parse("2026-01-12T10:00:00Z"));
    expect(ticketVersion({ ...source, lastEventAt: null })).toBe(Date.parse("2026-01-11T09:00:00Z"));
  });
});
