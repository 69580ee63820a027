/**
 * The same searches while the search node is down: answered by Postgres full-text search, marked `limited`,
 * and behind the same walls. The node is made unreachable for this file only, by replacing the app's client.
 * Needs DATABASE_URL (a migrated database).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeOrganisation } from "@/lib/test/fixtures";
import { searchQuery } from "./schemas";
import { searchDesk } from "./search-desk";
import { similarTicketsFor } from "./similar-tickets";
import { suggestCategoryFor } from "./suggest-category";
import { suggestSolutions } from "./suggest-solutions";
import { writeSearchCorpus } from "./test-corpus";

vi.mock("@/search/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/search/client")>()),
  getSearchClient: () => Promise.reject(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9200"), { name: "ConnectionError" })),
}));

type Org = Awaited<ReturnType<typeof makeOrganisation>>;
let org: Org;
let corpus: Awaited<ReturnType<typeof writeSearchCorpus>>;
const search = (user: Org["specialist"], params: Record<string, unknown>) => searchDesk(user, searchQuery.parse(params));
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe("search while the search node is down", () => {
  beforeAll(async () => {
    org = await makeOrganisation();
    corpus = await writeSearchCorpus(org);
    vi.spyOn(console, "error").mockImplementation(() => {});
  });

  afterAll(() => {
    vi.restoreAllMocks();
  });

  it("suggests from Postgres, says so, and keeps every wall", async () => {
    const secrets = [
      `секретноеописание${org.tag}`,
      `секретнаязаметка${org.tag}`,
      `публичнаяремарка${org.tag}`,
      `закрытоерешение${org.tag}`,
      `Strangersecret${org.tag}`,
      `Служебныйкод${org.tag}`,
    ];
    const found = await suggestSolutions(org.requester, { q: `принтер зажёвывает бумагу ${org.tag}`, limit: 10 });
    expect(found.limited).toBe(true);
    expect(ids(found.items)).toContain(corpus.jam.id);
    for (const q of [...secrets, `принтер ${org.tag}`, `пароль администратора принтера ${org.tag}`, `сервисное меню ${org.tag}`]) {
      const answer = await suggestSolutions(org.requester, { q, limit: 10 });
      const text = JSON.stringify(answer);
      for (const secret of secrets) expect(text).not.toContain(secret);
      expect(ids(answer.items)).not.toContain(corpus.privateSolution.id);
      expect(ids(answer.items)).not.toContain(corpus.openTicket.id);
      expect(ids(answer.items)).not.toContain(corpus.internalArticle.id);
    }
  });

  it("uses the domain synonyms and highlights safely", async () => {
    const answer = await suggestSolutions(org.requester, { q: `МФУ ${org.tag}`, limit: 10 });
    expect(ids(answer.items)).toContain(corpus.jam.id);
    const staff = await search(org.specialist, { q: `регистратуре ${org.tag}` });
    const description = staff.items.find((i) => i.id === corpus.jam.id)?.highlights.description?.join(" ") ?? "";
    expect(description).toContain("<mark>регистратуре</mark>");
    expect(description).not.toContain("<script>");
  });

  it("searches internal notes for staff only and a requester's own tickets only", async () => {
    const staff = await search(org.specialist, { q: `секретнаязаметка${org.tag}` });
    expect(staff.limited).toBe(true);
    expect(ids(staff.items)).toEqual([corpus.jam.id]);
    expect((await search(org.requester, { q: `секретнаязаметка${org.tag}` })).items).toEqual([]);
    expect((await search(org.requester, { q: `Strangersecret${org.tag}` })).items).toEqual([]);
    expect(ids((await search(org.requester, { q: `публичнаяремарка${org.tag}` })).items)).toEqual([corpus.jam.id]);
  });

  it("filters and counts facets", async () => {
    const answer = await search(org.specialist, { q: `принтер ${org.tag}`, status: "resolved" });
    expect(ids(answer.items)).toEqual([corpus.jam.id]);
    expect(answer.facets.status).toEqual(
      expect.arrayContaining([
        { value: "resolved", count: 1 },
        { value: "new", count: 1 },
      ]),
    );
  });

  it("finds similar tickets and a category", async () => {
    const similar = await similarTicketsFor(org.specialist, corpus.openTicket.id, 5);
    expect(similar.limited).toBe(true);
    expect(ids(similar.items)).toContain(corpus.jam.id);
    expect(ids(similar.items)).not.toContain(corpus.openTicket.id);
    // The run's tag alone: other runs' and the demo's printer tickets in the same database would share the vote.
    const category = await suggestCategoryFor({ q: org.tag });
    expect(category.items[0]?.categoryId).toBe(org.category.id);
  });
});
