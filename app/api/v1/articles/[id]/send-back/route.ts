// POST /api/v1/articles/{id}/send-back — a knowledge editor returns the article in review to its author, with a comment
import { articleCommandRoute } from "@/lib/api/command-routes";
import { sendBack } from "@/lib/kb/commands";
import { sendBackInput } from "@/lib/kb/schemas";

export const POST = articleCommandRoute(sendBackInput, sendBack);
