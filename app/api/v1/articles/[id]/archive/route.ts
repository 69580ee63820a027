// POST /api/v1/articles/{id}/archive — a knowledge editor archives the article, with a reason
import { articleCommandRoute } from "@/lib/api/command-routes";
import { archiveArticle } from "@/lib/kb/commands";
import { archiveInput } from "@/lib/kb/schemas";

export const POST = articleCommandRoute(archiveInput, archiveArticle);
