import { expect, test } from "@playwright/test";
import { apiAs } from "./fixtures";

test("the seed's story runs through the REST API, with visibility, 405, 400 and 409 on the way", async ({ playwright }) => {
  const baseURL = test.info().project.use.baseURL!;
  const requester = await apiAs(playwright.request, baseURL, "requester@demo.local");
  const requester2 = await apiAs(playwright.request, baseURL, "requester2@demo.local");
  const dispatcher = await apiAs(playwright.request, baseURL, "dispatcher@demo.local");
  const specialist = await apiAs(playwright.request, baseURL, "specialist@demo.local");

  const invalid = await requester.post("/api/v1/tickets", { data: { type: "incident", subject: "" } });
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).error.fields).toHaveProperty("subject");

  const filed = await requester.post("/api/v1/tickets", {
    data: { type: "incident", subject: "API: принтер в регистратуре не печатает", description: "Горит оранжевая лампа", urgency: "high" },
  });
  expect(filed.status()).toBe(201);
  const ticket = await filed.json();
  expect(ticket).toMatchObject({ status: "new", priority: "high", number: expect.stringMatching(/^HD-\d+$/) });
  const path = `/api/v1/tickets/${ticket.id}`;

  expect((await requester2.get(path)).status()).toBe(404);
  expect((await requester2.post(`${path}/remarks`, { data: { body: "я тоже" } })).status()).toBe(404);
  expect((await dispatcher.delete(path)).status()).toBe(405);
  const early = await requester.post(`${path}/confirm`, { data: { rating: 5 } });
  expect(early.status()).toBe(409);
  // In the requester's saved language, Russian, whatever the client's Accept-Language says.
  expect((await early.json()).error.message).toBe("Невозможно, пока заявка новая");
  expect((await requester.post(`${path}/assign`, { data: { assigneeId: ticket.requester.id } })).status()).toBe(403);

  const specialistId = (await (await specialist.get("/api/v1/me")).json()).id;
  const step = async (client: typeof requester, action: string, data: object, status = 200) => {
    const response = await client.post(`${path}/${action}`, { data });
    expect(response.status(), `${action}: ${await response.text()}`).toBe(status);
    return response.json();
  };
  await step(dispatcher, "assign", { assigneeId: specialistId });
  expect((await step(specialist, "wait", { reason: "Какая модель принтера?" })).status).toBe("waiting");
  expect((await step(requester, "remarks", { body: "HP LaserJet 400" }, 201)).status).toBe("in_progress");
  await step(specialist, "resolve", { solution: "Заменён картридж" });
  expect((await step(requester, "reject", { complaint: "Всё ещё полосы" })).reopenCount).toBe(1);
  await step(specialist, "resolve", { solution: "Почищен фьюзер, заменён картридж" });
  const closed = await step(requester, "confirm", { rating: 4, comment: "Спасибо" });
  expect(closed).toMatchObject({ status: "closed", rating: 4, closedBy: "requester" });
  expect(closed.timeline.filter((i: { kind: string }) => i.kind === "event").map((i: { action: string }) => i.action)).toEqual([
    "created",
    "assigned",
    "waiting",
    "remarked",
    "answered",
    "resolved",
    "rejected",
    "resolved",
    "confirmed",
  ]);

  const list = await (await requester.get("/api/v1/tickets?status=closed&limit=5")).json();
  expect(list.items.some((t: { id: string }) => t.id === ticket.id)).toBe(true);
  const others = await (await requester2.get("/api/v1/tickets?limit=100")).json();
  expect(others.items.some((t: { id: string }) => t.id === ticket.id)).toBe(false);
});
