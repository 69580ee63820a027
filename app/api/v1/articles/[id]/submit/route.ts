// POST /api/v1/articles/{id}/submit — the author asks for review
import { articleCommandRoute } from "@/lib/api/command-routes";
import { submitArticle } from "@/lib/kb/commands";
import { noInput } from "@/lib/kb/schemas";

export const POST = articleCommandRoute(noInput, (user, id) => submitArticle(user, id));
