import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, getSql, schema } from "@/db/client";
import { createArticle, publishArticle } from "@/lib/kb/commands";
import { groupTexts } from "@/lib/reports/grouping";
import { background, fixture, passwordExpired, printerNoPrint } from "@/lib/reports/grouping/fixture.test-data";
import { makeOrganisation } from "@/lib/test/fixtures";
import { createTicket } from "@/lib/tickets/create-ticket";
import { getTicket } from "@/lib/tickets/get-ticket";
import { getSearchClient, pingSearch } from "@/search/client";
import { aliasName } from "@/search/indices/names";
import { indexDocument } from "@/search/sync/index-document";
import { createProblem } from "../create-problem";
import { getProblem } from "../get-problem";
import { linkTicket } from "../link-ticket";
import { markKnownError } from "../mark-known-error";
import { resolveProblem } from "../resolve-problem";
import { dismissSuggestedProblem } from "./dismiss-suggested-problem";
import { rematchOpenTickets } from "./rematch-open-tickets";
import { suggestProblem } from "./suggest-problem";
import { problemHints } from "./suggested-problem";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;

/** Stores one group of the real grouping (2,000 realistic tickets and the fixture), as the hourly job would. */
async function storeGroupOf(memberId: string, tickets: string[] = []) {
  const groups = groupTexts([...fixture, ...background]);
  const group = groups.find((g) => g.members.includes(memberId))!;
  const [row] = await getDb()
    .insert(schema.problemGroups)
    .values({ labelRu: "test", centroid: group.centroid, threshold: group.threshold ?? 0 })
    .returning();
  if (tickets.length)
    await getDb()
      .insert(schema.problemGroupTickets)
      .values(tickets.map((ticketId) => ({ groupId: row.id, ticketId })));
  return row;
}

async function queuedSuggestJobs(ticketId: string) {
  const [row] = await getSql()<{ n: number }[]>`
    select count(*)::int as n from pgboss.job where name = 'problems.suggest' and data->>'ticketId' = ${ticketId}`;
  return row.n;
}

describe("new tickets matching an open problem are offered for linking", { timeout: 60_000 }, () => {
  let org: Org;
  const file = (subject: string, description: string) =>
    createTicket(org.requester, { type: "incident", subject, description, categoryId: org.category.id });
  beforeAll(async () => {
    org = await makeOrganisation();
  });

  it("matches a new ticket against the group a problem was opened from, queued with the ticket, shown to IT staff only", async () => {
    const group = await storeGroupOf(printerNoPrint.id);
    const problem = await createProblem(org.dispatcher, { title: "Registry printer spooler", fromGroupId: group.id });
    const matching = await file("Принтер в регистратуре не печатает", "Талоны не выходят, задания застряли в очереди печати.");
    const other = await file("Заказать новый стул для кабинета", "Сломалась ножка у кресла.");
    // The job was queued in the ticket's own transaction; the worker runs it (here: called as the worker would).
    expect(await queuedSuggestJobs(matching.id)).toBe(1);
    expect(await suggestProblem({ ticketId: matching.id })).toEqual({ problemId: problem.id });
    expect(await suggestProblem({ ticketId: matching.id })).toEqual({ problemId: problem.id });
    expect(await suggestProblem({ ticketId: other.id })).toEqual({ problemId: null });

    const seen = await getTicket(org.specialist, matching.id);
    expect(seen.suggestedProblem).toMatchObject({ id: problem.id, number: `PRB-${problem.number}`, status: "open" });
    expect(seen.suggestedProblem!.similarity).toBeGreaterThanOrEqual(group.threshold);
    expect((await getTicket(org.specialist, other.id)).suggestedProblem).toBeNull();
    // Requesters are never offered problems.
    expect((await getTicket(org.requester, matching.id)).suggestedProblem).toBeNull();
    const hints = await problemHints(getDb(), org.specialist, [matching.id, other.id]);
    expect(hints.get(matching.id)).toMatchObject({ number: `PRB-${problem.number}`, kind: "suggested" });
    expect(hints.has(other.id)).toBe(false);
    expect((await problemHints(getDb(), org.requester, [matching.id])).size).toBe(0);

    // Linked, it is no longer offered: it is the problem's now.
    await linkTicket(org.specialist, problem.id, { ticketId: matching.id });
    expect((await getTicket(org.specialist, matching.id)).suggestedProblem).toBeNull();
    expect((await problemHints(getDb(), org.specialist, [matching.id])).get(matching.id)).toMatchObject({ kind: "linked" });
    expect(await suggestProblem({ ticketId: matching.id })).toEqual({ problemId: null });

    // Once the problem is resolved, nothing more is offered for it.
    const late = await file("Регистратура: не печатаются талоны", "Принтер в регистратуре не печатает талоны, очередь печати висит.");
    expect(await suggestProblem({ ticketId: late.id })).toEqual({ problemId: problem.id });
    await resolveProblem(org.dispatcher, problem.id, { solution: "Spooler fixed" });
    expect((await getTicket(org.specialist, late.id)).suggestedProblem).toBeNull();
    const after = await file("Принтер в регистратуре опять не печатает", "Талоны не выходят, очередь печати.");
    expect(await suggestProblem({ ticketId: after.id })).toEqual({ problemId: null });
  });

  it("offers a problem opened today for the open tickets already waiting that repeat it", async () => {
    const waiting = await file("Не печатает принтер в регистратуре", "Талоны не выходят, задание висит в очереди печати.");
    const unrelated = await file("Не работает мышь", "Курсор не двигается.");
    const group = await storeGroupOf(printerNoPrint.id);
    const problem = await createProblem(org.dispatcher, { title: "Registry printers again", fromGroupId: group.id });
    const [queued] = await getSql()<{ n: number }[]>`
      select count(*)::int as n from pgboss.job where name = 'problems.rematch' and data->>'problemId' = ${problem.id}`;
    expect(queued.n).toBe(1);
    // The worker's run, as it would do it.
    expect((await rematchOpenTickets({ problemId: problem.id })).matched).toBeGreaterThanOrEqual(1);
    expect((await getTicket(org.specialist, waiting.id)).suggestedProblem).toMatchObject({ id: problem.id });
    expect((await getTicket(org.specialist, unrelated.id)).suggestedProblem).toBeNull();
    await resolveProblem(org.dispatcher, problem.id, { solution: "Drivers updated" });
  });

  it("stops offering a problem IT staff said the ticket is not, and does not offer it again", async () => {
    const group = await storeGroupOf(printerNoPrint.id);
    const problem = await createProblem(org.dispatcher, { title: "Registry printer, third time", fromGroupId: group.id });
    const ticket = await file("Не печатает принтер, регистратура", "Талоны не выходят, очередь печати стоит.");
    expect(await suggestProblem({ ticketId: ticket.id })).toEqual({ problemId: problem.id });
    expect((await getTicket(org.specialist, ticket.id)).suggestedProblem).toMatchObject({ id: problem.id });

    await expect(dismissSuggestedProblem(org.requester, ticket.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(dismissSuggestedProblem(org.specialist, "HD-999999999")).rejects.toMatchObject({ code: "not_found" });
    await dismissSuggestedProblem(org.specialist, ticket.id);
    expect((await getTicket(org.specialist, ticket.id)).suggestedProblem).toBeNull();
    expect((await problemHints(getDb(), org.specialist, [ticket.id])).has(ticket.id)).toBe(false);
    // The matching runs again (a problem opened later re-matches the queue): the dismissed one stays dismissed.
    await suggestProblem({ ticketId: ticket.id });
    expect((await getTicket(org.specialist, ticket.id)).suggestedProblem).toBeNull();
    await dismissSuggestedProblem(org.specialist, ticket.id);
    await resolveProblem(org.dispatcher, problem.id, { solution: "Spooler fixed" });
  });

  it("knows the group of a problem opened by hand from where its linked tickets were grouped", async () => {
    const first = await file("Password expired", "Windows says my password expired");
    const group = await storeGroupOf(passwordExpired.id, [first.id]);
    const problem = await createProblem(org.specialist, { title: "Password expiry mails not sent", ticketIds: [first.id] });
    const next = await file("My Windows password expired", "Cannot log in, it asks me to change the password.");
    expect(await suggestProblem({ ticketId: next.id })).toEqual({ problemId: problem.id });
    expect(group.id).toBeTruthy();
  });
});

describe("a known error drafts its article", { timeout: 60_000 }, () => {
  let org: Org;
  beforeAll(async () => {
    org = await makeOrganisation();
  });

  it("drafts once, from root cause and workaround, linked to the problem, with the near-duplicates found", async () => {
    const db = getDb();
    const marker = `спулер${[...org.tag].map((d) => "абвгдежзик"[Number(d)]).join("")}`;
    const existing = await createArticle(org.dispatcher, {
      title: `Не печатает принтер: очередь печати ${marker}`,
      body: `Перезапустите службу ${marker} диспетчера печати и очистите очередь.`,
      visibility: "public",
      language: "ru",
    });
    const [editor] = await db
      .insert(schema.users)
      .values({ email: `editor-${org.tag}@test.local`, name: "editor" })
      .returning();
    await db.insert(schema.userRoles).values({ userId: editor.id, role: "editor" });
    const { getUserById } = await import("@/lib/people/get-user");
    await publishArticle((await getUserById(editor.id))!, existing.id);
    if (await pingSearch()) {
      await indexDocument({ kind: "article", id: existing.id });
      await (await getSearchClient()).indices.refresh({ index: aliasName("article") });
    }
    const ticket = await createTicket(org.requester, {
      type: "incident",
      subject: "Не печатает принтер",
      description: "Очередь печати",
      categoryId: org.category.id,
    });
    const problem = await createProblem(org.specialist, { title: `Принтеры регистратуры ${marker}`, ticketIds: [ticket.id] });
    const result = await markKnownError(org.specialist, problem.id, {
      rootCause: `Служба ${marker} падает после обновления драйвера`,
      workaround: "Перезапустить службу диспетчера печати\nОчистить очередь печати",
      workaroundPublic: true,
    });
    expect(result.nearDuplicates.map((d) => d.id)).toContain(existing.id);
    const [article] = await db.select().from(schema.articles).where(eq(schema.articles.id, result.articleId!));
    expect(article).toMatchObject({
      status: "draft",
      authorId: org.specialist.id,
      language: "ru",
      visibility: "public",
      categoryId: org.category.id,
    });
    expect(article.body).toContain("## Причина");
    expect(article.body).toContain("## Обходное решение\n\n1. Перезапустить службу диспетчера печати\n2. Очистить очередь печати");

    const detail = await getProblem(org.specialist, problem.id);
    expect(detail.articles[0]).toMatchObject({ id: article.id, relation: "drafted", status: "draft" });
    expect(detail.articles[0].nearDuplicates.map((d) => d.id)).toContain(existing.id);
    expect(detail.timeline.at(-1)).toMatchObject({ action: "known_error", data: { articleId: article.id } });

    // Restating the workaround does not draft a second article.
    const again = await markKnownError(org.specialist, problem.id, { workaround: "Перезагрузить принтер" });
    expect(again.articleId).toBeNull();
    const links = await db.select().from(schema.problemArticles).where(eq(schema.problemArticles.problemId, problem.id));
    expect(links).toHaveLength(1);
    await expect(getSql()`delete from problem_articles where problem_id = ${problem.id}`).rejects.toThrow(/never deleted/);
  });
});
