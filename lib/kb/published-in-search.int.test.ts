/**
 * The way from the editor's "Publish" to a requester's suggestions, with the real worker handling the real
 * search.index jobs against the real search node: a published article is suggested within seconds, an archived
 * one is not suggested any more. Needs ELASTICSEARCH_URL and DATABASE_URL, as `npm test` provides.
 */
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, getSql, schema } from "@/db/client";
import { startWorker } from "@/lib/jobs/worker";
import { getUserById } from "@/lib/people/get-user";
import { suggestQuery } from "@/lib/search/schemas";
import { suggestSolutions } from "@/lib/search/suggest-solutions";
import { useTestIndices } from "@/lib/search/test-indices";
import { makeOrganisation } from "@/lib/test/fixtures";
import { archiveArticle, createArticle, publishArticle, submitArticle } from "./commands";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;

/** Asks again every 200 ms until `done` holds; gives up (returning false) after `seconds`. */
async function eventually(check: () => Promise<boolean>, seconds: number): Promise<boolean> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}

async function searchJobsWaiting(): Promise<number> {
  const [row] = await getSql()<
    { n: number }[]
  >`select count(*)::int as n from pgboss.job where name = 'search.index' and state in ('created', 'retry', 'active')`;
  return row.n;
}

describe("a published article in the requester's suggestions", () => {
  let org: Org;
  let editor: NonNullable<Awaited<ReturnType<typeof getUserById>>>;
  let worker: PgBoss;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ drop } = await useTestIndices());
    org = await makeOrganisation();
    const [user] = await getDb()
      .insert(schema.users)
      .values({ email: `editor-${org.tag}@test.local`, name: "editor", language: "ru", departmentId: org.department.id })
      .returning();
    await getDb().insert(schema.userRoles).values({ userId: user.id, role: "editor" });
    editor = (await getUserById(user.id))!;
    worker = await startWorker(() => {}, ["search.index"]);
    // Earlier test files leave index jobs behind; let the worker clear them so the clock below is this article's.
    await eventually(async () => (await searchJobsWaiting()) === 0, 60);
  }, 90_000);

  afterAll(async () => {
    await worker?.stop({ graceful: false });
    await drop?.();
  });

  it("is suggested within seconds of publishing, and no more once archived", async () => {
    const problem = `Сканер штрихкодов ${org.tag} не считывает браслеты пациентов`;
    const suggested = async (id: string) => {
      const answer = await suggestSolutions(org.requester, suggestQuery.parse({ q: problem }));
      expect(answer.limited).toBeUndefined();
      return answer.items.some((item) => item.kind === "article" && item.id === id);
    };
    const article = await createArticle(org.specialist, {
      title: `Сканер штрихкодов ${org.tag} не считывает браслеты`,
      body: "1. Протрите окно сканера.\n2. Переключите сканер в режим **2D** по карточке настройки.",
      visibility: "public",
      language: "ru",
    });
    await submitArticle(org.specialist, article.id);
    // In review it is the editors' business, not the requesters'.
    expect(await eventually(() => suggested(article.id), 2)).toBe(false);

    await publishArticle(editor, article.id);
    expect(await eventually(() => suggested(article.id), 5)).toBe(true);

    await archiveArticle(editor, article.id, { reason: "Сканеры заменены" });
    expect(await eventually(async () => !(await suggested(article.id)), 5)).toBe(true);
  });
});
