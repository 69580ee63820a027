import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { getTicket, type TicketDetail } from "@/lib/tickets/get-ticket";
import { recordTicketEvent, ticketCommand } from "@/lib/tickets/ticket-command";
import { solvedStatuses } from "@/lib/tickets/ticket-status";
import type { ArticleRow } from "../article-command";
import { insertArticle } from "../commands";
import { type ArticleDraft, draftFromTicket } from "./draft";
import { type NearDuplicate, nearDuplicatesOf } from "./near-duplicates";

const { articles, ticketArticles } = schema;

export const NOT_CAPTURABLE = "An article can be captured only from a resolved or closed ticket";
export const ALREADY_LINKED = "This article is already linked to the ticket";

export const linkArticleInput = z.object({ articleId: z.string("Choose an article").uuid("Not a valid id") });
/** What a person may change before the draft is created: its title (the rest is edited in the article editor). */
export const captureInput = z.object({ title: z.string().trim().min(1, "Write a title").max(200, "At most 200 characters").optional() });

/**
 * The ticket as the capture sees it: visible to the actor (else 404), the actor IT staff (else 403, asked of
 * the state machine's "linkArticle"), and resolved or closed (else 409 saying so).
 */
async function capturableTicket(actor: CurrentUser, ticketId: string): Promise<TicketDetail> {
  await ticketCommand(actor, ticketId, "linkArticle", async (_tx, ticket) => {
    if (!solvedStatuses.includes(ticket.status)) throw new AppError("conflict", NOT_CAPTURABLE);
  });
  return getTicket(actor, ticketId);
}

/** The requester's and the filer's names never go into an article. */
function personalNames(ticket: TicketDetail): string[] {
  return [ticket.requester?.name, ticket.createdBy?.name].filter((n): n is string => Boolean(n));
}

function problemOf(ticket: TicketDetail) {
  return { subject: ticket.subject, description: ticket.description };
}

/** What "Create an article" would create, and the articles that may already cover the problem; nothing is written. */
export async function previewCapture(
  actor: CurrentUser,
  ticketId: string,
): Promise<{ draft: ArticleDraft; nearDuplicates: NearDuplicate[] }> {
  const ticket = await capturableTicket(actor, ticketId);
  const nearDuplicates = await nearDuplicatesOf(actor, ticket.id, problemOf(ticket));
  return { draft: draftFromTicket(ticket, personalNames(ticket)), nearDuplicates };
}

/**
 * Captures a resolved or closed ticket's solution as a draft article linked to it ("captured"), and tells the
 * ticket's timeline. `nearDuplicates` are computed first, so the new draft is never among them. A title given
 * (edited on the capture page) replaces the ticket's subject; it is the person's own words, so kept as typed.
 */
export async function captureArticle(
  actor: CurrentUser,
  ticketId: string,
  raw: z.input<typeof captureInput> = {},
): Promise<{ article: ArticleRow; nearDuplicates: NearDuplicate[] }> {
  const input = captureInput.parse(raw);
  const ticket = await capturableTicket(actor, ticketId);
  const nearDuplicates = await nearDuplicatesOf(actor, ticket.id, problemOf(ticket));
  const draft = draftFromTicket(ticket, personalNames(ticket));
  if (input.title) draft.title = input.title;
  // One transaction: the draft, its link to the ticket, and the ticket's event — all or nothing.
  const article = await ticketCommand(actor, ticket.id, "linkArticle", async (tx, locked) => {
    if (!solvedStatuses.includes(locked.status)) throw new AppError("conflict", NOT_CAPTURABLE);
    const created = await insertArticle(tx, actor, {
      title: draft.title,
      body: draft.body,
      categoryId: draft.categoryId,
      visibility: draft.visibility,
      language: draft.language,
      sourceTicketId: ticket.id,
    });
    // A draft is IT staff's business until it is published: the requester is not told its title.
    await recordTicketEvent(tx, ticket.id, actor.id, {
      action: "article_captured",
      data: { articleId: created.id, title: created.title },
      internal: true,
    });
    return created;
  });
  return { article, nearDuplicates };
}

/** Links an existing published article to a ticket ("linked"); an article linked already in any way is a 409. */
export async function linkArticle(actor: CurrentUser, ticketId: string, articleId: string): Promise<void> {
  const { articleId: id } = linkArticleInput.parse({ articleId });
  await ticketCommand(actor, ticketId, "linkArticle", async (tx, ticket) => {
    const [article] = await tx.db
      .select({ id: articles.id, title: articles.title, visibility: articles.visibility })
      .from(articles)
      .where(and(eq(articles.id, id), eq(articles.status, "published")));
    if (!article) throw new AppError("invalid_input", "Some fields are not valid", { articleId: "No such published article" });
    const inserted = await tx.db
      .insert(ticketArticles)
      .values({ ticketId: ticket.id, articleId: article.id, relation: "linked" })
      .onConflictDoNothing()
      .returning({ articleId: ticketArticles.articleId });
    if (inserted.length === 0) throw new AppError("conflict", ALREADY_LINKED);
    // An internal article is named to IT staff only; a public one is worth the requester's reading too.
    await recordTicketEvent(tx, ticket.id, actor.id, {
      action: "article_linked",
      data: { articleId: article.id, title: article.title },
      internal: article.visibility === "internal",
    });
  });
}
