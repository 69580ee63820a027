import { type APIRequestContext, expect, test } from "@playwright/test";
import { apiAs } from "./fixtures";

/**
 * The knowledge loop through the REST API, in English: a ticket is solved, its solution becomes an article
 * (captured by the specialist, published by an editor), and the next requester with the same problem is
 * answered by it without filing a ticket; the article's counters show both the vote and the deflection.
 */
test("a solved ticket becomes a published article that answers the next requester", async ({ playwright }) => {
  const baseURL = test.info().project.use.baseURL!;
  const requester = await apiAs(playwright.request, baseURL, "requester@demo.local");
  const requester2 = await apiAs(playwright.request, baseURL, "requester2@demo.local");
  const dispatcher = await apiAs(playwright.request, baseURL, "dispatcher@demo.local");
  const specialist = await apiAs(playwright.request, baseURL, "specialist@demo.local");
  const editor = await apiAs(playwright.request, baseURL, "editor@demo.local");

  const call = async (client: APIRequestContext, method: "get" | "post", path: string, data?: object, status = 200) => {
    const response = await client[method](path, data ? { data } : undefined);
    expect(response.status(), `${method.toUpperCase()} ${path}: ${await response.text()}`).toBe(status);
    return response.json();
  };

  // A label printer problem the seed knows nothing about.
  const ticket = await call(
    requester,
    "post",
    "/api/v1/tickets",
    {
      type: "incident",
      subject: "Label printer in the lab prints blank labels",
      description:
        "The Zebra label printer feeds labels but nothing is printed on them. Call me back: smirnova@hospital.example, +7 912 345-67-89.",
    },
    201,
  );
  const specialistId = (await call(specialist, "get", "/api/v1/me")).id;
  await call(dispatcher, "post", `/api/v1/tickets/${ticket.id}/assign`, { assigneeId: specialistId });
  await call(specialist, "post", `/api/v1/tickets/${ticket.id}/resolve`, {
    solution:
      "The ribbon was loaded inside out. Reload the thermal transfer ribbon with the ink side facing the labels, then calibrate the printer.",
  });

  // Capture: near-duplicates first, then a draft from the ticket without the requester's details.
  const preview = await call(specialist, "get", `/api/v1/tickets/${ticket.id}/capture`);
  expect(preview.draft.title).toContain("Label printer");
  // API.md: the answer is the draft article itself; the near-duplicates are an added field of it.
  const article = await call(specialist, "post", `/api/v1/tickets/${ticket.id}/capture`, undefined, 201);
  expect(article).toEqual(expect.objectContaining({ id: expect.any(String), status: "draft", nearDuplicates: expect.any(Array) }));
  expect(article.status).toBe("draft");
  expect(article.body).toContain("ribbon");
  expect(article.body).not.toMatch(/smirnova@|345-67-89/);
  expect((await requester.get(`/api/v1/articles/${article.id}`)).status()).toBe(404);

  // Review: the specialist submits, only an editor publishes.
  await call(specialist, "post", `/api/v1/articles/${article.id}/submit`);
  expect((await specialist.post(`/api/v1/articles/${article.id}/publish`)).status()).toBe(403);
  const published = await call(editor, "post", `/api/v1/articles/${article.id}/publish`);
  expect(published.status).toBe("published");

  // The next requester types the same problem in other words and is offered the article.
  const query = "zebra printer printing empty labels";
  await expect
    .poll(
      async () =>
        (await call(requester2, "get", `/api/v1/suggest?q=${encodeURIComponent(query)}&limit=5`)).items.map((i: { id: string }) => i.id),
      {
        timeout: 15_000,
      },
    )
    .toContain(article.id);
  await call(
    requester2,
    "post",
    `/api/v1/articles/${article.id}/feedback`,
    { helpful: true, comment: "Ribbon was the wrong way round" },
    201,
  );
  await call(requester2, "post", `/api/v1/suggest/article/${article.id}/solved`, { q: query }, 201);

  // Both ways: the article lists its source ticket, and its counters show the vote and the problem it solved.
  const detail = await call(editor, "get", `/api/v1/articles/${article.id}`);
  expect(detail.linkedTickets).toEqual([expect.objectContaining({ id: ticket.id, relation: "captured" })]);
  expect(detail.quality).toMatchObject({ helpful: 1, notHelpful: 0, deflections: 1 });
  const linked = await call(specialist, "get", `/api/v1/tickets/${ticket.id}`);
  expect(linked.articles).toEqual([expect.objectContaining({ id: article.id })]);
});
