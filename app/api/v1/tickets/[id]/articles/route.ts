// POST /api/v1/tickets/{id}/articles { articleId } — IT staff link a published article to a ticket: 201, the ticket
import { ticketCommandRoute } from "@/lib/api/command-routes";
import { linkArticle, linkArticleInput } from "@/lib/kb/capture/capture";

export const POST = ticketCommandRoute(linkArticleInput, (actor, ticketId, input) => linkArticle(actor, ticketId, input.articleId), 201);
