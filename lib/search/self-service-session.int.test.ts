import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, schema, withTransaction } from "@/db/client";
import { makeOrganisation } from "@/lib/test/fixtures";
import { createTicket } from "@/lib/tickets/create-ticket";
import { markSessionSolved, recordSession } from "./self-service-session";

const visit = async (id: string) =>
  (await getDb().select().from(schema.selfServiceSessions).where(eq(schema.selfServiceSessions.id, id)))[0];

describe("a visit of the new-ticket form against PostgreSQL", () => {
  it("starts empty, grows with what is shown and opened, and ends with the ticket filed", async () => {
    const org = await makeOrganisation();
    const id = crypto.randomUUID();
    const a = `article:${crypto.randomUUID()}`;
    const b = `ticket:${crypto.randomUUID()}`;
    await recordSession(org.requester, { id, shown: [] });
    expect(await visit(id)).toMatchObject({ userId: org.requester.id, shown: [], opened: [] });
    await recordSession(org.requester, { id, shown: [a] });
    await recordSession(org.requester, { id, shown: [a, b], opened: a });
    expect((await visit(id)).shown.sort()).toEqual([a, b].sort());
    expect((await visit(id)).opened).toEqual([a]);
    // Another person cannot write into this visit.
    await recordSession(org.stranger, { id, shown: [`article:${crypto.randomUUID()}`] });
    expect((await visit(id)).shown).toHaveLength(2);
    const ticket = await createTicket(org.requester, { type: "incident", subject: "Не печатает", sessionId: id });
    expect((await visit(id)).ticketId).toBe(ticket.id);
  });

  it("records a visit filed before any suggestion came back, and a solve", async () => {
    const org = await makeOrganisation();
    const quick = crypto.randomUUID();
    const ticket = await createTicket(org.requester, { type: "incident", subject: "Быстро", sessionId: quick });
    expect(await visit(quick)).toMatchObject({ ticketId: ticket.id, shown: [] });
    const solved = crypto.randomUUID();
    await recordSession(org.requester, { id: solved, shown: ["article:00000000-0000-4000-8000-000000000001"] });
    await withTransaction((tx) => markSessionSolved(tx.db, org.requester.id, solved, "article:00000000-0000-4000-8000-000000000001"));
    expect((await visit(solved)).solved).toBe("article:00000000-0000-4000-8000-000000000001");
  });
});
