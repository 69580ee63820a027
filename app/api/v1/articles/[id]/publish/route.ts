// POST /api/v1/articles/{id}/publish — a knowledge editor publishes a new version
import { articleCommandRoute } from "@/lib/api/command-routes";
import { publishArticle } from "@/lib/kb/commands";
import { noInput } from "@/lib/kb/schemas";

export const POST = articleCommandRoute(noInput, (user, id) => publishArticle(user, id));
