// POST /api/v1/articles/{id}/restore — the author or an editor brings an earlier version back as a new draft
import { articleCommandRoute } from "@/lib/api/command-routes";
import { restoreVersion } from "@/lib/kb/commands";
import { restoreVersionInput } from "@/lib/kb/schemas";

export const POST = articleCommandRoute(restoreVersionInput, restoreVersion);
