// POST /api/v1/articles/{id}/reviewed — the owner or an editor confirms a published article is still true
import { articleCommandRoute } from "@/lib/api/command-routes";
import { markReviewed } from "@/lib/kb/commands";
import { noInput } from "@/lib/kb/schemas";

export const POST = articleCommandRoute(noInput, (user, id) => markReviewed(user, id));
