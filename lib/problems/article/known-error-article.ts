import { desc, eq, sql } from "drizzle-orm";
import { type Db, schema, type Tx, type TxDb } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { type NearDuplicate, nearDuplicatesOf } from "@/lib/kb/capture/near-duplicates";
import { draftFromProblem } from "@/lib/kb/capture/problem-draft";
import { insertArticle } from "@/lib/kb/commands";
import type { LoadedProblem } from "../load-problem";

type Known = Pick<LoadedProblem, "title" | "description"> & { rootCause: string | null; workaround: string };

/** Whether the problem has had its article drafted already: a known error drafts one article, once. */
export async function hasDraftedArticle(db: Db | TxDb, problemId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: schema.problemArticles.articleId })
    .from(schema.problemArticles)
    .where(eq(schema.problemArticles.problemId, problemId))
    .limit(1);
  return Boolean(row);
}

/**
 * The capture flow's near-duplicate check for a known error: published or pending articles that may already cover
 * it, asked of the search node (Postgres while it is down) before the problem is locked.
 */
export async function knownErrorNearDuplicates(actor: CurrentUser, problem: Known): Promise<NearDuplicate[]> {
  const description = [problem.description, problem.rootCause, problem.workaround].filter(Boolean).join("\n");
  return nearDuplicatesOf(actor, null, { subject: problem.title, description });
}

/**
 * Drafts the known error's article inside the command's transaction: from its root cause and workaround, in the
 * category most of its tickets are filed under, authored by whoever recorded the known error, linked to the problem
 * with the near-duplicates found, so the problem page can say "this one may already cover it". The draft then goes
 * through the usual review (submit, publish by an editor).
 */
export async function draftKnownErrorArticle(
  tx: Tx,
  actor: CurrentUser,
  problem: Known & { id: string; workaroundPublic: boolean },
  nearDuplicates: NearDuplicate[],
) {
  const [category] = await tx.db
    .select({ id: schema.tickets.categoryId })
    .from(schema.problemTickets)
    .innerJoin(schema.tickets, eq(schema.tickets.id, schema.problemTickets.ticketId))
    .where(
      sql`${schema.problemTickets.problemId} = ${problem.id} and ${schema.problemTickets.unlinkedAt} is null and ${schema.tickets.categoryId} is not null`,
    )
    .groupBy(schema.tickets.categoryId)
    .orderBy(desc(sql`count(*)`), schema.tickets.categoryId)
    .limit(1);
  const draft = draftFromProblem({ ...problem, categoryId: category?.id ?? null });
  const article = await insertArticle(tx, actor, {
    title: draft.title,
    body: draft.body,
    categoryId: draft.categoryId,
    visibility: draft.visibility,
    language: draft.language,
  });
  await tx.db.insert(schema.problemArticles).values({
    problemId: problem.id,
    articleId: article.id,
    nearDuplicates: nearDuplicates.map((d) => ({ id: d.id, title: d.title })),
  });
  return article;
}
