import { eq } from "drizzle-orm";
import type { z } from "zod";
import { schema, type Tx, withTransaction } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { assertCategory, assertOwner, assertTranslation } from "./article-checks";
import { type ArticleRow, recordArticleEvent } from "./article-command";
import { mayCreateArticle } from "./article-rules";
import { createArticleInput } from "./schemas";

const { articles, tickets, ticketArticles } = schema;

/** A new draft, written by IT staff; `sourceTicketId` links it to the ticket it was captured from. */
export async function createArticle(actor: CurrentUser, raw: z.input<typeof createArticleInput>): Promise<ArticleRow> {
  if (!mayCreateArticle(actor)) throw new AppError("forbidden", "Only IT staff can do this");
  const input = createArticleInput.parse(raw);
  return withTransaction((tx) => insertArticle(tx, actor, input));
}

/**
 * The draft itself, its link to the source ticket and its audit event, inside the caller's transaction (so a
 * capture can write the article and the ticket's event together).
 */
export async function insertArticle(tx: Tx, actor: CurrentUser, input: z.infer<typeof createArticleInput>): Promise<ArticleRow> {
  await assertCategory(tx, input.categoryId);
  await assertTranslation(tx, input.translationOfId, input.language);
  await assertOwner(tx, input.ownerId);
  if (input.sourceTicketId) {
    const [ticket] = await tx.db.select({ id: tickets.id }).from(tickets).where(eq(tickets.id, input.sourceTicketId));
    if (!ticket) throw new AppError("invalid_input", "Some fields are not valid", { sourceTicketId: "Ticket not found" });
  }
  const [article] = await tx.db
    .insert(articles)
    .values({
      title: input.title,
      body: input.body,
      categoryId: input.categoryId ?? null,
      tags: input.tags ?? [],
      visibility: input.visibility,
      language: input.language,
      authorId: actor.id,
      ownerId: input.ownerId ?? actor.id,
      translationOfId: input.translationOfId ?? null,
      reviewDueAt: input.reviewDueAt ?? null,
      status: "draft",
    })
    .returning();
  if (input.sourceTicketId) {
    await tx.db.insert(ticketArticles).values({ ticketId: input.sourceTicketId, articleId: article.id, relation: "captured" });
  }
  await recordArticleEvent(tx, article.id, actor.id, {
    action: "created",
    data: {
      title: article.title,
      visibility: article.visibility,
      ...(input.sourceTicketId ? { sourceTicketId: input.sourceTicketId } : {}),
    },
  });
  return article;
}
